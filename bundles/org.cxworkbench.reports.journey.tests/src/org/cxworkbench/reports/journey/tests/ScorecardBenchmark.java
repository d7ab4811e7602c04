package org.cxworkbench.reports.journey.tests;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.reports.ReportFormat;
import org.cxworkbench.reports.ReportRenderer;
import org.cxworkbench.reports.journey.JourneyReports;
import org.cxworkbench.reports.journey.ReportParameters;
import org.cxworkbench.store.EmbeddedDatabase;
import org.cxworkbench.store.Schema;
import org.junit.jupiter.api.Test;

/**
 * The scorecard over a large store: HTML and PDF render time against its anchor, the time of its own SQL plus a
 * BIRT engine start, in the same run. Not a test: it asserts nothing, and its name is not one Surefire runs by
 * default ({@code *Test}); {@code releng/benchmarks/report-scorecard.sh} runs it with {@code -Dtest=ScorecardBenchmark}.
 *
 * <p>System properties: {@code cxw.benchmark.rows} (answers, default 1,000,000), {@code cxw.benchmark.rounds}
 * (default 3), {@code cxw.benchmark.db} (a folder to keep the database in between runs; created when missing).
 */
class ScorecardBenchmark {

    private static final String EMPTY_DESIGN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <report xmlns="http://www.eclipse.org/birt/2005/design" version="3.2.27" id="1">
            <body><label id="2"><text-property name="text">engine start</text-property></label></body></report>
            """;

    @Test
    void scorecardAgainstItsSqlPlusEngineStart() throws Exception {
        long rows = Long.getLong("cxw.benchmark.rows", 1_000_000);
        int rounds = Integer.getInteger("cxw.benchmark.rounds", 3);
        Path dbFolder = Path.of(System.getProperty("cxw.benchmark.db",
                Files.createTempDirectory("cxw-bench").resolve("db").toString()));
        Path work = Files.createTempDirectory("cxw-bench-out");
        Journey journey = Seed.journey(work);
        System.setProperty("derby.stream.error.file", work.resolve("derby.log").toString());
        try (EmbeddedDatabase database = EmbeddedDatabase.open(dbFolder)) {
            try (Connection c = database.connection()) {
                Schema.migrate(c);
                long have = count(c);
                if (have != rows) {
                    long start = System.nanoTime();
                    fill(c, journey, rows);
                    System.out.printf(Locale.ROOT, "BENCH generated %,d answers in %.1f s%n", rows,
                            (System.nanoTime() - start) / 1e9);
                }
            }
            ReportParameters parameters = ReportParameters.defaults();
            List<Double> sql = new ArrayList<>();
            List<Double> engine = new ArrayList<>();
            List<Double> html = new ArrayList<>();
            List<Double> pdf = new ArrayList<>();
            // round 0 warms the JVM (class loading, JIT) and Derby's page cache; it is not counted
            for (int round = 0; round <= rounds; round++) {
                try (Connection c = database.connection()) {
                    double s;
                    try (JourneyReports reports = new JourneyReports()) {
                        long t0 = System.nanoTime();
                        reports.prepare("scorecard", journey, c, parameters);
                        s = (System.nanoTime() - t0) / 1e9;
                    }
                    long t1 = System.nanoTime();
                    try (ReportRenderer renderer = new ReportRenderer(database::connection)) {
                        renderer.render("empty.rptdesign",
                                new ByteArrayInputStream(EMPTY_DESIGN.getBytes(StandardCharsets.UTF_8)), Map.of(),
                                Locale.ENGLISH, ReportFormat.HTML, OutputStream.nullOutputStream());
                    }
                    double e = (System.nanoTime() - t1) / 1e9;
                    double h = renderOnce(journey, c, parameters, ReportFormat.HTML, work.resolve("scorecard.html"));
                    double p = renderOnce(journey, c, parameters, ReportFormat.PDF, work.resolve("scorecard.pdf"));
                    System.out.printf(Locale.ROOT, "BENCH round %d: sql %.2f s, engine start %.2f s, html %.2f s,"
                            + " pdf %.2f s%n", round, s, e, h, p);
                    if (round > 0) {
                        sql.add(s);
                        engine.add(e);
                        html.add(h);
                        pdf.add(p);
                    }
                }
            }
            double anchor = median(sql) + median(engine);
            System.out.printf(Locale.ROOT, "BENCH %,d answers, median of %d rounds: sql %.2f s + engine start %.2f s"
                    + " = anchor %.2f s; html %.2f s (%.2fx), pdf %.2f s (%.2fx); goal <= 1.5x%n", rows, rounds,
                    median(sql), median(engine), anchor, median(html), median(html) / anchor, median(pdf),
                    median(pdf) / anchor);
            System.out.println("BENCH output: " + work);
        }
    }

    /** A whole scorecard as a caller does it: a new engine, the scores, the render. */
    private static double renderOnce(Journey journey, Connection c, ReportParameters parameters, ReportFormat format,
            Path out) throws Exception {
        long t0 = System.nanoTime();
        try (JourneyReports reports = new JourneyReports()) {
            reports.render("scorecard", journey, c, parameters, format, out);
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static long count(Connection c) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select count(*) from answers")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Deterministic answers to every measurement point of the journey over the 12 months up to 2026-11-30, in the
     * store's tables (straight JDBC batches: this is the report's benchmark, not the import's).
     */
    private static void fill(Connection c, Journey journey, long rows) throws Exception {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("delete from follow_ups");
            st.executeUpdate("delete from answers");
            st.executeUpdate("delete from respondents");
            st.executeUpdate("delete from import_batches");
        }
        c.setAutoCommit(false);
        long batch;
        try (PreparedStatement st = c.prepareStatement("insert into import_batches (file_name, content_hash,"
                + " started_at, state) values ('benchmark', '" + "0".repeat(64) + "', current_timestamp, 'done')",
                Statement.RETURN_GENERATED_KEYS)) {
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                batch = keys.getLong(1);
            }
        }
        List<MeasurementPoint> points = new ArrayList<>(journey.getMeasurementPoints());
        String[] segments = {"Current customers", "Lapsed customers", "Prospects"};
        String[] channels = {"Web", "Store", "Email", "Phone", "Chat"};
        SplittableRandom random = new SplittableRandom(20261127);
        LocalDateTime start = LocalDateTime.of(2025, 12, 1, 0, 0);
        long minutes = java.time.Duration.between(start, LocalDateTime.of(2026, 12, 1, 0, 0)).toMinutes();
        try (PreparedStatement respondent = c.prepareStatement("insert into respondents (respondent_key, batch_id,"
                + " segment) values (?, ?, ?)");
                PreparedStatement answer = c.prepareStatement("insert into answers (measurement_point_id,"
                        + " respondent_key, answered_at, channel, value_num, value_text, language, weight, batch_id,"
                        + " source_file, source_line) values (?, ?, ?, ?, ?, ?, ?, 1, ?, 'benchmark', ?)")) {
            for (long i = 0; i < rows; i++) {
                String key = "b" + i;
                respondent.setString(1, key);
                respondent.setLong(2, batch);
                respondent.setString(3, segments[random.nextInt(segments.length)]);
                respondent.addBatch();
                MeasurementPoint point = points.get(random.nextInt(points.size()));
                answer.setString(1, point.getId());
                answer.setString(2, key);
                answer.setTimestamp(3, Timestamp.valueOf(start.plusMinutes(random.nextLong(minutes))));
                answer.setString(4, channels[random.nextInt(channels.length)]);
                answer.setDouble(5, value(point.getMetricId(), random));
                answer.setString(6, random.nextInt(50) == 0 ? "kommentti " + i : null);
                answer.setString(7, "fi");
                answer.setLong(8, batch);
                answer.setLong(9, i + 2);
                answer.addBatch();
                if (i % 1000 == 999) {
                    respondent.executeBatch();
                    answer.executeBatch();
                }
                if (i % 100_000 == 99_999) {
                    c.commit();
                }
            }
            respondent.executeBatch();
            answer.executeBatch();
        }
        c.commit();
        c.setAutoCommit(true);
    }

    private static double value(String metric, SplittableRandom random) {
        return switch (metric) {
            case "nps" -> random.nextInt(11);
            case "csat", "ces5" -> 1 + random.nextInt(5);
            case "ces7" -> 1 + random.nextInt(7);
            case "mystery" -> random.nextInt(101);
            default -> random.nextInt(2);
        };
    }
}
