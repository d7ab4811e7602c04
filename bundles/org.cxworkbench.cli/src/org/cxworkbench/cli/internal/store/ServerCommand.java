package org.cxworkbench.cli.internal.store;

import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.cxworkbench.cli.Command;
import org.cxworkbench.cli.CommandContext;
import org.cxworkbench.cli.CommandException;
import org.cxworkbench.cli.ExitCode;
import org.cxworkbench.cli.internal.CommandOptions;
import org.cxworkbench.cli.internal.CommandOptions.Arguments;
import org.cxworkbench.cli.internal.Messages;
import org.cxworkbench.store.NetworkServer;
import org.eclipse.osgi.util.NLS;

/**
 * {@code cxw server start|stop|status [--port N] [--host 127.0.0.1] [--user U] [--allow-remote]}: Derby's network
 * server for a team. {@code start} runs it in the foreground of this process until {@code stop} (or a signal); it
 * must be a process of its own because the server's authentication is engine-wide (docs/architecture.md). The
 * password comes from {@code CXW_DB_PASSWORD}, never the command line; an empty one is refused, and so is an
 * address other than loopback unless {@code --allow-remote} says that is meant.
 */
public final class ServerCommand implements Command {

    /** More users of the server: one {@code name:password} per line. */
    static final String USERS_VARIABLE = "CXW_DB_USERS";

    /** Derby's "Connection authentication failure occurred". */
    private static final String AUTHENTICATION_FAILED = "08004";

    /** The options after the action; given again, the last one counts. */
    private static CommandOptions options() {
        return new CommandOptions(new CommandOptions.Words(Messages.Server_unknownOption,
                Messages.Store_missingValue, null, null, Messages.Server_unknownOption))
                .repeatable("--port", "--host", "--user").flag("--allow-remote").dashedValues();
    }

    private final Function<String, String> environment;

    public ServerCommand() {
        this(System::getenv);
    }

    /** For tests: the environment the password is read from. */
    public ServerCommand(Function<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public String name() {
        return "server";
    }

    @Override
    public String summary() {
        return Messages.Server_summary;
    }

    @Override
    public String help() {
        return Messages.Server_help;
    }

    /** The users besides the server's own, from {@code CXW_DB_USERS}: one {@code name:password} per line. */
    private Map<String, String> users() throws CommandException {
        Map<String, String> users = new LinkedHashMap<>();
        String text = environment.apply(USERS_VARIABLE);
        if (text == null) {
            return users;
        }
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 1 || colon == line.length() - 1) {
                throw CommandException.usage(NLS.bind(Messages.Server_badUsers, USERS_VARIABLE,
                        String.valueOf(i + 1)));
            }
            users.put(line.substring(0, colon), line.substring(colon + 1));
        }
        return users;
    }

    /**
     * The user or password was refused (SQL state 08004, as for every other command that reaches the server), or
     * the general failure.
     */
    private static CommandException refusedOr(SQLException e, String where, String user) {
        if (AUTHENTICATION_FAILED.equals(e.getSQLState())) {
            return new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Server_refused, where, user), e);
        }
        return new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Server_failed, where,
                StoreOptions.oneLine(e.getMessage())), e);
    }

    @Override
    public int run(List<String> arguments, CommandContext context) throws CommandException {
        if (arguments.isEmpty()) {
            throw CommandException.usage(Messages.Server_noAction);
        }
        String action = arguments.get(0);
        if (!List.of("start", "stop", "status").contains(action)) {
            throw CommandException.usage(NLS.bind(Messages.Server_unknownAction, action));
        }
        Arguments options = options().parse(arguments.subList(1, arguments.size()));
        int port = NetworkServer.DEFAULT_PORT;
        for (String portText : options.values("--port")) {
            try {
                port = Integer.parseInt(portText);
            } catch (NumberFormatException e) {
                port = -1;
            }
            if (port < 1 || port > 65535) {
                throw CommandException.usage(NLS.bind(Messages.Server_badPort, portText));
            }
        }
        String host = options.value("--host", "127.0.0.1");
        String user = options.value("--user", "cxw");
        boolean allowRemote = options.has("--allow-remote");
        String password = environment.apply(StoreOptions.PASSWORD_VARIABLE);
        if (password == null || password.isEmpty()) {
            throw CommandException.usage(NLS.bind(Messages.Server_noPassword, StoreOptions.PASSWORD_VARIABLE));
        }
        // read before anything starts: a wrong line is a wrong command line
        Map<String, String> users = action.equals("start") ? users() : Map.of();
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Server_unknownHost, host), e);
        }
        if (action.equals("start") && !address.isLoopbackAddress() && !allowRemote) {
            throw CommandException.usage(NLS.bind(Messages.Server_notLoopback, host));
        }
        String where = address.getHostAddress() + ":" + port;
        try {
            switch (action) {
                case "start" -> {
                    // not closed here: it ends when 'cxw server stop' shuts it down, or with the process
                    NetworkServer server;
                    try {
                        server = NetworkServer.start(address, port, user, password, users);
                    } catch (BindException e) {
                        throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Server_portInUse, where,
                                String.valueOf(port)), e);
                    }
                    context.err().println(NLS.bind(Messages.Server_running, new Object[] {where, user,
                            String.valueOf(port)}));
                    while (server.isRunning()) {
                        Thread.sleep(1000);
                    }
                    context.err().println(NLS.bind(Messages.Server_stopped, where));
                    return ExitCode.OK;
                }
                case "stop" -> {
                    try {
                        NetworkServer.shutdown(address, port, user, password);
                    } catch (SQLException e) {
                        throw refusedOr(e, where, user);
                    }
                    context.out().println(NLS.bind(Messages.Server_stoppedThere, where));
                    return ExitCode.OK;
                }
                default -> {
                    try {
                        NetworkServer.ping(address, port, user, password);
                    } catch (Exception notRunning) {
                        context.out().println(NLS.bind(Messages.Server_noAnswer, where));
                        if (context.debug()) {
                            context.err().println(NLS.bind(Messages.Server_why, notRunning));
                        }
                        return ExitCode.FAILURE;
                    }
                    // Derby answers a ping and tells its runtime information without a password: ask for one
                    try {
                        NetworkServer.checkUser(address, port, user, password);
                    } catch (SQLException e) {
                        if (AUTHENTICATION_FAILED.equals(e.getSQLState())) {
                            throw refusedOr(e, where, user);
                        }
                        // it runs, and did not refuse the user: the check itself failed (a busy server, say)
                        if (context.debug()) {
                            context.err().println(NLS.bind(Messages.Server_why, e));
                        }
                    }
                    context.out().println(NLS.bind(Messages.Server_statusRunning, where));
                    // the details are a second request: a busy server that answered the ping still runs
                    try {
                        context.out().println(NetworkServer.status(address, port, user, password).strip());
                    } catch (Exception busy) {
                        if (context.debug()) {
                            context.err().println(NLS.bind(Messages.Server_why, busy));
                        }
                    }
                    return ExitCode.OK;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandException(ExitCode.FAILURE, Messages.Server_interrupted, e);
        } catch (CommandException e) {
            throw e;
        } catch (Exception e) {
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Server_failed, where,
                    StoreOptions.oneLine(e.getMessage())), e);
        }
    }
}
