package org.cxworkbench.store.server.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.cxworkbench.store.ClientConnections;
import org.cxworkbench.store.NetworkServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Derby's network server (derbynet) and client driver (derbyclient) inside OSGi, on the loopback address. A test
 * bundle of its own, so a JVM of its own: the server's authentication is engine-wide (see NetworkServer).
 */
class NetworkServerTest {

    @TempDir
    Path serverHome;

    @Test
    void clientsConnectWithAPasswordAndAreRefusedWithoutTheRightOne() throws Exception {
        int port = freePort();
        try (NetworkServer server = NetworkServer.start(InetAddress.getLoopbackAddress(), port, "analyst", "s3cret!")) {
            assertThat(server.runtimeInfo()).contains("Session");
            String url = ClientConnections.url("localhost", port, serverHome.resolve("team-db") + ";create=true");
            try (Connection c = ClientConnections.open(url, "analyst", "s3cret!");
                    Statement st = c.createStatement()) {
                st.executeUpdate("create table segment(name varchar(40))");
                st.executeUpdate("insert into segment values ('current'), ('former'), ('never')");
                try (ResultSet rs = st.executeQuery("select count(*) from segment")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(3);
                }
            }
            assertThatThrownBy(() -> ClientConnections.open(url, "analyst", "wrong").close())
                    .isInstanceOfSatisfying(SQLException.class,
                            e -> assertThat(e.getSQLState()).isEqualTo("08004"));
        }
    }

    @Test
    void refusesToStartWithoutAPassword() {
        assertThatThrownBy(() -> NetworkServer.start(InetAddress.getLoopbackAddress(), 1527, "analyst", ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
