package org.cxworkbench.store.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.store.EmbeddedDatabase;
import org.cxworkbench.store.Schema;
import org.cxworkbench.store.SchemaTooNewException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema's migrations on a real Derby database. */
class SchemaTest {

    @TempDir
    Path dir;

    @Test
    void anEmptyDatabaseIsMigratedToTheCurrentVersionOnce() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.open(dir.resolve("db")); Connection c = db.connection()) {
            assertThat(Schema.version(c)).isZero();
            assertThat(Schema.migrate(c)).isEqualTo(Schema.CURRENT_VERSION);
            assertThat(Schema.migrate(c)).as("a second run finds nothing to do").isEqualTo(Schema.CURRENT_VERSION);
            assertThat(Schema.version(c)).isEqualTo(Schema.CURRENT_VERSION);
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, "APP", null, new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            assertThat(tables).contains("SCHEMA_VERSION", "RESPONDENTS", "ANSWERS", "IMPORT_BATCHES",
                    "REJECTED_ROWS", "FOLLOW_UPS");
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("select count(*) from schema_version")) {
                rs.next();
                assertThat(rs.getInt(1)).as("one row per step").isEqualTo(Schema.CURRENT_VERSION);
            }
        }
    }

    @Test
    void aDatabaseOfANewerProgramIsRefusedNamingBothVersions() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.open(dir.resolve("db")); Connection c = db.connection()) {
            Schema.migrate(c);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("insert into schema_version values (" + (Schema.CURRENT_VERSION + 1)
                        + ", 'from the future', current_timestamp)");
            }
            assertThatThrownBy(() -> Schema.migrate(c)).isInstanceOf(SchemaTooNewException.class)
                    .hasMessageContaining("schema version " + (Schema.CURRENT_VERSION + 1))
                    .hasMessageContaining("versions up to " + Schema.CURRENT_VERSION);
            assertThat(Schema.version(c)).as("nothing was changed").isEqualTo(Schema.CURRENT_VERSION + 1);
        }
    }

    /**
     * Issue 12: a store of version 3 merged the respondents of two journeys (ids R1 of both files were one
     * respondent, with the first file's segment). Step 4 splits them by the measurement points their batches
     * answered, and the next import of a journey adopts its earlier rows, so a cumulative re-export of its file
     * stores only its new rows.
     */
    @Test
    void aVersion3StoreIsScopedAndItsRespondentsMergedAcrossJourneysAreSplit() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.open(dir.resolve("old")); Connection c = db.connection();
                Statement st = c.createStatement()) {
            st.executeUpdate("create table schema_version (version int not null primary key,"
                    + " description varchar(200) not null, applied_at timestamp not null)");
            for (org.cxworkbench.store.internal.Migrations.Step step : org.cxworkbench.store.internal.Migrations.STEPS) {
                if (step.version() <= 3) {
                    for (String sql : step.statements()) {
                        st.executeUpdate(sql);
                    }
                    st.executeUpdate("insert into schema_version values (" + step.version() + ", 'x',"
                            + " current_timestamp)");
                }
            }
            // batch 1: journey A (point pa); batch 2: journey B (point pb) whose R1 was merged into A's R1
            for (int b = 1; b <= 2; b++) {
                st.executeUpdate("insert into import_batches (file_name, content_hash, started_at, state,"
                        + " rows_stored) values ('f" + b + ".csv', '" + String.valueOf(b).repeat(64)
                        + "', current_timestamp, 'done', 2)");
            }
            st.executeUpdate("insert into respondents (respondent_key, batch_id, segment) values ('R1', 1, 'Retail'),"
                    + " ('R2', 1, 'Retail'), ('R3', 2, 'Churned')");
            st.executeUpdate("insert into answers (measurement_point_id, respondent_key, answered_at, value_num,"
                    + " batch_id, source_file, source_line) values"
                    + " ('pa', 'R1', timestamp('2026-11-02 10:00:00'), 9, 1, 'f1.csv', 2),"
                    + " ('pa', 'R2', timestamp('2026-11-02 10:00:00'), 3, 1, 'f1.csv', 3),"
                    + " ('pb', 'R1', timestamp('2026-11-05 10:00:00'), 2, 2, 'f2.csv', 2),"
                    + " ('pb', 'R3', timestamp('2026-11-05 10:00:00'), 7, 2, 'f2.csv', 3)");

            assertThat(Schema.migrate(c)).isEqualTo(Schema.CURRENT_VERSION);

            List<String> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("select a.measurement_point_id, r.respondent_id, r.segment,"
                    + " s.source, b.scope_id - r.scope_id from answers a"
                    + " join respondents r on r.respondent_key = a.respondent_key"
                    + " join respondent_scopes s on s.id = r.scope_id join import_batches b on b.id = a.batch_id"
                    + " order by a.measurement_point_id, r.respondent_id")) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4)
                            + " " + rs.getInt(5));
                }
            }
            assertThat(rows).as("B's R1 is a respondent of its own; its segment was never stored")
                    .containsExactly("pa R1 Retail default 0", "pa R2 Retail default 0", "pb R1 null default 0",
                            "pb R3 Churned default 0");
            try (ResultSet rs = st.executeQuery("select count(*), count(distinct scope_id) from respondents")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(4);
                assertThat(rs.getInt(2)).isEqualTo(2);
            }

            // journey A's file again, cumulative: its earlier rows are found in the adopted scope
            Path file = dir.resolve("f1-week2.csv");
            java.nio.file.Files.writeString(file, "Response ID,Submitted,Recommend\nR1,2026-11-02 10:00,9\n"
                    + "R2,2026-11-02 10:00,3\nR4,2026-11-06 10:00,10\n");
            org.cxworkbench.store.MeasurementPointSpec pa = new org.cxworkbench.store.MeasurementPointSpec("pa",
                    "NPS", "nps", Double::parseDouble);
            org.cxworkbench.store.ColumnMapping mapping = new org.cxworkbench.store.ColumnMapping(
                    java.util.Map.of("Recommend", "pa"), java.util.Map.of(), java.util.Map.of(
                            org.cxworkbench.store.ColumnMapping.RESPONDENT, "Response ID",
                            org.cxworkbench.store.ColumnMapping.TIME, "Submitted"));
            org.cxworkbench.store.ImportResult result;
            try (org.cxworkbench.imports.SurveyReader reader = org.cxworkbench.imports.SurveyReaders.csv(file,
                    java.nio.charset.StandardCharsets.UTF_8, ',')) {
                result = new org.cxworkbench.store.Importer(c, "journey-a", java.util.Map.of("pa", pa)).run(
                        "f1-week2.csv", org.cxworkbench.store.Importer.contentHash(file), mapping, reader, false);
            }
            assertThat(result.rowsAlreadyStored()).isEqualTo(2);
            assertThat(result.rowsStored()).isEqualTo(1);
            try (ResultSet rs = st.executeQuery("select count(*) from respondent_scopes where journey_id = 'journey-a'"
                    + " and source = 'default'")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }
}
