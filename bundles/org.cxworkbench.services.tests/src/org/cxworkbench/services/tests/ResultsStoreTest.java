package org.cxworkbench.services.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.services.store.ResultsStore;
import org.cxworkbench.services.store.StoreAccess;
import org.cxworkbench.services.store.StoreException;
import org.cxworkbench.services.store.StoreLocation;
import org.cxworkbench.store.EmbeddedDatabase;
import org.cxworkbench.store.Schema;
import org.cxworkbench.store.internal.Migrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema policy of {@link ResultsStore}: writers migrate, readers change nothing. */
class ResultsStoreTest {

    @TempDir
    Path dir;

    /** A store at schema version {@code version}, made by the migration steps up to it, with one batch. */
    private Path oldStore(int version) throws SQLException {
        Path folder = dir.resolve("old");
        try (EmbeddedDatabase db = EmbeddedDatabase.open(folder); Connection c = db.connection();
                Statement st = c.createStatement()) {
            st.executeUpdate("create table schema_version (version int not null primary key,"
                    + " description varchar(200) not null, applied_at timestamp not null)");
            for (Migrations.Step step : Migrations.STEPS) {
                if (step.version() <= version) {
                    for (String sql : step.statements()) {
                        st.executeUpdate(sql);
                    }
                    st.executeUpdate("insert into schema_version values (" + step.version() + ", 'x',"
                            + " current_timestamp)");
                }
            }
            st.executeUpdate("insert into import_batches (file_name, content_hash, started_at, state, rows_stored)"
                    + " values ('f.csv', '" + "1".repeat(64) + "', current_timestamp, 'done', 1)");
        }
        return folder;
    }

    /** Every table and column of the store's schema, and the rows of schema_version. */
    private static List<String> shape(Connection c) throws SQLException {
        List<String> shape = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getColumns(null, c.getSchema(), null, null)) {
            while (rs.next()) {
                shape.add(rs.getString("TABLE_NAME") + "." + rs.getString("COLUMN_NAME"));
            }
        }
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select version, description from schema_version order by version")) {
            while (rs.next()) {
                shape.add("version " + rs.getInt(1) + " " + rs.getString(2));
            }
        }
        shape.sort(null);
        return shape;
    }

    @Test
    void aReaderOfAnOlderSchemaChangesNothing() throws Exception {
        Path folder = oldStore(3);
        List<String> before;
        try (EmbeddedDatabase db = EmbeddedDatabase.open(folder); Connection c = db.connection()) {
            before = shape(c);
        }
        try (ResultsStore store = ResultsStore.open(StoreLocation.folder(folder), StoreAccess.READ)) {
            assertThat(store.schemaVersion()).isEqualTo(3);
            assertThat(store.hasResults()).isTrue();
            assertThat(store.batches()).hasSize(1);
            assertThat(Schema.version(store.connection())).isEqualTo(3);
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.open(folder); Connection c = db.connection()) {
            assertThat(Schema.version(c)).isEqualTo(3);
            assertThat(shape(c)).isEqualTo(before);
        }
    }

    @Test
    void aWriterMigratesAnOlderSchema() throws Exception {
        Path folder = oldStore(3);
        try (ResultsStore store = ResultsStore.open(StoreLocation.folder(folder), StoreAccess.WRITE)) {
            assertThat(store.schemaVersion()).isEqualTo(Schema.CURRENT_VERSION);
            assertThat(Schema.version(store.connection())).isEqualTo(Schema.CURRENT_VERSION);
            assertThat(store.batches()).hasSize(1);
        }
    }

    @Test
    void aReaderDoesNotCreateAMissingStore() {
        Path folder = dir.resolve("none");
        assertThatThrownBy(() -> ResultsStore.open(StoreLocation.folder(folder), StoreAccess.READ))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.NOT_FOUND));
        assertThat(folder).doesNotExist();
    }

    @Test
    void aWriterCreatesAndMigratesANewStore() throws Exception {
        Path folder = dir.resolve("new");
        try (ResultsStore store = ResultsStore.open(StoreLocation.folder(folder), StoreAccess.WRITE)) {
            assertThat(store.schemaVersion()).isEqualTo(Schema.CURRENT_VERSION);
            assertThat(store.batches()).isEmpty();
        }
        try (ResultsStore store = ResultsStore.open(StoreLocation.folder(folder), StoreAccess.READ)) {
            assertThat(store.schemaVersion()).isEqualTo(Schema.CURRENT_VERSION);
        }
    }

    @Test
    void aNewerSchemaIsRefusedToReadersAndWritersAlike() throws Exception {
        Path folder = dir.resolve("newer");
        try (ResultsStore store = ResultsStore.open(StoreLocation.folder(folder), StoreAccess.WRITE);
                Statement st = store.connection().createStatement()) {
            st.executeUpdate("insert into schema_version values (" + (Schema.CURRENT_VERSION + 1)
                    + ", 'from the future', current_timestamp)");
        }
        for (StoreAccess access : StoreAccess.values()) {
            assertThatThrownBy(() -> ResultsStore.open(StoreLocation.folder(folder), access))
                    .isInstanceOfSatisfying(StoreException.class,
                            e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.SCHEMA_TOO_NEW));
        }
    }

    @Test
    void aRegularFileAndAForeignUrlAreNamed() throws Exception {
        Path file = Files.writeString(dir.resolve("results.csv"), "not a database\n");
        for (StoreAccess access : StoreAccess.values()) {
            assertThatThrownBy(() -> ResultsStore.open(StoreLocation.folder(file), access))
                    .isInstanceOfSatisfying(StoreException.class,
                            e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.IS_FILE));
        }
        assertThatThrownBy(() -> ResultsStore.open(StoreLocation.of("jdbc:h2:mem:x"), StoreAccess.READ))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.BAD_URL));
        assertThatThrownBy(() -> ResultsStore.open(StoreLocation.of("jdbc:derby://localhost:1/x"), "u", null,
                StoreAccess.READ)).isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.NEEDS_CREDENTIALS));
    }
}
