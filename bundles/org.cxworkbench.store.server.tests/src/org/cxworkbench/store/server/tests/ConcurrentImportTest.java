package org.cxworkbench.store.server.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.cxworkbench.cli.CommandContext;
import org.cxworkbench.cli.Cxw;
import org.cxworkbench.cli.ExitCode;
import org.cxworkbench.cli.internal.store.ImportCommand;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.store.ClientConnections;
import org.cxworkbench.store.ColumnMapping;
import org.cxworkbench.store.ImportBatch;
import org.cxworkbench.store.Importer;
import org.cxworkbench.store.NetworkServer;
import org.cxworkbench.store.StoreRoles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cxw import} through a real Derby network server, several clients at once: each run of the command opens a
 * client connection of its own, as separate users' processes would. In this test bundle's JVM because the
 * server's authentication is engine-wide.
 */
class ConcurrentImportTest {

    private static final String NPS = "78877913-111a-4334-8590-ca6fd2970f18";
    private static final String CSAT = "b5a420cd-f87c-4f55-a0aa-bb9bde4d8812";
    private static final String USER = "analyst";
    private static final String PASSWORD = "team s3cret";
    /** Rows per file: several JDBC batches each, so that the imports are under way at the same time. */
    private static final int ROWS = 5_000;

    @TempDir
    Path dir;

    private NetworkServer server;
    private String url;
    private Path journey;
    private Path mapping;

    @BeforeEach
    void start() throws Exception {
        int port = TeamServer.freePort();
        server = TeamServer.start(dir.resolve("server"), port);
        TeamServer.addUser(port, USER, PASSWORD, StoreRoles.ANALYST);
        url = TeamServer.url(port);
        journey = SampleJourneys.copyTo(SampleJourneys.RETAIL_B2C, dir);
        mapping = dir.resolve("export.mapping");
        new ColumnMapping(Map.of("nps", NPS, "csat", CSAT), Map.of(),
                Map.of(ColumnMapping.RESPONDENT, "id", ColumnMapping.TIME, "submitted")).save(mapping);
        // the schema is created once, as a team's first import does, before the clients run at once
        assertThat(importCommand(file("first", 10), url, PASSWORD).code).isEqualTo(ExitCode.OK);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    /** A generic export: respondent ids with {@code prefix}; every 100th NPS answer is 11, outside its scale. */
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

    private record Run(int code, String out, String err) {
    }

    private Run importCommand(Path file, String db, String password) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> environment = Map.of("CXW_DB_PASSWORD", password);
        int code = new Cxw(List.of(new ImportCommand(environment::get))).run(new String[] {"import",
                file.toString(), "--journey", journey.toString(), "--mapping", mapping.toString(), "--db", db,
                "--user", USER}, new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8), false));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs the imports on threads of their own, started together. */
    private List<Run> atOnce(Path... files) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(files.length);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Run>> runs = new ArrayList<>();
            for (Path file : files) {
                runs.add(pool.submit(() -> {
                    go.await();
                    return importCommand(file, url, PASSWORD);
                }));
            }
            go.countDown();
            List<Run> results = new ArrayList<>();
            for (Future<Run> run : runs) {
                results.add(run.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    private long answersOf(Path file) throws Exception {
        try (Connection c = ClientConnections.openStore(url, USER, PASSWORD);
                PreparedStatement st = c.prepareStatement("select count(*) from answers a join import_batches b"
                        + " on b.id = a.batch_id where b.content_hash = ?")) {
            st.setString(1, Importer.contentHash(file));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private List<ImportBatch> batches() throws Exception {
        try (Connection c = ClientConnections.openStore(url, USER, PASSWORD)) {
            return ImportBatch.list(c);
        }
    }

    @Test
    void differentFilesImportedAtOnceAreAllCommittedWithTheirCounts() throws Exception {
        Path a = file("a", ROWS);
        Path b = file("b", ROWS);
        Path c = file("c", ROWS);
        List<Run> runs = atOnce(a, b, c);

        int rejected = ROWS / 100;
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            String name = List.of("a", "b", "c").get(i) + ".csv";
            assertThat(run.code).as(run.err).isEqualTo(ExitCode.OK);
            assertThat(run.out).contains(name + ": " + (ROWS - rejected) + " rows stored (" + 2 * (ROWS - rejected)
                    + " answers), " + rejected + " rejected");
        }
        for (Path file : List.of(a, b, c)) {
            assertThat(answersOf(file)).isEqualTo(2L * (ROWS - rejected));
        }
        List<ImportBatch> batches = batches().subList(1, 4);
        assertThat(batches).allSatisfy(batch -> {
            assertThat(batch.state()).isEqualTo("done");
            assertThat(batch.rowsStored()).isEqualTo(ROWS - rejected);
            assertThat(batch.rowsRejected()).isEqualTo(rejected);
        });
        // started together, they were stored one after the other: the store serializes imports
        for (int i = 1; i < batches.size(); i++) {
            assertThat(batches.get(i).finished()).isAfterOrEqualTo(batches.get(i - 1).finished());
        }
    }

    @Test
    void theSameFileImportedTwiceAtOnceIsStoredOnce() throws Exception {
        Path same = file("same", ROWS);
        List<Run> runs = atOnce(same, same);

        int rejected = ROWS / 100;
        List<Run> stored = runs.stream().filter(r -> r.out.contains("rows stored")).toList();
        assertThat(stored).as("one of them imports it").hasSize(1);
        Run other = runs.get(runs.get(0) == stored.get(0) ? 1 : 0);
        // the other one waited for it and found it imported, or (when it waited too long) failed saying so
        if (other.code == ExitCode.OK) {
            assertThat(other.out).contains("same.csv: already imported (batch ").contains("same content")
                    .doesNotContain("rows stored");
        } else {
            assertThat(other.code).isEqualTo(ExitCode.FAILURE);
            assertThat(other.err).containsPattern("another import .* is under way");
        }
        assertThat(answersOf(same)).isEqualTo(2L * (ROWS - rejected));
        assertThat(batches().stream().filter(b -> b.fileName().equals("same.csv")).map(ImportBatch::state)
                .filter(state -> !state.equals("failed")).toList()).containsExactly("done");
    }

    @Test
    void aWrongPasswordIsRefusedInOneLineAndNothingIsImported() throws Exception {
        Path file = file("wrong", 20);
        Run run = importCommand(file, url, "not the password");
        assertThat(run.code).isEqualTo(ExitCode.FAILURE);
        assertThat(run.out).isEmpty();
        assertThat(run.err).isEqualTo("cxw import: the server of " + url + " refused user " + USER
                + ": wrong user name or password\n");
        assertThat(answersOf(file)).isZero();
    }
}
