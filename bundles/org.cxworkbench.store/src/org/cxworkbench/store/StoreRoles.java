package org.cxworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The roles of a team store under Derby's SQL authorization, and their grants on the tables of the schema
 * {@link ClientConnections#STORE_SCHEMA}:
 * <ul>
 * <li>{@link #VIEWER}: reads every table (scores, reports), writes none;</li>
 * <li>{@link #ANALYST}: also imports and edits follow-ups: writes every table but the schema's version, and runs the
 * store's own table functions that an import loads through;</li>
 * <li>{@link #ADMIN}: everything an analyst does, and manages users; the server's administrator is the database
 * owner, who has every privilege without a grant.</li>
 * </ul>
 * Nobody but the database owner is granted Derby's file procedures ({@code SYSCS_UTIL.SYSCS_IMPORT_*},
 * {@code SYSCS_EXPORT_*}) or its backup: under SQL authorization Derby grants them to no one else.
 *
 * <p>Derby's roles are not active in a session until it says {@code SET ROLE}; {@link #activate(Connection)} does so
 * for every connection {@link ClientConnections#openStore(String, String, String)} opens. The grants are made again
 * whenever the server starts ({@link #grant(Connection)}), after the schema was migrated, so tables that a later
 * schema step adds are covered.
 */
public final class StoreRoles {

    public static final String VIEWER = "viewer";
    public static final String ANALYST = "analyst";
    public static final String ADMIN = "admin";

    /** Strongest first: the role a session takes when a user was granted more than one. */
    public static final List<String> ALL = List.of(ADMIN, ANALYST, VIEWER);

    /** Derby's procedures to manage users, which an {@link #ADMIN} is granted. */
    static final List<String> USER_PROCEDURES = List.of("SYSCS_CREATE_USER", "SYSCS_DROP_USER",
            "SYSCS_RESET_PASSWORD");

    private static final String ROLE_EXISTS = "X0Y68";

    /**
     * Derby's name of a role: the role's name with a prefix, so that it never is the name of a user (an
     * administrator called {@code admin} is common, and Derby refuses a grant to the owner of what is granted).
     */
    public static String derbyRole(String role) {
        return "CXW_" + role.toUpperCase(Locale.ROOT);
    }

    /** The role of a Derby role name, or null for a role that is not one of ours. */
    static String ofDerbyRole(String derbyRole) {
        return ALL.stream().filter(role -> derbyRole(role).equals(derbyRole)).findFirst().orElse(null);
    }

    private StoreRoles() {
    }

    /** The role for a name the user typed ({@code Viewer} is {@link #VIEWER}), or empty. */
    public static Optional<String> parse(String name) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        return ALL.contains(lower) ? Optional.of(lower) : Optional.empty();
    }

    /**
     * Creates the roles when missing and grants them their privileges on every table and function of the store's
     * schema. Run by the database owner.
     */
    public static void grant(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement st = connection.createStatement()) {
            for (String role : ALL) {
                try {
                    st.executeUpdate("create role " + derbyRole(role));
                } catch (SQLException e) {
                    if (!ROLE_EXISTS.equals(e.getSQLState())) {
                        throw e;
                    }
                }
            }
            for (String table : objects(connection, "select t.tablename from sys.systables t join sys.sysschemas s"
                    + " on s.schemaid = t.schemaid where s.schemaname = ? and t.tabletype = 'T'")) {
                String name = ClientConnections.STORE_SCHEMA + ".\"" + table + "\"";
                st.executeUpdate("grant select on " + name + " to " + derbyRole(VIEWER) + ", " + derbyRole(ANALYST)
                        + ", " + derbyRole(ADMIN));
                if (!table.equals("SCHEMA_VERSION")) {
                    st.executeUpdate("grant insert, update, delete on " + name + " to " + derbyRole(ANALYST) + ", "
                            + derbyRole(ADMIN));
                }
            }
            for (String function : objects(connection, "select a.alias from sys.sysaliases a join sys.sysschemas s"
                    + " on s.schemaid = a.schemaid where s.schemaname = ? and a.aliastype = 'F'")) {
                st.executeUpdate("grant execute on function " + ClientConnections.STORE_SCHEMA + ".\"" + function
                        + "\" to " + derbyRole(ANALYST) + ", " + derbyRole(ADMIN));
            }
            for (String procedure : USER_PROCEDURES) {
                st.executeUpdate("grant execute on procedure syscs_util." + procedure + " to " + derbyRole(ADMIN));
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static List<String> objects(Connection connection, String query) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(query)) {
            st.setString(1, ClientConnections.STORE_SCHEMA);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    /**
     * The strongest role granted to the connection's user, or empty: none granted (the database owner, or a store
     * without SQL authorization).
     */
    public static Optional<String> granted(Connection connection) throws SQLException {
        List<String> roles = new ArrayList<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("select roleid from sys.sysroles where grantee = current_user"
                        + " and isdef = 'N'")) {
            while (rs.next()) {
                String role = ofDerbyRole(rs.getString(1));
                if (role != null) {
                    roles.add(role);
                }
            }
        }
        return ALL.stream().filter(roles::contains).findFirst();
    }

    /** Makes the strongest role granted to the connection's user its current role; nothing when none is. */
    public static void activate(Connection connection) throws SQLException {
        Optional<String> role = granted(connection);
        if (role.isPresent()) {
            try (Statement st = connection.createStatement()) {
                st.executeUpdate("set role " + derbyRole(role.get()));
            }
        }
    }
}
