package org.cxworkbench.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The schema's history, oldest first. A step is never edited once released: a later change is one more step, so
 * that every database, whatever version it is at, reaches the same schema. Only our own DDL is here; nothing read
 * from a file ever becomes SQL.
 */
public final class Migrations {

    /**
     * One step: the version it brings the database to, what it does, its statements, and what it does that needs
     * more than a statement (run after them, in the same transaction; never anything read from a file as SQL).
     */
    public record Step(int version, String description, List<String> statements, Action action) {

        public Step(int version, String description, List<String> statements) {
            this(version, description, statements, connection -> {
            });
        }
    }

    /** The part of a step that is Java: it reads the data to decide what to change. */
    @FunctionalInterface
    public interface Action {
        void apply(Connection connection) throws SQLException;
    }

    private Migrations() {
    }

    public static final List<Step> STEPS = List.of(new Step(1, "results store: respondents, answers, import batches,"
            + " rejected rows, follow-ups", List.of(
                    // one row per import attempt that committed; a failed attempt is recorded afterwards on its own
                    """
                    create table import_batches (
                        id bigint generated always as identity primary key,
                        file_name varchar(1000) not null,
                        content_hash char(64) not null,
                        mapping clob,
                        started_at timestamp not null,
                        finished_at timestamp,
                        rows_stored int not null default 0,
                        rows_rejected int not null default 0,
                        state varchar(16) not null,
                        failure varchar(2000),
                        constraint import_batches_state check (state in ('running', 'done', 'failed', 'replaced'))
                    )""",
                    "create index import_batches_hash on import_batches (content_hash, state)",
                    // the key is the survey tool's respondent id, or one made from batch and line when there is none
                    """
                    create table respondents (
                        respondent_key varchar(200) not null primary key,
                        batch_id bigint not null references import_batches (id),
                        segment varchar(200),
                        account varchar(200),
                        contact varchar(400),
                        attributes clob
                    )""",
                    "create index respondents_batch on respondents (batch_id)",
                    """
                    create table answers (
                        id bigint generated always as identity primary key,
                        measurement_point_id varchar(64) not null,
                        respondent_key varchar(200) not null references respondents (respondent_key),
                        answered_at timestamp,
                        channel varchar(200),
                        value_num double,
                        value_text varchar(32000),
                        language varchar(16),
                        weight double not null default 1,
                        batch_id bigint not null references import_batches (id),
                        source_file varchar(1000) not null,
                        source_line bigint not null
                    )""",
                    // scoring reads one measurement point over a period: this index answers it without the table
                    "create index answers_point_time on answers (measurement_point_id, answered_at, value_num, weight)",
                    "create index answers_batch on answers (batch_id)",
                    "create index answers_respondent on answers (respondent_key)",
                    """
                    create table rejected_rows (
                        id bigint generated always as identity primary key,
                        batch_id bigint not null references import_batches (id),
                        line_number bigint not null,
                        column_name varchar(1000),
                        raw_text varchar(32000),
                        reason varchar(2000) not null
                    )""",
                    "create index rejected_rows_batch on rejected_rows (batch_id, line_number)",
                    // closing the loop: a detractor's answer becomes a case someone owns until it is closed
                    """
                    create table follow_ups (
                        id bigint generated always as identity primary key,
                        answer_id bigint not null references answers (id) on delete cascade,
                        created_at timestamp not null,
                        state varchar(16) not null,
                        owner varchar(200),
                        note clob,
                        closed_at timestamp,
                        constraint follow_ups_state check (state in ('open', 'in_progress', 'closed'))
                    )""",
                    "create index follow_ups_state on follow_ups (state, created_at)")),
            // One row per file content that is imported, naming the batch in force: two imports of the same content
            // that run at the same time (two clients of a network server) cannot both commit. The second one's
            // insert of the same key waits for the first and then finds it committed (and does nothing) or rolled
            // back (and goes on).
            new Step(2, "import claims: one batch in force per file content", List.of(
                    """
                    create table import_claims (
                        content_hash char(64) not null primary key,
                        batch_id bigint not null references import_batches (id)
                    )""",
                    "insert into import_claims (content_hash, batch_id) select content_hash, max(id)"
                            + " from import_batches where state = 'done' group by content_hash")),
            // The rows an import accepted and rejected, read back by Derby from the import's spool files (embedded
            // databases only): an insert whose source is a table function is Derby's bulk insert.
            new Step(3, "table functions over an import's spooled rows", List.of(
                    """
                    create function spooled_respondents(token varchar(64)) returns table (
                        respondent_key varchar(200),
                        batch_id bigint,
                        segment varchar(200),
                        account varchar(200),
                        contact varchar(400)
                    ) language java parameter style derby_jdbc_result_set no sql
                    external name 'org.cxworkbench.store.internal.Spool.respondents'""",
                    """
                    create function spooled_answers(token varchar(64)) returns table (
                        measurement_point_id varchar(64),
                        respondent_key varchar(200),
                        answered_at timestamp,
                        channel varchar(200),
                        value_num double,
                        value_text varchar(32000),
                        language varchar(16),
                        weight double,
                        batch_id bigint,
                        source_file varchar(1000),
                        source_line bigint
                    ) language java parameter style derby_jdbc_result_set no sql
                    external name 'org.cxworkbench.store.internal.Spool.answers'""",
                    """
                    create function spooled_rejections(token varchar(64)) returns table (
                        batch_id bigint,
                        line_number bigint,
                        column_name varchar(1000),
                        raw_text varchar(32000),
                        reason varchar(2000)
                    ) language java parameter style derby_jdbc_result_set no sql
                    external name 'org.cxworkbench.store.internal.Spool.rejections'""")),
            // A respondent id means something only within its source: a survey (or other source) of one journey.
            // Respondents are identified by (scope, id); a scope is a journey's source, or the journey's persons
            // (source '', ids of a column mapped as person). respondent_key stays the one key answers refer to,
            // opaque: the file's id when no other respondent had it, else made from scope and id.
            new Step(4, "respondents scoped by journey and source; answers already stored are not stored again",
                    List.of("""
                            create table respondent_scopes (
                                id int generated always as identity primary key,
                                journey_id varchar(200),
                                source varchar(200) not null
                            )""",
                            "create index respondent_scopes_journey on respondent_scopes (journey_id, source)",
                            "alter table respondents add column scope_id int references respondent_scopes (id)",
                            "alter table respondents add column respondent_id varchar(200)",
                            "create index respondents_scope on respondents (scope_id, respondent_id)",
                            "alter table import_batches add column journey_id varchar(200)",
                            "alter table import_batches add column source varchar(200)",
                            "alter table import_batches add column scope_id int references respondent_scopes (id)",
                            "alter table import_batches add column rows_already_stored int not null default 0",
                            "drop function spooled_respondents",
                            """
                            create function spooled_scoped_respondents(token varchar(64)) returns table (
                                respondent_key varchar(200),
                                batch_id bigint,
                                segment varchar(200),
                                account varchar(200),
                                contact varchar(400),
                                scope_id int,
                                respondent_id varchar(200)
                            ) language java parameter style derby_jdbc_result_set no sql
                            external name 'org.cxworkbench.store.internal.Spool.respondents'"""),
                    Migrations::scopeEarlierImports),
            // Closing the loop: rules create follow-ups during an import, one per answer and rule; people work them
            // through new, contacted, resolved or no response, each change recorded with who made it and when. The
            // version column makes two clients' edits of one follow-up conflict instead of one being lost. A forced
            // re-import replaces answers: the follow-up then loses its answer (set null, not deleted with it) and
            // remembers the point, the batch and the line, by which the re-import finds the same answer again.
            new Step(5, "follow-ups: rules, states new/contacted/resolved/no_response, owner, due date, history",
                    List.of("alter table follow_ups drop constraint follow_ups_state",
                            "update follow_ups set state = case state when 'open' then 'new'"
                                    + " when 'in_progress' then 'contacted' when 'closed' then 'resolved'"
                                    + " else state end",
                            "alter table follow_ups add constraint follow_ups_state check"
                                    + " (state in ('new', 'contacted', 'resolved', 'no_response'))",
                            "alter table follow_ups add column rule_id varchar(64)",
                            "alter table follow_ups add column priority varchar(8) not null default 'normal'",
                            "alter table follow_ups add constraint follow_ups_priority check"
                                    + " (priority in ('normal', 'high'))",
                            "alter table follow_ups add column due_date date",
                            "alter table follow_ups add column version int not null default 1",
                            "alter table follow_ups add column updated_at timestamp",
                            "alter table follow_ups add column updated_by varchar(128)",
                            "alter table follow_ups add column measurement_point_id varchar(64)",
                            "alter table follow_ups add column answer_batch_id bigint",
                            "alter table follow_ups add column source_line bigint",
                            "update follow_ups set updated_at = created_at, measurement_point_id = (select"
                                    + " a.measurement_point_id from answers a where a.id = follow_ups.answer_id),"
                                    + " answer_batch_id = (select a.batch_id from answers a"
                                    + " where a.id = follow_ups.answer_id), source_line = (select a.source_line"
                                    + " from answers a where a.id = follow_ups.answer_id)",
                            "alter table follow_ups alter column answer_id null",
                            "alter table follow_ups add constraint follow_ups_answer_rule unique (answer_id, rule_id)",
                            "create index follow_ups_owner on follow_ups (owner, state)",
                            "create index follow_ups_detached on follow_ups (answer_batch_id, measurement_point_id,"
                                    + " source_line)",
                            """
                            create table follow_up_history (
                                id bigint generated always as identity primary key,
                                follow_up_id bigint not null references follow_ups (id) on delete cascade,
                                changed_at timestamp not null,
                                changed_by varchar(128),
                                field varchar(16) not null,
                                old_value varchar(4000),
                                new_value varchar(4000),
                                constraint follow_up_history_field check
                                    (field in ('state', 'owner', 'due', 'note'))
                            )""",
                            "create index follow_up_history_follow_up on follow_up_history (follow_up_id, id)",
                            // the single note of version 1 becomes the first note of the history
                            "insert into follow_up_history (follow_up_id, changed_at, changed_by, field, new_value)"
                                    + " select id, created_at, cast(null as varchar(128)), 'note',"
                                    + " cast(note as varchar(4000)) from follow_ups where note is not null"),
                    Migrations::answerOfFollowUpSetNull),
            // Who did what on a team store: the store user that imported each batch (Derby's CURRENT_USER; APP for
            // an embedded store without authentication). Batches from before are of an unknown user (null).
            new Step(6, "import batches record the store user who imported them", List.of(
                    "alter table import_batches add column imported_by varchar(128)")),
            // The map overlay's refresh (issue 15): per point, month, segment and answer value the count and exact
            // weight sums, kept by every import in its transaction, so a month of a point is read as a few rows
            // instead of all its answers. Filled here from the answers stored before.
            new Step(7, "answer summary per measurement point, month, segment and value", List.of(
                    AnswerSummary.CREATE_TABLE,
                    "create index answer_summary_month on answer_summary (period_month, measurement_point_id)",
                    "create index answer_summary_point on answer_summary (measurement_point_id, period_month)"),
                    AnswerSummary::rebuild));

    /**
     * Step 5: a follow-up outlives its answer. Step 1 deleted it with the answer (on delete cascade), so a forced
     * re-import lost its history; the foreign key, whose name Derby generated, is replaced by one that sets it null.
     */
    private static void answerOfFollowUpSetNull(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement("select c.constraintname from sys.sysconstraints c"
                + " join sys.systables t on t.tableid = c.tableid join sys.sysschemas s on s.schemaid = t.schemaid"
                + " where t.tablename = 'FOLLOW_UPS' and c.type = 'F' and s.schemaname = current schema");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        try (Statement st = connection.createStatement()) {
            for (String name : names) {
                // a name Derby made (SQL...), read from its own catalogue: quoted as an identifier
                st.executeUpdate("alter table follow_ups drop constraint \"" + name.replace("\"", "\"\"") + "\"");
            }
            st.executeUpdate("alter table follow_ups add constraint follow_ups_answer foreign key (answer_id)"
                    + " references answers (id) on delete set null");
        }
    }

    /**
     * Step 4 for the rows imported before it. The store did not record journeys, so the batches are grouped by the
     * measurement points their answers are on (a point's id belongs to one journey): batches that share a point,
     * directly or through others, are one journey, whose rows get one scope with the source "default" and no
     * journey id yet; the first import of a journey whose points they answer adopts it ({@code Importer}). A
     * respondent that the old import merged across such groups is split: it stays with the group of the batch that
     * wrote it, and the answers of every other group move to a respondent of their own, whose segment, account and
     * contact the old import dropped (importing that file again with --force restores them).
     */
    private static void scopeEarlierImports(Connection connection) throws SQLException {
        Map<Long, Long> parent = new TreeMap<>();
        Map<String, Long> batchOfPoint = new HashMap<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("select distinct batch_id, measurement_point_id from answers")) {
            while (rs.next()) {
                long batch = rs.getLong(1);
                parent.putIfAbsent(batch, batch);
                Long other = batchOfPoint.putIfAbsent(rs.getString(2), batch);
                if (other != null) {
                    union(parent, batch, other);
                }
            }
        }
        Map<Long, Integer> scopeOfGroup = new HashMap<>();
        try (PreparedStatement scope = connection.prepareStatement("insert into respondent_scopes (journey_id,"
                + " source) values (null, 'default')", Statement.RETURN_GENERATED_KEYS);
                PreparedStatement batch = connection.prepareStatement(
                        "update import_batches set scope_id = ? where id = ?")) {
            for (long id : new ArrayList<>(parent.keySet())) {
                long group = find(parent, id);
                Integer scopeId = scopeOfGroup.get(group);
                if (scopeId == null) {
                    scope.executeUpdate();
                    try (ResultSet keys = scope.getGeneratedKeys()) {
                        keys.next();
                        scopeId = keys.getInt(1);
                    }
                    scopeOfGroup.put(group, scopeId);
                }
                batch.setInt(1, scopeId);
                batch.setLong(2, id);
                batch.executeUpdate();
            }
        }
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("update import_batches set source = 'default'");
            st.executeUpdate("update respondents set scope_id = (select b.scope_id from import_batches b"
                    + " where b.id = respondents.batch_id), respondent_id = case when respondent_key like"
                    + " 'batch-%-line-%' then null else respondent_key end");
            // a respondent whose own batch was replaced keeps the answers of later batches
            st.executeUpdate("update respondents set scope_id = (select min(b.scope_id) from answers a"
                    + " join import_batches b on b.id = a.batch_id"
                    + " where a.respondent_key = respondents.respondent_key) where scope_id is null");
            st.executeUpdate("insert into respondents (respondent_key, batch_id, scope_id, respondent_id)"
                    + " select case when length(r.respondent_key) <= 188 then trim(char(b.scope_id)) || ':'"
                    + " || r.respondent_key else trim(char(b.scope_id)) || '#' || trim(char(min(a.id))) end,"
                    + " min(a.batch_id), b.scope_id, r.respondent_key"
                    + " from answers a join import_batches b on b.id = a.batch_id"
                    + " join respondents r on r.respondent_key = a.respondent_key"
                    + " where b.scope_id <> r.scope_id group by b.scope_id, r.respondent_key");
            st.executeUpdate("update answers set respondent_key = (select r2.respondent_key"
                    + " from import_batches b, respondents r, respondents r2 where b.id = answers.batch_id"
                    + " and r.respondent_key = answers.respondent_key and r2.scope_id = b.scope_id"
                    + " and r2.respondent_id = r.respondent_id)"
                    + " where exists (select 1 from import_batches b, respondents r where b.id = answers.batch_id"
                    + " and r.respondent_key = answers.respondent_key and b.scope_id <> r.scope_id)");
        }
    }

    private static long find(Map<Long, Long> parent, long id) {
        long root = id;
        while (parent.get(root) != root) {
            root = parent.get(root);
        }
        while (parent.get(id) != root) {
            long next = parent.get(id);
            parent.put(id, root);
            id = next;
        }
        return root;
    }

    private static void union(Map<Long, Long> parent, long a, long b) {
        long ra = find(parent, a);
        long rb = find(parent, b);
        if (ra != rb) {
            parent.put(Math.max(ra, rb), Math.min(ra, rb));
        }
    }
}
