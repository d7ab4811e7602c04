package org.cxworkbench.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.cxworkbench.cli.ExitCode;
import org.cxworkbench.cli.internal.store.ServerCommand;
import org.junit.jupiter.api.Test;

/**
 * {@code cxw server}: what it refuses before any server starts. A running server is not started here: its
 * authentication is engine-wide and would change every other Derby test of this JVM (see store.server.tests).
 */
class ServerCommandTest {

    private CxwRunner cxw;

    private int cxw(Map<String, String> environment, String... args) {
        cxw = new CxwRunner(List.of(new ServerCommand(environment::get)));
        return cxw.run(args);
    }

    private String err() {
        return cxw.err();
    }

    @Test
    void anEmptyOrMissingPasswordIsRefused() {
        assertThat(cxw(Map.of(), "server", "start")).isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains("CXW_DB_PASSWORD");
        assertThat(cxw(Map.of("CXW_DB_PASSWORD", ""), "server", "start", "--port", "1600"))
                .isEqualTo(ExitCode.USAGE);
    }

    @Test
    void aNonLoopbackAddressIsRefusedWithoutAllowRemote() {
        assertThat(cxw(Map.of("CXW_DB_PASSWORD", "s3cret"), "server", "start", "--host", "192.0.2.10"))
                .isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains("192.0.2.10 is not a loopback address").contains("--allow-remote");
    }

    @Test
    void wrongCommandLines() {
        assertThat(cxw(Map.of("CXW_DB_PASSWORD", "s3cret"), "server")).isEqualTo(ExitCode.USAGE);
        assertThat(cxw(Map.of("CXW_DB_PASSWORD", "s3cret"), "server", "restart")).isEqualTo(ExitCode.USAGE);
        assertThat(cxw(Map.of("CXW_DB_PASSWORD", "s3cret"), "server", "start", "--port", "99999"))
                .isEqualTo(ExitCode.USAGE);
    }

    @Test
    void aUsersLineWithoutNameAndPasswordIsRefusedBeforeAnythingStarts() {
        assertThat(cxw(Map.of("CXW_DB_PASSWORD", "s3cret", "CXW_DB_USERS", "ana:pw 1\nben"), "server", "start",
                "--port", "1600")).isEqualTo(ExitCode.USAGE);
        assertThat(err()).isEqualTo("cxw server: CXW_DB_USERS, line 2: expected name:password with a name and a"
                + " password that are not empty\n");
    }
}
