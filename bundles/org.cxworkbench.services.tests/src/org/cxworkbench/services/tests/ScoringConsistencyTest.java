package org.cxworkbench.services.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import org.cxworkbench.metrics.MetricDescriptor;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.metrics.Score;
import org.cxworkbench.metrics.Scoring;
import org.cxworkbench.metrics.ScoringOptions;
import org.cxworkbench.services.scoring.AnswerFileException;
import org.cxworkbench.services.scoring.ExportFormat;
import org.cxworkbench.services.scoring.FileScoring;
import org.cxworkbench.services.scoring.StoreScores;
import org.cxworkbench.store.EmbeddedDatabase;
import org.cxworkbench.store.ImportResult;
import org.cxworkbench.store.ScoreQuery;
import org.cxworkbench.store.ScoredGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One weighted NPS file scored two ways, with real files and a real Derby store: directly (the file scoring service,
 * as {@code cxw score --file --weight}) and imported, then scored from the store (as {@code cxw score --journey}).
 * Weights, values and blanks are read by the one rule ({@code AnswerValues}), so n, value, se and the interval agree.
 */
class ScoringConsistencyTest {

    @TempDir
    Path dir;

    private static MetricDescriptor nps() {
        return MetricRegistry.getDefault().find("nps").orElseThrow();
    }

    @Test
    void aWeightedFileScoresTheSameDirectlyAndFromTheStore() throws Exception {
        WeightedNpsFixture fixture = new WeightedNpsFixture(dir);
        MetricDescriptor nps = nps();
        Score direct = Scoring.score(nps.metric(), FileScoring.answers(fixture.file, ExportFormat.detected(), nps,
                "recommend", null, "", "weight"), ScoringOptions.defaults());

        List<ScoredGroup> groups;
        try (EmbeddedDatabase store = EmbeddedDatabase.open(dir.resolve("db"));
                Connection connection = store.connection()) {
            ImportResult result = fixture.importInto(connection, fixture.file);
            // the row without an answer is the only one not stored: the import keeps no empty rows
            assertThat(result.rowsStored()).isEqualTo(11);
            assertThat(result.firstRejections().stream().map(r -> r.line()).toList()).containsExactly(7L);
            groups = new StoreScores(fixture.journey, MetricRegistry.getDefault()).score(connection,
                    new ScoreQuery(List.of(), null, null, null, "nps", ScoringOptions.defaults()));
        }
        assertThat(groups).hasSize(1);
        Score stored = groups.get(0).score();

        assertThat(direct.n()).isEqualTo(11);
        assertThat(stored.n()).isEqualTo(direct.n());
        assertThat(stored.value()).isCloseTo(direct.value(), within(1e-9));
        assertThat(stored.standardError()).isCloseTo(direct.standardError(), within(1e-9));
        assertThat(stored.low()).isCloseTo(direct.low(), within(1e-9));
        assertThat(stored.high()).isCloseTo(direct.high(), within(1e-9));
        // weighted, not counted: promoters 1.5 + 1 + 0.75 + 2.5 + 0.8 = 6.55, detractors 2 + 1.25 + 1 + 1 = 5.25 of
        // Σw 13.3 (passives 0.5 + 1): 9.774; unweighted it would be (5 − 4) / 11 = 9.091
        assertThat(direct.value()).isCloseTo(100 * (6.55 - 5.25) / 13.3, within(1e-6));
    }

    @Test
    void aWeightOfZeroIsRefusedByBothWithTheSameReason() throws Exception {
        WeightedNpsFixture fixture = new WeightedNpsFixture(dir);
        Path zero = dir.resolve("zero-weight.csv");
        Files.writeString(zero, "id,time,recommend,weight\nr1,2026-11-02,10,1\nr2,2026-11-02,9,0\n",
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> FileScoring.answers(zero, ExportFormat.detected(), nps(), "recommend", null, "",
                "weight")).isInstanceOfSatisfying(AnswerFileException.class, e -> {
                    assertThat(e.kind()).isEqualTo(AnswerFileException.Kind.BAD_CELL);
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo("weight");
                    assertThat(e.reason()).isEqualTo("a weight must be a number above 0");
                });
        try (EmbeddedDatabase store = EmbeddedDatabase.open(dir.resolve("db"));
                Connection connection = store.connection()) {
            ImportResult result = fixture.importInto(connection, zero);
            assertThat(result.rowsStored()).isEqualTo(1);
            assertThat(result.firstRejections()).singleElement().satisfies(r -> {
                assertThat(r.line()).isEqualTo(3);
                assertThat(r.column()).isEqualTo("weight");
                assertThat(r.reason()).isEqualTo("a weight must be a number above 0");
            });
        }
    }

    @Test
    void aHugeBadCellIsQuotedInALinesLength() throws Exception {
        Path huge = dir.resolve("huge-cell.csv");
        Files.writeString(huge, "id,time,recommend\nr1,2026-11-02,10\nr2,2026-11-02,9" + "x".repeat(200_000) + "\n",
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> FileScoring.answers(huge, ExportFormat.detected(), nps(), "recommend", null, "",
                null)).isInstanceOfSatisfying(AnswerFileException.class, e -> {
                    assertThat(e.kind()).isEqualTo(AnswerFileException.Kind.BAD_CELL);
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.reason()).startsWith("not a number").contains("9xxx").contains("characters");
                    assertThat(e.reason().length()).isLessThanOrEqualTo(600);
                    assertThat(e.getMessage().length()).isLessThan(1000);
                });
    }
}
