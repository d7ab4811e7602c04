package org.cxworkbench.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

import org.apache.derby.jdbc.EmbeddedDriver;

/**
 * Moves the store of a server of the BUILTIN era (users and passwords in system properties, no SQL authorization)
 * to NATIVE authentication with roles, in place, while the server is stopped: {@code cxw server migrate-auth}.
 *
 * <p>First, with Derby's engine booted without authentication, the database owner's credentials and those of the
 * old users are stored in the database ({@code SYSCS_CREATE_USER}, which Derby hashes), and the database is told
 * {@code derby.authentication.provider=NATIVE::LOCAL} and {@code derby.database.sqlAuthorization=true}, so it asks
 * for them from then on wherever it is opened. Then the engine is booted again the way {@link NetworkServer} boots
 * it: the credentials database is created with the administrator, the schema is migrated, the roles granted, and
 * each old user gets the role given. The old users log in with the passwords they had.
 */
public final class AuthMigration {

    /** How a migration ended. */
    public enum Outcome {
        MIGRATED, ALREADY, NO_DATABASE, OTHER_OWNER
    }

    /** How a migration ended, and the database owner when it was not the administrator. */
    public record Result(Outcome outcome, String owner) {
    }

    private AuthMigration() {
    }

    /**
     * Migrates {@code home/database}.
     *
     * @param admin    the administrator, who must be the database's owner (its creator)
     * @param users    the old users and their passwords (the administrator's own is {@code password})
     * @param role     the role the old users get
     * @throws SQLException when it fails, e.g. because the database is open in a running server (locked)
     */
    public static Result migrate(Path home, String database, String admin, String password, Map<String, String> users,
            String role) throws SQLException {
        Path folder = home.resolve(database);
        if (!Files.isRegularFile(folder.resolve("service.properties"))) {
            return new Result(Outcome.NO_DATABASE, null);
        }
        System.setProperty("derby.system.home", home.toString());
        System.setProperty(DerbySystem.LOG_FILE, home.resolve(NetworkServer.ENGINE_LOG_FILE).toString());
        System.clearProperty("derby.authentication.provider");
        System.clearProperty("derby.connection.requireAuthentication");
        System.clearProperty("derby.database.sqlAuthorization");
        Properties credentials = new Properties();
        credentials.setProperty("user", admin);
        credentials.setProperty("password", password);
        EmbeddedDriver plain = new EmbeddedDriver();
        try (Connection c = plain.connect("jdbc:derby:" + database, credentials)) {
            String owner = ServerUsers.owner(c);
            String provider = property(c, "derby.authentication.provider");
            if (provider != null && provider.startsWith("NATIVE")) {
                return new Result(Outcome.ALREADY, owner);
            }
            if (!owner.equals(ServerUsers.normalize(admin))) {
                return new Result(Outcome.OTHER_OWNER, owner);
            }
            // the owner's credentials first: Derby turns NATIVE on only for a database that holds them
            create(c, admin, password);
            for (Map.Entry<String, String> user : users.entrySet()) {
                if (!ServerUsers.normalize(user.getKey()).equals(owner)) {
                    create(c, user.getKey(), user.getValue());
                }
            }
            setProperty(c, "derby.database.sqlAuthorization", "true");
            // storing the owner's credentials turned NATIVE on for the database already; older Derbys did not
            String now = property(c, "derby.authentication.provider");
            if (now == null || !now.startsWith("NATIVE")) {
                setProperty(c, "derby.authentication.provider", "NATIVE::LOCAL");
            }
        } finally {
            shutDownEngine(plain, credentials);
        }
        System.setProperty("derby.authentication.provider", "NATIVE:" + NetworkServer.CREDENTIALS_DATABASE
                + ":LOCAL");
        System.setProperty("derby.database.sqlAuthorization", "true");
        EmbeddedDriver secured = new EmbeddedDriver();
        try {
            try (Connection c = secured.connect("jdbc:derby:" + NetworkServer.CREDENTIALS_DATABASE + ";create=true",
                    credentials)) {
                c.getMetaData();
            }
            try (Connection c = secured.connect("jdbc:derby:" + database, credentials)) {
                NetworkServer.prepareStore(c);
                for (String user : users.keySet()) {
                    if (!ServerUsers.normalize(user).equals(ServerUsers.normalize(admin))) {
                        ServerUsers.grantRole(c, user, role);
                    }
                }
            }
        } finally {
            shutDownEngine(secured, credentials);
        }
        return new Result(Outcome.MIGRATED, ServerUsers.normalize(admin));
    }

    private static void create(Connection c, String user, String password) throws SQLException {
        try (CallableStatement st = c.prepareCall("call syscs_util.syscs_create_user(?, ?)")) {
            st.setString(1, ServerUsers.normalize(user));
            st.setString(2, password);
            st.execute();
        }
    }

    private static String property(Connection c, String name) throws SQLException {
        try (CallableStatement st = c.prepareCall("values syscs_util.syscs_get_database_property(?)")) {
            st.setString(1, name);
            try (java.sql.ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void setProperty(Connection c, String name, String value) throws SQLException {
        try (CallableStatement st = c.prepareCall("call syscs_util.syscs_set_database_property(?, ?)")) {
            st.setString(1, name);
            st.setString(2, value);
            st.execute();
        }
    }

    private static void shutDownEngine(EmbeddedDriver driver, Properties credentials) {
        try {
            driver.connect("jdbc:derby:;shutdown=true", credentials);
        } catch (SQLException expected) {
            // XJ015: shut down; anything else leaves it to the process's end, and the caller's outcome stands
        }
    }
}
