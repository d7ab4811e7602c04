package org.cxworkbench.store;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.apache.derby.drda.NetworkServerControl;

/**
 * Derby's network server, for teams that share one results store. It binds to the loopback address unless told
 * otherwise and always runs with Derby's BUILTIN authentication: a team server without passwords is not offered.
 *
 * <p>The server's authentication is engine-wide: Derby fixes it when its engine boots in this process, and every
 * database the process opens afterwards, embedded ones included, then asks for a user and password. So the server
 * runs in a process of its own ({@code cxw server start}), never inside the workbench that uses the embedded store.
 */
public final class NetworkServer implements AutoCloseable {

    /** Derby's own default port. */
    public static final int DEFAULT_PORT = 1527;

    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);

    private final NetworkServerControl control;
    private final StringWriter log = new StringWriter();
    private final InetAddress address;
    private final int port;

    private NetworkServer(InetAddress address, int port, String adminUser, String adminPassword) throws Exception {
        this.address = address;
        this.port = port;
        this.control = new NetworkServerControl(address, port, adminUser, adminPassword);
    }

    /**
     * Starts a server on {@code address:port} whose only user is {@code adminUser}, and waits until it answers.
     *
     * @throws IllegalArgumentException for an empty user name or password
     * @throws IllegalStateException when the server did not answer in time (its log is in the message)
     */
    public static NetworkServer start(InetAddress address, int port, String adminUser, String adminPassword)
            throws Exception {
        return start(address, port, adminUser, adminPassword, Map.of());
    }

    /**
     * Starts a server like {@link #start(InetAddress, int, String, String)} whose users are {@code adminUser} and
     * {@code users} (name to password). Every one of them can connect to its databases, and Derby lets every one of
     * them stop the server or ask for its status too.
     *
     * @throws IllegalArgumentException for an empty user name or password
     * @throws BindException when something else listens on {@code address:port} already
     */
    public static NetworkServer start(InetAddress address, int port, String adminUser, String adminPassword,
            Map<String, String> users) throws Exception {
        if (adminUser == null || adminUser.isBlank() || adminPassword == null || adminPassword.isEmpty()) {
            throw new IllegalArgumentException("The network server needs a user name and a password");
        }
        users.forEach((name, password) -> {
            if (name.isBlank() || password.isEmpty()) {
                throw new IllegalArgumentException("Every user of the network server needs a name and a password");
            }
        });
        refuseBusyPort(address, port);
        DerbySystem.logOutsideTheWorkingFolder();
        NetworkServer server = new NetworkServer(address, port, adminUser, adminPassword);
        System.setProperty("derby.connection.requireAuthentication", "true");
        System.setProperty("derby.authentication.provider", "BUILTIN");
        users.forEach((name, password) -> System.setProperty("derby.user." + name, password));
        System.setProperty("derby.user." + adminUser, adminPassword);
        server.control.start(new PrintWriter(server.log, true));
        server.awaitAnswer();
        return server;
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
                control.ping();
                return;
            } catch (Exception notYet) {
                last = notYet;
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("The Derby network server on " + address.getHostAddress() + ":" + port
                + " did not answer within " + START_TIMEOUT.toSeconds() + " s. Its log:\n" + log, last);
    }

    /** The address the server listens on. */
    public InetAddress address() {
        return address;
    }

    /** The port the server listens on. */
    public int port() {
        return port;
    }

    /** Derby's own description of the running server (sessions, memory), for {@code cxw server status}. */
    public String runtimeInfo() throws Exception {
        return control.getRuntimeInfo();
    }

    /** Whether the server still answers; false once it was stopped, e.g. by {@code cxw server stop}. */
    public boolean isRunning() {
        try {
            control.ping();
            return true;
        } catch (Exception stopped) {
            return false;
        }
    }

    /**
     * Stops the server running on {@code address:port}, in this process or another.
     *
     * @throws Exception when no server answers or the user or password is wrong
     */
    public static void shutdown(InetAddress address, int port, String user, String password) throws Exception {
        new NetworkServerControl(address, port, user, password).shutdown();
    }

    /** Whether a server answers on {@code address:port}; throws when none does (or refuses the user). */
    public static void ping(InetAddress address, int port, String user, String password) throws Exception {
        new NetworkServerControl(address, port, user, password).ping();
    }

    /**
     * Whether the server on {@code address:port} accepts {@code user} with {@code password}. Derby's ping and runtime
     * information ask for no password, only its shutdown and connections do, so this opens a connection: to an
     * in-memory database of its own, created and dropped again, which touches no files of the server and needs no
     * database the user may not know.
     *
     * @throws SQLException with SQL state {@code 08004} when the server refuses the user or password, another
     *         state when the check itself failed
     */
    public static void checkUser(InetAddress address, int port, String user, String password) throws SQLException {
        String host = address.getHostAddress();
        String database = "memory:cxw-user-check-" + UUID.randomUUID();
        String url = ClientConnections.url(host.contains(":") ? "[" + host + "]" : host, port, database);
        ClientConnections.open(url + ";create=true", user, password).close();
        try {
            ClientConnections.open(url + ";drop=true", user, password).close();
        } catch (SQLException dropped) {
            // Derby confirms a drop with an exception (08006); anything else leaves a small in-memory database behind
        }
    }

    /**
     * Derby's runtime information of the server on {@code address:port}.
     *
     * @throws Exception when no server answers there
     */
    public static String status(InetAddress address, int port, String user, String password) throws Exception {
        NetworkServerControl remote = new NetworkServerControl(address, port, user, password);
        remote.ping();
        return remote.getRuntimeInfo();
    }

    /** What the server wrote to its log so far. */
    public String log() {
        return log.toString();
    }

    /** Stops the server; connections still open are closed by it. */
    @Override
    public void close() throws Exception {
        control.shutdown();
    }
}
