package org.cxworkbench.store.tests.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.List;

import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.metrics.FollowUpRules;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.imports.SurveyReader;
import org.cxworkbench.imports.SurveyReaders;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.store.AnswerGenerator;
import org.cxworkbench.store.ColumnMapping;
import org.cxworkbench.store.EmbeddedDatabase;
import org.cxworkbench.store.ImportResult;
import org.cxworkbench.store.Importer;
import org.cxworkbench.store.MeasurementPointSpec;
import org.cxworkbench.store.Schema;
import org.cxworkbench.store.internal.FollowUpCreation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the follow-up rules cost an import: a generated export of the retail sample ({@code CXW_BENCH_ROWS} rows,
 * 20,000 by default) imported, then the rules' statement run again alone on the same batch (its follow-ups deleted
 * first) and timed. Prints both figures; checks that the rules made one follow-up per answer in their ranges.
 */
class FollowUpRulesTimingTest {

    @TempDir
    Path dir;

    @Test
    void theRulesStatementTakesASmallShareOfTheImport() throws Exception {
        long rows = Long.parseLong(System.getenv().getOrDefault("CXW_BENCH_ROWS", "20000"));
        Journey journey = JourneyFiles.load(SampleJourneys.copyTo(SampleJourneys.RETAIL_B2C, dir)).journey();
        Path csv = dir.resolve("answers.csv");
        Path mapping = dir.resolve("answers.mapping");
        new AnswerGenerator(journey, new AnswerGenerator.Settings(5, rows, YearMonth.of(2026, 1), 12)).write(csv,
                mapping);
        try (EmbeddedDatabase db = EmbeddedDatabase.open(dir.resolve("db"));
                Connection connection = db.connection()) {
            Schema.migrate(connection);
            var points = MeasurementPointSpec.of(journey, MetricRegistry.getDefault());
            ImportResult result;
            try (SurveyReader reader = SurveyReaders.open(csv)) {
                result = new Importer(connection, journey.getId(), points).run("answers.csv",
                        Importer.contentHash(csv), ColumnMapping.load(mapping), reader, false);
            }
            long created = count(connection, "select count(*) from follow_ups");
            long inRange = count(connection, "select count(*) from answers a where (a.measurement_point_id in ("
                    + ids(journey, "nps") + ") and a.value_num <= 6) or (a.measurement_point_id in ("
                    + ids(journey, "csat") + ") and a.value_num <= 2) or (a.measurement_point_id in ("
                    + ids(journey, "ces5") + ") and a.value_num >= 4) or (a.measurement_point_id in ("
                    + ids(journey, "ces7") + ") and a.value_num <= 2)");
            assertThat(created).isEqualTo(inRange).isPositive();

            List<FollowUpCreation.Trigger> triggers = FollowUpCreation.triggers(points.values().stream()
                    .map(p -> new String[] {p.id(), p.metricId()}).toList(), MetricRegistry.getDefault(),
                    FollowUpRules.all());
            connection.setAutoCommit(false);
            try (Statement st = connection.createStatement()) {
                st.executeUpdate("delete from follow_ups");
            }
            long start = System.nanoTime();
            int again = FollowUpCreation.create(connection, result.batchId(), "x".repeat(64), triggers);
            long rulesMillis = (System.nanoTime() - start) / 1_000_000;
            connection.commit();
            assertThat((long) again).isEqualTo(created);
            System.out.printf("follow-up rules: %d rows, %d answers, %d follow-ups; import %d ms, rules alone %d ms"
                    + " (%.1f %%)%n", rows, result.answersStored(), created, result.elapsed().toMillis(),
                    rulesMillis, 100.0 * rulesMillis / Math.max(1, result.elapsed().toMillis()));
        }
    }

    private static String ids(Journey journey, String metric) {
        return journey.getMeasurementPoints().stream().filter(p -> metric.equals(p.getMetricId()))
                .map(p -> "'" + p.getId() + "'").reduce((a, b) -> a + ", " + b).orElse("''");
    }

    private static long count(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
