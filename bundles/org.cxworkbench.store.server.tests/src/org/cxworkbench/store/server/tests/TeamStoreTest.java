package org.cxworkbench.store.server.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.cxworkbench.cli.Command;
import org.cxworkbench.cli.CommandContext;
import org.cxworkbench.cli.Cxw;
import org.cxworkbench.cli.ExitCode;
import org.cxworkbench.cli.internal.server.ServerCommand;
import org.cxworkbench.cli.internal.server.StoreCommand;
import org.cxworkbench.cli.internal.store.ImportCommand;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.store.ClientConnections;
import org.cxworkbench.store.ColumnMapping;
import org.cxworkbench.store.NetworkServer;
import org.cxworkbench.store.Schema;
import org.cxworkbench.store.ServerTls;
import org.cxworkbench.store.StoreMaintenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team store as issue 18 asks for it, against a real Derby network server on localhost (in this test bundle's
 * JVM, not the one of any other Derby test): NATIVE users added with {@code cxw server user add}, roles under SQL
 * authorization, only the administrator at Derby's file procedures, database creation and shutdown, TLS, no password
 * in {@code ps}, system properties or logs, an online backup during an import, and the move from BUILTIN.
 */
class TeamStoreTest {

    private static final String NPS = "78877913-111a-4334-8590-ca6fd2970f18";
    private static final String CSAT = "b5a420cd-f87c-4f55-a0aa-bb9bde4d8812";
    private static final String ADMIN = TeamServer.ADMIN;
    private static final String ADMIN_PASSWORD = TeamServer.ADMIN_PASSWORD;
    private static final String ANA_PASSWORD = "ana's Pw 7";
    private static final String VERA_PASSWORD = "vera-Pw-9";

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {

        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private Run cxw(Map<String, String> environment, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<Command> commands = List.of(new ServerCommand(environment::get, new ByteArrayInputStream(
                stdin.getBytes(StandardCharsets.UTF_8))), new StoreCommand(environment::get),
                new ImportCommand(environment::get));
        int code = new Cxw(commands).run(args, new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Map<String, String> password(String password) {
        return Map.of("CXW_DB_PASSWORD", password);
    }

    /** {@code cxw server user add} with the new password on standard input, as a script pipes it. */
    private void addUser(int port, String name, String role, String newPassword) {
        Run run = cxw(password(ADMIN_PASSWORD), newPassword + "\n", "server", "user", "add", name, "--role", role,
                "--port", String.valueOf(port), "--user", ADMIN);
        assertThat(run.code).as(run.err).isEqualTo(ExitCode.OK);
        assertThat(run.out).isEqualTo("added " + name + " (" + role + ") to results\n");
    }

    private Path file(String prefix, int rows) throws Exception {
        Path file = dir.resolve(prefix + ".csv");
        StringBuilder text = new StringBuilder("id,submitted,nps,csat\n");
        for (int i = 1; i <= rows; i++) {
            text.append(prefix).append(i).append(",2026-11-").append(String.format("%02d", 1 + i % 28))
                    .append(',').append(i % 100 == 0 ? 11 : i % 11).append(',').append(1 + i % 5).append('\n');
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private Run importAs(String user, String userPassword, Path file, String url) throws Exception {
        Path journey = dir.resolve("retail-b2c.journey");
        if (!Files.exists(journey)) {
            SampleJourneys.copyTo(SampleJourneys.RETAIL_B2C, dir);
        }
        Path mapping = dir.resolve("export.mapping");
        if (!Files.exists(mapping)) {
            new ColumnMapping(Map.of("nps", NPS, "csat", CSAT), Map.of(),
                    Map.of(ColumnMapping.RESPONDENT, "id", ColumnMapping.TIME, "submitted")).save(mapping);
        }
        return cxw(password(userPassword), "", "import", file.toString(), "--journey", journey.toString(),
                "--mapping", mapping.toString(), "--db", url, "--user", user);
    }

    private static long count(Connection c, String query) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String sqlState(Throwable e) {
        return e instanceof SQLException sql ? sql.getSQLState() : null;
    }

    @Test
    void noUserButTheAdministratorReachesDerbysFileProceduresOrCreatesADatabase() throws Exception {
        int port = TeamServer.freePort();
        try (NetworkServer server = TeamServer.start(dir.resolve("server"), port)) {
            addUser(port, "ana", "analyst", ANA_PASSWORD);
            addUser(port, "vera", "viewer", VERA_PASSWORD);
            String url = TeamServer.url(port);
            Path exported = dir.resolve("exported.txt");
            for (String[] user : List.of(new String[] {"ana", ANA_PASSWORD}, new String[] {"vera", VERA_PASSWORD})) {
                try (Connection c = ClientConnections.openStore(url, user[0], user[1]);
                        Statement st = c.createStatement()) {
                    assertThatThrownBy(() -> st.execute("call syscs_util.syscs_import_table(null, 'RESPONDENT_SCOPES',"
                            + " '/etc/passwd', ':', null, null, 0)")).satisfies(e -> assertThat(sqlState(e))
                                    .isEqualTo("42504"));
                    assertThatThrownBy(() -> st.execute("call syscs_util.syscs_export_query('select * from"
                            + " sys.systables', '" + exported + "', null, null, null)"))
                            .satisfies(e -> assertThat(sqlState(e)).isEqualTo("42504"));
                    assertThatThrownBy(() -> st.execute("call syscs_util.syscs_backup_database('" + dir.resolve("b")
                            + "')")).satisfies(e -> assertThat(sqlState(e)).isEqualTo("42504"));
                }
                Path elsewhere = dir.resolve("elsewhere-" + user[0]);
                assertThatThrownBy(() -> ClientConnections.open(ClientConnections.url("localhost", port, elsewhere
                        + ";create=true"), user[0], user[1]).close()).satisfies(e -> assertThat(sqlState(e))
                                .isEqualTo("08004"));
                assertThat(elsewhere).doesNotExist();
                assertThatThrownBy(() -> ClientConnections.open(ClientConnections.url("localhost", port, "inside-"
                        + user[0] + ";create=true"), user[0], user[1]).close()).satisfies(e -> assertThat(
                                sqlState(e)).isEqualTo("08004"));
                assertThat(server.home().resolve("inside-" + user[0])).doesNotExist();
            }
            assertThat(exported).doesNotExist();
            // the administrator can: the procedures are there, only not granted
            try (Connection c = ClientConnections.open(url, ADMIN, ADMIN_PASSWORD);
                    Statement st = c.createStatement()) {
                st.execute("call syscs_util.syscs_export_query('values 1', '" + exported + "', null, null, null)");
            }
            assertThat(exported).content().isEqualTo("1\n");
        }
    }

    @Test
    void aViewerReadsAndCannotImportDeleteOrUpdateWhileAnAnalystImports() throws Exception {
        int port = TeamServer.freePort();
        try (NetworkServer server = TeamServer.start(dir.resolve("server"), port)) {
            addUser(port, "ana", "analyst", ANA_PASSWORD);
            addUser(port, "vera", "viewer", VERA_PASSWORD);
            String url = TeamServer.url(port);
            Run ana = importAs("ana", ANA_PASSWORD, file("a", 200), url);
            assertThat(ana.code).as(ana.err).isEqualTo(ExitCode.OK);
            // 200 rows, the 100th and 200th with an NPS of 11: 198 rows, 396 answers
            assertThat(ana.out).contains("a.csv: 198 rows stored (396 answers), 2 rejected");

            Run vera = importAs("vera", VERA_PASSWORD, file("v", 10), url);
            assertThat(vera.code).isEqualTo(ExitCode.FAILURE);
            assertThat(vera.out).isEmpty();
            assertThat(vera.errLines()).hasSize(1);
            assertThat(vera.err).startsWith("cxw import: ").contains("VERA").contains("permission");

            try (Connection c = ClientConnections.openStore(url, "vera", VERA_PASSWORD);
                    Statement st = c.createStatement()) {
                assertThat(count(c, "select count(*) from answers")).isEqualTo(396);
                assertThat(count(c, "select count(*) from import_batches where state = 'done'")).isEqualTo(1);
                assertThatThrownBy(() -> st.executeUpdate("delete from answers")).satisfies(e -> assertThat(
                        sqlState(e)).isEqualTo("42500"));
                assertThatThrownBy(() -> st.executeUpdate("update answers set value_num = 0")).satisfies(
                        e -> assertThat(sqlState(e)).startsWith("425"));
                assertThatThrownBy(() -> st.executeUpdate("drop table answers")).isInstanceOf(SQLException.class);
            }
            try (Connection c = ClientConnections.openStore(url, ADMIN, ADMIN_PASSWORD)) {
                assertThat(count(c, "select count(*) from answers")).isEqualTo(396);
                try (Statement st = c.createStatement();
                        ResultSet rs = st.executeQuery("select imported_by from import_batches order by id")) {
                    List<String> who = new ArrayList<>();
                    while (rs.next()) {
                        who.add(rs.getString(1));
                    }
                    // ana's batch; vera's import was refused before it recorded anything of hers
                    assertThat(who).containsExactly("ANA");
                }
            }
        }
    }

    @Test
    void aWrongPasswordAndAnUnknownUserAreRefused() throws Exception {
        int port = TeamServer.freePort();
        try (NetworkServer server = TeamServer.start(dir.resolve("server"), port)) {
            addUser(port, "ana", "analyst", ANA_PASSWORD);
            String url = TeamServer.url(port);
            assertThatThrownBy(() -> ClientConnections.openStore(url, "ana", "not hers").close())
                    .satisfies(e -> assertThat(sqlState(e)).isEqualTo("08004"));
            assertThatThrownBy(() -> ClientConnections.openStore(url, "nobody", ANA_PASSWORD).close())
                    .satisfies(e -> assertThat(sqlState(e)).isEqualTo("08004"));
            ClientConnections.openStore(url, "ana", ANA_PASSWORD).close();
            // a new password replaces the old one
            Run reset = cxw(password(ADMIN_PASSWORD), "ana new pw\n", "server", "user", "password", "ana", "--port",
                    String.valueOf(port), "--user", ADMIN);
            assertThat(reset.code).as(reset.err).isEqualTo(ExitCode.OK);
            assertThatThrownBy(() -> ClientConnections.openStore(url, "ana", ANA_PASSWORD).close())
                    .satisfies(e -> assertThat(sqlState(e)).isEqualTo("08004"));
            ClientConnections.openStore(url, "ana", "ana new pw").close();
            Run list = cxw(password(ADMIN_PASSWORD), "", "server", "user", "list", "--port", String.valueOf(port),
                    "--user", ADMIN);
            assertThat(list.out).isEqualTo("user,role\nadmin,admin\nana,analyst\n");
            // an analyst manages no users
            Run byAna = cxw(password("ana new pw"), "x pw\n", "server", "user", "add", "eve", "--role", "admin",
                    "--port", String.valueOf(port), "--user", "ana");
            assertThat(byAna.code).isEqualTo(ExitCode.FAILURE);
            assertThat(byAna.errLines()).hasSize(1);
            Run removed = cxw(password(ADMIN_PASSWORD), "", "server", "user", "remove", "ana", "--port",
                    String.valueOf(port), "--user", ADMIN);
            assertThat(removed.code).as(removed.err).isEqualTo(ExitCode.OK);
            assertThatThrownBy(() -> ClientConnections.openStore(url, "ana", "ana new pw").close())
                    .satisfies(e -> assertThat(sqlState(e)).isEqualTo("08004"));
        }
    }

    /** {@code cxw server start} on a thread of its own, as a process of its own would run it. */
    private CompletableFuture<Run> startCommand(Map<String, String> environment, String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("server", "start"));
        args.addAll(List.of(options));
        CompletableFuture<Run> start = CompletableFuture.supplyAsync(() -> cxw(environment, "",
                args.toArray(String[]::new)));
        return start;
    }

    private static void awaitAnswer(int port, boolean tls) throws Exception {
        for (int i = 0; i < 300; i++) {
            try {
                NetworkServer.ping(java.net.InetAddress.getLoopbackAddress(), port, tls);
                return;
            } catch (Exception notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("no server on " + port);
    }

    @Test
    void onlyTheAdministratorStopsTheServer() throws Exception {
        int port = TeamServer.freePort();
        Path home = dir.resolve("server");
        CompletableFuture<Run> start = startCommand(password(ADMIN_PASSWORD), "--port", String.valueOf(port),
                "--home", home.toString(), "--user", ADMIN);
        awaitAnswer(port, false);
        addUser(port, "ana", "analyst", ANA_PASSWORD);
        addUser(port, "vera", "viewer", VERA_PASSWORD);
        for (String[] user : List.of(new String[] {"ana", ANA_PASSWORD}, new String[] {"vera", VERA_PASSWORD})) {
            Run stop = cxw(password(user[1]), "", "server", "stop", "--port", String.valueOf(port), "--user",
                    user[0]);
            assertThat(stop.code).isEqualTo(ExitCode.FAILURE);
            assertThat(stop.err).isEqualTo("cxw server: the server on 127.0.0.1:" + port + " refused user " + user[0]
                    + ": wrong user name or password\n");
            // Derby's own shutdown command, without cxw's check first
            assertThatThrownBy(() -> NetworkServer.shutdown(java.net.InetAddress.getLoopbackAddress(), port,
                    user[0], user[1], false)).isInstanceOf(Exception.class);
            assertThat(start).isNotDone();
        }
        Run stop = cxw(password(ADMIN_PASSWORD), "", "server", "stop", "--port", String.valueOf(port), "--user",
                ADMIN);
        assertThat(stop.code).as(stop.err).isEqualTo(ExitCode.OK);
        Run started = start.get(30, TimeUnit.SECONDS);
        assertThat(started.code).as(started.err).isEqualTo(ExitCode.OK);
        assertThat(started.err).contains("running on 127.0.0.1:" + port + " (administrator admin, database results)")
                .contains("without TLS");
    }

    @Test
    void withTlsAPlainClientIsRefusedAndATlsClientConnects() throws Exception {
        int port = TeamServer.freePort();
        Path home = dir.resolve("server");
        CompletableFuture<Run> start = startCommand(password(ADMIN_PASSWORD), "--port", String.valueOf(port),
                "--home", home.toString(), "--user", ADMIN, "--tls");
        awaitAnswer(port, true);
        String plain = TeamServer.url(port);
        String tls = plain + ClientConnections.TLS_ATTRIBUTE;
        ClientConnections.open(tls, ADMIN, ADMIN_PASSWORD).close();
        assertThatThrownBy(() -> ClientConnections.open(plain, ADMIN, ADMIN_PASSWORD).close())
                .isInstanceOf(SQLException.class);
        Run plainAdd = cxw(password(ADMIN_PASSWORD), "pw\n", "server", "user", "add", "ana", "--role", "viewer",
                "--port", String.valueOf(port), "--user", ADMIN);
        assertThat(plainAdd.code).isEqualTo(ExitCode.FAILURE);
        Run tlsAdd = cxw(password(ADMIN_PASSWORD), ANA_PASSWORD + "\n", "server", "user", "add", "ana", "--role",
                "viewer", "--port", String.valueOf(port), "--user", ADMIN, "--tls");
        assertThat(tlsAdd.code).as(tlsAdd.err).isEqualTo(ExitCode.OK);
        ClientConnections.openStore(tls, "ana", ANA_PASSWORD).close();
        Run stop = cxw(password(ADMIN_PASSWORD), "", "server", "stop", "--port", String.valueOf(port), "--user",
                ADMIN, "--tls");
        assertThat(stop.code).as(stop.err).isEqualTo(ExitCode.OK);
        Run started = start.get(30, TimeUnit.SECONDS);
        String fingerprint = ServerTls.generated(home).fingerprint();
        assertThat(fingerprint).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
        assertThat(started.err).contains("generated a self-signed certificate in " + home.resolve("tls/server.p12"))
                .contains("Certificate SHA-256 fingerprint: " + fingerprint);
        assertThat(Files.readString(home.resolve("tls/keystore.password")).strip()).isNotEmpty();
        assertThat(Files.getPosixFilePermissions(home.resolve("tls/keystore.password")).toString())
                .isEqualTo("[OWNER_READ, OWNER_WRITE]");
    }

    @Test
    void aTlsClientRefusesAPlainServer() throws Exception {
        int port = TeamServer.freePort();
        try (NetworkServer server = TeamServer.start(dir.resolve("server"), port)) {
            assertThatThrownBy(() -> ClientConnections.open(TeamServer.url(port) + ClientConnections.TLS_ATTRIBUTE,
                    ADMIN, ADMIN_PASSWORD).close()).isInstanceOf(SQLException.class);
            ClientConnections.open(TeamServer.url(port), ADMIN, ADMIN_PASSWORD).close();
        }
    }

    @Test
    void allowRemoteWithoutTlsRefusesToStart() throws Exception {
        Run run = cxw(password(ADMIN_PASSWORD), "", "server", "start", "--host", "192.0.2.10", "--allow-remote",
                "--home", dir.resolve("server").toString());
        assertThat(run.code).isEqualTo(ExitCode.USAGE);
        assertThat(run.err).startsWith("cxw server: --allow-remote without TLS");
        assertThat(dir.resolve("server")).doesNotExist();
    }

    @Test
    void noPasswordInPsInSystemPropertiesOrInTheServersLogs() throws Exception {
        int port = TeamServer.freePort();
        Path home = dir.resolve("server");
        try (NetworkServer server = TeamServer.start(home, port)) {
            addUser(port, "ana", "analyst", ANA_PASSWORD);
            String url = TeamServer.url(port);
            assertThatThrownBy(() -> ClientConnections.openStore(url, "ana", "wrong-Pw-x1").close())
                    .isInstanceOf(SQLException.class);
            Run ana = importAs("ana", ANA_PASSWORD, file("p", 20), url);
            assertThat(ana.code).as(ana.err).isEqualTo(ExitCode.OK);
            List<String> secrets = List.of(ADMIN_PASSWORD, ANA_PASSWORD, "wrong-Pw-x1");

            Process ps = new ProcessBuilder("ps", "-eww", "-o", "pid,args").redirectErrorStream(true).start();
            String processes = new String(ps.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(ps.waitFor()).isZero();
            assertThat(processes).contains("java");
            Properties properties = System.getProperties();
            Map<String, String> values = new HashMap<>();
            properties.stringPropertyNames().forEach(name -> values.put(name, properties.getProperty(name)));
            assertThat(values).containsEntry("derby.authentication.provider", "NATIVE:cxw-credentials:LOCAL");
            String serverLog = server.log();
            String engineLog = Files.readString(home.resolve("derby.log"));
            assertThat(engineLog).contains("Apache Derby");
            for (String secret : secrets) {
                assertThat(processes).doesNotContain(secret);
                assertThat(values.values()).noneMatch(value -> value.contains(secret));
                assertThat(serverLog).doesNotContain(secret);
                assertThat(engineLog).doesNotContain(secret);
            }
        }
    }

    @Test
    void aBackupTakenWhileAnImportRunsRestoresToACommittedStateThatChecks() throws Exception {
        int port = TeamServer.freePort();
        Path home = dir.resolve("server");
        Path backups = dir.resolve("backups");
        int rows = 40_000;
        try (NetworkServer server = TeamServer.start(home, port)) {
            addUser(port, "ana", "analyst", ANA_PASSWORD);
            String url = TeamServer.url(port);
            assertThat(importAs("ana", ANA_PASSWORD, file("first", 10), url).code).isEqualTo(ExitCode.OK);
            Path big = file("big", rows);
            CompletableFuture<Run> importing = CompletableFuture.supplyAsync(() -> {
                try {
                    return importAs("ana", ANA_PASSWORD, big, url);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            boolean sawRunning = false;
            try (Connection admin = ClientConnections.openStore(url, ADMIN, ADMIN_PASSWORD)) {
                while (!importing.isDone() && !sawRunning) {
                    sawRunning = count(admin, "select count(*) from import_batches where state = 'running' with ur") > 0;
                    Thread.sleep(20);
                }
            }
            assertThat(sawRunning).as("the import was under way").isTrue();
            Run backup = cxw(password(ADMIN_PASSWORD), "", "store", "backup", "--db", url, "--to", backups.toString(),
                    "--user", ADMIN);
            assertThat(backup.code).as(backup.err).isEqualTo(ExitCode.OK);
            assertThat(backup.out).startsWith("backed up " + url + " to " + backups.resolve("results"));
            Run imported = importing.get(5, TimeUnit.MINUTES);
            assertThat(imported.code).as(imported.err).isEqualTo(ExitCode.OK);
            // a viewer or analyst takes no backup
            Run byAna = cxw(password(ANA_PASSWORD), "", "store", "backup", "--db", url, "--to", dir.resolve("b2")
                    .toString(), "--user", "ana");
            assertThat(byAna.code).isEqualTo(ExitCode.FAILURE);
            assertThat(byAna.err).isEqualTo("cxw store: user ana may not do that in " + url + ": backups and checks"
                    + " are for an administrator\n");

            Path restored = dir.resolve("restored");
            Run restore = cxw(password(ADMIN_PASSWORD), "", "store", "restore", "--from", backups.resolve("results")
                    .toString(), "--to", restored.toString(), "--user", ADMIN);
            assertThat(restore.code).as(restore.err).isEqualTo(ExitCode.OK);
            Run again = cxw(password(ADMIN_PASSWORD), "", "store", "restore", "--from", backups.resolve("results")
                    .toString(), "--to", restored.toString(), "--user", ADMIN);
            assertThat(again.code).isEqualTo(ExitCode.FAILURE);
            assertThat(again.err).contains("exists already");

            long answers;
            try (Connection c = StoreMaintenance.openEmbedded(restored, ADMIN, ADMIN_PASSWORD)) {
                c.setSchema(ClientConnections.STORE_SCHEMA);
                try (Statement st = c.createStatement();
                        ResultSet rs = st.executeQuery("select b.state, b.rows_stored, (select count(*) from answers a"
                                + " where a.batch_id = b.id) from import_batches b")) {
                    while (rs.next()) {
                        long expected = rs.getString(1).equals("done") ? 2L * rs.getInt(2) : 0;
                        assertThat(rs.getLong(3)).as(rs.getString(1)).isEqualTo(expected);
                    }
                }
                answers = count(c, "select count(*) from answers");
            } finally {
                StoreMaintenance.shutDown(restored, ADMIN, ADMIN_PASSWORD);
            }
            // the first file's 10 rows, and the big one entirely or not at all (1 row in 100 rejected)
            assertThat(answers).isIn(20L, 20L + 2L * (rows - rows / 100));

            Run check = cxw(password(ADMIN_PASSWORD), "", "store", "check", "--db", restored.toString(), "--user",
                    ADMIN);
            assertThat(check.code).as(check.err).isEqualTo(ExitCode.OK);
            assertThat(check.out).matches(restored + ": \\d+ tables and their indexes are consistent\n");
            Run live = cxw(password(ADMIN_PASSWORD), "", "store", "check", "--db", url, "--user", ADMIN);
            assertThat(live.code).as(live.err).isEqualTo(ExitCode.OK);
        }
    }

    @Test
    void anOldBuiltinStoreMigratesAndItsUsersLogIn() throws Exception {
        Path home = dir.resolve("old-server");
        Files.createDirectories(home);
        // the store as the BUILTIN-era server left it: users in system properties, owned by the administrator
        Map<String, String> builtin = Map.of("derby.system.home", home.toString(),
                "derby.connection.requireAuthentication", "true", "derby.authentication.provider", "BUILTIN",
                "derby.user.admin", ADMIN_PASSWORD, "derby.user.ana", ANA_PASSWORD);
        builtin.forEach(System::setProperty);
        Properties admin = new Properties();
        admin.setProperty("user", ADMIN);
        admin.setProperty("password", ADMIN_PASSWORD);
        EmbeddedDriver driver = new EmbeddedDriver();
        try {
            try (Connection c = driver.connect("jdbc:derby:results;create=true", admin);
                    Statement st = c.createStatement()) {
                st.executeUpdate("create schema cxw");
                c.setSchema("CXW");
                Schema.migrate(c);
                st.executeUpdate("insert into respondent_scopes (journey_id, source) values ('j', 'old')");
            }
        } finally {
            try {
                driver.connect("jdbc:derby:;shutdown=true", admin);
            } catch (SQLException shutDown) {
                assertThat(shutDown.getSQLState()).isEqualTo("XJ015");
            }
            builtin.keySet().forEach(System::clearProperty);
        }

        Run migrate = cxw(Map.of("CXW_DB_PASSWORD", ADMIN_PASSWORD, "CXW_DB_USERS", "ana:" + ANA_PASSWORD), "",
                "server", "migrate-auth", "--home", home.toString(), "--db", "results", "--user", ADMIN);
        assertThat(migrate.code).as(migrate.err).isEqualTo(ExitCode.OK);
        assertThat(migrate.out).startsWith("migrated " + home.resolve("results") + " to NATIVE authentication:"
                + " administrator admin, 1 users with role analyst");

        int port = TeamServer.freePort();
        try (NetworkServer server = TeamServer.start(home, port)) {
            String url = TeamServer.url(port);
            try (Connection c = ClientConnections.openStore(url, "ana", ANA_PASSWORD);
                    Statement st = c.createStatement()) {
                assertThat(count(c, "select count(*) from respondent_scopes where source = 'old'")).isEqualTo(1);
                st.executeUpdate("insert into respondent_scopes (journey_id, source) values ('j', 'new')");
                assertThat(count(c, "select count(*) from respondent_scopes")).isEqualTo(2);
            }
            assertThatThrownBy(() -> ClientConnections.openStore(url, "ana", "wrong").close())
                    .satisfies(e -> assertThat(sqlState(e)).isEqualTo("08004"));
            Run list = cxw(password(ADMIN_PASSWORD), "", "server", "user", "list", "--port", String.valueOf(port),
                    "--user", ADMIN);
            assertThat(list.out).isEqualTo("user,role\nadmin,admin\nana,analyst\n");
        }
    }
}
