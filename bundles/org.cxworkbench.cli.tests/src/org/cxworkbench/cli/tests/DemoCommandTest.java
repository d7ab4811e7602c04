package org.cxworkbench.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cxworkbench.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cxw demo}: the whole chain on the embedded default (generate, import, score, scorecard in HTML and PDF),
 * its repeatability on the same folder, and its refusal to write into someone else's folder.
 */
class DemoCommandTest {

    private static final Pattern GENERATED = Pattern.compile("(\\S+): (\\d+) answers generated, (\\d+) of them");
    private static final Pattern IMPORTED = Pattern.compile("(\\S+): (\\d+) rows stored, (\\d+) rejected");
    /** A row of the score table: stage, touchpoint, metric, n, score, interval. */
    private static final Pattern SCORE_ROW = Pattern.compile(
            "^  .{14} .{30} (\\S+)\\s+(\\d+)\\s+(-?\\d+\\.\\d)  (-?\\d+\\.\\d) \\.\\. (-?\\d+\\.\\d)", Pattern.MULTILINE);

    @TempDir
    Path dir;

    private String out;
    private String err;

    private final CxwRunner cxw = new CxwRunner();

    private int cxw(String... args) {
        int code = cxw.run(args);
        out = cxw.out();
        err = cxw.err();
        return code;
    }

    @Test
    void runsTheWholeChainAndEveryStoredAnswerIsScored() throws Exception {
        Path demo = dir.resolve("demo");
        assertThat(cxw("demo", demo.toString(), "--rows", "400")).as(err).isEqualTo(ExitCode.OK);

        for (String journey : List.of("retail-b2c", "service-b2b")) {
            assertThat(demo.resolve("journeys/" + journey + ".journey")).isRegularFile();
            assertThat(demo.resolve("data/" + journey + "-answers.csv")).isRegularFile();
            Path html = demo.resolve("reports/" + journey + "-scorecard.html");
            Path pdf = demo.resolve("reports/" + journey + "-scorecard.pdf");
            assertThat(out).contains(html.toString(), pdf.toString());
            assertThat(Files.readString(html)).contains("<html");
            byte[] head = new byte[5];
            System.arraycopy(Files.readAllBytes(pdf), 0, head, 0, 5);
            assertThat(new String(head, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        }
        assertThat(Files.isDirectory(demo.resolve("results"))).isTrue();

        // the generator's count = stored + rejected; the rejected ones are exactly the deliberately bad rows
        Matcher generated = GENERATED.matcher(err);
        Matcher imported = IMPORTED.matcher(err);
        long storedAll = 0;
        for (int journey = 0; journey < 2; journey++) {
            assertThat(generated.find()).as(err).isTrue();
            assertThat(imported.find()).as(err).isTrue();
            assertThat(Long.parseLong(generated.group(2))).isEqualTo(400);
            assertThat(Long.parseLong(imported.group(2)) + Long.parseLong(imported.group(3))).isEqualTo(400);
            assertThat(imported.group(3)).isEqualTo(generated.group(3)).isNotEqualTo("0");
            storedAll += Long.parseLong(imported.group(2));
        }
        // every stored row answers one measurement point, and the score table covers every point
        Matcher row = SCORE_ROW.matcher(out);
        long scored = 0;
        int rows = 0;
        while (row.find()) {
            rows++;
            scored += Long.parseLong(row.group(2));
            double value = Double.parseDouble(row.group(3));
            assertThat(value).as(row.group()).isBetween(Double.parseDouble(row.group(4)) - 0.051,
                    Double.parseDouble(row.group(5)) + 0.051);
        }
        assertThat(rows).as(out).isGreaterThan(10);
        assertThat(scored).as(out).isEqualTo(storedAll);
    }

    @Test
    void aSecondRunOnTheSameFolderReusesWhatIsThereAndGivesTheSameScores() throws Exception {
        Path demo = dir.resolve("again");
        assertThat(cxw("demo", demo.toString(), "--rows", "200")).as(err).isEqualTo(ExitCode.OK);
        String first = out;
        byte[] csv = Files.readAllBytes(demo.resolve("data/retail-b2c-answers.csv"));

        assertThat(cxw("demo", demo.toString(), "--rows", "200")).as(err).isEqualTo(ExitCode.OK);
        assertThat(err).contains("already imported");
        assertThat(out).isEqualTo(first);
        assertThat(Files.readAllBytes(demo.resolve("data/retail-b2c-answers.csv"))).isEqualTo(csv);
    }

    @Test
    void refusesAFolderItDidNotMake() throws Exception {
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(mine.resolve("thesis.txt"), "precious");

        assertThat(cxw("demo", mine.toString())).isEqualTo(ExitCode.FAILURE);
        assertThat(err.lines()).hasSize(1);
        assertThat(err).contains("not empty and was not made by cxw demo");
        try (var files = Files.list(mine)) {
            assertThat(files).containsExactly(mine.resolve("thesis.txt"));
        }
    }

    @Test
    void wrongOptionsAreUsageErrors() {
        assertThat(cxw("demo", "--rows", "ten")).isEqualTo(ExitCode.USAGE);
        assertThat(err).startsWith("cxw demo: option --rows: 'ten'");
        assertThat(cxw("demo", "--language", "de")).isEqualTo(ExitCode.USAGE);
        assertThat(cxw("demo", "a", "b")).isEqualTo(ExitCode.USAGE);
    }

    /**
     * Issue 12: the two sample journeys' generated respondent ids overlap (R0000001...). In the demo's store each
     * journey's scores by segment and by account equal those of its file imported alone.
     */
    @Test
    void eachJourneyScoresInTheDemoStoreAsItsFileImportedAlone() throws Exception {
        Path demo = dir.resolve("demo");
        assertThat(cxw("demo", demo.toString(), "--rows", "600")).as(err).isEqualTo(ExitCode.OK);
        for (String journey : List.of("service-b2b", "retail-b2c")) {
            Path file = demo.resolve("journeys/" + journey + ".journey");
            Path alone = dir.resolve(journey + "-alone");
            assertThat(cxw("import", demo.resolve("data/" + journey + "-answers.csv").toString(), "--journey",
                    file.toString(), "--mapping", demo.resolve("data/" + journey + "-answers.mapping").toString(),
                    "--db", alone.toString())).as(err).isEqualTo(ExitCode.OK);
            for (String by : List.of("segment", "account")) {
                assertThat(cxw("score", "--journey", file.toString(), "--by", by, "--format", "csv", "--db",
                        alone.toString())).as(err).isEqualTo(ExitCode.OK);
                String expected = out;
                assertThat(expected.lines().count()).as(expected).isGreaterThan(2);
                assertThat(cxw("score", "--journey", file.toString(), "--by", by, "--format", "csv", "--db",
                        demo.resolve("results").toString())).as(err).isEqualTo(ExitCode.OK);
                assertThat(out).as(journey + " by " + by).isEqualTo(expected);
            }
        }
    }
}
