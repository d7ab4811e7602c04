package org.cxworkbench.cli.internal.server;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

import org.cxworkbench.cli.Command;
import org.cxworkbench.cli.CommandContext;
import org.cxworkbench.cli.CommandException;
import org.cxworkbench.cli.ExitCode;
import org.cxworkbench.cli.internal.CommandOptions;
import org.cxworkbench.cli.internal.CommandOptions.Arguments;
import org.cxworkbench.services.store.StoreFailures;
import org.cxworkbench.services.store.StoreLocation;
import org.cxworkbench.store.ClientConnections;
import org.cxworkbench.store.StoreMaintenance;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;

/**
 * {@code cxw store backup|restore|check}: Derby's online backup of a results store (embedded or on a server), a
 * restore into a new folder, and Derby's consistency check of every table ({@link StoreMaintenance}).
 */
public final class StoreCommand implements Command {

    private static final String AUTHENTICATION_FAILED = "08004";
    private static final String NO_PERMISSION = "42504";

    private final Function<String, String> environment;

    public StoreCommand() {
        this(System::getenv);
    }

    /** For tests: the environment the password is read from. */
    public StoreCommand(Function<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public String name() {
        return "store";
    }

    @Override
    public String summary() {
        return Messages.Store_summary;
    }

    @Override
    public String help() {
        return Messages.Store_help;
    }

    @Override
    public int run(List<String> arguments, CommandContext context) throws CommandException {
        if (arguments.isEmpty()) {
            throw CommandException.usage(Messages.Store_noAction);
        }
        String action = arguments.get(0);
        if (!List.of("backup", "restore", "check").contains(action)) {
            throw CommandException.usage(NLS.bind(Messages.Store_unknownAction, action));
        }
        CommandOptions declared = new CommandOptions(new CommandOptions.Words(Messages.Store_unknownOption,
                Messages.Server_missingValue, Messages.Store_unknownOption, Messages.Store_missingOption,
                Messages.Store_unknownOption)).once("--user");
        switch (action) {
            case "backup" -> declared.required("--db", "--to");
            case "restore" -> declared.required("--from", "--to");
            default -> declared.required("--db");
        }
        Arguments options = declared.parse(arguments.subList(1, arguments.size()));
        String user = options.value("--user", null);
        String password = environment.apply(ServerCommand.PASSWORD_VARIABLE);
        if (action.equals("restore")) {
            Path from = Path.of(options.value("--from"));
            Path to = Path.of(options.value("--to"));
            try {
                StoreMaintenance.restore(from, to, user, password);
            } catch (IOException | SQLException e) {
                throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Store_restoreFailed, from,
                        StoreFailures.oneLine(String.valueOf(e.getMessage()))), e);
            }
            context.out().println(NLS.bind(Messages.Store_restored, from, to.toAbsolutePath().normalize()));
            return ExitCode.OK;
        }
        StoreLocation location = StoreLocation.of(options.value("--db"));
        String target = location.target();
        Connection connection = null;
        try {
            connection = open(location, user, password);
            if (action.equals("backup")) {
                Path to = Path.of(options.value("--to"));
                Path copy = StoreMaintenance.backup(connection, location.isNetwork() ? to : to.toAbsolutePath());
                String size = location.isNetwork() ? "?" : String.valueOf(
                        (StoreMaintenance.size(copy) + 512 * 1024) / (1024 * 1024));
                context.out().println(NLS.bind(Messages.Store_backedUp, new Object[] {target, copy, size}));
                return ExitCode.OK;
            }
            int tables = tableCount(connection);
            List<StoreMaintenance.Problem> problems = StoreMaintenance.check(connection, new NullProgressMonitor());
            if (problems.isEmpty()) {
                context.out().println(NLS.bind(Messages.Store_checkOk, target, String.valueOf(tables)));
                return ExitCode.OK;
            }
            for (StoreMaintenance.Problem problem : problems) {
                context.out().println(NLS.bind(Messages.Store_checkProblem, problem.table(), problem.message()));
            }
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Store_checkFailed, new Object[] {target,
                    String.valueOf(problems.size()), String.valueOf(tables)}));
        } catch (OperationCanceledException e) {
            throw new CommandException(ExitCode.FAILURE, Messages.Store_cancelled, e);
        } catch (SQLException e) {
            if (AUTHENTICATION_FAILED.equals(e.getSQLState())) {
                throw user == null || password == null
                        ? new CommandException(ExitCode.USAGE, NLS.bind(Messages.Store_needsUser, target), e)
                        : new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Store_refused, target, user), e);
            }
            if (NO_PERMISSION.equals(e.getSQLState())) {
                throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Store_notOwner, user, target), e);
            }
            String pattern = action.equals("backup") ? Messages.Store_backupFailed : Messages.Store_checkCannot;
            throw new CommandException(ExitCode.FAILURE, NLS.bind(pattern, target, StoreFailures.summary(e)), e);
        } catch (IOException e) {
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Store_backupFailed, target,
                    StoreFailures.oneLine(String.valueOf(e.getMessage()))), e);
        } finally {
            close(connection, location, user, password);
        }
    }

    private static Connection open(StoreLocation location, String user, String password) throws SQLException {
        if (location.isNetwork()) {
            if (user == null || password == null || password.isEmpty()) {
                throw new SQLException("needs a user", AUTHENTICATION_FAILED);
            }
            return ClientConnections.open(location.target(), user, password);
        }
        if (location.isUrl()) {
            throw new SQLException("not a folder or a Derby network URL: " + location.target(), "XJ004");
        }
        if (!java.nio.file.Files.isRegularFile(location.folder().resolve("service.properties"))) {
            throw new SQLException("no results database in " + location.target(), "XJ004");
        }
        return StoreMaintenance.openEmbedded(location.folder(), user, password);
    }

    private static int tableCount(Connection connection) throws SQLException {
        try (java.sql.Statement st = connection.createStatement();
                java.sql.ResultSet rs = st.executeQuery("select count(*) from sys.systables where tabletype = 'T'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void close(Connection connection, StoreLocation location, String user, String password) {
        try {
            if (connection != null) {
                connection.close();
            }
            if (!location.isUrl()) {
                StoreMaintenance.shutDown(location.folder(), user, password);
            }
        } catch (SQLException e) {
            // the command's own outcome was reported; the process ends and Derby with it
        }
    }
}
