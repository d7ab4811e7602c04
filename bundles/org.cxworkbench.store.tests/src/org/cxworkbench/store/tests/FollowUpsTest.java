package org.cxworkbench.store.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cxworkbench.imports.SurveyReader;
import org.cxworkbench.imports.SurveyReaders;
import org.cxworkbench.metrics.FollowUpRules;
import org.cxworkbench.store.ColumnMapping;
import org.cxworkbench.store.EmbeddedDatabase;
import org.cxworkbench.store.FollowUp;
import org.cxworkbench.store.FollowUpChange;
import org.cxworkbench.store.FollowUpConflictException;
import org.cxworkbench.store.FollowUpFilter;
import org.cxworkbench.store.FollowUpState;
import org.cxworkbench.store.FollowUps;
import org.cxworkbench.store.ImportResult;
import org.cxworkbench.store.Importer;
import org.cxworkbench.store.MeasurementPointSpec;
import org.cxworkbench.store.Schema;
import org.cxworkbench.store.internal.Migrations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Follow-ups against a real embedded Derby: created by the built-in rules (contributed by
 * {@code org.cxworkbench.metrics.builtin} through the extension point) while a CSV file is imported, never twice,
 * and changed with history and optimistic locking. {@link FollowUpsRowByRowTest} runs the same import through the
 * JDBC batch path a network server gets.
 */
class FollowUpsTest {

    static final String NPS = "nps-point";
    static final String CSAT = "csat-point";
    static final String CES = "ces-point";

    @TempDir
    Path dir;

    private EmbeddedDatabase db;
    private Connection connection;

    boolean spooled() {
        return true;
    }

    private final Map<String, MeasurementPointSpec> points = Map.of(
            NPS, new MeasurementPointSpec(NPS, "Recommend", "nps", Double::parseDouble),
            CSAT, new MeasurementPointSpec(CSAT, "Satisfied", "csat", Double::parseDouble),
            CES, new MeasurementPointSpec(CES, "Effort", "ces5", Double::parseDouble));

    private final ColumnMapping mapping = new ColumnMapping(Map.of("Recommend", NPS, "Satisfied", CSAT, "Effort",
            CES), Map.of("Why", NPS), Map.of(ColumnMapping.RESPONDENT, "id", ColumnMapping.TIME, "at",
                    ColumnMapping.ACCOUNT, "account"));

    private static final String HEADER = "id,at,account,Recommend,Why,Satisfied,Effort";
    /**
     * By hand: r1 none; r2 NPS 6 (detractor), CSAT 2 (high), CES 5 (high effort); r3 CSAT 1 (high), CES 4; r4 NPS 0;
     * r5 none (NPS 7 passive, CSAT 3, CES 3): six follow-ups.
     */
    private static final List<String> ROWS = List.of(
            "r1,2026-11-02 10:00,Acme,10,Great,5,1",
            "r2,2026-11-02 11:00,Acme,6,Slow answer,2,5",
            "r3,2026-11-03 09:30,Bolt,8,,1,4",
            "r4,2026-11-04 12:00,Bolt,0,Never again,,",
            "r5,2026-11-05 08:00,Core,7,,3,3");

    @BeforeEach
    void open() throws Exception {
        db = EmbeddedDatabase.open(dir.resolve("db"));
        connection = db.connection();
        Schema.migrate(connection);
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
        db.close();
    }

    private Path csv(String name, List<String> rows) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, HEADER + "\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private ImportResult importFile(Path file, boolean force) throws Exception {
        try (SurveyReader reader = SurveyReaders.csv(file, StandardCharsets.UTF_8, ',')) {
            return new Importer(connection, "journey-1", points).spooled(spooled()).run(file.getFileName()
                    .toString(), Importer.contentHash(file), mapping, reader, force);
        }
    }

    private long count(String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void theBuiltInRulesAreContributedThroughTheExtensionPoint() {
        assertThat(FollowUpRules.all()).extracting(FollowUpRules.Rule::id, FollowUpRules.Rule::priority)
                .contains(tuple("nps-detractor", FollowUpRules.Priority.NORMAL),
                        tuple("csat-dissatisfied", FollowUpRules.Priority.HIGH),
                        tuple("ces-high-effort", FollowUpRules.Priority.NORMAL));
    }

    @Test
    void rulesCreateFollowUpsDuringTheImport() throws Exception {
        importFile(csv("wave1.csv", ROWS), false);

        List<FollowUp> all = new FollowUps(connection).list(FollowUpFilter.ALL);
        assertThat(all).extracting(FollowUp::respondentId, FollowUp::ruleId, FollowUp::value, FollowUp::high,
                FollowUp::state).containsExactlyInAnyOrder(
                        tuple("r2", "nps-detractor", 6.0, false, FollowUpState.NEW),
                        tuple("r2", "csat-dissatisfied", 2.0, true, FollowUpState.NEW),
                        tuple("r2", "ces-high-effort", 5.0, false, FollowUpState.NEW),
                        tuple("r3", "csat-dissatisfied", 1.0, true, FollowUpState.NEW),
                        tuple("r3", "ces-high-effort", 4.0, false, FollowUpState.NEW),
                        tuple("r4", "nps-detractor", 0.0, false, FollowUpState.NEW));
        FollowUp r4 = all.stream().filter(f -> "r4".equals(f.respondentId())).findFirst().orElseThrow();
        assertThat(r4.comment()).isEqualTo("Never again");
        assertThat(r4.account()).isEqualTo("Bolt");
        assertThat(r4.measurementPointId()).isEqualTo(NPS);
        assertThat(r4.version()).isEqualTo(1);
        assertThat(r4.updatedBy()).isEqualTo("APP");
    }

    @Test
    void aReImportNeverDuplicatesAFollowUpAndAForcedOneKeepsItsHistory() throws Exception {
        Path wave1 = csv("wave1.csv", ROWS);
        importFile(wave1, false);
        FollowUps followUps = new FollowUps(connection);
        FollowUp r4 = followUps.list(FollowUpFilter.ALL).stream().filter(f -> "r4".equals(f.respondentId()))
                .findFirst().orElseThrow();
        FollowUp assigned = followUps.assign(r4.id(), r4.version(), "Maija", LocalDate.of(2026, 11, 20));

        assertThat(importFile(wave1, false).skipped()).isTrue();
        assertThat(count("select count(*) from follow_ups")).isEqualTo(6);

        importFile(wave1, true);
        assertThat(count("select count(*) from follow_ups")).as("forced: the same six").isEqualTo(6);
        assertThat(count("select count(*) from follow_ups where answer_id is null")).isZero();
        FollowUp again = followUps.find(r4.id()).orElseThrow();
        assertThat(again.answerId()).as("now the answer of the new batch").isNotEqualTo(r4.answerId());
        assertThat(again.owner()).isEqualTo("Maija");
        assertThat(again.version()).isEqualTo(assigned.version());
        assertThat(again.comment()).isEqualTo("Never again");
        assertThat(followUps.history(r4.id())).hasSize(2);

        // a cumulative export: the old rows again plus one new detractor; only that one is new
        Path wave2 = csv("wave2.csv", concat(ROWS, "r6,2026-11-06 10:00,Core,3,Rude,,"));
        importFile(wave2, false);
        assertThat(count("select count(*) from follow_ups")).isEqualTo(7);
        assertThat(followUps.list(FollowUpFilter.ALL).get(0).respondentId()).as("newest first").isEqualTo("r6");
    }

    private static List<String> concat(List<String> rows, String row) {
        List<String> all = new java.util.ArrayList<>(rows);
        all.add(row);
        return all;
    }

    @Test
    void everyChangeWritesHistoryUnderTheStoreUser() throws Exception {
        importFile(csv("wave1.csv", ROWS), false);
        FollowUps followUps = new FollowUps(connection);
        FollowUp f = followUps.list(FollowUpFilter.ALL.withStates(Set.of(FollowUpState.NEW))).get(0);

        FollowUp v2 = followUps.assign(f.id(), 1, "Sven", LocalDate.of(2026, 12, 1));
        FollowUp v3 = followUps.note(v2.id(), v2.version(), "Called, left a message");
        FollowUp v4 = followUps.setState(v3.id(), v3.version(), FollowUpState.CONTACTED);
        FollowUp v5 = followUps.setState(v4.id(), v4.version(), FollowUpState.RESOLVED);
        FollowUp same = followUps.assign(v5.id(), v5.version(), "Sven", LocalDate.of(2026, 12, 1));

        assertThat(v5.version()).isEqualTo(5);
        assertThat(same.version()).as("nothing changed, nothing written").isEqualTo(5);
        assertThat(v5.note()).isEqualTo("Called, left a message");
        assertThat(v5.updatedBy()).isEqualTo(followUps.user()).isEqualTo("APP");
        assertThat(followUps.history(f.id())).extracting(FollowUpChange::field, FollowUpChange::oldValue,
                FollowUpChange::newValue, FollowUpChange::by).containsExactly(
                        tuple("owner", null, "Sven", "APP"),
                        tuple("due", null, "2026-12-01", "APP"),
                        tuple("note", null, "Called, left a message", "APP"),
                        tuple("state", "new", "contacted", "APP"),
                        tuple("state", "contacted", "resolved", "APP"));
        assertThat(count("select count(*) from follow_ups where closed_at is not null")).isEqualTo(1);
        assertThatThrownBy(() -> followUps.note(f.id(), 5, "  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> followUps.note(999_999, 1, "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("999");
    }

    @Test
    void aChangeOfAnOldVersionFailsNamingWhoChangedItAndWhen() throws Exception {
        importFile(csv("wave1.csv", ROWS), false);
        FollowUps followUps = new FollowUps(connection);
        FollowUp f = followUps.list(FollowUpFilter.ALL).get(0);
        FollowUp changed = followUps.setState(f.id(), f.version(), FollowUpState.CONTACTED);

        assertThatThrownBy(() -> followUps.assign(f.id(), f.version(), "Late", null))
                .isInstanceOfSatisfying(FollowUpConflictException.class, e -> {
                    assertThat(e.changedBy()).isEqualTo("APP");
                    assertThat(e.currentVersion()).isEqualTo(2);
                    assertThat(e.changedAt()).isEqualTo(changed.updatedAt());
                    assertThat(e.getMessage()).contains("APP").contains(String.valueOf(f.id()))
                            .contains(changed.updatedAt().toLocalDate().toString());
                });
        assertThat(followUps.find(f.id()).orElseThrow().owner()).as("not written").isNull();
    }

    @Test
    void filtersByStateOwnerPointAndOverdue() throws Exception {
        importFile(csv("wave1.csv", ROWS), false);
        FollowUps followUps = new FollowUps(connection);
        List<FollowUp> all = followUps.list(FollowUpFilter.ALL);
        FollowUp a = all.get(0);
        FollowUp b = all.get(1);
        FollowUp late = followUps.assign(a.id(), 1, "Maija", LocalDate.of(2026, 11, 10));
        followUps.assign(b.id(), 1, "Maija", LocalDate.of(2026, 11, 30));
        LocalDate today = LocalDate.of(2026, 11, 15);

        assertThat(followUps.list(FollowUpFilter.ALL.withOwner("Maija"))).hasSize(2);
        assertThat(followUps.list(FollowUpFilter.ALL.withOwner(FollowUpFilter.UNASSIGNED))).hasSize(4);
        assertThat(followUps.list(FollowUpFilter.ALL.withOverdueOn(today))).extracting(FollowUp::id)
                .containsExactly(a.id());
        followUps.setState(late.id(), late.version(), FollowUpState.NO_RESPONSE);
        assertThat(followUps.list(FollowUpFilter.ALL.withOverdueOn(today))).as("closed is never overdue").isEmpty();
        assertThat(followUps.list(FollowUpFilter.ALL.withStates(Set.of(FollowUpState.NO_RESPONSE))))
                .extracting(FollowUp::id).containsExactly(a.id());
        assertThat(followUps.list(FollowUpFilter.ALL.withPoints(Set.of(NPS)))).extracting(FollowUp::respondentId)
                .containsExactlyInAnyOrder("r2", "r4");
        assertThat(followUps.list(FollowUpFilter.ALL.withPoints(Set.of(CES, CSAT)))).hasSize(4);
        assertThat(followUps.list(FollowUpFilter.ALL.withPoints(Set.of()))).isEmpty();
        assertThat(followUps.list(FollowUpFilter.ALL.withLimit(2))).hasSize(2);
    }

    /** A version-4 store's follow-ups: states renamed, the note into the history, kept when the answer goes. */
    @Test
    void step5MigratesOldStatesAndNotes() throws Exception {
        try (EmbeddedDatabase old = EmbeddedDatabase.open(dir.resolve("v4")); Connection c = old.connection();
                Statement st = c.createStatement()) {
            st.executeUpdate("create table schema_version (version int not null primary key,"
                    + " description varchar(200) not null, applied_at timestamp not null)");
            for (Migrations.Step step : Migrations.STEPS) {
                if (step.version() <= 4) {
                    for (String sql : step.statements()) {
                        st.executeUpdate(sql);
                    }
                    step.action().apply(c);
                    st.executeUpdate("insert into schema_version values (" + step.version() + ", 'x',"
                            + " current_timestamp)");
                }
            }
            st.executeUpdate("insert into import_batches (file_name, content_hash, started_at, state) values"
                    + " ('f.csv', '" + "a".repeat(64) + "', current_timestamp, 'done')");
            st.executeUpdate("insert into respondents (respondent_key, batch_id) values ('R1', 1)");
            st.executeUpdate("insert into answers (measurement_point_id, respondent_key, value_num, batch_id,"
                    + " source_file, source_line) values ('p', 'R1', 2, 1, 'f.csv', 2), ('p', 'R1', 3, 1, 'f.csv', 3),"
                    + " ('p', 'R1', 4, 1, 'f.csv', 4)");
            st.executeUpdate("insert into follow_ups (answer_id, created_at, state, owner, note) values"
                    + " (1, timestamp('2026-10-01 09:00:00'), 'open', null, null),"
                    + " (2, timestamp('2026-10-02 09:00:00'), 'in_progress', 'Sven', 'Soitettu'),"
                    + " (3, timestamp('2026-10-03 09:00:00'), 'closed', 'Sven', null)");

            assertThat(Schema.migrate(c)).isEqualTo(Schema.CURRENT_VERSION);

            FollowUps followUps = new FollowUps(c);
            assertThat(followUps.list(FollowUpFilter.ALL)).extracting(FollowUp::state, FollowUp::version,
                    FollowUp::measurementPointId, FollowUp::ruleId).containsExactly(
                            tuple(FollowUpState.RESOLVED, 1, "p", null),
                            tuple(FollowUpState.CONTACTED, 1, "p", null),
                            tuple(FollowUpState.NEW, 1, "p", null));
            assertThat(followUps.history(2)).extracting(FollowUpChange::field, FollowUpChange::newValue)
                    .containsExactly(tuple("note", "Soitettu"));
            st.executeUpdate("delete from answers where id = 1");
            assertThat(followUps.find(1).orElseThrow().answerId()).as("outlives its answer").isNull();
            assertThatThrownBy(() -> st.executeUpdate("update follow_ups set state = 'open' where id = 2"))
                    .isInstanceOf(SQLException.class);
        }
    }
}
