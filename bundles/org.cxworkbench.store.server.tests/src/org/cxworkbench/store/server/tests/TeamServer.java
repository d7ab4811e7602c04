package org.cxworkbench.store.server.tests;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;

import org.cxworkbench.store.ClientConnections;
import org.cxworkbench.store.NetworkServer;
import org.cxworkbench.store.ServerTls;
import org.cxworkbench.store.ServerUsers;

/** A team server of the tests: administrator {@link #ADMIN}, store {@code results} in its folder, on loopback. */
final class TeamServer {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "admin s3cret!";

    private TeamServer() {
    }

    static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static NetworkServer start(Path home, int port, ServerTls tls) throws Exception {
        return NetworkServer.start(new NetworkServer.Settings(home, InetAddress.getLoopbackAddress(), port, ADMIN,
                NetworkServer.DEFAULT_DATABASE, tls), ADMIN_PASSWORD);
    }

    static NetworkServer start(Path home, int port) throws Exception {
        return start(home, port, null);
    }

    /** The store's URL on the server at {@code port}. */
    static String url(int port) {
        return ClientConnections.url("localhost", port, NetworkServer.DEFAULT_DATABASE);
    }

    /** Adds a user through the library, as {@code cxw server user add} does (that command is tested on its own). */
    static void addUser(int port, String name, String password, String role) throws Exception {
        try (Connection store = ClientConnections.open(url(port), ADMIN, ADMIN_PASSWORD)) {
            ServerUsers.add(store, null, name, password, role);
        }
    }
}
