package org.cxworkbench.store.server.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.cxworkbench.cli.CommandContext;
import org.cxworkbench.cli.Cxw;
import org.cxworkbench.cli.ExitCode;
import org.cxworkbench.cli.internal.server.ServerCommand;
import org.cxworkbench.store.NetworkServer;
import org.cxworkbench.store.StoreRoles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cxw server} against real ports and a real server: a port in use fails the start at once, and a wrong
 * password is refused by {@code status} and {@code stop} like by every command that connects. Here and not in
 * cli.tests, because a started server changes Derby's engine for the whole JVM (see NetworkServer).
 */
class ServerCommandTest {

    private static final String PASSWORD = TeamServer.ADMIN_PASSWORD;

    @TempDir
    Path home;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int cxw(String password, String... args) {
        out.reset();
        err.reset();
        return new Cxw(List.of(new ServerCommand(Map.of("CXW_DB_PASSWORD", password)::get,
                new ByteArrayInputStream(new byte[0])))).run(args, new CommandContext(new PrintStream(out, true,
                        StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aBusyPortMakesStartExit1WithinSeconds() throws Exception {
        // a program that accepts connections and never answers: Derby's ping waited for it forever
        try (ServerSocket busy = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int port = busy.getLocalPort();
            int code = assertTimeoutPreemptively(Duration.ofSeconds(15), () -> cxw(PASSWORD, "server", "start",
                    "--port", String.valueOf(port), "--home", home.toString()));
            assertThat(code).isEqualTo(ExitCode.FAILURE);
            assertThat(err()).isEqualTo("cxw server: cannot start on 127.0.0.1:" + port + ": port " + port
                    + " is in use already (by another server or program); stop that one, or choose another --port\n");
        }
    }

    @Test
    void anotherServerOnThePortMakesStartExit1WithinSeconds() throws Exception {
        int port = TeamServer.freePort();
        try (NetworkServer running = TeamServer.start(home.resolve("first"), port)) {
            // the ping answered by the other server made the start look successful, and it never ended
            int code = assertTimeoutPreemptively(Duration.ofSeconds(15), () -> cxw(PASSWORD, "server", "start",
                    "--port", String.valueOf(port), "--user", "admin", "--home", home.resolve("second").toString()));
            assertThat(code).isEqualTo(ExitCode.FAILURE);
            assertThat(err()).startsWith("cxw server: cannot start on 127.0.0.1:" + port + ": port " + port
                    + " is in use already").doesNotContain("running");
            assertThat(running.isRunning()).isTrue();
        }
    }

    @Test
    void statusAndStopWithAWrongPasswordAreRefusedLikeEveryOtherCommand() throws Exception {
        int port = TeamServer.freePort();
        String where = "127.0.0.1:" + port;
        try (NetworkServer running = TeamServer.start(home, port)) {
            TeamServer.addUser(port, "ana", "ana pw", StoreRoles.ANALYST);
            assertThat(cxw("wrong", "server", "status", "--port", String.valueOf(port), "--user", "admin"))
                    .isEqualTo(ExitCode.FAILURE);
            assertThat(out()).isEmpty();
            assertThat(err()).isEqualTo("cxw server: the server on " + where + " refused user admin: wrong user"
                    + " name or password\n");
            assertThat(cxw(PASSWORD, "server", "status", "--port", String.valueOf(port), "--user", "nobody"))
                    .isEqualTo(ExitCode.FAILURE);
            assertThat(err()).isEqualTo("cxw server: the server on " + where + " refused user nobody: wrong user"
                    + " name or password\n");

            assertThat(cxw("wrong", "server", "stop", "--port", String.valueOf(port), "--user", "admin"))
                    .isEqualTo(ExitCode.FAILURE);
            assertThat(err()).isEqualTo("cxw server: the server on " + where + " refused user admin: wrong user"
                    + " name or password\n");
            assertThat(running.isRunning()).isTrue();

            assertThat(cxw(PASSWORD, "server", "status", "--port", String.valueOf(port), "--user", "admin"))
                    .as(err()).isEqualTo(ExitCode.OK);
            assertThat(out()).startsWith("running on " + where + "\n").contains("Session");
            assertThat(err()).isEmpty();
        }
    }
}
