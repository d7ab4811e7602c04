package org.cxworkbench.store.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.metrics.Metric;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.metrics.Score;
import org.cxworkbench.metrics.Scoring;
import org.cxworkbench.metrics.ScoringOptions;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.store.Dimension;
import org.cxworkbench.store.EmbeddedDatabase;
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
 * A metric whose buckets depend on a parameter (the example plug-in's {@code within-target}: the share of handling
 * times at or under {@code --param target} minutes), scored in SQL by the store: the store sorts the answers into the
 * two buckets the parameter makes, and gets the same score as scoring the same answers in memory, and as by hand.
 */
class ParameterisedStoreScoringTest {

    // the retail sample's CSAT point on the touchpoint Customer service chat, turned into a handling-time point
    private static final String POINT = "b5a420cd-f87c-4f55-a0aa-bb9bde4d8812";

    // minutes and survey weights; at or under 10: 3, 8, 10, 4.5, 9.99; at or under 12 also 10.5 and 12
    private static final double[] MINUTES = {3, 8, 10, 10.5, 12, 15, 30, 4.5, 9.99, 61};
    private static final double[] WEIGHTS = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    private static final double[] SKEWED = {2, 0.5, 1, 1.5, 1, 1, 3, 1, 0.25, 1};

    @TempDir
    Path dir;

    private EmbeddedDatabase db;
    private Connection connection;
    private long batch;
    private int respondents;

    @BeforeEach
    void open() throws Exception {
        db = EmbeddedDatabase.open(dir.resolve("db"));
        connection = db.connection();
        Schema.migrate(connection);
        try (PreparedStatement st = connection.prepareStatement("insert into import_batches (file_name,"
                + " content_hash, started_at, state) values ('seed', ?, ?, 'done')", new String[] {"ID"})) {
            st.setString(1, "0".repeat(64));
            st.setTimestamp(2, Timestamp.valueOf(LocalDateTime.of(2026, 11, 27, 9, 0)));
            st.executeUpdate();
            try (var keys = st.getGeneratedKeys()) {
                keys.next();
                batch = keys.getLong(1);
            }
        }
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
        db.close();
    }

    private StoreScoring scoring() throws Exception {
        Journey journey = JourneyFiles.load(SampleJourneys.copyTo(SampleJourneys.RETAIL_B2C, dir.resolve("j")))
                .journey();
        MeasurementPoint point = journey.getMeasurementPoints().stream().filter(p -> p.getId().equals(POINT))
                .findFirst().orElseThrow();
        point.setMetricId("within-target");
        return new StoreScoring(journey, MetricRegistry.getDefault());
    }

    private void seed(double[] minutes, double[] weights, String month) throws Exception {
        for (int i = 0; i < minutes.length; i++) {
            String key = "r" + ++respondents;
            try (PreparedStatement r = connection.prepareStatement(
                    "insert into respondents (respondent_key, batch_id, segment) values (?, ?, 'Current customers')");
                    PreparedStatement a = connection.prepareStatement("insert into answers (measurement_point_id,"
                            + " respondent_key, answered_at, channel, value_num, weight, batch_id, source_file,"
                            + " source_line) values (?, ?, ?, 'Chat', ?, ?, ?, 'seed', ?)")) {
                r.setString(1, key);
                r.setLong(2, batch);
                r.executeUpdate();
                a.setString(1, POINT);
                a.setString(2, key);
                a.setTimestamp(3, Timestamp.valueOf(LocalDateTime.parse(month + "-1" + i % 10 + "T10:00")));
                a.setDouble(4, minutes[i]);
                a.setDouble(5, weights[i]);
                a.setLong(6, batch);
                a.setLong(7, respondents);
                a.executeUpdate();
            }
        }
        // seeded by SQL, not by the importer: the summary is recounted as the importer would keep it
        StoreMaintenance.recountSummary(connection);
    }

    private static ScoredGroup only(List<ScoredGroup> groups) {
        List<ScoredGroup> of = groups.stream().filter(g -> g.metricId().equals("within-target")).toList();
        assertThat(of).hasSize(1);
        return of.get(0);
    }

    private static Score inMemory(double[] minutes, double[] weights, ScoringOptions options) {
        List<Scoring.Answer> answers = new ArrayList<>();
        for (int i = 0; i < minutes.length; i++) {
            answers.add(new Scoring.Answer(minutes[i], weights[i], ""));
        }
        Metric metric = MetricRegistry.getDefault().find("within-target").orElseThrow().metric();
        return Scoring.score(metric, answers, options);
    }

    private static void assertSame(Score sql, Score memory) {
        assertThat(sql.n()).isEqualTo(memory.n());
        assertThat(sql.counts()).isEqualTo(memory.counts());
        for (double[] pair : new double[][] {{sql.value(), memory.value()},
                {sql.standardError(), memory.standardError()}, {sql.low(), memory.low()},
                {sql.high(), memory.high()}, {sql.effectiveN(), memory.effectiveN()}}) {
            assertThat(pair[0]).isCloseTo(pair[1], within(1e-9));
        }
    }

    @Test
    void theStoreCountsTheTwoBucketsOfTheTargetGivenAndMatchesScoringInMemoryAndByHand() throws Exception {
        seed(MINUTES, WEIGHTS, "2026-11");
        StoreScoring scoring = scoring();

        // default target 10: 5 of 10 -> 50 %, Wilson [23.659309, 76.340691]
        Score ten = only(scoring.score(connection, ScoreQuery.of())).score();
        assertThat(ten.counts()).containsExactly(Map.entry("within", 5L), Map.entry("over", 5L));
        assertThat(ten.value()).isCloseTo(50, within(1e-9));
        assertThat(ten.low()).isCloseTo(23.659309, within(1e-5));
        assertThat(ten.high()).isCloseTo(76.340691, within(1e-5));
        assertSame(ten, inMemory(MINUTES, WEIGHTS, ScoringOptions.defaults()));

        // target 12: 7 of 10 -> 70 %, SE 14.491377, Wilson [39.677815, 89.220873]
        ScoringOptions twelve = ScoringOptions.defaults().withParameter("target", "12");
        Score sql = only(scoring.score(connection, ScoreQuery.of().options(twelve))).score();
        assertThat(sql.counts()).containsExactly(Map.entry("within", 7L), Map.entry("over", 3L));
        assertThat(sql.value()).isCloseTo(70, within(1e-9));
        assertThat(sql.standardError()).isCloseTo(14.491377, within(1e-5));
        assertThat(sql.low()).isCloseTo(39.677815, within(1e-5));
        assertThat(sql.high()).isCloseTo(89.220873, within(1e-5));
        assertSame(sql, inMemory(MINUTES, WEIGHTS, twelve));

        // a target between two answers (9.995) and one below all (2)
        for (String target : List.of("9.995", "2", "61")) {
            ScoringOptions options = ScoringOptions.defaults().withParameter("target", target);
            assertSame(only(scoring.score(connection, ScoreQuery.of().options(options))).score(),
                    inMemory(MINUTES, WEIGHTS, options));
        }
    }

    @Test
    void weightedAnswersGroupedByMonthScoreAsInMemory() throws Exception {
        seed(MINUTES, SKEWED, "2026-10");
        seed(MINUTES, WEIGHTS, "2026-11");
        ScoringOptions twelve = ScoringOptions.defaults().withParameter("target", "12");
        List<ScoredGroup> months = scoring().score(connection, ScoreQuery.of(Dimension.MONTH).options(twelve))
                .stream().filter(g -> g.metricId().equals("within-target")).toList();
        assertThat(months).extracting(g -> g.label(Dimension.MONTH)).hasSize(2);
        assertSame(months.get(0).score(), inMemory(MINUTES, SKEWED, twelve.withParameter("period",
                months.get(0).key(Dimension.MONTH))));
        assertSame(months.get(1).score(), inMemory(MINUTES, WEIGHTS, twelve));
        // by hand, October: weighted within (≤ 12) = 2 + .5 + 1 + 1.5 + 1 + 1 + .25 = 7.25 of 12.25
        assertThat(months.get(0).score().value()).isCloseTo(100 * 7.25 / 12.25, within(1e-9));
    }

    @Test
    void aTargetTheMetricCannotUseIsRefusedBeforeAnyQuery() throws Exception {
        seed(MINUTES, WEIGHTS, "2026-11");
        StoreScoring scoring = scoring();
        ScoreQuery query = ScoreQuery.of().options(ScoringOptions.defaults().withParameter("target", "soon"));
        assertThatThrownBy(() -> scoring.score(connection, query)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parameter target: 'soon' is not a number of minutes");
    }
}
