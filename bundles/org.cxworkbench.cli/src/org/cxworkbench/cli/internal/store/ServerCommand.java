package org.cxworkbench.cli.internal.store;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.function.Function;

import org.cxworkbench.cli.Command;
import org.cxworkbench.cli.CommandContext;
import org.cxworkbench.cli.CommandException;
import org.cxworkbench.cli.ExitCode;
import org.cxworkbench.store.NetworkServer;

/**
 * {@code cxw server start|stop|status [--port N] [--host 127.0.0.1] [--user U] [--allow-remote]}: Derby's network
 * server for a team. {@code start} runs it in the foreground of this process until {@code stop} (or a signal); it
 * must be a process of its own because the server's authentication is engine-wide (docs/architecture.md). The
 * password comes from {@code CXW_DB_PASSWORD}, never the command line; an empty one is refused, and so is an
 * address other than loopback unless {@code --allow-remote} says that is meant.
 */
public final class ServerCommand implements Command {

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
        return "Run, stop or ask about the Derby network server that shares one results store with a team";
    }

    @Override
    public String help() {
        return """
                Usage: cxw server start|stop|status [--port N] [--host 127.0.0.1] [--user U] [--allow-remote]

                start    runs the network server in this process until 'cxw server stop' (or Ctrl+C); databases
                         are folders relative to the current directory: jdbc:derby://host:port/results
                stop     stops the server on host:port
                status   says whether it runs, with Derby's runtime information; exit 1 when it does not answer

                Options:
                  --port N          the port (default 1527)
                  --host <address>  the address to bind or to ask (default 127.0.0.1)
                  --user <name>     the server's user (default cxw); its password is read from CXW_DB_PASSWORD
                  --allow-remote    allow binding an address other than loopback: anyone who can reach it and
                                    knows the password can read the results

                An empty password is refused: a shared store without a password is not offered.
                """;
    }

    @Override
    public int run(List<String> arguments, CommandContext context) throws CommandException {
        if (arguments.isEmpty()) {
            throw CommandException.usage("which action? (cxw server start|stop|status)");
        }
        String action = arguments.get(0);
        if (!List.of("start", "stop", "status").contains(action)) {
            throw CommandException.usage("unknown action '" + action + "' (start, stop or status)");
        }
        int port = NetworkServer.DEFAULT_PORT;
        String host = "127.0.0.1";
        String user = "cxw";
        boolean allowRemote = false;
        for (int i = 1; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--allow-remote")) {
                allowRemote = true;
                continue;
            }
            if (!List.of("--port", "--host", "--user").contains(argument)) {
                throw CommandException.usage("unknown option '" + argument + "' (see 'cxw server --help')");
            }
            if (i + 1 >= arguments.size()) {
                throw CommandException.usage("option " + argument + " needs a value");
            }
            String value = arguments.get(++i);
            switch (argument) {
                case "--port" -> {
                    try {
                        port = Integer.parseInt(value);
                    } catch (NumberFormatException e) {
                        port = -1;
                    }
                    if (port < 1 || port > 65535) {
                        throw CommandException.usage("option --port: '" + value + "' is not a port (1..65535)");
                    }
                }
                case "--host" -> host = value;
                default -> user = value;
            }
        }
        String password = environment.apply(StoreOptions.PASSWORD_VARIABLE);
        if (password == null || password.isEmpty()) {
            throw CommandException.usage("set the password in the environment variable "
                    + StoreOptions.PASSWORD_VARIABLE + " (an empty password is refused)");
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new CommandException(ExitCode.FAILURE, "unknown host " + host, e);
        }
        if (action.equals("start") && !address.isLoopbackAddress() && !allowRemote) {
            throw CommandException.usage(host + " is not a loopback address: other machines could connect; add"
                    + " --allow-remote if that is meant");
        }
        String where = address.getHostAddress() + ":" + port;
        try {
            switch (action) {
                case "start" -> {
                    // not closed here: it ends when 'cxw server stop' shuts it down, or with the process
                    NetworkServer server = NetworkServer.start(address, port, user, password);
                    context.err().println("Derby network server running on " + where + " (user " + user
                            + "); stop it with cxw server stop --port " + port);
                    while (server.isRunning()) {
                        Thread.sleep(1000);
                    }
                    context.err().println("Derby network server on " + where + " stopped");
                    return ExitCode.OK;
                }
                case "stop" -> {
                    NetworkServer.shutdown(address, port, user, password);
                    context.out().println("stopped the server on " + where);
                    return ExitCode.OK;
                }
                default -> {
                    String info;
                    try {
                        info = NetworkServer.status(address, port, user, password);
                    } catch (Exception notRunning) {
                        context.out().println("no server answers on " + where);
                        return ExitCode.FAILURE;
                    }
                    context.out().println("running on " + where);
                    context.out().println(info.strip());
                    return ExitCode.OK;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandException(ExitCode.FAILURE, "interrupted", e);
        } catch (CommandException e) {
            throw e;
        } catch (Exception e) {
            throw new CommandException(ExitCode.FAILURE, "server on " + where + ": " + e.getMessage(), e);
        }
    }
}
