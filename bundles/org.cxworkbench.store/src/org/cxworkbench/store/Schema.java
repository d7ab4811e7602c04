package org.cxworkbench.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

import org.cxworkbench.store.internal.Migrations;

/**
 * The results store's tables and their version. {@link #migrate(Connection)} brings any database, new or old, to
 * {@link #CURRENT_VERSION}; each step runs in a transaction of its own together with the row that records it, so a
 * step is either wholly applied and recorded or not at all (Derby's DDL is transactional).
 */
public final class Schema {

    /** The version of the tables this program reads and writes. */
    public static final int CURRENT_VERSION = Migrations.STEPS.get(Migrations.STEPS.size() - 1).version();

    private static final String VERSION_TABLE = "SCHEMA_VERSION";

    private Schema() {
    }

    /**
     * The version of the database's tables: 0 for an empty database.
     */
    public static int version(Connection connection) throws SQLException {
        if (!hasVersionTable(connection)) {
            return 0;
        }
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("select max(version) from schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * Applies the missing migration steps in order and returns the version reached.
     *
     * @throws SchemaTooNewException when the database is newer than this program; nothing is changed then
     */
    public static int migrate(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            if (!hasVersionTable(connection)) {
                try (Statement st = connection.createStatement()) {
                    st.executeUpdate("create table schema_version (version int not null primary key,"
                            + " description varchar(200) not null, applied_at timestamp not null)");
                }
                connection.commit();
            }
            int version = version(connection);
            if (version > CURRENT_VERSION) {
                throw new SchemaTooNewException(version, CURRENT_VERSION);
            }
            for (Migrations.Step step : Migrations.STEPS) {
                if (step.version() <= version) {
                    continue;
                }
                try (Statement st = connection.createStatement();
                        PreparedStatement record = connection.prepareStatement(
                                "insert into schema_version (version, description, applied_at) values (?, ?, ?)")) {
                    for (String sql : step.statements()) {
                        st.executeUpdate(sql);
                    }
                    step.action().apply(connection);
                    record.setInt(1, step.version());
                    record.setString(2, step.description());
                    record.setTimestamp(3, Timestamp.from(Instant.now()));
                    record.executeUpdate();
                    connection.commit();
                } catch (SQLException e) {
                    connection.rollback();
                    SQLException failure = new SQLException("Migration of the results database to version "
                            + step.version() + " failed: " + e.getMessage(), e.getSQLState(), e);
                    throw failure;
                }
                version = step.version();
            }
            return version;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static boolean hasVersionTable(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rs = meta.getTables(null, null, VERSION_TABLE, new String[] {"TABLE"})) {
            while (rs.next()) {
                // the default schema is the user's name: APP embedded, the login name through the server
                String schema = rs.getString("TABLE_SCHEM");
                if (schema != null && schema.equalsIgnoreCase(connection.getSchema())) {
                    return true;
                }
            }
        }
        return false;
    }
}
