package org.cxworkbench.store;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The users of a team store under Derby's NATIVE authentication, managed by its administrator through a connection
 * to the store's database: Derby keeps their names and password hashes in the database itself
 * ({@code SYSCS_UTIL.SYSCS_CREATE_USER} and its kin). Each user has one of {@link StoreRoles}. An
 * {@link StoreRoles#ADMIN} is also a user of the server's credentials database
 * ({@link NetworkServer#CREDENTIALS_DATABASE}), which Derby asks for the operations of the whole server: stopping it,
 * creating a database.
 */
public final class ServerUsers {

    /** A user of the store and its role (empty for the database owner, who needs none). */
    public record User(String name, String role) {
    }

    private static final String NO_SUCH_USER = "XK001";

    private ServerUsers() {
    }

    /** Derby's name of a user: an identifier, upper case unless quoted. */
    public static String normalize(String name) {
        return name.startsWith("\"") && name.endsWith("\"") && name.length() > 2
                ? name.substring(1, name.length() - 1) : name.toUpperCase(Locale.ROOT);
    }

    /** A user name cxw accepts: letters, digits and underscores, starting with a letter, at most 128. */
    public static boolean isValidName(String name) {
        return name != null && name.matches("[A-Za-z][A-Za-z0-9_]{0,127}")
                && !name.toUpperCase(Locale.ROOT).startsWith("CXW_") && !name.equalsIgnoreCase("PUBLIC");
    }

    /**
     * Adds {@code name} with {@code password} and {@code role} to the store ({@code store}); an admin also to the
     * credentials database ({@code credentials}, which may be null for another role).
     */
    public static void add(Connection store, Connection credentials, String name, String password, String role)
            throws SQLException {
        requireValid(name);
        call(store, "SYSCS_CREATE_USER", name, password);
        grantRole(store, name, role);
        if (StoreRoles.ADMIN.equals(role) && credentials != null) {
            call(credentials, "SYSCS_CREATE_USER", name, password);
        }
    }

    /** Removes {@code name} from the store and, when it is there, from the credentials database. */
    public static void remove(Connection store, Connection credentials, String name) throws SQLException {
        requireValid(name);
        try (Statement st = store.createStatement()) {
            for (String role : StoreRoles.ALL) {
                if (has(store, name, role)) {
                    st.executeUpdate("revoke " + StoreRoles.derbyRole(role) + " from " + name);
                }
            }
        }
        call(store, "SYSCS_DROP_USER", name);
        if (credentials != null && exists(credentials, name)) {
            call(credentials, "SYSCS_DROP_USER", name);
        }
    }

    /** Sets a new password of {@code name} in the store and, when it is there, in the credentials database. */
    public static void resetPassword(Connection store, Connection credentials, String name, String password)
            throws SQLException {
        requireValid(name);
        call(store, "SYSCS_RESET_PASSWORD", name, password);
        if (credentials != null && exists(credentials, name)) {
            call(credentials, "SYSCS_RESET_PASSWORD", name, password);
        }
    }

    /** The users of the store, by name, with their strongest role; the owner's role is {@link StoreRoles#ADMIN}. */
    public static List<User> list(Connection store) throws SQLException {
        Map<String, String> users = new LinkedHashMap<>();
        String owner = owner(store);
        try (Statement st = store.createStatement();
                ResultSet rs = st.executeQuery("select username from sys.sysusers order by username")) {
            while (rs.next()) {
                users.put(rs.getString(1), null);
            }
        }
        try (Statement st = store.createStatement();
                ResultSet rs = st.executeQuery("select grantee, roleid from sys.sysroles where isdef = 'N'")) {
            while (rs.next()) {
                String role = StoreRoles.ofDerbyRole(rs.getString(2));
                if (role == null) {
                    continue;
                }
                String name = rs.getString(1);
                String before = users.get(name);
                if (users.containsKey(name) && (before == null
                        || StoreRoles.ALL.indexOf(role) < StoreRoles.ALL.indexOf(before))) {
                    users.put(name, role);
                }
            }
        }
        List<User> list = new ArrayList<>();
        users.forEach((name, role) -> list.add(new User(name, name.equals(owner) ? StoreRoles.ADMIN
                : role == null ? "" : role)));
        return list;
    }

    /** The database owner, who created the database. */
    public static String owner(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("select authorizationid from sys.sysschemas where schemaname = 'SYS'")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Whether {@code name} is a user of the database of {@code connection}. */
    public static boolean exists(Connection connection, String name) throws SQLException {
        try (java.sql.PreparedStatement st = connection.prepareStatement(
                "select 1 from sys.sysusers where username = ?")) {
            st.setString(1, normalize(name));
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static boolean has(Connection connection, String name, String role) throws SQLException {
        try (java.sql.PreparedStatement st = connection.prepareStatement(
                "select 1 from sys.sysroles where grantee = ? and roleid = ? and isdef = 'N'")) {
            st.setString(1, normalize(name));
            st.setString(2, StoreRoles.derbyRole(role));
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Grants {@code role} to {@code name}, after revoking another one it had. */
    public static void grantRole(Connection store, String name, String role) throws SQLException {
        requireValid(name);
        if (StoreRoles.parse(role).isEmpty()) {
            throw new IllegalArgumentException("not a role: " + role);
        }
        try (Statement st = store.createStatement()) {
            for (String other : StoreRoles.ALL) {
                if (!other.equals(role) && has(store, name, other)) {
                    st.executeUpdate("revoke " + StoreRoles.derbyRole(other) + " from " + name);
                }
            }
            if (!has(store, name, role)) {
                st.executeUpdate("grant " + StoreRoles.derbyRole(role) + " to " + name);
            }
        }
    }

    private static void call(Connection connection, String procedure, String... arguments) throws SQLException {
        String marks = String.join(", ", java.util.Collections.nCopies(arguments.length, "?"));
        try (CallableStatement st = connection.prepareCall("call syscs_util." + procedure + "(" + marks + ")")) {
            for (int i = 0; i < arguments.length; i++) {
                st.setString(i + 1, i == 0 ? normalize(arguments[i]) : arguments[i]);
            }
            st.execute();
        } catch (SQLException e) {
            if (NO_SUCH_USER.equals(e.getSQLState())) {
                throw new SQLException("no user " + arguments[0] + " in the store", NO_SUCH_USER, e);
            }
            throw e;
        }
    }

    private static void requireValid(String name) {
        if (!isValidName(name)) {
            throw new IllegalArgumentException("not a user name: " + name);
        }
    }
}
