package org.cxworkbench.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.apache.derby.jdbc.EmbeddedDriver;

/**
 * A Derby database in a folder of its own (by default inside the workspace), opened through the embedded driver.
 *
 * <p>Inside OSGi {@link java.sql.DriverManager} does not see drivers of other bundles, so connections are opened
 * through the driver object directly. Closing shuts the database down cleanly, so that its folder can be copied,
 * backed up or opened by the network server afterwards.
 *
 * <p>Derby boots a database once per JVM, and a shutdown ends every connection to it. In the workbench several
 * readers (the Scores view, the map overlay, the period picker, a report) open the same store at once, each with
 * an instance of its own: the instances of one folder are counted, and only the close of the last one shuts the
 * database down, so no reader loses its connection under it.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    /** The SQL state Derby reports when a single database was shut down as asked. */
    private static final String DATABASE_SHUT_DOWN = "08006";

    /** Loading Derby's driver boots its engine, which opens its log: {@link DerbySystem} decides where, first. */
    private static final EmbeddedDriver DRIVER = driver();

    /** How many open instances each database folder has in this JVM; guarded by itself. */
    private static final Map<Path, Integer> OPEN = new HashMap<>();

    private final Path folder;

    private static EmbeddedDriver driver() {
        DerbySystem.logOutsideTheWorkingFolder();
        return new EmbeddedDriver();
    }
    private boolean closed;

    private EmbeddedDatabase(Path folder) {
        this.folder = folder;
    }

    /**
     * Opens the database in {@code folder}, creating it when the folder does not exist yet.
     *
     * @throws SQLException when the folder holds no Derby database or it cannot be booted (e.g. another process
     *         has it open)
     */
    public static EmbeddedDatabase open(Path folder) throws SQLException {
        EmbeddedDatabase database = new EmbeddedDatabase(folder.toAbsolutePath().normalize());
        synchronized (OPEN) {
            try (Connection probe = database.connect(true)) {
                probe.getMetaData(); // boots the database now, so that a problem shows here and not later
            }
            OPEN.merge(database.folder, 1, Integer::sum);
        }
        return database;
    }

    /** The folder holding the database files. */
    public Path folder() {
        return folder;
    }

    /** A new connection; the caller closes it. */
    public Connection connection() throws SQLException {
        if (closed) {
            throw new SQLException("The database in " + folder + " has been closed", "08003");
        }
        return connect(false);
    }

    private Connection connect(boolean create) throws SQLException {
        Connection connection = DRIVER.connect(url() + (create ? ";create=true" : ""), new Properties());
        if (connection == null) {
            throw new SQLException("The Derby embedded driver did not accept " + url());
        }
        return connection;
    }

    /** The JDBC URL of this database for the embedded driver. */
    public String url() {
        return "jdbc:derby:" + folder;
    }

    /**
     * Closes this instance; the last open instance of the folder in this JVM shuts the database down, and open
     * connections then become unusable.
     */
    @Override
    public void close() throws SQLException {
        synchronized (OPEN) {
            if (closed) {
                return;
            }
            closed = true;
            Integer others = OPEN.merge(folder, -1, Integer::sum);
            if (others != null && others > 0) {
                return;
            }
            OPEN.remove(folder);
            shutDown();
        }
    }

    private void shutDown() throws SQLException {
        try {
            DRIVER.connect(url() + ";shutdown=true", new Properties());
        } catch (SQLException expected) {
            if (!DATABASE_SHUT_DOWN.equals(expected.getSQLState())) {
                throw expected;
            }
            return;
        }
        throw new SQLException("Derby did not confirm the shutdown of " + folder);
    }
}
