package org.cxworkbench.cli.internal.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.cxworkbench.cli.CommandException;
import org.cxworkbench.cli.ExitCode;
import org.cxworkbench.cli.internal.Messages;
import org.cxworkbench.store.ClientConnections;
import org.cxworkbench.store.EmbeddedDatabase;
import org.eclipse.osgi.util.NLS;

/**
 * Where the results are: {@code --db <folder>} for an embedded database (created when missing; the default is the
 * folder {@code cxw-results} in the current directory) or {@code --db jdbc:derby://host:port/db} for a network
 * server, with {@code --user} and the password from the environment variable {@code CXW_DB_PASSWORD}, never from
 * the command line, where other users could read it in the process list.
 */
public final class StoreOptions implements AutoCloseable {

    static final String DEFAULT_FOLDER = "cxw-results";
    static final String PASSWORD_VARIABLE = "CXW_DB_PASSWORD";
    /**
     * Derby's "Another instance of Derby may have already booted the database": another process (a cxw, the
     * workbench) has the embedded database open. Derby reports it as the next exception of "Failed to start database
     * ... with class loader EquinoxClassLoader@...".
     */
    static final Set<String> LOCKED = Set.of("XSDB6");
    /**
     * Derby's states for a write that the disk refused: a data page (XSDG1), the transaction log (XSLA4), recovery
     * (XSDFI). After them Derby shuts the database down, so what follows fails with "No current connection"; the
     * cause is what the user needs. An {@link java.io.IOException} saying "No space left on device" or "Disk quota
     * exceeded" in the chain counts too.
     */
    static final Set<String> DISK_FULL = Set.of("XSDG1", "XSLA4", "XSDFI", "No space left on device",
            "Disk quota exceeded");
    /** The SQL state of Derby's "Connection authentication failure occurred". */
    private static final String AUTHENTICATION_FAILED = "08004";

    private EmbeddedDatabase embedded;
    private final Connection connection;

    private StoreOptions(EmbeddedDatabase embedded, Connection connection) {
        this.embedded = embedded;
        this.connection = connection;
    }

    /**
     * Opens a store that must hold results already, for commands that only read (score, report): an embedded
     * folder that does not exist is an error naming it, instead of a new empty database and an empty answer.
     */
    public static StoreOptions openExisting(String db, String user, Function<String, String> environment)
            throws CommandException {
        String target = db == null ? DEFAULT_FOLDER : db;
        refuseRegularFile(target);
        if (!target.startsWith("jdbc:") && !Files.isDirectory(Path.of(target))) {
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Score_noDatabase, target));
        }
        return open(db, user, environment);
    }

    public static StoreOptions open(String db, String user, Function<String, String> environment)
            throws CommandException {
        String target = db == null ? DEFAULT_FOLDER : db;
        try {
            if (target.startsWith("jdbc:derby://")) {
                String password = environment.apply(PASSWORD_VARIABLE);
                if (user == null || password == null || password.isEmpty()) {
                    throw new CommandException(ExitCode.USAGE, NLS.bind(Messages.Store_needsUser,
                            PASSWORD_VARIABLE));
                }
                try {
                    return new StoreOptions(null, ClientConnections.openStore(target, user, password));
                } catch (SQLException e) {
                    if (AUTHENTICATION_FAILED.equals(e.getSQLState())) {
                        throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Store_refused, target,
                                user), e);
                    }
                    throw e;
                }
            }
            if (target.startsWith("jdbc:")) {
                throw new CommandException(ExitCode.USAGE, NLS.bind(Messages.Store_badUrl, target));
            }
            refuseRegularFile(target);
            EmbeddedDatabase database = EmbeddedDatabase.open(Path.of(target));
            try {
                return new StoreOptions(database, database.connection());
            } catch (SQLException e) {
                database.close();
                throw e;
            }
        } catch (SQLException e) {
            if (Causes.has(e, LOCKED)) {
                throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Store_locked, target), e);
            }
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Store_cannotOpen, target,
                    describe(e)), e);
        }
    }

    /** Derby would say only that it failed to start the database, with its class loader's name: say what it is. */
    private static void refuseRegularFile(String target) throws CommandException {
        if (!target.startsWith("jdbc:") && Files.exists(Path.of(target)) && !Files.isDirectory(Path.of(target))) {
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Store_isFile, target));
        }
    }

    /**
     * What went wrong, in one line: for a failed JDBC batch the failure of its member (Derby's own message only
     * says to look there).
     */
    public static String describe(SQLException e) {
        Optional<String> diskFull = Causes.find(e, DISK_FULL);
        if (diskFull.isPresent()) {
            return NLS.bind(Messages.Store_diskFull, diskFull.get());
        }
        SQLException next = e.getNextException();
        SQLException cause = e instanceof java.sql.BatchUpdateException && next != null ? next : e;
        return oneLine(cause.getMessage()) + (cause.getSQLState() == null ? "" : " (" + cause.getSQLState() + ")");
    }

    /** Derby's messages may span lines; the command line's error is one. */
    static String oneLine(String message) {
        return String.valueOf(message).strip().replaceAll("\\s*\\R\\s*", " ");
    }

    public Connection connection() {
        return connection;
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.close();
        } finally {
            if (embedded != null) {
                embedded.close();
                embedded = null;
            }
        }
    }
}
