package org.cxworkbench.cli.internal.server;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
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
import org.cxworkbench.services.store.StoreFailures;
import org.cxworkbench.store.AuthMigration;
import org.cxworkbench.store.ClientConnections;
import org.cxworkbench.store.NetworkServer;
import org.cxworkbench.store.ServerTls;
import org.cxworkbench.store.ServerUsers;
import org.cxworkbench.store.StoreRoles;
import org.eclipse.osgi.util.NLS;

/**
 * {@code cxw server start|stop|status|user|migrate-auth}: Derby's network server for a team, with NATIVE
 * authentication, roles and TLS ({@link NetworkServer}). {@code start} runs it in the foreground of this process
 * until {@code stop} (or a signal); it must be a process of its own because the server's authentication is
 * engine-wide. The administrator's password comes from {@code CXW_DB_PASSWORD}, a new user's from standard input
 * (a terminal asks without echo), never from the command line.
 */
public final class ServerCommand implements Command {

    /** The administrator's password. */
    static final String PASSWORD_VARIABLE = "CXW_DB_PASSWORD";
    /** The users of a BUILTIN-era server, one {@code name:password} per line: read by {@code migrate-auth} only. */
    static final String USERS_VARIABLE = "CXW_DB_USERS";
    /** The password of a keystore named with {@code --keystore}. */
    static final String KEYSTORE_PASSWORD_VARIABLE = "CXW_KEYSTORE_PASSWORD";

    /** Derby's "Connection authentication failure occurred". */
    private static final String AUTHENTICATION_FAILED = "08004";
    private static final String USER_EXISTS = "X0Y68";
    private static final String NO_SUCH_USER = "XK001";
    private static final String NO_PERMISSION = "42504";

    private static CommandOptions options() {
        return new CommandOptions(new CommandOptions.Words(Messages.Server_unknownOption,
                Messages.Server_missingValue, null, null, Messages.Server_unknownOption))
                .repeatable("--port", "--host", "--user", "--home", "--db", "--role", "--keystore")
                .flag("--allow-remote", "--insecure", "--tls").positionals(2).dashedValues();
    }

    private final Function<String, String> environment;
    private final InputStream stdin;

    public ServerCommand() {
        this(System::getenv, System.in);
    }

    /** For tests: the environment the passwords are read from, and what stands for standard input. */
    public ServerCommand(Function<String, String> environment, InputStream stdin) {
        this.environment = environment;
        this.stdin = stdin;
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

    private record Target(InetAddress address, int port, String user, String password, boolean tls, String where) {
    }

    @Override
    public int run(List<String> arguments, CommandContext context) throws CommandException {
        if (arguments.isEmpty()) {
            throw CommandException.usage(Messages.Server_noAction);
        }
        String action = arguments.get(0);
        if (!List.of("start", "stop", "status", "user", "migrate-auth").contains(action)) {
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
        List<String> positionals = options.positionals();
        int allowed = action.equals("user") ? 2 : 0;
        if (positionals.size() > allowed) {
            throw CommandException.usage(NLS.bind(Messages.Server_unknownOption, positionals.get(allowed)));
        }
        String host = options.value("--host", "127.0.0.1");
        String user = options.value("--user", "cxw");
        String password = environment.apply(PASSWORD_VARIABLE);
        if (password == null || password.isEmpty()) {
            throw CommandException.usage(NLS.bind(Messages.Server_noPassword, PASSWORD_VARIABLE));
        }
        if (action.equals("migrate-auth")) {
            return migrate(options, user, password, context);
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Server_unknownHost, host), e);
        }
        boolean tls = options.has("--tls") || options.has("--keystore");
        Target target = new Target(address, port, user, password, tls, address.getHostAddress() + ":" + port);
        try {
            return switch (action) {
                case "start" -> start(options, target, context);
                case "stop" -> stop(target, context);
                case "status" -> status(target, context);
                default -> user(positionals, options, target, context);
            };
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandException(ExitCode.FAILURE, Messages.Server_interrupted, e);
        } catch (CommandException e) {
            throw e;
        } catch (Exception e) {
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Server_failed, target.where(),
                    StoreFailures.oneLine(String.valueOf(e.getMessage()))), e);
        }
    }

    private int start(Arguments options, Target target, CommandContext context) throws Exception {
        if (environment.apply(USERS_VARIABLE) != null) {
            throw CommandException.usage(NLS.bind(Messages.Server_usersVariable, USERS_VARIABLE));
        }
        if (!target.address().isLoopbackAddress()) {
            if (!options.has("--allow-remote")) {
                throw CommandException.usage(NLS.bind(Messages.Server_notLoopback, target.address().getHostAddress()));
            }
            if (!target.tls() && !options.has("--insecure")) {
                throw CommandException.usage(Messages.Server_remoteWithoutTls);
            }
        }
        Path home = Path.of(options.value("--home", ".")).toAbsolutePath().normalize();
        String database = options.value("--db", NetworkServer.DEFAULT_DATABASE);
        ServerTls tls = null;
        if (target.tls()) {
            try {
                String keystore = options.value("--keystore", null);
                if (keystore != null) {
                    String keystorePassword = environment.apply(KEYSTORE_PASSWORD_VARIABLE);
                    if (keystorePassword == null) {
                        throw CommandException.usage(NLS.bind(Messages.Server_noKeystorePassword,
                                KEYSTORE_PASSWORD_VARIABLE));
                    }
                    tls = ServerTls.keystore(Path.of(keystore), keystorePassword.toCharArray());
                } else {
                    tls = ServerTls.generated(home);
                    if (tls.generatedNow()) {
                        context.err().println(NLS.bind(Messages.Server_tlsGenerated, tls.keystore()));
                    }
                }
            } catch (IOException | java.security.GeneralSecurityException e) {
                throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Server_tlsFailed,
                        StoreFailures.oneLine(String.valueOf(e.getMessage()))), e);
            }
        }
        NetworkServer server;
        try {
            server = NetworkServer.start(new NetworkServer.Settings(home, target.address(), target.port(),
                    target.user(), database, tls), target.password());
        } catch (BindException e) {
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Server_portInUse, target.where(),
                    String.valueOf(target.port())), e);
        } catch (IllegalArgumentException e) {
            throw CommandException.usage(e.getMessage());
        } catch (SQLException e) {
            if (AUTHENTICATION_FAILED.equals(e.getSQLState())) {
                throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Server_adminRefused, home,
                        target.user()), e);
            }
            throw e;
        }
        // not closed here: it ends when 'cxw server stop' shuts it down, or with the process
        context.err().println(NLS.bind(Messages.Server_running, new Object[] {target.where(), target.user(),
                database, String.valueOf(target.port())}));
        context.err().println(tls != null ? NLS.bind(Messages.Server_tlsRunning, tls.fingerprint())
                : Messages.Server_plainRunning);
        while (server.isRunning()) {
            Thread.sleep(1000);
        }
        server.close();
        context.err().println(NLS.bind(Messages.Server_stopped, target.where()));
        return ExitCode.OK;
    }

    /** The user or password was refused (SQL state 08004), or the general failure. */
    private static CommandException refusedOr(Exception e, Target target) {
        if (e instanceof SQLException sql && AUTHENTICATION_FAILED.equals(sql.getSQLState())
                || String.valueOf(e.getMessage()).contains("authentication")) {
            return new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Server_refused, target.where(),
                    target.user()), e);
        }
        return new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Server_failed, target.where(),
                StoreFailures.oneLine(String.valueOf(e.getMessage()))), e);
    }

    private int stop(Target target, CommandContext context) throws CommandException {
        try {
            NetworkServer.ping(target.address(), target.port(), target.tls());
        } catch (Exception notRunning) {
            context.out().println(NLS.bind(Messages.Server_noAnswer, target.where()));
            return ExitCode.FAILURE;
        }
        try {
            NetworkServer.checkUser(target.address(), target.port(), target.user(), target.password(),
                    target.tls());
            NetworkServer.shutdown(target.address(), target.port(), target.user(), target.password(), target.tls());
        } catch (Exception e) {
            throw refusedOr(e, target);
        }
        context.out().println(NLS.bind(Messages.Server_stoppedThere, target.where()));
        return ExitCode.OK;
    }

    private int status(Target target, CommandContext context) throws CommandException {
        try {
            NetworkServer.ping(target.address(), target.port(), target.tls());
        } catch (Exception notRunning) {
            context.out().println(NLS.bind(Messages.Server_noAnswer, target.where()));
            if (context.debug()) {
                context.err().println(NLS.bind(Messages.Server_why, notRunning));
            }
            return ExitCode.FAILURE;
        }
        // Derby answers a ping and tells its runtime information without a password: ask for an administrator's
        try {
            NetworkServer.checkUser(target.address(), target.port(), target.user(), target.password(), target.tls());
        } catch (SQLException e) {
            throw refusedOr(e, target);
        }
        context.out().println(NLS.bind(Messages.Server_statusRunning, target.where()));
        try {
            context.out().println(NetworkServer.status(target.address(), target.port(), target.tls()).strip());
        } catch (Exception busy) {
            if (context.debug()) {
                context.err().println(NLS.bind(Messages.Server_why, busy));
            }
        }
        return ExitCode.OK;
    }

    private String url(Target target, String database) {
        String host = target.address().getHostAddress();
        return ClientConnections.url(host.contains(":") ? "[" + host + "]" : host, target.port(), database,
                target.tls());
    }

    private int user(List<String> positionals, Arguments options, Target target, CommandContext context)
            throws Exception {
        if (positionals.isEmpty()) {
            throw CommandException.usage(Messages.Server_noUserAction);
        }
        String action = positionals.get(0);
        if (!List.of("add", "remove", "password", "list").contains(action)) {
            throw CommandException.usage(NLS.bind(Messages.Server_unknownUserAction, action));
        }
        String name = positionals.size() > 1 ? positionals.get(1) : null;
        if (action.equals("list") && name != null) {
            throw CommandException.usage(NLS.bind(Messages.Server_unknownOption, name));
        }
        if (!action.equals("list")) {
            if (name == null) {
                throw CommandException.usage(NLS.bind(Messages.Server_noName, action));
            }
            if (!ServerUsers.isValidName(name)) {
                throw CommandException.usage(NLS.bind(Messages.Server_badName, name));
            }
        }
        String role = null;
        if (action.equals("add")) {
            String given = options.value("--role", null);
            if (given == null) {
                throw CommandException.usage(Messages.Server_noRole);
            }
            role = StoreRoles.parse(given).orElseThrow(() -> CommandException.usage(NLS.bind(
                    Messages.Server_badRole, given)));
        }
        String database = options.value("--db", NetworkServer.DEFAULT_DATABASE);
        String newPassword = action.equals("add") || action.equals("password") ? newPassword(name, context) : null;
        try (Connection store = ClientConnections.open(url(target, database), target.user(), target.password());
                Connection credentials = action.equals("list") ? null
                        : openCredentials(target)) {
            switch (action) {
                case "add" -> {
                    ServerUsers.add(store, credentials, name, newPassword, role);
                    context.out().println(NLS.bind(Messages.Server_userAdded, new Object[] {name, role, database}));
                }
                case "remove" -> {
                    if (ServerUsers.normalize(name).equals(ServerUsers.owner(store))) {
                        throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Server_cannotRemoveOwner,
                                name, database));
                    }
                    ServerUsers.remove(store, credentials, name);
                    context.out().println(NLS.bind(Messages.Server_userRemoved, name, database));
                }
                case "password" -> {
                    ServerUsers.resetPassword(store, credentials, name, newPassword);
                    context.out().println(NLS.bind(Messages.Server_userPassword, name, database));
                }
                default -> {
                    context.out().println(Messages.Server_userHeader);
                    for (ServerUsers.User u : ServerUsers.list(store)) {
                        context.out().println(u.name().toLowerCase(java.util.Locale.ROOT) + "," + u.role());
                    }
                }
            }
            return ExitCode.OK;
        } catch (SQLException e) {
            if (USER_EXISTS.equals(e.getSQLState())) {
                throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Server_userExists, name, database), e);
            }
            if (NO_SUCH_USER.equals(e.getSQLState())) {
                throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Server_noSuchUser, name, database), e);
            }
            if (NO_PERMISSION.equals(e.getSQLState()) || "42502".equals(e.getSQLState())
                    || "4251D".equals(e.getSQLState())) {
                throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Server_notAdmin, target.where(),
                        target.user()), e);
            }
            throw refusedOr(e, target);
        }
    }

    /** The credentials database, when the user is an administrator there; null for the store's other admins. */
    private Connection openCredentials(Target target) throws SQLException {
        try {
            return ClientConnections.open(url(target, NetworkServer.CREDENTIALS_DATABASE), target.user(),
                    target.password());
        } catch (SQLException e) {
            if (AUTHENTICATION_FAILED.equals(e.getSQLState())) {
                return null;
            }
            throw e;
        }
    }

    /**
     * The new password: from a terminal without echo, asked twice; else the first line of standard input.
     *
     * @throws CommandException when there is none, or the two typed differ
     */
    private String newPassword(String name, CommandContext context) throws CommandException {
        Console console = stdin == System.in ? System.console() : null;
        if (console != null && isTerminal(console)) {
            char[] first = console.readPassword("%s", NLS.bind(Messages.Server_promptPassword, name));
            char[] again = console.readPassword("%s", Messages.Server_promptAgain);
            try {
                if (first == null || first.length == 0) {
                    throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Server_noNewPassword, name));
                }
                if (!Arrays.equals(first, again)) {
                    throw new CommandException(ExitCode.FAILURE, Messages.Server_passwordsDiffer);
                }
                return new String(first);
            } finally {
                if (first != null) {
                    Arrays.fill(first, ' ');
                }
                if (again != null) {
                    Arrays.fill(again, ' ');
                }
            }
        }
        try {
            String line = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Server_noNewPassword, name));
            }
            return line;
        } catch (IOException e) {
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Server_noNewPassword, name), e);
        }
    }

    /** {@code Console.isTerminal()} where the runtime has it (Java 22 and later give a console to pipes too). */
    private static boolean isTerminal(Console console) {
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException olderRuntime) {
            return true;
        }
    }

    /** The users of a BUILTIN-era server from {@code CXW_DB_USERS}: one {@code name:password} per line. */
    private Map<String, String> oldUsers() throws CommandException {
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
            if (colon < 1 || colon == line.length() - 1 || !ServerUsers.isValidName(line.substring(0, colon))) {
                throw CommandException.usage(NLS.bind(Messages.Server_badUsers, USERS_VARIABLE,
                        String.valueOf(i + 1)));
            }
            users.put(line.substring(0, colon), line.substring(colon + 1));
        }
        return users;
    }

    private int migrate(Arguments options, String admin, String password, CommandContext context)
            throws CommandException {
        Map<String, String> users = oldUsers();
        String given = options.value("--role", StoreRoles.ANALYST);
        String role = StoreRoles.parse(given).orElseThrow(() -> CommandException.usage(NLS.bind(
                Messages.Server_badRole, given)));
        Path home = Path.of(options.value("--home", ".")).toAbsolutePath().normalize();
        String database = options.value("--db", NetworkServer.DEFAULT_DATABASE);
        try {
            AuthMigration.Result result = AuthMigration.migrate(home, database, admin, password, users, role);
            switch (result.outcome()) {
                case NO_DATABASE -> throw new CommandException(ExitCode.FAILURE, NLS.bind(
                        Messages.Server_migrateNoDatabase, home.resolve(database)));
                case ALREADY -> {
                    context.out().println(NLS.bind(Messages.Server_migratedAlready, home.resolve(database)));
                    return ExitCode.OK;
                }
                case OTHER_OWNER -> throw new CommandException(ExitCode.FAILURE, NLS.bind(
                        Messages.Server_migrateOwner, new Object[] {home.resolve(database),
                                result.owner().toLowerCase(java.util.Locale.ROOT), admin}));
                default -> {
                    context.out().println(NLS.bind(Messages.Server_migrated, new Object[] {home.resolve(database),
                            admin, String.valueOf(users.size()), role, home, database}));
                    return ExitCode.OK;
                }
            }
        } catch (SQLException e) {
            if (StoreFailures.isLocked(e)) {
                throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Server_migrateRunning,
                        home.resolve(database)), e);
            }
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Server_failed, home.resolve(database),
                    StoreFailures.oneLine(String.valueOf(e.getMessage()))), e);
        }
    }
}
