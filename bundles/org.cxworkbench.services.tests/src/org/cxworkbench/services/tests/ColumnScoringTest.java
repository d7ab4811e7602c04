package org.cxworkbench.services.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import org.cxworkbench.metrics.MetricDescriptor;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.metrics.Score;
import org.cxworkbench.metrics.ScoringOptions;
import org.cxworkbench.services.scoring.ExportFormat;
import org.cxworkbench.services.scoring.FileScoring;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cxw score --file}'s way through a file ({@link FileScoring#scoreColumn}: sums per group and bucket kept as
 * the rows are read) against the plain way (every answer read into a list, then {@link FileScoring#scoreByGroup},
 * which sums them in {@code Summary.of}): the same scores to the last bit, for several metrics, with and without
 * weights, with blank cells, over a generated file of 20,000 rows in four segments.
 */
class ColumnScoringTest {

    @TempDir
    Path dir;

    private Path answers() throws IOException {
        Path file = dir.resolve("answers.csv");
        Random random = new Random(20261204);
        String[] segments = { "Current customers", "Former customers", "Never customers", "Key accounts" };
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id,segment,weight,recommend,satisfied,effort\n");
            for (int i = 0; i < 20_000; i++) {
                out.write("r" + i + "," + segments[random.nextInt(segments.length)] + ","
                        + (1 + random.nextInt(300)) / 100.0 + "," + cell(random, 0, 10) + "," + cell(random, 1, 5) + ","
                        + cell(random, 1, 7) + "\n");
            }
        }
        return file;
    }

    /** An answer from low to high, blank one time in twenty. */
    private static String cell(Random random, int low, int high) {
        return random.nextInt(20) == 0 ? "" : Integer.toString(low + random.nextInt(high - low + 1));
    }

    @Test
    void sumsKeptWhileReadingScoreAsEveryAnswerReadFirst() throws Exception {
        Path file = answers();
        Map<String, String> columns = Map.of("nps", "recommend", "csat", "satisfied", "ces7", "effort");
        for (Map.Entry<String, String> each : columns.entrySet()) {
            MetricDescriptor descriptor = MetricRegistry.getDefault().find(each.getKey()).orElseThrow();
            for (String weight : new String[] { null, "weight" }) {
                Map<String, Score> streamed = FileScoring.scoreColumn(file, ExportFormat.detected(), descriptor,
                        descriptor.metric(), each.getValue(), "segment", "", weight, ScoringOptions.defaults());
                Map<String, Score> listed = FileScoring.scoreByGroup(descriptor.metric(),
                        FileScoring.answers(file, ExportFormat.detected(), descriptor, each.getValue(), "segment", "",
                                weight),
                        ScoringOptions.defaults());

                assertThat(streamed).as("%s weighted by %s", each.getKey(), weight).isEqualTo(listed);
                assertThat(streamed.keySet()).as("groups in their order").containsExactlyElementsOf(listed.keySet());
                assertThat(streamed).hasSize(4);
                long answered = streamed.values().stream().mapToLong(Score::n).sum();
                long blank = streamed.values().stream().mapToLong(Score::missing).sum();
                assertThat(answered + blank).isEqualTo(20_000);
                assertThat(blank).isBetween(800L, 1200L);
            }
        }
    }

    @Test
    void oneGroupWithoutAGroupColumn() throws Exception {
        Path file = answers();
        MetricDescriptor nps = MetricRegistry.getDefault().find("nps").orElseThrow();
        Map<String, Score> streamed = FileScoring.scoreColumn(file, ExportFormat.detected(), nps, nps.metric(),
                "recommend", null, "all", null, ScoringOptions.defaults());
        Map<String, Score> listed = FileScoring.scoreByGroup(nps.metric(),
                FileScoring.answers(file, ExportFormat.detected(), nps, "recommend", null, "all", null),
                ScoringOptions.defaults());

        assertThat(streamed).containsOnlyKeys("all").isEqualTo(listed);
    }
}
