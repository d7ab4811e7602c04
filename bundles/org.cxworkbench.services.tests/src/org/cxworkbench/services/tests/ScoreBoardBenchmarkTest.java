package org.cxworkbench.services.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;

import org.cxworkbench.imports.SurveyRow;
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
import org.cxworkbench.store.ColumnMapping;
import org.cxworkbench.store.Dimension;
import org.cxworkbench.store.ImportResult;
import org.cxworkbench.store.Importer;
import org.cxworkbench.store.MeasurementPointSpec;
import org.cxworkbench.store.ScoreQuery;
import org.cxworkbench.store.ScoredGroup;
import org.cxworkbench.store.StoreScoring;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the map overlay's refresh costs: {@link ScoreBoard#journey} (every touchpoint and stage, this month and the
 * previous one) on a journey with one measurement point per touchpoint (NPS and CSAT in turn), against the plain SQL
 * {@code GROUP BY} that counts the same answers per point and value for the same two months.
 *
 * <p>By default a small store (100 touchpoints, 5,000 answers) checks that both count the same answers (its times
 * mean little). On demand, with {@code CXW_BENCH_TOUCHPOINTS} and {@code CXW_BENCH_ANSWERS} set (or the system
 * properties {@code cxw.bench.touchpoints}, {@code cxw.bench.answers}; e.g. 1000 and 1000000, see
 * docs/benchmarks.md), it prints the medians: {@code releng/benchmarks/score-board.sh}. The store is filled from rows
 * made in memory, through the {@link Importer}, without a file; the importer keeps the answer summary (schema step
 * 7), which the refresh reads. Each round also scores both months from the summary and from the answers
 * ({@link StoreScoring#useSummary(boolean)} off) and checks that the two give exactly the same groups.
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

    /**
     * One answer per row, for one measurement point drawn at random, at a random second of 2026, with a weight
     * between 0.5 and 2: the rows the importer stores, made in memory (no file: a CSV with an answer and a comment
     * column per point is 2 GB at full size). {@code expected} counts, as the rows are made, the answers per month.
     */
    static final class Answers implements Iterable<SurveyRow> {
        static final String RESPONDENT = "respondent", TIME = "time", WEIGHT = "weight";
        private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss",
                Locale.ROOT);
        private final List<MeasurementPoint> points;
        private final int count;
        final long[] perMonth = new long[13];

        Answers(Journey journey, int count) {
            this.points = List.copyOf(journey.getMeasurementPoints());
            this.count = count;
        }

        static String column(int point) {
            return "answer " + point;
        }

        ColumnMapping mapping() {
            Map<String, String> answers = new LinkedHashMap<>();
            for (int i = 0; i < points.size(); i++) {
                answers.put(column(i), points.get(i).getId());
            }
            Map<String, String> roles = new LinkedHashMap<>();
            roles.put(ColumnMapping.RESPONDENT, RESPONDENT);
            roles.put(ColumnMapping.TIME, TIME);
            roles.put(ColumnMapping.WEIGHT, WEIGHT);
            return new ColumnMapping(answers, Map.of(), roles);
        }

        @Override
        public Iterator<SurveyRow> iterator() {
            Arrays.fill(perMonth, 0);
            Random random = new Random(1);
            LocalDateTime start = LocalDateTime.of(2026, 1, 1, 0, 0);
            int yearSeconds = 365 * 24 * 3600;
            return new Iterator<>() {
                private int made;

                @Override
                public boolean hasNext() {
                    return made < count;
                }

                @Override
                public SurveyRow next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    int point = random.nextInt(points.size());
                    boolean nps = "nps".equals(points.get(point).getMetricId());
                    // skewed towards the top of the scale, as satisfaction answers are
                    int value = nps ? Math.min(10, (int) Math.round(10 - Math.abs(random.nextGaussian() * 3)))
                            : Math.min(5, (int) Math.round(5 - Math.abs(random.nextGaussian() * 1.5)));
                    value = Math.max(nps ? 0 : 1, value);
                    LocalDateTime time = start.plusSeconds(random.nextInt(yearSeconds));
                    perMonth[time.getMonthValue()]++;
                    Map<String, String> cells = new LinkedHashMap<>();
                    cells.put(RESPONDENT, "R" + made);
                    cells.put(TIME, FORMAT.format(time));
                    cells.put(WEIGHT, String.format(Locale.ROOT, "%.2f", 0.5 + 1.5 * random.nextDouble()));
                    cells.put(column(point), Integer.toString(value));
                    made++;
                    return new SurveyRow(made + 1L, cells);
                }
            };
        }
    }

    private static int setting(String property, String variable, int fallback) {
        String value = System.getProperty(property);
        return value == null || value.isBlank() ? env(variable, fallback) : Integer.parseInt(value.strip());
    }

    @Test
    void theJourneysScoresCountWhatThePlainGroupByCounts() throws Exception {
        int touchpoints = setting("cxw.bench.touchpoints", "CXW_BENCH_TOUCHPOINTS", 100);
        int answers = setting("cxw.bench.answers", "CXW_BENCH_ANSWERS", 5_000);
        int rounds = setting("cxw.bench.rounds", "CXW_BENCH_ROUNDS", 3);
        Journey journey = journey(touchpoints);
        Answers rows = new Answers(journey, answers);
        StoreLocation location = StoreLocation.folder(dir.resolve("db"));
        long importStart = System.nanoTime();
        ImportResult imported;
        try (ResultsStore store = ResultsStore.open(location, StoreAccess.WRITE)) {
            Map<String, MeasurementPointSpec> points = MeasurementPointSpec.of(journey, MetricRegistry.getDefault());
            imported = new Importer(store.connection(), journey.getId(), points).run("generated", "bench-"
                    + touchpoints + "-" + answers, rows.mapping(), rows, false);
        }
        double importSeconds = (System.nanoTime() - importStart) / 1e9;

        ScoreBoard board = new ScoreBoard(journey, MetricRegistry.getDefault());
        StoreScoring summary = new StoreScoring(journey, MetricRegistry.getDefault());
        StoreScoring scan = new StoreScoring(journey, MetricRegistry.getDefault()).useSummary(false);
        ScoreWindow window = new ScoreWindow(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31),
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), null, ScoringOptions.defaults());
        // what ScoreBoard.journey asks StoreScoring: touchpoints and stages of one month from one read; this, previous
        List<List<Dimension>> groupings = List.of(List.of(Dimension.TOUCHPOINT), List.of(Dimension.STAGE));
        List<ScoreQuery> months = List.of(
                new ScoreQuery(List.of(), window.from(), window.to(), null, null, window.options()),
                new ScoreQuery(List.of(), window.previousFrom(), window.previousTo(), null, null, window.options()));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ours = new double[rounds];
        double[] oursCpu = new double[rounds];
        double[] plain = new double[rounds];
        double[][] fromSummary = new double[2][rounds];
        double[][] fromAnswers = new double[2][rounds];
        double[][] plainEach = new double[2][rounds];
        JourneyScores scores = null;
        long counted = 0;
        long stored;
        long summaryRows;
        try (ResultsStore store = ResultsStore.open(location, StoreAccess.READ)) {
            for (int i = -2; i < rounds; i++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                scores = board.journey(store, window, null);
                long t1 = System.nanoTime();
                long c1 = threads.getCurrentThreadCpuTime();
                long december = plainCount(store, window.from(), window.to());
                long t2 = System.nanoTime();
                long november = plainCount(store, window.previousFrom(), window.previousTo());
                long t3 = System.nanoTime();
                counted = december + november;
                for (int m = 0; m < months.size(); m++) {
                    long q0 = System.nanoTime();
                    List<List<ScoredGroup>> a = summary.scoreEach(store.connection(), months.get(m), groupings);
                    long q1 = System.nanoTime();
                    List<List<ScoredGroup>> b = scan.scoreEach(store.connection(), months.get(m), groupings);
                    long q2 = System.nanoTime();
                    // the summary's figures are the answers' figures, to the bit
                    assertThat(a).isEqualTo(b);
                    if (i >= 0) {
                        fromSummary[m][i] = (q1 - q0) / 1e6;
                        fromAnswers[m][i] = (q2 - q1) / 1e6;
                    }
                }
                if (i >= 0) {
                    ours[i] = (t1 - t0) / 1e6;
                    oursCpu[i] = (c1 - c0) / 1e6;
                    plain[i] = (t3 - t1) / 1e6;
                    plainEach[0][i] = (t2 - t1) / 1e6;
                    plainEach[1][i] = (t3 - t2) / 1e6;
                }
            }
            try (PreparedStatement st = store.connection().prepareStatement("select count(*) from answers");
                    ResultSet rs = st.executeQuery()) {
                rs.next();
                stored = rs.getLong(1);
            }
            try (PreparedStatement st = store.connection().prepareStatement("select count(*) from answer_summary");
                    ResultSet rs = st.executeQuery()) {
                rs.next();
                summaryRows = rs.getLong(1);
            }
        }
        long scored = 0;
        long stageScored = 0;
        for (List<ScoreRow> list : scores.touchpoints().values()) {
            for (ScoreRow row : list) {
                scored += row.score().n() + (row.previous() == null ? 0 : row.previous().n());
            }
        }
        for (List<ScoreRow> list : scores.stages().values()) {
            for (ScoreRow row : list) {
                stageScored += row.score().n() + (row.previous() == null ? 0 : row.previous().n());
            }
        }
        assertThat(imported.rowsRejected()).isZero();
        assertThat(imported.answersStored()).isEqualTo(answers);
        assertThat(stored).isEqualTo(answers);
        assertThat(scores.touchpoints()).hasSize(touchpoints);
        assertThat(scores.stages()).hasSize(20);
        // the generator's own count of the answers it dated in November and December
        assertThat(counted).isPositive().isEqualTo(rows.perMonth[11] + rows.perMonth[12]);
        assertThat(scored).isEqualTo(counted);
        assertThat(stageScored).isEqualTo(counted);
        double scanRefresh = median(fromAnswers[0]) + median(fromAnswers[1]);
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "score-board: touchpoints=%d"
                + " answers_stored=%d import_s=%.1f summary_rows=%d two_months_answers=%d journey_ms=%.1f"
                + " journey_cpu_ms=%.1f plain_group_by_ms=%.1f ratio=%.3f goal_0.2s=%s rounds=%d", touchpoints,
                stored, importSeconds, summaryRows, counted, median(ours), median(oursCpu), median(plain),
                median(ours) / median(plain), median(ours) < 200 ? "met" : "missed", rounds));
        line.append(String.format(Locale.ROOT, "%nscore-board-queries: summary_dec_ms=%.1f summary_nov_ms=%.1f"
                + " answers_dec_ms=%.1f answers_nov_ms=%.1f plain_dec_ms=%.1f plain_nov_ms=%.1f"
                + " answers_two_months_ms=%.1f", median(fromSummary[0]), median(fromSummary[1]),
                median(fromAnswers[0]), median(fromAnswers[1]), median(plainEach[0]), median(plainEach[1]),
                scanRefresh));
        line.append(String.format(Locale.ROOT, "%nscore-board-process: peak_rss_mb=%d load=%s cores=%d",
                peakRssKb() / 1024, loadAverage(), Runtime.getRuntime().availableProcessors()));
        System.out.println(line);
    }

    /** The process's peak resident set (VmHWM), in kB; 0 where /proc is not there. */
    private static long peakRssKb() {
        try {
            for (String l : java.nio.file.Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmHWM:")) {
                    return Long.parseLong(l.replaceAll("[^0-9]", ""));
                }
            }
        } catch (java.io.IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    private static String loadAverage() {
        try {
            String[] parts = java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + "/" + parts[1] + "/" + parts[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
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
