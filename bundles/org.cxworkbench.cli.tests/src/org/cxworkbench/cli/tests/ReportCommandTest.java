package org.cxworkbench.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cxworkbench.cli.ExitCode;
import org.cxworkbench.core.journey.SampleJourneys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cxw report} over a store filled by {@code cxw import}: files written, figures, usage errors, exit codes. */
class ReportCommandTest {

    @TempDir
    Path dir;

    private Path journey;
    private Path db;

    @BeforeEach
    void setUp() throws Exception {
        journey = SampleJourneys.copyTo(SampleJourneys.RETAIL_B2C, dir);
        db = dir.resolve("results");
        Path file = dir.resolve("november.csv");
        // NPS: r1 9 (promoter), r2 6 (detractor), r3 10 (promoter), r4 8 (passive): (2 - 1) / 4 = 25.0
        Files.writeString(file, String.join("\n",
                "Response ID,Timestamp,Segment,How likely are you to recommend us to a friend or colleague?",
                "r1,2026-11-02 10:15,Current customers,9",
                "r2,2026-11-02 11:00,Current customers,6",
                "r3,2026-11-03,Prospects,10",
                "r4,2026-11-03,Prospects,8") + "\n", StandardCharsets.UTF_8);
        assertThat(cxw("import", file.toString(), "--journey", journey.toString(), "--db", db.toString()))
                .as(err()).isZero();
    }

    private final CxwRunner cxw = new CxwRunner();

    private int cxw(String... args) {
        return cxw.run(args);
    }

    private String out() {
        return cxw.out();
    }

    private String err() {
        return cxw.err();
    }

    @Test
    void writesTheScorecardAsHtmlPdfAndXlsxAndPrintsWhere() throws Exception {
        Path html = dir.resolve("scorecard.html");
        assertThat(cxw("report", "scorecard", "--journey", journey.toString(), "--db", db.toString(), "--out",
                html.toString())).as(err()).isEqualTo(ExitCode.OK);
        assertThat(out().strip()).isEqualTo(html.toAbsolutePath().toString());
        assertThat(err()).contains("scorecard");
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(page).contains("Journey scorecard", "NPS relationship", "25.0", "low n (under 200)");

        Path pdf = dir.resolve("scorecard.pdf");
        assertThat(cxw("report", "scorecard", "--journey", journey.toString(), "--db", db.toString(), "--out",
                pdf.toString(), "--language", "fi")).as(err()).isEqualTo(ExitCode.OK);
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        Path xlsx = dir.resolve("any-name");
        assertThat(cxw("report", "segments", "--journey", journey.toString(), "--db", db.toString(), "--out",
                xlsx.toString(), "--format", "xlsx")).as(err()).isEqualTo(ExitCode.OK);
        byte[] zip = Files.readAllBytes(xlsx);
        assertThat(zip[0]).isEqualTo((byte) 'P');
        assertThat(zip[1]).isEqualTo((byte) 'K');
    }

    @Test
    void trendAndTouchpointTakeTheirSelector() throws Exception {
        Path trend = dir.resolve("trend.html");
        assertThat(cxw("report", "trend", "--journey", journey.toString(), "--db", db.toString(), "--metric", "nps",
                "--by", "segment", "--from", "2026-01-01", "--to", "2026-11-30", "--out", trend.toString()))
                .as(err()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(trend, StandardCharsets.UTF_8)).contains("Current customers", "Prospects",
                "2026-11");

        assertThat(cxw("report", "touchpoint", "--journey", journey.toString(), "--db", db.toString(),
                "--touchpoint", "Teleport", "--out", dir.resolve("t.html").toString())).isEqualTo(ExitCode.FAILURE);
        assertThat(err().lines().filter(l -> !l.startsWith("rendering"))).hasSize(1);
        assertThat(err()).contains("Teleport", "Online checkout").doesNotContain("Exception");
        assertThat(Files.exists(dir.resolve("t.html"))).isFalse();
    }

    @Test
    void aWrongCommandLineIsExitTwoWithOneLine() {
        String j = journey.toString();
        String o = dir.resolve("x.html").toString();
        assertThat(cxw("report", "cockpit", "--journey", j, "--out", o)).isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains("cockpit", "scorecard");
        assertThat(cxw("report", "scorecard", "--journey", j)).isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains("--out");
        assertThat(cxw("report", "scorecard", "--journey", j, "--out", o, "--from", "1.9.2026"))
                .isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains("1.9.2026");
        assertThat(cxw("report", "scorecard", "--journey", j, "--out", o, "--format", "docx"))
                .isEqualTo(ExitCode.USAGE);
        assertThat(cxw("report", "trend", "--journey", j, "--out", o)).isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains("--metric");
        assertThat(cxw("report", "scorecard", "--journey", j, "--out", o, "--language", "de"))
                .isEqualTo(ExitCode.USAGE);
        assertThat(err().lines()).hasSize(1);
    }

    @Test
    void helpListsReportsAndOptions() {
        assertThat(cxw("report", "--help")).isZero();
        assertThat(out()).contains("Usage: cxw report", "scorecard", "touchpoint", "--touchpoint", "--metric",
                "--language", "--db");
    }
}
