package org.cxworkbench.services.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cxworkbench.imports.Sniffer;
import org.cxworkbench.imports.SurveyReader;
import org.cxworkbench.imports.SurveyReaders;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.metrics.ScoringOptions;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.JourneyFactory;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.model.journey.Scale;
import org.cxworkbench.model.journey.Stage;
import org.cxworkbench.model.journey.Touchpoint;
import org.cxworkbench.services.scoring.JourneyScores;
import org.cxworkbench.services.scoring.ScoreBoard;
import org.cxworkbench.services.scoring.ScoreRow;
import org.cxworkbench.services.scoring.ScoreWindow;
import org.cxworkbench.services.store.ResultsStore;
import org.cxworkbench.services.store.StoreAccess;
import org.cxworkbench.services.store.StoreLocation;
import org.cxworkbench.store.AnswerGenerator;
import org.cxworkbench.store.Importer;
import org.cxworkbench.store.MeasurementPointSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the map overlay's refresh costs: {@link ScoreBoard#journey} (every touchpoint and stage, this month and the
 * previous one) on a journey with one measurement point per touchpoint (NPS and CSAT in turn), against the plain SQL
 * {@code GROUP BY} that counts the same answers per point and value for the same two months.
 *
 * <p>By default a small store (100 touchpoints, 5,000 answers) checks that both count the same answers, timing
 * nothing. On demand, with {@code CXW_BENCH_TOUCHPOINTS} and {@code CXW_BENCH_ANSWERS} set (e.g. 1000 and 1000000,
 * see docs/benchmarks.md), it prints the medians: {@code releng/benchmarks/score-board.sh}.
 */
class ScoreBoardBenchmarkTest {

    @TempDir
    Path dir;

    private static int env(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }

    /** 20 stages, {@code count} touchpoints over them, one point on each: NPS 0–10 and CSAT 1–5 in turn. */
    static Journey journey(int count) {
        JourneyFactory f = JourneyFactory.eINSTANCE;
        Journey journey = f.createJourney();
        journey.setId(java.util.UUID.randomUUID().toString());
        journey.setName("Benchmark");
        List<Stage> stages = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Stage stage = f.createStage();
            stage.setId(java.util.UUID.randomUUID().toString());
            stage.setName("Stage " + i);
            journey.getStages().add(stage);
            stages.add(stage);
        }
        for (int i = 0; i < count; i++) {
            Touchpoint touchpoint = f.createTouchpoint();
            touchpoint.setId(java.util.UUID.randomUUID().toString());
            touchpoint.setName("Touchpoint " + i);
            journey.getTouchpoints().add(touchpoint);
            touchpoint.setStage(stages.get(i % stages.size()));
            MeasurementPoint point = f.createMeasurementPoint();
            point.setId(java.util.UUID.randomUUID().toString());
            boolean nps = i % 2 == 0;
            point.setName((nps ? "NPS " : "CSAT ") + i);
            point.setMetricId(nps ? "nps" : "csat");
            Scale scale = f.createScale();
            scale.setMin(nps ? 0 : 1);
            scale.setMax(nps ? 10 : 5);
            point.setScale(scale);
            point.setTargetValue(nps ? 20.0 : 80.0);
            point.setAttachedTo(touchpoint);
            journey.getMeasurementPoints().add(point);
        }
        return journey;
    }

    @Test
    void theJourneysScoresCountWhatThePlainGroupByCounts() throws Exception {
        int touchpoints = env("CXW_BENCH_TOUCHPOINTS", 100);
        int answers = env("CXW_BENCH_ANSWERS", 5_000);
        int rounds = env("CXW_BENCH_ROUNDS", 3);
        Journey journey = journey(touchpoints);
        Path csv = dir.resolve("answers.csv");
        Path mappingFile = dir.resolve("answers.mapping");
        AnswerGenerator generator = new AnswerGenerator(journey, new AnswerGenerator.Settings(1, answers,
                YearMonth.of(2026, 1), 12));
        generator.write(csv, mappingFile);
        StoreLocation location = StoreLocation.folder(dir.resolve("db"));
        long importStart = System.nanoTime();
        try (ResultsStore store = ResultsStore.open(location, StoreAccess.WRITE);
                SurveyReader reader = SurveyReaders.open(csv, new Sniffer())) {
            Map<String, MeasurementPointSpec> points = MeasurementPointSpec.of(journey, MetricRegistry.getDefault());
            new Importer(store.connection(), journey.getId(), points).run("answers.csv", Importer.contentHash(csv),
                    generator.mapping(), reader, false);
        }
        double importSeconds = (System.nanoTime() - importStart) / 1e9;
        Files.deleteIfExists(csv);

        ScoreBoard board = new ScoreBoard(journey, MetricRegistry.getDefault());
        ScoreWindow window = new ScoreWindow(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31),
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), null, ScoringOptions.defaults());
        double[] ours = new double[rounds];
        double[] plain = new double[rounds];
        JourneyScores scores = null;
        long counted = 0;
        long stored;
        try (ResultsStore store = ResultsStore.open(location, StoreAccess.READ)) {
            for (int i = -2; i < rounds; i++) {
                long t0 = System.nanoTime();
                scores = board.journey(store, window, null);
                long t1 = System.nanoTime();
                counted = plainCount(store, window.from(), window.to())
                        + plainCount(store, window.previousFrom(), window.previousTo());
                long t2 = System.nanoTime();
                if (i >= 0) {
                    ours[i] = (t1 - t0) / 1e6;
                    plain[i] = (t2 - t1) / 1e6;
                }
            }
            try (PreparedStatement st = store.connection().prepareStatement("select count(*) from answers");
                    ResultSet rs = st.executeQuery()) {
                rs.next();
                stored = rs.getLong(1);
            }
        }
        long scored = 0;
        long stageScored = 0;
        for (List<ScoreRow> rows : scores.touchpoints().values()) {
            for (ScoreRow row : rows) {
                scored += row.score().n() + (row.previous() == null ? 0 : row.previous().n());
            }
        }
        for (List<ScoreRow> rows : scores.stages().values()) {
            for (ScoreRow row : rows) {
                stageScored += row.score().n() + (row.previous() == null ? 0 : row.previous().n());
            }
        }
        assertThat(scores.touchpoints()).hasSize(touchpoints);
        assertThat(scores.stages()).hasSize(20);
        assertThat(counted).isPositive();
        assertThat(scored).isEqualTo(counted);
        assertThat(stageScored).isEqualTo(counted);
        System.out.println(String.format(Locale.ROOT, "score-board: touchpoints=%d answers_stored=%d import_s=%.1f"
                + " two_months_answers=%d journey_ms=%.1f plain_group_by_ms=%.1f ratio=%.2f rounds=%d", touchpoints,
                stored, importSeconds, counted, median(ours), median(plain), median(ours) / median(plain), rounds));
    }

    /** The answers with a value of the window's points in [from, to], counted per point and value by Derby alone. */
    private static long plainCount(ResultsStore store, LocalDate from, LocalDate to) throws SQLException {
        long total = 0;
        try (PreparedStatement st = store.connection().prepareStatement("select measurement_point_id, value_num,"
                + " count(*), sum(weight) from answers where answered_at >= ? and answered_at < ?"
                + " and value_num is not null group by measurement_point_id, value_num")) {
            st.setTimestamp(1, Timestamp.valueOf(from.atStartOfDay()));
            st.setTimestamp(2, Timestamp.valueOf(to.plusDays(1).atStartOfDay()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    total += rs.getLong(3);
                }
            }
        }
        return total;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
