package org.cxworkbench.store.server.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
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
import org.cxworkbench.cli.internal.followups.FollowUpsCommand;
import org.cxworkbench.cli.internal.store.ImportCommand;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.store.ClientConnections;
import org.cxworkbench.store.ColumnMapping;
import org.cxworkbench.store.FollowUp;
import org.cxworkbench.store.FollowUpChange;
import org.cxworkbench.store.FollowUpConflictException;
import org.cxworkbench.store.FollowUpFilter;
import org.cxworkbench.store.FollowUps;
import org.cxworkbench.store.NetworkServer;
import org.cxworkbench.store.StoreRoles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two users of a real Derby network server edit the same follow-ups at the same moment, each through a client
 * connection of their own: for every follow-up exactly one change is written and the other gets a conflict naming
 * the one who won, never a lost update.
 */
class ConcurrentFollowUpEditTest {

    private static final String NPS = "78877913-111a-4334-8590-ca6fd2970f18";
    private static final Map<String, String> USERS = Map.of("maija", "maijan salasana", "sven", "svens lösen");
    private static final int ROWS = 20;

    @TempDir
    Path dir;

    private NetworkServer server;
    private String url;

    @BeforeEach
    void start() throws Exception {
        // the team server as cxw server start runs it (NATIVE users, SQL authorization): both users are analysts,
        // the role that edits follow-ups
        int port = TeamServer.freePort();
        server = TeamServer.start(dir.resolve("server"), port);
        url = TeamServer.url(port);
        for (Map.Entry<String, String> user : USERS.entrySet()) {
            TeamServer.addUser(port, user.getKey(), user.getValue(), StoreRoles.ANALYST);
        }
        Path journey = SampleJourneys.copyTo(SampleJourneys.RETAIL_B2C, dir);
        Path mapping = dir.resolve("export.mapping");
        new ColumnMapping(Map.of("nps", NPS), Map.of(), Map.of(ColumnMapping.RESPONDENT, "id", ColumnMapping.TIME,
                "submitted")).save(mapping);
        // every answer a detractor: one follow-up per row
        StringBuilder text = new StringBuilder("id,submitted,nps\n");
        for (int i = 1; i <= ROWS; i++) {
            text.append('r').append(i).append(",2026-11-").append(String.format("%02d", i)).append(',').append(i % 7)
                    .append('\n');
        }
        Path file = dir.resolve("detractors.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        String[] out = new String[1];
        int code = cxw("maija", out, new ImportCommand(name -> "CXW_DB_PASSWORD".equals(name) ? USERS.get("maija")
                : null), "import", file.toString(), "--journey", journey.toString(), "--mapping",
                mapping.toString(), "--db", url, "--user", "maija");
        assertThat(code).as(out[0]).isEqualTo(ExitCode.OK);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private static int cxw(String user, String[] err, org.cxworkbench.cli.Command command, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int code = new Cxw(List.of(command)).run(args, new CommandContext(new PrintStream(out, true,
                StandardCharsets.UTF_8), new PrintStream(errors, true, StandardCharsets.UTF_8), false));
        err[0] = errors.toString(StandardCharsets.UTF_8) + out.toString(StandardCharsets.UTF_8);
        return code;
    }

    private Connection connect(String user) throws Exception {
        return ClientConnections.openStore(url, user, USERS.get(user));
    }

    private record Outcome(String user, FollowUp written, FollowUpConflictException conflict) {
    }

    @Test
    void twoUsersEditingOneFollowUpAtOnceGetAConflictNotALostUpdate() throws Exception {
        try (Connection maija = connect("maija"); Connection sven = connect("sven")) {
            FollowUps asMaija = new FollowUps(maija);
            FollowUps asSven = new FollowUps(sven);
            List<FollowUp> all = asMaija.list(FollowUpFilter.ALL);
            assertThat(all).as("every answer (i % 7 is 0..6) a detractor").hasSize(ROWS);
            assertThat(asSven.list(FollowUpFilter.ALL)).hasSameSizeAs(all);
            assertThat(asMaija.user()).isEqualTo("MAIJA");
            assertThat(asSven.user()).isEqualTo("SVEN");

            ExecutorService pool = Executors.newFixedThreadPool(2);
            int maijaWon = 0;
            int svenWon = 0;
            try {
                for (FollowUp f : all) {
                    // both read version 1 and change it at the same moment
                    CountDownLatch go = new CountDownLatch(1);
                    Future<Outcome> first = pool.submit(() -> edit(go, asMaija, "MAIJA", f, "Maija"));
                    Future<Outcome> second = pool.submit(() -> edit(go, asSven, "SVEN", f, "Sven"));
                    go.countDown();
                    List<Outcome> outcomes = List.of(first.get(), second.get());
                    List<Outcome> written = outcomes.stream().filter(o -> o.written() != null).toList();
                    List<Outcome> conflicts = outcomes.stream().filter(o -> o.conflict() != null).toList();
                    assertThat(written).as("exactly one change of follow-up %d is written", f.id()).hasSize(1);
                    assertThat(conflicts).hasSize(1);
                    Outcome winner = written.get(0);
                    FollowUpConflictException conflict = conflicts.get(0).conflict();
                    assertThat(conflict.changedBy()).isEqualTo(winner.user());
                    assertThat(conflict.getMessage()).contains(winner.user()).contains(String.valueOf(f.id()));
                    FollowUp stored = asMaija.find(f.id()).orElseThrow();
                    assertThat(stored.version()).isEqualTo(2);
                    assertThat(stored.owner()).isEqualTo(winner.written().owner());
                    assertThat(stored.updatedBy()).isEqualTo(winner.user());
                    List<FollowUpChange> history = asSven.history(f.id());
                    assertThat(history.stream().map(FollowUpChange::field).toList()).containsExactly("owner", "due");
                    assertThat(history).allSatisfy(change -> assertThat(change.by()).isEqualTo(winner.user()));
                    if (winner.user().equals("MAIJA")) {
                        maijaWon++;
                    } else {
                        svenWon++;
                    }
                }
            } finally {
                pool.shutdown();
            }
            assertThat(maijaWon + svenWon).isEqualTo(all.size());

            // the command line, as Sven, with the version he read before Maija's change
            FollowUp f = all.get(0);
            String[] err = new String[1];
            int code = cxw("sven", err, new FollowUpsCommand(name -> "CXW_DB_PASSWORD".equals(name)
                    ? USERS.get("sven") : null), "followups", "note", String.valueOf(f.id()), "Soitin",
                    "--version", "1", "--db", url, "--user", "sven");
            assertThat(code).isEqualTo(ExitCode.FAILURE);
            assertThat(err[0].strip()).startsWith("cxw followups: Follow-up " + f.id() + " was changed by ")
                    .contains(LocalDate.now().toString()).doesNotContain("\n");
            code = cxw("sven", err, new FollowUpsCommand(name -> "CXW_DB_PASSWORD".equals(name)
                    ? USERS.get("sven") : null), "followups", "note", String.valueOf(f.id()), "Soitin",
                    "--version", "2", "--db", url, "--user", "sven");
            assertThat(code).as(err[0]).isEqualTo(ExitCode.OK);
            List<FollowUpChange> history = asMaija.history(f.id());
            FollowUpChange last = history.get(history.size() - 1);
            assertThat(List.of(last.by(), last.newValue())).containsExactly("SVEN", "Soitin");
        }
    }

    private static Outcome edit(CountDownLatch go, FollowUps followUps, String user, FollowUp read, String owner)
            throws Exception {
        go.await();
        try {
            return new Outcome(user, followUps.assign(read.id(), read.version(), owner, LocalDate.of(2026, 12, 24)),
                    null);
        } catch (FollowUpConflictException e) {
            return new Outcome(user, null, e);
        }
    }
}
