package org.cxworkbench.store.internal;

import java.util.List;

/**
 * The schema's history, oldest first. A step is never edited once released: a later change is one more step, so
 * that every database, whatever version it is at, reaches the same schema. Only our own DDL is here; nothing read
 * from a file ever becomes SQL.
 */
public final class Migrations {

    /** One step: the version it brings the database to, what it does, and its statements. */
    public record Step(int version, String description, List<String> statements) {
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
                    external name 'org.cxworkbench.store.internal.Spool.rejections'""")));
}
