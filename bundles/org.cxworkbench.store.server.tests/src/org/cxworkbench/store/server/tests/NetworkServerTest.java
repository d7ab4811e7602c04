package org.cxworkbench.store.server.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.cxworkbench.store.ClientConnections;
import org.cxworkbench.store.NetworkServer;
import org.cxworkbench.store.StoreRoles;
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
        int port = TeamServer.freePort();
        try (NetworkServer server = TeamServer.start(serverHome, port)) {
            assertThat(server.runtimeInfo()).contains("Session");
            TeamServer.addUser(port, "analyst", "s3cret!", StoreRoles.ANALYST);
            String url = TeamServer.url(port);
            try (Connection c = ClientConnections.openStore(url, "analyst", "s3cret!");
                    Statement st = c.createStatement()) {
                st.executeUpdate("insert into respondent_scopes (journey_id, source) values ('j', 'current'),"
                        + " ('j', 'former'), ('j', 'never')");
                try (ResultSet rs = st.executeQuery("select count(*) from respondent_scopes")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(3);
                }
            }
            assertThatThrownBy(() -> ClientConnections.open(url, "analyst", "wrong").close())
                    .isInstanceOfSatisfying(SQLException.class,
                            e -> assertThat(e.getSQLState()).isEqualTo("08004"));
            assertThat(serverHome.resolve(NetworkServer.DEFAULT_DATABASE)).isDirectory();
            assertThat(serverHome.resolve(NetworkServer.CREDENTIALS_DATABASE)).isDirectory();
        }
    }

    @Test
    void aPingThatGetsNoAnswerFailsWithinItsTimeout() throws Exception {
        // a listener that takes the connection and never answers: Derby's own ping would wait for it for ever
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> NetworkServer.ping(InetAddress.getLoopbackAddress(), silent.getLocalPort(),
                    false)).isInstanceOf(SocketTimeoutException.class).hasMessageContaining("No answer from the Derby"
                            + " network server on 127.0.0.1:" + silent.getLocalPort() + " within 5000 ms");
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(seconds).isBetween(4.9, 20.0);
            try (Socket accepted = silent.accept()) {
                assertThat(accepted.getInputStream().read()).as("the ping's command reached the listener")
                        .isEqualTo('C');
            }
        }
    }

    @Test
    void refusesToStartWithoutAPassword() {
        assertThatThrownBy(() -> NetworkServer.start(new NetworkServer.Settings(serverHome,
                InetAddress.getLoopbackAddress(), 1527, "analyst", "results", null), ""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
