package org.cxworkbench.reports.journey.tests;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.imports.SurveyReader;
import org.cxworkbench.imports.SurveyReaders;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.reports.ReportFormat;
import org.cxworkbench.reports.ReportRenderer;
import org.cxworkbench.reports.journey.JourneyReports;
import org.cxworkbench.reports.journey.ReportParameters;
import org.cxworkbench.store.AnswerGenerator;
import org.cxworkbench.store.EmbeddedDatabase;
import org.cxworkbench.store.ImportResult;
import org.cxworkbench.store.Importer;
import org.cxworkbench.store.MeasurementPointSpec;
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
                // a kept database is reused when it holds the rows of a generation of this size
                if (Math.abs(count(c) - rows) > rows / 500 + 10) {
                    fill(c, journey, rows, work);
                }
                System.out.printf(Locale.ROOT, "BENCH store holds %,d answers%n", count(c));
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
     * The store's generator writes the answers (a CSV export with comments, weights, segments and a few bad rows),
     * and the importer stores them, as {@code cxw generate} and {@code cxw import} would.
     */
    private static void fill(Connection c, Journey journey, long rows, Path work) throws Exception {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("delete from follow_ups");
            st.executeUpdate("delete from rejected_rows");
            st.executeUpdate("delete from answers");
            st.executeUpdate("delete from respondents");
            st.executeUpdate("delete from import_batches");
        }
        AnswerGenerator generator = new AnswerGenerator(journey,
                new AnswerGenerator.Settings(20261127, rows, YearMonth.of(2025, 12), 12));
        Path csv = work.resolve("answers.csv");
        long t0 = System.nanoTime();
        AnswerGenerator.Result generated = generator.write(csv, work.resolve("answers.mapping"));
        long t1 = System.nanoTime();
        ImportResult imported;
        try (SurveyReader reader = SurveyReaders.csv(csv, StandardCharsets.UTF_8, ',')) {
            imported = new Importer(c, MeasurementPointSpec.of(journey, MetricRegistry.getDefault())).run(
                    "answers.csv", Importer.contentHash(csv), generator.mapping(), reader, true);
        }
        System.out.printf(Locale.ROOT, "BENCH generated %,d rows in %.1f s, imported %,d (%,d rejected) in %.1f s%n",
                generated.rows(), (t1 - t0) / 1e9, imported.rowsStored(), imported.rowsRejected(),
                (System.nanoTime() - t1) / 1e9);
        Files.deleteIfExists(csv);
    }
}
