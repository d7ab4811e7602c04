package org.cxworkbench.store;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLContext;

import org.apache.derby.drda.NetworkServerControl;
import org.apache.derby.jdbc.EmbeddedDriver;

/**
 * Derby's network server for a team that shares one results store, set up the way Derby's security guide
 * recommends: NATIVE authentication with the credentials in the databases themselves, SQL authorization with the
 * roles of {@link StoreRoles}, and TLS when asked for ({@link ServerTls}). It binds to the loopback address unless
 * told otherwise.
 *
 * <p>The server keeps everything in its folder ({@code derby.system.home}): the credentials database
 * {@link #CREDENTIALS_DATABASE}, whose only users are the administrators, the store's database (by default
 * {@link #DEFAULT_DATABASE}), the engine's log {@code derby.log} and the server's log {@link #LOG_FILE}. Derby is
 * told {@code derby.authentication.provider=NATIVE:cxw-credentials:LOCAL}: a connection to the store is checked
 * against the users of the store, and every operation of the whole server (stopping it, creating or restoring a
 * database anywhere) against the credentials database. So only an administrator can stop the server or create a
 * database, in its folder or at an absolute path elsewhere; the store's users cannot.
 *
 * <p>When it starts, the server creates the credentials database (its creator, the administrator, becomes its
 * owner) and the store's database (owned by the administrator too) when they are missing, migrates the store's
 * schema and grants the roles their privileges. The administrator's password is used for that in this process
 * only: it is in no system property, file or log.
 *
 * <p>The authentication is engine-wide: Derby fixes it when its engine boots in this process, and every database
 * the process opens afterwards, embedded ones included, then asks for a user and password. So the server runs in a
 * process of its own ({@code cxw server start}), never inside the workbench that uses the embedded store.
 */
public final class NetworkServer implements AutoCloseable {

    /** Derby's own default port. */
    public static final int DEFAULT_PORT = 1527;
    /** The database in the server's folder that holds the administrators' credentials. */
    public static final String CREDENTIALS_DATABASE = "cxw-credentials";
    /** The store's database when none is named: {@code jdbc:derby://host:1527/results}. */
    public static final String DEFAULT_DATABASE = "results";
    /** The server's log in its folder: connections refused, TLS, start and stop. */
    public static final String LOG_FILE = "server.log";
    /** The engine's log in the server's folder. */
    public static final String ENGINE_LOG_FILE = "derby.log";

    /** The SQL state Derby reports when its engine was shut down as asked. */
    private static final String ENGINE_SHUT_DOWN = "XJ015";
    private static final String SSL_MODE = "derby.drda.sslMode";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    /** How long one ping may wait for its answer; Derby's control sets no timeout on its socket. */
    private static final Duration PING_TIMEOUT = Duration.ofSeconds(5);

    /** Whether this process's default SSL context is a server's, which its own commands use as it is. */
    private static volatile boolean servesTls;

    /**
     * How to start a server.
     *
     * @param home     the server's folder, created when missing
     * @param address  the address to bind
     * @param port     the port
     * @param admin    the administrator's user name
     * @param database the store's database, a name in {@code home}
     * @param tls      the keystore for TLS, or null for a server without
     */
    public record Settings(Path home, InetAddress address, int port, String admin, String database, ServerTls tls) {
    }

    private final NetworkServerControl control;
    private final Settings settings;
    private final String adminPassword;
    private final PrintWriter log;
    /** With TLS: a connection of this process to the credentials database, closed when the engine shuts down. */
    private Connection engineWatch;

    private NetworkServer(Settings settings, String adminPassword, PrintWriter log) throws Exception {
        this.settings = settings;
        this.adminPassword = adminPassword;
        this.log = log;
        this.control = new NetworkServerControl(settings.address(), settings.port(), settings.admin(),
                adminPassword);
    }

    /**
     * Starts a server and waits until it answers.
     *
     * @throws IllegalArgumentException for an empty user name or password, or an invalid database name
     * @throws BindException when something else listens on the address and port already
     * @throws SQLException with SQL state {@code 08004} when the administrator's password is not the one the
     *         server's credentials database holds
     * @throws IllegalStateException when the server did not answer in time (its log is in the message)
     */
    public static NetworkServer start(Settings settings, String adminPassword) throws Exception {
        if (settings.admin() == null || !ServerUsers.isValidName(settings.admin()) || adminPassword == null
                || adminPassword.isEmpty()) {
            throw new IllegalArgumentException("The network server needs an administrator's name and password");
        }
        if (!settings.database().matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,127}")
                || settings.database().equals(CREDENTIALS_DATABASE)) {
            throw new IllegalArgumentException("Not a name for the store's database: " + settings.database());
        }
        refuseBusyPort(settings.address(), settings.port());
        Path home = settings.home().toAbsolutePath().normalize();
        Files.createDirectories(home);
        configure(home, settings.tls() != null);
        if (settings.tls() != null) {
            SSLContext.setDefault(settings.tls().context());
            servesTls = true;
        }
        Settings absolute = new Settings(home, settings.address(), settings.port(), settings.admin(),
                settings.database(), settings.tls());
        NetworkServer server = null;
        try {
            prepareDatabases(absolute, adminPassword);
            Writer file = Files.newBufferedWriter(home.resolve(LOG_FILE), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            server = new NetworkServer(absolute, adminPassword, new PrintWriter(file, true));
            server.control.start(server.log);
            server.awaitAnswer();
            return server;
        } catch (Exception e) {
            // nothing half-started stays behind: the engine would keep this folder's settings in the process
            if (server != null) {
                try {
                    server.close();
                } catch (Exception suppressed) {
                    e.addSuppressed(suppressed);
                }
            } else {
                Properties credentials = new Properties();
                credentials.setProperty("user", settings.admin());
                credentials.setProperty("password", adminPassword);
                shutDownEngine(new EmbeddedDriver(), credentials);
            }
            throw e;
        }
    }

    /**
     * The engine's properties, set before it boots. None of them is a secret: the passwords are in the databases
     * (hashed by Derby) and the keystore's in the default {@link SSLContext}.
     */
    private static void configure(Path home, boolean tls) {
        System.setProperty("derby.system.home", home.toString());
        System.setProperty(DerbySystem.LOG_FILE, home.resolve(ENGINE_LOG_FILE).toString());
        System.setProperty("derby.authentication.provider", "NATIVE:" + CREDENTIALS_DATABASE + ":LOCAL");
        System.setProperty("derby.database.sqlAuthorization", "true");
        // the BUILTIN era's way, should a caller have left it: NATIVE replaces it
        System.clearProperty("derby.connection.requireAuthentication");
        System.setProperty(SSL_MODE, tls ? "basic" : "off");
    }

    /**
     * Creates the credentials database and the store's when missing, migrates the store's schema to this program's
     * and grants the roles; all as the administrator, through the embedded driver of this process.
     */
    private static void prepareDatabases(Settings settings, String adminPassword) throws SQLException {
        EmbeddedDriver driver = new EmbeddedDriver();
        Properties credentials = new Properties();
        credentials.setProperty("user", settings.admin());
        credentials.setProperty("password", adminPassword);
        try (Connection c = driver.connect("jdbc:derby:" + CREDENTIALS_DATABASE + ";create=true", credentials)) {
            c.getMetaData();
        }
        try (Connection c = driver.connect("jdbc:derby:" + settings.database() + ";create=true", credentials)) {
            prepareStore(c);
        }
    }

    /** Migrates the schema and grants the roles, as the database owner. */
    static void prepareStore(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            try {
                c.setSchema(ClientConnections.STORE_SCHEMA);
            } catch (SQLException missing) {
                st.executeUpdate("create schema " + ClientConnections.STORE_SCHEMA);
                c.setSchema(ClientConnections.STORE_SCHEMA);
            }
        }
        Schema.migrate(c);
        StoreRoles.grant(c);
    }

    private static void shutDownEngine(EmbeddedDriver driver, Properties credentials) {
        try {
            driver.connect("jdbc:derby:;shutdown=true", credentials);
        } catch (SQLException expected) {
            // XJ015 when it shut down; otherwise it was refused or not running, and the caller's failure matters more
        }
    }

    /**
     * Fails when {@code address:port} cannot be bound, before Derby is started: Derby's server only logs that it
     * could not listen, and the ping that waits for it would then reach whatever holds the port (another server
     * answers it, a program that does not speak Derby's protocol never does), so the start seemed to succeed or
     * waited forever. The port is bound the way Derby binds it and released at once.
     *
     * @throws BindException naming the address and port when something else listens there
     */
    static void refuseBusyPort(InetAddress address, int port) throws BindException {
        try (ServerSocket probe = new ServerSocket(port, 1, address)) {
            probe.getLocalPort();
        } catch (BindException e) {
            BindException busy = new BindException(address.getHostAddress() + ":" + port + " is in use: "
                    + e.getMessage());
            busy.initCause(e);
            throw busy;
        } catch (IOException e) {
            // not a busy port (e.g. an address of another machine): Derby reports it when it tries
        }
    }

    private void awaitAnswer() throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                answer();
                return;
            } catch (Exception notYet) {
                last = notYet;
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("The Derby network server on " + settings.address().getHostAddress() + ":"
                + settings.port() + " did not answer within " + START_TIMEOUT.toSeconds() + " s ("
                + (last == null ? "no answer" : last.getMessage()) + "); see its log " + settings.home().resolve(
                        LOG_FILE), last);
    }

    /**
     * Asks the server whether it answers: Derby's ping, or with TLS a connection to the credentials database as the
     * administrator (Derby's control commands do not get a valid reply over TLS from a server of this process).
     */
    private void answer() throws Exception {
        if (settings.tls() == null) {
            ping(settings.address(), settings.port(), false);
            return;
        }
        // an administrator's stop shuts the engine down, which closes this connection (new ones would boot it again)
        if (engineWatch == null) {
            Properties credentials = new Properties();
            credentials.setProperty("user", settings.admin());
            credentials.setProperty("password", adminPassword);
            engineWatch = new EmbeddedDriver().connect("jdbc:derby:" + CREDENTIALS_DATABASE, credentials);
        } else if (!engineWatch.isValid(5)) {
            throw new SQLException("The Derby engine of the server was shut down", "08006");
        }
        ClientConnections.open(ClientConnections.url(host(settings.address()), settings.port(), CREDENTIALS_DATABASE,
                true), settings.admin(), adminPassword).close();
    }

    /** The address the server listens on. */
    public InetAddress address() {
        return settings.address();
    }

    /** The port the server listens on. */
    public int port() {
        return settings.port();
    }

    /** The server's folder, absolute. */
    public Path home() {
        return settings.home();
    }

    /** Whether the server speaks TLS only. */
    public boolean tls() {
        return settings.tls() != null;
    }

    /** Derby's own description of the running server (sessions, memory), for {@code cxw server status}. */
    public String runtimeInfo() throws Exception {
        return control.getRuntimeInfo();
    }

    /**
     * Whether the server still runs; false once it was stopped, e.g. by {@code cxw server stop}. A ping that took
     * the connection and got no answer in time counts as running: a busy server is no stopped one.
     */
    public boolean isRunning() {
        try {
            answer();
            return true;
        } catch (SocketTimeoutException busy) {
            return true;
        } catch (Exception stopped) {
            return false;
        }
    }

    /** A control for a server of another process; Derby reads the TLS mode of its commands from a property. */
    private static NetworkServerControl remote(InetAddress address, int port, String user, String password,
            boolean tls) throws Exception {
        System.setProperty(SSL_MODE, tls ? "basic" : "off");
        if (tls && !servesTls) {
            SSLContext.setDefault(ServerTls.basicClientContext());
        }
        return new NetworkServerControl(address, port, user, password);
    }

    /**
     * Stops the server running on {@code address:port}, in this process or another. Only an administrator can:
     * Derby checks the user against the server's credentials database.
     *
     * @throws Exception when no server answers or the user or password is refused
     */
    public static void shutdown(InetAddress address, int port, String user, String password, boolean tls)
            throws Exception {
        if (!tls) {
            remote(address, port, user, password, false).shutdown();
            return;
        }
        // Derby's control commands get no valid reply over TLS: shut its engine down through a connection, which
        // only an administrator may (the server's loop sees it no longer answers, and ends)
        try {
            ClientConnections.open(ClientConnections.url(host(address), port, ";shutdown=true", true), user,
                    password).close();
        } catch (SQLException e) {
            if (!ENGINE_SHUT_DOWN.equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    private static String host(InetAddress address) {
        String host = address.getHostAddress();
        return host.contains(":") ? "[" + host + "]" : host;
    }

    /**
     * Whether a server answers on {@code address:port}; throws when none does, and with a
     * {@link SocketTimeoutException} when it took the connection and did not answer within 5 s.
     */
    public static void ping(InetAddress address, int port, boolean tls) throws Exception {
        if (!tls) {
            pingWithin(remote(address, port, null, null, false), address, port, PING_TIMEOUT);
            return;
        }
        try {
            ClientConnections.open(ClientConnections.url(host(address), port, CREDENTIALS_DATABASE, true),
                    "CXW_PING", "-").close();
        } catch (SQLException e) {
            if (!"08004".equals(e.getSQLState())) {
                throw e;
            }
            // it answered, and refused the user that is no one's: it runs
        }
    }

    /**
     * Derby's ping through {@code control}, a control of its own for this one ping, waiting at most
     * {@code timeout}. Derby's control reads its answer from a socket without a timeout, so a connection the server
     * accepted and never served would hold the caller for ever: the ping runs on a daemon thread, left to end when
     * the server closes the connection. And a control is not reused, because a command that failed half-way leaves
     * its buffers as they were.
     *
     * @throws SocketTimeoutException when no answer came in time
     */
    private static void pingWithin(NetworkServerControl control, InetAddress address, int port, Duration timeout)
            throws Exception {
        FutureTask<Void> ping = new FutureTask<>(() -> {
            control.ping();
            return null;
        });
        Thread thread = new Thread(ping, "cxw ping of " + address.getHostAddress() + ":" + port);
        thread.setDaemon(true);
        thread.start();
        try {
            ping.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (TimeoutException e) {
            throw new SocketTimeoutException("No answer from the Derby network server on " + address
                    .getHostAddress() + ":" + port + " within " + timeout.toMillis() + " ms");
        }
    }

    /**
     * Whether the server on {@code address:port} accepts {@code user} with {@code password} as an administrator:
     * Derby's ping and runtime information ask for no password, so this connects to the credentials database,
     * whose users are the administrators.
     *
     * @throws SQLException with SQL state {@code 08004} when the server refuses the user or password, another
     *         state when the check itself failed
     */
    public static void checkUser(InetAddress address, int port, String user, String password, boolean tls)
            throws SQLException {
        ClientConnections.open(ClientConnections.url(host(address), port, CREDENTIALS_DATABASE, tls), user, password)
                .close();
    }

    /**
     * Derby's runtime information of the server on {@code address:port}.
     *
     * @throws Exception when no server answers there
     */
    public static String status(InetAddress address, int port, boolean tls) throws Exception {
        ping(address, port, tls);
        if (tls) {
            return "TLS (sslMode=basic)";
        }
        return remote(address, port, null, null, false).getRuntimeInfo();
    }

    /** What the server wrote to its log so far. */
    public String log() throws IOException {
        log.flush();
        return Files.readString(settings.home().resolve(LOG_FILE), StandardCharsets.UTF_8);
    }

    /** Stops the server (connections still open are closed by it) and Derby's engine in this process. */
    @Override
    public void close() throws Exception {
        try {
            if (settings.tls() == null && isRunning()) {
                control.shutdown();
            }
        } finally {
            Properties credentials = new Properties();
            credentials.setProperty("user", settings.admin());
            credentials.setProperty("password", adminPassword);
            shutDownEngine(new EmbeddedDriver(), credentials);
            log.close();
        }
    }

    /** Whether Derby's answer to an engine shutdown says it shut down. */
    static boolean isEngineShutDown(SQLException e) {
        return ENGINE_SHUT_DOWN.equals(e.getSQLState());
    }
}
