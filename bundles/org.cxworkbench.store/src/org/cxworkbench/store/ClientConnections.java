package org.cxworkbench.store;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Opens connections to a Derby network server. Inside OSGi {@link java.sql.DriverManager} cannot see the client
 * driver of another bundle, so the driver object is used directly. Its package is exported for us by the
 * {@code org.cxworkbench.thirdparty.derbyclient} fragment and imported by this bundle; the class is loaded by name
 * because the compiler only sees the client jar's own (empty) exports.
 */
public final class ClientConnections {

    private static final String DRIVER_CLASS = "org.apache.derby.client.ClientAutoloadedDriver";

    /**
     * The schema of the results store on a network server. Derby's default schema is the user's name, so without
     * it each user of a team would get tables of their own; the store's tables are the team's.
     */
    public static final String STORE_SCHEMA = "CXW";

    private static final String SCHEMA_MISSING = "42Y07";
    private static final String SCHEMA_EXISTS = "X0Y68";

    private ClientConnections() {
    }

    /**
     * The client URL of {@code database} on {@code host:port}: a name relative to the server's home, or an
     * absolute path on the server ({@code /srv/cx/db} gives {@code jdbc:derby://host:1527//srv/cx/db}).
     */
    public static String url(String host, int port, String database) {
        return "jdbc:derby://" + host + ":" + port + "/" + database;
    }

    /** Like {@link #url(String, int, String)}, with Derby's {@code ;ssl=basic} when {@code tls}. */
    public static String url(String host, int port, String database, boolean tls) {
        return url(host, port, database) + (tls ? TLS_ATTRIBUTE : "");
    }

    /** The attribute of a client URL that makes it speak TLS only: it then refuses a server without. */
    public static final String TLS_ATTRIBUTE = ";ssl=basic";

    private static Driver driver() throws SQLException {
        try {
            return (Driver) Class.forName(DRIVER_CLASS).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new SQLException("The Derby network client is not available: " + e, "08001", e);
        }
    }

    /**
     * Opens a connection. A wrong user or password is an {@link SQLException} with SQL state {@code 08004}.
     */
    public static Connection open(String url, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        Connection connection = driver().connect(url, properties);
        if (connection == null) {
            throw new SQLException("Not a Derby network URL: " + url);
        }
        return connection;
    }

    /**
     * Opens a connection to the results store on a network server: like {@link #open(String, String, String)}, in
     * the schema {@link #STORE_SCHEMA} that every user shares, created by the first connection that needs it, and
     * with the user's role of {@link StoreRoles} active (Derby's roles are not, unless a session sets one).
     */
    public static Connection openStore(String url, String user, String password) throws SQLException {
        Connection connection = open(url, user, password);
        try {
            try {
                connection.setSchema(STORE_SCHEMA);
            } catch (SQLException missing) {
                if (!SCHEMA_MISSING.equals(missing.getSQLState())) {
                    throw missing;
                }
                try (Statement st = connection.createStatement()) {
                    st.executeUpdate("create schema " + STORE_SCHEMA);
                } catch (SQLException e) {
                    // another client created it meanwhile
                    if (!SCHEMA_EXISTS.equals(e.getSQLState())) {
                        throw e;
                    }
                }
                connection.setSchema(STORE_SCHEMA);
            }
            StoreRoles.activate(connection);
            return connection;
        } catch (SQLException e) {
            try {
                connection.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }
}
