package org.cxworkbench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.cxworkbench.store.internal.AnswerSummary;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Backups of a results store and Derby's consistency check, for a team's nightly routine.
 *
 * <p>{@link #backup(Connection, Path)} is Derby's online backup ({@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE}): the
 * database stays open, others keep reading and importing, and the copy holds what was committed when it began
 * (an import under way is in it entirely or not at all). The folder is one on the machine that runs the database:
 * for a network store, the server's. Only the database owner may call it. {@link #restore(Path, Path, String,
 * String)} makes a new database folder from a backup (Derby's {@code restoreFrom=}); it never writes over a folder
 * that exists, so never over a live store. {@link #check(Connection, IProgressMonitor)} runs
 * {@code SYSCS_UTIL.SYSCS_CHECK_TABLE} over every table of the database, which checks the table and all its indexes.
 */
public final class StoreMaintenance {

    /** One table that Derby's check found inconsistent, with Derby's words. */
    public record Problem(String table, String message) {
    }

    private StoreMaintenance() {
    }

    /**
     * Backs up the database of {@code connection} into {@code folder} (Derby adds a folder named like the
     * database); returns that copy's folder.
     */
    public static Path backup(Connection connection, Path folder) throws SQLException {
        try (CallableStatement st = connection.prepareCall("call syscs_util.syscs_backup_database(?)")) {
            st.setString(1, folder.toString());
            st.execute();
        }
        return folder.resolve(databaseName(connection));
    }

    /** The name of the connection's database: the last part of its folder, as Derby names its backup. */
    private static String databaseName(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("values syscs_util.syscs_get_database_name()")) {
            rs.next();
            String name = rs.getString(1);
            return Path.of(name).getFileName().toString();
        }
    }

    /**
     * Restores the backup in {@code backup} (the folder {@link #backup(Connection, Path)} returned, holding
     * {@code service.properties}) into the new folder {@code target}, and shuts the restored database down again.
     *
     * @param user     the database owner or a user of the backup, when the store has NATIVE authentication; null
     *                 for an embedded store without
     * @param password the user's password, or null
     * @throws IOException when {@code target} exists (a store is never overwritten) or {@code backup} is not one
     */
    public static void restore(Path backup, Path target, String user, String password)
            throws IOException, SQLException {
        Path from = backup.toAbsolutePath().normalize();
        Path to = target.toAbsolutePath().normalize();
        if (!Files.isRegularFile(from.resolve("service.properties"))) {
            throw new IOException(from + " is not a Derby backup (it has no service.properties)");
        }
        if (Files.exists(to)) {
            throw new IOException(to + " exists already; a restore makes a new folder and never writes over a store");
        }
        Properties credentials = credentials(user, password);
        DerbySystem.logOutsideTheWorkingFolder();
        EmbeddedDriver driver = new EmbeddedDriver();
        String url = "jdbc:derby:" + to;
        try (Connection c = driver.connect(url + ";restoreFrom=" + from, credentials)) {
            c.getMetaData();
        }
        try {
            driver.connect(url + ";shutdown=true", credentials);
        } catch (SQLException expected) {
            if (!"08006".equals(expected.getSQLState())) {
                throw expected;
            }
        }
    }

    /**
     * Opens the existing embedded database in {@code folder}, with a user and password when it has NATIVE
     * authentication (a restored team store), for {@link #backup(Connection, Path)} and
     * {@link #check(Connection, IProgressMonitor)}; {@link #shutDown(Path, String, String)} closes it.
     *
     * @throws SQLException with state {@code 08004} when it asks for a user and password it was not given
     */
    public static Connection openEmbedded(Path folder, String user, String password) throws SQLException {
        DerbySystem.logOutsideTheWorkingFolder();
        Connection c = new EmbeddedDriver().connect("jdbc:derby:" + folder.toAbsolutePath().normalize(),
                credentials(user, password));
        if (c == null) {
            throw new SQLException("The Derby embedded driver did not accept " + folder);
        }
        return c;
    }

    /** Shuts the embedded database in {@code folder} down, so that others can open its folder. */
    public static void shutDown(Path folder, String user, String password) throws SQLException {
        try {
            new EmbeddedDriver().connect("jdbc:derby:" + folder.toAbsolutePath().normalize() + ";shutdown=true",
                    credentials(user, password));
        } catch (SQLException expected) {
            if (!"08006".equals(expected.getSQLState())) {
                throw expected;
            }
        }
    }

    private static Properties credentials(String user, String password) {
        Properties credentials = new Properties();
        if (user != null) {
            credentials.setProperty("user", user);
        }
        if (password != null) {
            credentials.setProperty("password", password);
        }
        return credentials;
    }

    /**
     * Checks every table of the connection's database (and its indexes), in every schema but Derby's own; returns
     * what Derby found wrong, nothing for a consistent database.
     *
     * @throws OperationCanceledException when the monitor was cancelled between two tables
     */
    public static List<Problem> check(Connection connection, IProgressMonitor monitor) throws SQLException {
        List<String[]> tables = new ArrayList<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("select s.schemaname, t.tablename from sys.systables t"
                        + " join sys.sysschemas s on s.schemaid = t.schemaid where t.tabletype = 'T'"
                        + " order by s.schemaname, t.tablename")) {
            while (rs.next()) {
                tables.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Checking " + tables.size() + " tables", tables.size());
        List<Problem> problems = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement("values syscs_util.syscs_check_table(?, ?)")) {
            for (String[] table : tables) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                String name = table[0] + "." + table[1];
                progress.subTask(name);
                st.setString(1, table[0]);
                st.setString(2, table[1]);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) != 1) {
                        problems.add(new Problem(name, "inconsistent"));
                    }
                } catch (SQLException e) {
                    // Derby reports an inconsistency as an exception naming the index or row
                    if (e.getSQLState() != null && e.getSQLState().startsWith("42")) {
                        throw e;
                    }
                    problems.add(new Problem(name, e.getMessage().replace('\n', ' ')));
                }
                progress.worked(1);
            }
        }
        return problems;
    }

    /**
     * Recounts the answer summary (schema step 7) from the answers, in the connection's transaction. The importer
     * keeps it up to date by itself; this is for answers changed by other SQL (a test's seed, a repair by hand).
     */
    public static void recountSummary(Connection connection) throws SQLException {
        AnswerSummary.rebuild(connection);
    }

    /** The size of a folder's files in bytes, for the line a backup prints. */
    public static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }
    }
}
