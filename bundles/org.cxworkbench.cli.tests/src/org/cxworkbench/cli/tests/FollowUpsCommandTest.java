package org.cxworkbench.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.cxworkbench.cli.ExitCode;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.store.ColumnMapping;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cxw followups} on an embedded store filled by {@code cxw import} of the retail sample: the built-in rules'
 * follow-ups listed with filters in every format, worked through assign, note, resolve and set-state, a stale
 * version refused with who changed it, and wrong command lines.
 */
class FollowUpsCommandTest {

    private static final String NPS = "78877913-111a-4334-8590-ca6fd2970f18";
    private static final String CSAT = "b5a420cd-f87c-4f55-a0aa-bb9bde4d8812";

    @TempDir
    Path dir;

    private Path journey;
    private String db;
    private final CxwRunner cxw = new CxwRunner();

    /**
     * By hand: r1 none; r2 NPS 3 and CSAT 2 (two); r3 CSAT 1; r4 NPS 5; r5 none (NPS 7 is passive, CSAT 3): four
     * follow-ups, two on the touchpoint "Customer service chat" (the CSAT point's), two CSAT ones of priority high.
     */
    @BeforeEach
    void importAnswers() throws Exception {
        journey = SampleJourneys.copyTo(SampleJourneys.RETAIL_B2C, dir);
        db = dir.resolve("results").toString();
        Path mapping = dir.resolve("export.mapping");
        new ColumnMapping(Map.of("nps", NPS, "csat", CSAT), Map.of("why", NPS),
                Map.of(ColumnMapping.RESPONDENT, "id", ColumnMapping.TIME, "submitted", ColumnMapping.ACCOUNT,
                        "account")).save(mapping);
        Path file = dir.resolve("november.csv");
        Files.writeString(file, String.join("\n", "id,submitted,account,nps,why,csat",
                "r1,2026-11-02,Acme,10,,5",
                "r2,2026-11-03,Acme,3,Too slow,2",
                "r3,2026-11-04,Bolt,8,,1",
                "r4,2026-11-05,Bolt,5,\"Rude, really\",4",
                "r5,2026-11-06,Core,7,,3") + "\n", StandardCharsets.UTF_8);
        assertThat(cxw.run("import", file.toString(), "--journey", journey.toString(), "--mapping",
                mapping.toString(), "--db", db)).as(cxw.err()).isEqualTo(ExitCode.OK);
    }

    private List<String> csv(String... filters) {
        String[] args = concat(new String[] {"followups", "list", "--db", db, "--format", "csv"}, filters);
        assertThat(cxw.run(args)).as(cxw.err()).isEqualTo(ExitCode.OK);
        List<String> lines = cxw.out().lines().toList();
        return lines.subList(1, lines.size());
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** The id of the follow-up of respondent {@code respondent} by rule {@code rule}, from the CSV listing. */
    private String id(String respondent, String rule) {
        assertThat(cxw.run("followups", "list", "--db", db, "--format", "csv")).isEqualTo(ExitCode.OK);
        List<String> lines = cxw.out().lines().toList();
        List<String> header = Arrays.asList(lines.get(0).split(","));
        return lines.stream().skip(1).map(line -> line.split(",", -1))
                .filter(cells -> cells[header.indexOf("respondent")].equals(respondent)
                        && cells[header.indexOf("rule")].equals(rule))
                .map(cells -> cells[0]).findFirst().orElseThrow();
    }

    @Test
    void listsTheRulesFollowUpsWithFilters() {
        assertThat(cxw.run("followups", "list", "--db", db, "--format", "csv")).as(cxw.err()).isEqualTo(0);
        List<String> lines = cxw.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("id,version,state,priority,rule,touchpoint,point,answer,comment,"
                + "respondent,account,segment,owner,due,created,updated,updated_by,note");
        assertThat(lines).hasSize(5);
        assertThat(String.join("\n", lines)).contains(",new,high,CSAT 1-2: contact immediately,")
                .contains(",new,normal,NPS detractor (0-6),").contains("\"Rude, really\"");

        assertThat(csv("--journey", journey.toString(), "--touchpoint", "customer service chat"))
                .hasSize(2).allSatisfy(line -> assertThat(line).contains(",Customer service chat,CSAT after support,"));
        assertThat(csv("--journey", journey.toString(), "--touchpoint", "Support")).as("the stage's touchpoints")
                .hasSize(2);
        assertThat(csv("--journey", journey.toString())).hasSize(4);
        assertThat(csv("--state", "resolved,no-response")).isEmpty();
        assertThat(csv("--owner", "-")).hasSize(4);
        assertThat(csv("--overdue")).isEmpty();
        assertThat(csv("--limit", "1")).hasSize(1);

        assertThat(cxw.run("followups", "list", "--db", db, "--format", "json")).isEqualTo(0);
        assertThat(cxw.out()).contains("\"respondent\": \"r2\"").contains("\"state\": \"new\"")
                .contains("\"updated_by\": \"APP\"");
        assertThat(cxw.run("followups", "list", "--db", db)).isEqualTo(0);
        assertThat(cxw.out().lines().findFirst().orElseThrow()).startsWith("id").contains("touchpoint");
    }

    @Test
    void assignNoteResolveAndSetStateWorkAFollowUp() {
        String r4 = id("r2", "NPS detractor (0-6)"); // r4's quoted comma would shift the naive split
        String past = LocalDate.now().minusDays(3).toString();

        assertThat(cxw.run("followups", "assign", r4, "--owner", "Maija", "--due", past, "--db", db))
                .as(cxw.err()).isEqualTo(0);
        assertThat(cxw.out()).contains("follow-up " + r4 + ": new, owner Maija, due " + past + " (version 2)");
        assertThat(csv("--overdue")).hasSize(1).first().asString().startsWith(r4 + ",2,new,");
        assertThat(csv("--owner", "Maija")).hasSize(1);

        assertThat(cxw.run("followups", "note", r4, "Called, no answer", "--db", db)).isEqualTo(0);
        assertThat(cxw.run("followups", "set-state", r4, "no-response", "--db", db)).isEqualTo(0);
        assertThat(csv("--state", "no_response")).hasSize(1).first().asString()
                .startsWith(r4 + ",4,no_response,").endsWith(",\"Called, no answer\"");
        assertThat(csv("--overdue")).as("closed is not overdue").isEmpty();
        assertThat(cxw.run("followups", "resolve", r4, "--version", "4", "--db", db)).isEqualTo(0);
        assertThat(csv("--state", "resolved")).hasSize(1);
        assertThat(cxw.run("followups", "resolve", r4, "--db", db)).isEqualTo(0);
        assertThat(cxw.err()).contains("nothing changed (version 5)");
        // the due date stays when assign does not name one
        assertThat(cxw.run("followups", "assign", r4, "--owner", "Sven", "--db", db)).isEqualTo(0);
        assertThat(cxw.out()).contains("owner Sven, due " + past);
    }

    @Test
    void aStaleVersionIsAConflictNamingWhoChangedItAndNothingIsWritten() {
        String r2 = id("r2", "CSAT 1-2: contact immediately");
        assertThat(cxw.run("followups", "set-state", r2, "contacted", "--version", "1", "--db", db)).isEqualTo(0);

        int code = cxw.run("followups", "assign", r2, "--owner", "Late", "--version", "1", "--db", db);

        assertThat(code).isEqualTo(ExitCode.FAILURE);
        assertThat(cxw.err().strip()).startsWith("cxw followups: Follow-up " + r2 + " was changed by APP at "
                + LocalDate.now()).doesNotContain("\n").contains("nothing was saved");
        assertThat(csv("--owner", "Late")).isEmpty();
    }

    @Test
    void wrongCommandLinesSayWhatIsWrong() {
        assertThat(cxw.run("followups", "--db", db)).isEqualTo(ExitCode.USAGE);
        assertThat(cxw.err()).contains("list|assign|note|resolve|set-state");
        assertThat(cxw.run("followups", "close", "1", "--db", db)).isEqualTo(ExitCode.USAGE);
        assertThat(cxw.err()).contains("no action close");
        assertThat(cxw.run("followups", "list", "--touchpoint", "Checkout", "--db", db)).isEqualTo(ExitCode.USAGE);
        assertThat(cxw.err()).contains("--touchpoint needs --journey");
        assertThat(cxw.run("followups", "list", "--state", "open", "--db", db)).isEqualTo(ExitCode.USAGE);
        assertThat(cxw.err()).contains("not a follow-up state: open");
        assertThat(cxw.run("followups", "resolve", "--db", db)).isEqualTo(ExitCode.USAGE);
        assertThat(cxw.run("followups", "assign", "1", "--db", db)).isEqualTo(ExitCode.USAGE);
        assertThat(cxw.err()).contains("needs --owner");
        assertThat(cxw.run("followups", "assign", "1", "--owner", "x", "--due", "3.12.2026", "--db", db))
                .isEqualTo(ExitCode.USAGE);
        assertThat(cxw.run("followups", "resolve", "1", "--overdue", "--db", db)).isEqualTo(ExitCode.USAGE);
        assertThat(cxw.run("followups", "list", "--journey", journey.toString(), "--touchpoint", "Nowhere",
                "--db", db)).isEqualTo(ExitCode.FAILURE);
        assertThat(cxw.err()).contains("Nowhere");
        assertThat(cxw.run("followups", "resolve", "99999", "--db", db)).isEqualTo(ExitCode.FAILURE);
        assertThat(cxw.err()).contains("99999");
        assertThat(cxw.run("followups", "list", "--db", dir.resolve("none").toString())).isEqualTo(ExitCode.FAILURE);
    }
}
