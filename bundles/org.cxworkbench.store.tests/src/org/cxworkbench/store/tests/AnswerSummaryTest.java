package org.cxworkbench.store.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.imports.SurveyReader;
import org.cxworkbench.imports.SurveyReaders;
import org.cxworkbench.metrics.AnswerType;
import org.cxworkbench.metrics.MetricDescriptor;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.JourneyFactory;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.model.journey.Scale;
import org.cxworkbench.model.journey.Touchpoint;
import org.cxworkbench.store.AnswerGenerator;
import org.cxworkbench.store.ColumnMapping;
import org.cxworkbench.store.Dimension;
import org.cxworkbench.store.EmbeddedDatabase;
import org.cxworkbench.store.ImportCancelledException;
import org.cxworkbench.store.ImportProgress;
import org.cxworkbench.store.ImportResult;
import org.cxworkbench.store.Importer;
import org.cxworkbench.store.MeasurementPointSpec;
import org.cxworkbench.store.Schema;
import org.cxworkbench.store.ScoreQuery;
import org.cxworkbench.store.ScoredGroup;
import org.cxworkbench.store.StoreMaintenance;
import org.cxworkbench.store.StoreScoring;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The answer summary (schema step 7, issue 15): scoring from it gives exactly, to the last bit, what scoring the
 * answers gives, for every installed metric; and every import, forced re-import, cancelled import and the
 * migration leave it equal to a recount of the answers.
 */
class AnswerSummaryTest {

    @TempDir
    Path dir;

    private EmbeddedDatabase db;
    private Connection connection;
    private Journey journey;

    @BeforeEach
    void open() throws Exception {
        db = EmbeddedDatabase.open(dir.resolve("db"));
        connection = db.connection();
        Schema.migrate(connection);
        journey = JourneyFiles.load(SampleJourneys.copyTo(SampleJourneys.RETAIL_B2C, dir.resolve("journeys")))
                .journey();
        // every installed metric on some measurement point, with a scale the generator answers within and the
        // metric accepts (whole numbers; 0 and 1 for yes/no), so that each is scored both ways
        List<MetricDescriptor> metrics = MetricRegistry.getDefault().descriptors();
        List<MeasurementPoint> points = journey.getMeasurementPoints();
        // the sample has fewer points than there are metrics: more, on its touchpoints in turn (fixed ids)
        List<Touchpoint> touchpoints = journey.getTouchpoints();
        while (points.size() < 2 * metrics.size()) {
            MeasurementPoint extra = JourneyFactory.eINSTANCE.createMeasurementPoint();
            extra.setId(UUID.nameUUIDFromBytes(("summary-test-point-" + points.size())
                    .getBytes(StandardCharsets.UTF_8)).toString());
            extra.setName("Extra point " + points.size());
            extra.setAttachedTo(touchpoints.get(points.size() % touchpoints.size()));
            points.add(extra);
        }
        for (int i = 0; i < points.size(); i++) {
            MetricDescriptor metric = metrics.get(i % metrics.size());
            points.get(i).setMetricId(metric.id());
            boolean yesNo = metric.answerType() == AnswerType.YES_NO;
            double min = yesNo ? 0 : metric.scaleMin();
            double max = yesNo ? 1 : metric.scaleMax();
            if (!(max > min) || Double.isInfinite(max - min)) {
                min = 0;
                max = 100;
            }
            Scale scale = JourneyFactory.eINSTANCE.createScale();
            scale.setMin((int) Math.ceil(min));
            scale.setMax((int) Math.floor(max));
            points.get(i).setScale(scale);
        }
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
        db.close();
    }

    /** Generates {@code rows} answers over {@code months} months from {@code first} and imports them. */
    private ImportResult importGenerated(long seed, long rows, YearMonth first, int months, boolean force,
            ImportProgress progress) throws Exception {
        Path csv = dir.resolve("answers-" + seed + ".csv");
        Path mapping = dir.resolve("answers-" + seed + ".mapping");
        new AnswerGenerator(journey, new AnswerGenerator.Settings(seed, rows, first, months)).write(csv, mapping);
        try (SurveyReader reader = SurveyReaders.open(csv)) {
            return new Importer(connection, MeasurementPointSpec.of(journey, MetricRegistry.getDefault()))
                    .progress(progress).run(csv.getFileName().toString(), Importer.contentHash(csv),
                            ColumnMapping.load(mapping), reader, force);
        }
    }

    /** The summary's rows, sorted, as text: exact decimals and counts. */
    private List<String> summaryRows() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("select measurement_point_id, period_month, segment, value_num,"
                        + " answers, weight_sum, weight_square_sum from answer_summary order by 1, 2, 3, 4")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + rs.getObject(2) + "|" + rs.getString(3) + "|" + rs.getObject(4)
                        + "|" + rs.getLong(5) + "|" + rs.getBigDecimal(6).toPlainString() + "|"
                        + rs.getBigDecimal(7).toPlainString());
            }
        }
        return rows;
    }

    /** The summary as it is, against a recount from the answers; the recount is rolled back. */
    private void assertSummaryIsARecount() throws Exception {
        List<String> kept = summaryRows();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            StoreMaintenance.recountSummary(connection);
            assertThat(kept).as("the summary the imports kept").isEqualTo(summaryRows());
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    private static long answers(Connection connection, String table) throws Exception {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void everyMetricScoresExactlyTheSameFromTheSummaryAsFromTheAnswers() throws Exception {
        ImportResult result = importGenerated(2026, 4000, YearMonth.of(2026, 3), 6, false, ImportProgress.NONE);
        assertThat(result.answersStored()).isGreaterThan(1000);
        StoreScoring summary = new StoreScoring(journey, MetricRegistry.getDefault());
        StoreScoring scan = new StoreScoring(journey, MetricRegistry.getDefault()).useSummary(false);
        assertThat(summary.problems()).isEmpty();

        List<List<Dimension>> groupings = List.of(List.of(), List.of(Dimension.MEASUREMENT_POINT),
                List.of(Dimension.TOUCHPOINT), List.of(Dimension.STAGE), List.of(Dimension.SEGMENT),
                List.of(Dimension.MONTH), List.of(Dimension.QUARTER), List.of(Dimension.TOUCHPOINT, Dimension.MONTH),
                List.of(Dimension.STAGE, Dimension.SEGMENT), List.of(Dimension.SEGMENT, Dimension.QUARTER,
                        Dimension.MEASUREMENT_POINT));
        List<ScoreQuery> ranges = List.of(ScoreQuery.of(), ScoreQuery.of().from(LocalDate.of(2026, 4, 1))
                .to(LocalDate.of(2026, 6, 30)), ScoreQuery.of().period(Dimension.MONTH, LocalDate.of(2026, 8, 14)),
                ScoreQuery.of().to(LocalDate.of(2026, 5, 31)).segment("Current customers"));
        int compared = 0;
        for (ScoreQuery range : ranges) {
            for (List<Dimension> by : groupings) {
                ScoreQuery query = range.withBy(by);
                List<ScoredGroup> fromAnswers = scan.score(connection, query);
                List<ScoredGroup> fromSummary = summary.score(connection, query);
                assertThat(fromAnswers).as("groups of %s", query).isNotEmpty();
                // records: every figure (value, n, effective n, missing, standard error, interval, counts,
                // secondary figures) compared exactly, doubles by their bits
                assertThat(fromSummary).as("scores of %s", query).isEqualTo(fromAnswers);
                compared += fromAnswers.size();
            }
        }
        // every metric was scored and has figures with an interval somewhere
        List<ScoredGroup> byPoint = scan.score(connection, ScoreQuery.of(Dimension.MEASUREMENT_POINT));
        List<String> scoredMetrics = byPoint.stream().map(ScoredGroup::metricId).distinct().toList();
        // those read from the summary: whole numbers on a short scale, or yes/no; and some scanned ones besides
        List<String> valueBased = MetricRegistry.getDefault().descriptors().stream()
                .filter(d -> d.answerType() == AnswerType.YES_NO || d.answerType() == AnswerType.INTEGER
                        && d.scaleMax() - d.scaleMin() <= 100)
                .map(MetricDescriptor::id).toList();
        assertThat(valueBased).contains("nps", "csat", "churn");
        assertThat(scoredMetrics).containsAll(valueBased).hasSizeGreaterThan(valueBased.size());
        assertThat(byPoint).anySatisfy(g -> assertThat(g.score().hasInterval()).isTrue());
        assertThat(compared).isGreaterThan(500);

        // the summary is really what is read: emptied, the summary scoring finds nothing, the scan still does
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("delete from answer_summary");
        }
        ScoreQuery months = ScoreQuery.of(Dimension.MONTH).metric("nps");
        assertThat(summary.score(connection, months)).isEmpty();
        assertThat(scan.score(connection, months)).isNotEmpty();
        // what the summary cannot answer is scanned: a week, a channel, a range that is not whole months
        assertThat(summary.score(connection, ScoreQuery.of(Dimension.CHANNEL).metric("nps"))).isNotEmpty();
        assertThat(summary.score(connection, ScoreQuery.of().from(LocalDate.of(2026, 4, 2)).metric("nps")))
                .isNotEmpty();
    }

    @Test
    void scoringSeveralGroupingsAtOnceEqualsScoringEachAlone() throws Exception {
        importGenerated(7, 1500, YearMonth.of(2026, 9), 3, false, ImportProgress.NONE);
        for (boolean useSummary : new boolean[] {true, false}) {
            StoreScoring scoring = new StoreScoring(journey, MetricRegistry.getDefault()).useSummary(useSummary);
            ScoreQuery november = ScoreQuery.of().period(Dimension.MONTH, LocalDate.of(2026, 11, 1));
            List<List<ScoredGroup>> both = scoring.scoreEach(connection, november, List.of(
                    List.of(Dimension.TOUCHPOINT), List.of(Dimension.STAGE)));
            assertThat(both.get(0)).isNotEmpty().isEqualTo(scoring.score(connection, november.withBy(List.of(
                    Dimension.TOUCHPOINT))));
            assertThat(both.get(1)).isNotEmpty().isEqualTo(scoring.score(connection, november.withBy(List.of(
                    Dimension.STAGE))));
        }
    }

    @Test
    void importsAndForcedReimportsKeepTheSummaryEqualToARecount() throws Exception {
        assertThat(summaryRows()).isEmpty();
        importGenerated(1, 1200, YearMonth.of(2026, 1), 4, false, ImportProgress.NONE);
        assertThat(summaryRows()).isNotEmpty();
        assertSummaryIsARecount();
        // a later file overlapping two months and adding two
        importGenerated(2, 800, YearMonth.of(2026, 3), 4, false, ImportProgress.NONE);
        assertSummaryIsARecount();
        long before = answers(connection, "answers");
        // forced: the first file's answers are deleted and stored again
        importGenerated(1, 1200, YearMonth.of(2026, 1), 4, true, ImportProgress.NONE);
        assertThat(answers(connection, "answers")).isEqualTo(before);
        assertSummaryIsARecount();
        // the summary's counts add up to the answers
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("select sum(answers) from answer_summary")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(before);
        }
    }

    @Test
    void aCancelledImportLeavesTheSummaryAsItWas() throws Exception {
        importGenerated(3, 600, YearMonth.of(2026, 5), 2, false, ImportProgress.NONE);
        List<String> before = summaryRows();
        AtomicLong asked = new AtomicLong();
        ImportProgress cancelLate = new ImportProgress() {
            @Override
            public void rows(long read, long stored, long rejected) {
            }

            @Override
            public boolean cancelled() {
                // late: once the file was read, while the answers are loaded or the summary is counted
                return asked.incrementAndGet() > 3;
            }
        };
        assertThatThrownBy(() -> importGenerated(4, 1500, YearMonth.of(2026, 5), 3, false, cancelLate))
                .isInstanceOf(ImportCancelledException.class);
        assertThat(summaryRows()).isEqualTo(before);
        assertSummaryIsARecount();
    }

    @Test
    void stepSevenCountsTheAnswersStoredBeforeIt() throws Exception {
        importGenerated(5, 900, YearMonth.of(2026, 2), 3, false, ImportProgress.NONE);
        List<String> kept = summaryRows();
        assertThat(kept).isNotEmpty();
        // back to version 6, as a store of the previous release is
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("drop table answer_summary");
            st.executeUpdate("delete from schema_version where version = 7");
        }
        assertThat(Schema.version(connection)).isEqualTo(6);
        assertThat(Schema.migrate(connection)).isEqualTo(7);
        assertThat(summaryRows()).isEqualTo(kept);
    }
}
