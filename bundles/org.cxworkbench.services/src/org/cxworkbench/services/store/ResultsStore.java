package org.cxworkbench.services.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.cxworkbench.store.ClientConnections;
import org.cxworkbench.store.EmbeddedDatabase;
import org.cxworkbench.store.ImportBatch;
import org.cxworkbench.store.Schema;
import org.cxworkbench.store.SchemaTooNewException;

/**
 * An open results store: the one way the command line and the workbench open one, with one schema policy.
 *
 * <p><b>Schema policy.</b> {@link StoreAccess#WRITE} opens create a missing embedded database and migrate the
 * tables to {@link Schema#CURRENT_VERSION} before the caller sees the connection. {@link StoreAccess#READ} opens never
 * change a database: an embedded folder that does not exist is {@link StoreException.Reason#NOT_FOUND}, not a new
 * empty database; a schema from {@link #OLDEST_READABLE_VERSION} up to the current one is read as it is (an empty
 * database has version 0, see {@link #hasResults()}); an older one is {@link StoreException.Reason#SCHEMA_TOO_OLD},
 * naming {@link #UPGRADE_COMMAND}; a newer one is {@link StoreException.Reason#SCHEMA_TOO_NEW} for readers and writers
 * alike.
 *
 * <p>A network store ({@code jdbc:derby://}) needs a user and a password, which the caller supplies (the command line
 * reads the password from the environment, never from its arguments). Closing closes the connection and shuts an
 * embedded database down, so that its folder can be copied or opened by another process.
 */
public final class ResultsStore implements AutoCloseable {

    /**
     * The oldest schema a reader reads as it is. Version 1 has the respondents, answers and batches every reader
     * needs; later steps add what importing needs (claims, spooling, respondent scopes), which readers do not use.
     */
    public static final int OLDEST_READABLE_VERSION = 1;
    /**
     * What upgrades a store a reader cannot read: any import into it, from the command line or the workbench, since
     * writers migrate.
     */
    public static final String UPGRADE_COMMAND = "cxw import <file> --journey <file.journey> --db <db>";

    /** The SQL state of Derby's "Connection authentication failure occurred". */
    private static final String AUTHENTICATION_FAILED = "08004";

    private final StoreLocation location;
    private final StoreAccess access;
    private EmbeddedDatabase embedded;
    private final Connection connection;
    private final int schemaVersion;

    private ResultsStore(StoreLocation location, StoreAccess access, EmbeddedDatabase embedded,
            Connection connection, int schemaVersion) {
        this.location = location;
        this.access = access;
        this.embedded = embedded;
        this.connection = connection;
        this.schemaVersion = schemaVersion;
    }

    /** Opens an embedded store, for which no credentials are needed. */
    public static ResultsStore open(StoreLocation location, StoreAccess access) throws StoreException {
        return open(location, null, null, access);
    }

    /**
     * Opens the store at {@code location} for {@code access}, with the schema policy of this class.
     *
     * @param user     the user of a network store; ignored for an embedded one
     * @param password the password of a network store; ignored for an embedded one
     * @throws StoreException when it cannot be opened or its schema does not suit {@code access}; nothing was
     *         changed then, apart from a writer's migration steps that completed before one failed
     */
    public static ResultsStore open(StoreLocation location, String user, String password, StoreAccess access)
            throws StoreException {
        String target = location.target();
        EmbeddedDatabase embedded = null;
        Connection connection;
        try {
            if (location.isNetwork()) {
                if (user == null || password == null || password.isEmpty()) {
                    throw new StoreException(StoreException.Reason.NEEDS_CREDENTIALS, location,
                            "a network store needs a user and a password", null);
                }
                try {
                    connection = ClientConnections.openStore(target, user, password);
                } catch (SQLException e) {
                    if (AUTHENTICATION_FAILED.equals(e.getSQLState())) {
                        throw new StoreException(StoreException.Reason.REFUSED, location, "the server of " + target
                                + " refused user " + user, e);
                    }
                    throw e;
                }
            } else if (location.isUrl()) {
                throw new StoreException(StoreException.Reason.BAD_URL, location, "not a folder or a Derby network"
                        + " URL: " + target, null);
            } else {
                if (location.isRegularFile()) {
                    throw new StoreException(StoreException.Reason.IS_FILE, location, target + " is a file, not a"
                            + " results database folder", null);
                }
                if (access == StoreAccess.READ && !location.folderExists()) {
                    throw new StoreException(StoreException.Reason.NOT_FOUND, location, "no results database in "
                            + target, null);
                }
                embedded = EmbeddedDatabase.open(location.folder());
                connection = embedded.connection();
            }
        } catch (SQLException e) {
            closeQuietly(embedded, e);
            if (StoreFailures.isLocked(e)) {
                throw new StoreException(StoreException.Reason.LOCKED, location, "the results database " + target
                        + " is open in another process", e);
            }
            throw new StoreException(StoreException.Reason.CANNOT_OPEN, location, "cannot open the results database "
                    + target + ": " + StoreFailures.summary(e), e);
        }
        ResultsStore store = null;
        try {
            store = new ResultsStore(location, access, embedded, connection, schema(location, connection, access));
            return store;
        } finally {
            if (store == null) {
                closeQuietly(connection, embedded);
            }
        }
    }

    /** The policy: writers migrate; readers check and change nothing. */
    private static int schema(StoreLocation location, Connection connection, StoreAccess access)
            throws StoreException {
        try {
            if (access == StoreAccess.WRITE) {
                return Schema.migrate(connection);
            }
            int version = Schema.version(connection);
            if (version > Schema.CURRENT_VERSION) {
                throw new SchemaTooNewException(version, Schema.CURRENT_VERSION);
            }
            if (version > 0 && version < OLDEST_READABLE_VERSION) {
                throw new StoreException(StoreException.Reason.SCHEMA_TOO_OLD, location, "the results database "
                        + location + " has schema version " + version + ", older than this program reads (from "
                        + OLDEST_READABLE_VERSION + "); upgrade it with " + UPGRADE_COMMAND, null);
            }
            return version;
        } catch (SchemaTooNewException e) {
            throw new StoreException(StoreException.Reason.SCHEMA_TOO_NEW, location, e.getMessage(), e);
        } catch (SQLException e) {
            throw new StoreException(StoreException.Reason.SCHEMA_FAILED, location, e.getMessage(), e);
        }
    }

    private static void closeQuietly(EmbeddedDatabase embedded, Exception failure) {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
        }
    }

    private static void closeQuietly(Connection connection, EmbeddedDatabase embedded) {
        try {
            connection.close();
        } catch (SQLException e) {
            // the failure being reported matters more
        }
        if (embedded != null) {
            try {
                embedded.close();
            } catch (SQLException e) {
                // as above
            }
        }
    }

    public StoreLocation location() {
        return location;
    }

    public StoreAccess access() {
        return access;
    }

    /**
     * The version of the store's tables: {@link Schema#CURRENT_VERSION} for a writer, the database's own for a
     * reader (0 for a database without tables).
     */
    public int schemaVersion() {
        return schemaVersion;
    }

    /** Whether the store has tables at all; a reader of a store without them has no results to read. */
    public boolean hasResults() {
        return schemaVersion > 0;
    }

    /** The connection, for the store's readers and the import; the store closes it. */
    public Connection connection() {
        return connection;
    }

    /** The import batches, oldest first; none for a store without tables. */
    public List<ImportBatch> batches() throws SQLException {
        return hasResults() ? ImportBatch.list(connection) : List.of();
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.close();
        } finally {
            if (embedded != null) {
                EmbeddedDatabase closing = embedded;
                embedded = null;
                closing.close();
            }
        }
    }
}
