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
}
