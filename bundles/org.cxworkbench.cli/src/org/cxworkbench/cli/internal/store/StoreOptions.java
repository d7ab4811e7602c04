package org.cxworkbench.cli.internal.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Function;

import org.cxworkbench.cli.CommandException;
import org.cxworkbench.cli.ExitCode;
import org.cxworkbench.cli.internal.Messages;
import org.cxworkbench.services.store.ResultsStore;
import org.cxworkbench.services.store.StoreAccess;
import org.cxworkbench.services.store.StoreException;
import org.cxworkbench.services.store.StoreFailures;
import org.cxworkbench.services.store.StoreLocation;
import org.eclipse.osgi.util.NLS;

/**
 * The options {@code --db} and {@code --user} as the commands take them, and the words for what went wrong: {@code
 * --db <folder>} for an embedded database (the default is the folder {@code cxw-results} in the current directory)
 * or {@code --db jdbc:derby://host:port/db} for a network server, with {@code --user} and the password from the
 * environment variable {@code CXW_DB_PASSWORD}, never from the command line, where other users could read it in the
 * process list. Opening, and the schema policy (writers migrate, readers change nothing), are the service's:
 * {@link ResultsStore}.
 */
public final class StoreOptions implements AutoCloseable {

    static final String DEFAULT_FOLDER = StoreLocation.DEFAULT_FOLDER;
    static final String PASSWORD_VARIABLE = "CXW_DB_PASSWORD";

    private final ResultsStore store;

    private StoreOptions(ResultsStore store) {
        this.store = store;
    }

    /**
     * Opens a store that must hold results already, for commands that only read (score, report): an embedded
     * folder that does not exist is an error naming it, instead of a new empty database and an empty answer.
     */
    public static StoreOptions openExisting(String db, String user, Function<String, String> environment)
            throws CommandException {
        return read(db, user, environment, e -> null);
    }

    /**
     * Opens a store for a command that only reads: never migrated, never created.
     *
     * @param specific the command's own words for a failure, or null for the common ones
     */
    public static StoreOptions read(String db, String user, Function<String, String> environment,
            Function<StoreException, CommandException> specific) throws CommandException {
        return open(db, user, environment, StoreAccess.READ, specific);
    }

    /** Opens a store for a command that writes: created when missing and migrated. */
    public static StoreOptions open(String db, String user, Function<String, String> environment)
            throws CommandException {
        return open(db, user, environment, StoreAccess.WRITE, e -> null);
    }

    private static StoreOptions open(String db, String user, Function<String, String> environment,
            StoreAccess access, Function<StoreException, CommandException> specific) throws CommandException {
        try {
            return new StoreOptions(ResultsStore.open(StoreLocation.of(db), user,
                    environment.apply(PASSWORD_VARIABLE), access));
        } catch (StoreException e) {
            CommandException own = specific.apply(e);
            throw own != null ? own : failure(e, user);
        }
    }

    /** The common words for a store that could not be opened; the exit code is 2 for a wrong command line. */
    public static CommandException failure(StoreException e, String user) {
        String target = e.location().target();
        return switch (e.reason()) {
            case NEEDS_CREDENTIALS -> new CommandException(ExitCode.USAGE, NLS.bind(Messages.Store_needsUser,
                    PASSWORD_VARIABLE), e);
            case BAD_URL -> new CommandException(ExitCode.USAGE, NLS.bind(Messages.Store_badUrl, target), e);
            case IS_FILE -> new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Store_isFile, target), e);
            case NOT_FOUND -> new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Score_noDatabase, target), e);
            case LOCKED -> new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Store_locked, target), e);
            case REFUSED -> new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Store_refused, target,
                    user), e);
            case CANNOT_OPEN -> new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Store_cannotOpen, target,
                    describe(sqlCause(e))), e);
            case SCHEMA_TOO_NEW, SCHEMA_FAILED, SCHEMA_TOO_OLD -> new CommandException(ExitCode.FAILURE,
                    e.getMessage(), e);
        };
    }

    /** The SQL failure behind a store exception (a schema that is too new is one too). */
    public static SQLException sqlCause(StoreException e) {
        return e.getCause() instanceof SQLException sql ? sql : new SQLException(e.getMessage(), e);
    }

    /**
     * What went wrong, in one line: for a failed JDBC batch the failure of its member (Derby's own message only
     * says to look there), and a full disk as such.
     */
    public static String describe(SQLException e) {
        Optional<String> diskFull = StoreFailures.diskFull(e);
        if (diskFull.isPresent()) {
            return NLS.bind(Messages.Store_diskFull, diskFull.get());
        }
        return StoreFailures.summary(e);
    }

    /** Derby's messages may span lines; the command line's error is one. */
    static String oneLine(String message) {
        return StoreFailures.oneLine(message);
    }

    public Connection connection() {
        return store.connection();
    }

    /** The open store, for the services that take one. */
    public ResultsStore store() {
        return store;
    }

    @Override
    public void close() throws SQLException {
        store.close();
    }
}
