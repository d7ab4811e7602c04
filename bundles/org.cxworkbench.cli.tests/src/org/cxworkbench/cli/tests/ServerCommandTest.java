package org.cxworkbench.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cxworkbench.cli.ExitCode;
import org.cxworkbench.cli.internal.server.ServerCommand;
import org.cxworkbench.cli.internal.server.StoreCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cxw server} and {@code cxw store}: what they refuse before any server starts or any database opens. A
 * running server is not started here: its authentication is engine-wide and would change every other Derby test of
 * this JVM (see store.server.tests).
 */
class ServerCommandTest {

    @TempDir
    Path dir;

    private CxwRunner cxw;

    private int cxw(Map<String, String> environment, String... args) {
        cxw = new CxwRunner(List.of(new ServerCommand(environment::get, new ByteArrayInputStream(
                "new pw\n".getBytes(StandardCharsets.UTF_8))), new StoreCommand(environment::get)));
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
    void allowRemoteWithoutTlsRefusesToStartUnlessInsecure() {
        assertThat(cxw(Map.of("CXW_DB_PASSWORD", "s3cret"), "server", "start", "--host", "192.0.2.10",
                "--allow-remote", "--home", dir.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err()).isEqualTo("cxw server: --allow-remote without TLS would send passwords and results readable"
                + " over the network: add --tls (or --keystore), or --insecure if that is really meant\n");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void wrongCommandLines() {
        assertThat(cxw(Map.of("CXW_DB_PASSWORD", "s3cret"), "server")).isEqualTo(ExitCode.USAGE);
        assertThat(cxw(Map.of("CXW_DB_PASSWORD", "s3cret"), "server", "restart")).isEqualTo(ExitCode.USAGE);
        assertThat(cxw(Map.of("CXW_DB_PASSWORD", "s3cret"), "server", "start", "--port", "99999"))
                .isEqualTo(ExitCode.USAGE);
        assertThat(cxw(Map.of("CXW_DB_PASSWORD", "s3cret"), "server", "user", "add", "ana")).isEqualTo(ExitCode.USAGE);
        assertThat(err()).isEqualTo("cxw server: user add needs --role viewer, analyst or admin\n");
        assertThat(cxw(Map.of("CXW_DB_PASSWORD", "s3cret"), "server", "user", "add", "ana", "--role", "boss"))
                .isEqualTo(ExitCode.USAGE);
        assertThat(err()).isEqualTo("cxw server: option --role: 'boss' is not a role (viewer, analyst or admin)\n");
        assertThat(cxw(Map.of("CXW_DB_PASSWORD", "s3cret"), "server", "user", "add", "ana;drop", "--role",
                "viewer")).isEqualTo(ExitCode.USAGE);
        assertThat(err()).isEqualTo("cxw server: 'ana;drop' is not a user name: letters, digits and _, starting with"
                + " a letter\n");
        assertThat(cxw(Map.of("CXW_DB_PASSWORD", "s3cret"), "server", "user", "rename", "ana"))
                .isEqualTo(ExitCode.USAGE);
        assertThat(cxw(Map.of(), "store", "backup", "--db", "x")).isEqualTo(ExitCode.USAGE);
        assertThat(err()).isEqualTo("cxw store: option --to is needed (see 'cxw store --help')\n");
        assertThat(cxw(Map.of(), "store", "repair")).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void startNoLongerReadsUsersFromTheEnvironment() {
        assertThat(cxw(Map.of("CXW_DB_PASSWORD", "s3cret", "CXW_DB_USERS", "ana:pw 1"), "server", "start",
                "--port", "1600")).isEqualTo(ExitCode.USAGE);
        assertThat(err()).startsWith("cxw server: CXW_DB_USERS is no longer read by start").contains(
                "cxw server migrate-auth");
    }

    @Test
    void migrateAuthRefusesABadUsersLineBeforeTouchingAnything() {
        assertThat(cxw(Map.of("CXW_DB_PASSWORD", "s3cret", "CXW_DB_USERS", "ana:pw 1\nben"), "server",
                "migrate-auth", "--home", dir.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err()).isEqualTo("cxw server: CXW_DB_USERS, line 2: expected name:password with a name and a"
                + " password that are not empty\n");
    }

    @Test
    void restoreNeverWritesOverAFolderThatExists() throws Exception {
        Path backup = Files.createDirectories(dir.resolve("backup/results"));
        Files.writeString(backup.resolve("service.properties"), "# not read: the target is checked first\n");
        Path live = Files.createDirectories(dir.resolve("live"));
        Files.writeString(live.resolve("keep.txt"), "mine");
        assertThat(cxw(Map.of(), "store", "restore", "--from", backup.toString(), "--to", live.toString()))
                .isEqualTo(ExitCode.FAILURE);
        assertThat(err()).startsWith("cxw store: cannot restore " + backup + ": " + live + " exists already");
        assertThat(Files.readString(live.resolve("keep.txt"))).isEqualTo("mine");
    }
}
