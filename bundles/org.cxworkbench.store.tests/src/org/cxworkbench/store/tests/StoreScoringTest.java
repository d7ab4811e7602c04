package org.cxworkbench.store.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.metrics.AnswerType;
import org.cxworkbench.metrics.Comparison;
import org.cxworkbench.metrics.MetricDescriptor;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.metrics.Score;
import org.cxworkbench.model.journey.Journey;
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
 * Scoring in SQL over a real Derby database seeded here with a few answers whose scores are worked out by hand
 * (the figures in the comments; intervals computed independently with the textbook formulas).
 */
class StoreScoringTest {

    // the retail sample journey's ids
    private static final String NPS = "78877913-111a-4334-8590-ca6fd2970f18"; // attached to the journey
    private static final String CSAT = "b5a420cd-f87c-4f55-a0aa-bb9bde4d8812"; // touchpoint Customer service chat
    private static final String CES5 = "b4864fd3-95ef-4be4-a4d2-bd9ccec54201"; // touchpoint Online checkout
    private static final String CHAT = "54ffcaa8-470b-42aa-b811-3ebc4bf74313";
    private static final String CHECKOUT = "ac39e5f4-e2a2-4af7-b42f-9784aad7c8a8";
    private static final String SUPPORT_STAGE = "29ec148c-ead5-4263-b4d6-d23508bd9d96";
    private static final String PURCHASE_STAGE = "eca9bad1-449e-48e4-b15c-e760f3e452f2";
    // the B2B sample: three CSAT points in three stages
    private static final String CSAT_SALES = "a7cc6051-1eb4-4239-85c7-61672beebb69";
    private static final String CSAT_KICKOFF = "8fe701a1-a838-4525-9278-3ab8f3750889";

    private static final double TOLERANCE = 1e-6;

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

    private Journey journey(String sample) throws Exception {
        return JourneyFiles.load(SampleJourneys.copyTo(sample, dir.resolve("journeys"))).journey();
    }

    /** One respondent with one answer; {@code value} null for a comment without a rating. */
    private void answer(String point, String time, Integer value, double weight, String segment, String account,
            String channel) throws Exception {
        String key = "r" + ++respondents;
        try (PreparedStatement r = connection.prepareStatement(
                "insert into respondents (respondent_key, batch_id, segment, account) values (?, ?, ?, ?)");
                PreparedStatement a = connection.prepareStatement("insert into answers (measurement_point_id,"
                        + " respondent_key, answered_at, channel, value_num, value_text, weight, batch_id,"
                        + " source_file, source_line) values (?, ?, ?, ?, ?, ?, ?, ?, 'seed', ?)")) {
            r.setString(1, key);
            r.setLong(2, batch);
            r.setString(3, segment);
            r.setString(4, account);
            r.executeUpdate();
            a.setString(1, point);
            a.setString(2, key);
            a.setTimestamp(3, time == null ? null : Timestamp.valueOf(LocalDateTime.parse(time)));
            a.setString(4, channel);
            if (value == null) {
                a.setNull(5, Types.DOUBLE);
                a.setString(6, "no rating, only a comment");
            } else {
                a.setDouble(5, value);
                a.setNull(6, Types.VARCHAR);
            }
            a.setDouble(7, weight);
            a.setLong(8, batch);
            a.setLong(9, respondents);
            a.executeUpdate();
        }
        // seeded by SQL, not by the importer: the summary is recounted as the importer would keep it
        StoreMaintenance.recountSummary(connection);
    }

    private void answer(String point, String time, Integer value, String segment) throws Exception {
        answer(point, time, value, 1, segment, null, "Email");
    }

    /**
     * NPS: October 10, 9, 8, 3; November 10, 10, 9, 7, 6, 0 and one comment without a rating.
     * CSAT: October 5, 4, 2; November 5, 5, 4, 3, 1. CES 1-5: November 2 (weight 2), 4, 1.
     */
    private void seedRetail() throws Exception {
        answer(NPS, "2026-10-02T10:00", 10, "Current customers");
        answer(NPS, "2026-10-05T12:30", 9, "Current customers");
        answer(NPS, "2026-10-20T08:00", 8, "Prospects");
        answer(NPS, "2026-10-31T23:59:59", 3, "Lapsed customers");
        answer(NPS, "2026-11-01T00:00", 10, "Current customers");
        answer(NPS, "2026-11-02T09:00", 10, "Prospects");
        answer(NPS, "2026-11-03T09:00", 9, "Current customers");
        answer(NPS, "2026-11-10T09:00", 7, "Current customers");
        answer(NPS, "2026-11-16T09:00", 6, "Lapsed customers");
        answer(NPS, "2026-11-30T18:00", 0, "Lapsed customers");
        answer(NPS, "2026-11-12T18:00", null, "Current customers");
        answer(CSAT, "2026-10-03T10:00", 5, "Current customers");
        answer(CSAT, "2026-10-04T10:00", 4, "Current customers");
        answer(CSAT, "2026-10-09T10:00", 2, "Lapsed customers");
        answer(CSAT, "2026-11-04T10:00", 5, "Current customers");
        answer(CSAT, "2026-11-05T10:00", 5, "Current customers");
        answer(CSAT, "2026-11-06T10:00", 4, "Lapsed customers");
        answer(CSAT, "2026-11-07T10:00", 3, "Current customers");
        answer(CSAT, "2026-11-08T10:00", 1, "Current customers");
        answer(CES5, "2026-11-09T10:00", 2, 2, "Current customers", null, "Web");
        answer(CES5, "2026-11-09T11:00", 4, 1, "Current customers", null, "Web");
        answer(CES5, "2026-11-09T12:00", 1, 1, "Current customers", null, "Mobile app");
    }

    private static ScoredGroup only(List<ScoredGroup> groups, String metric) {
        List<ScoredGroup> of = groups.stream().filter(g -> g.metricId().equals(metric)).toList();
        assertThat(of).hasSize(1);
        return of.get(0);
    }

    private static void assertScore(Score score, long n, double value, double se, double low, double high) {
        assertThat(score.n()).isEqualTo(n);
        assertThat(score.value()).isCloseTo(value, within(TOLERANCE));
        assertThat(score.standardError()).isCloseTo(se, within(TOLERANCE));
        assertThat(score.low()).isCloseTo(low, within(TOLERANCE));
        assertThat(score.high()).isCloseTo(high, within(TOLERANCE));
    }

    @Test
    void byTouchpointScoresEachMetricOfEachTouchpointWithItsInterval() throws Exception {
        seedRetail();
        StoreScoring scoring = new StoreScoring(journey(SampleJourneys.RETAIL_B2C), MetricRegistry.getDefault());
        List<ScoredGroup> groups = scoring.score(connection, ScoreQuery.of(Dimension.TOUCHPOINT));

        // journey order of the touchpoints: Online checkout, Customer service chat; the journey-level NPS last
        assertThat(groups).extracting(g -> g.key(Dimension.TOUCHPOINT), ScoredGroup::metricId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(CHECKOUT, "ces5"), org.assertj.core.groups.Tuple.tuple(CHAT,
                        "csat"), org.assertj.core.groups.Tuple.tuple(null, "nps"));
        ScoredGroup csat = groups.get(1);
        assertThat(csat.label(Dimension.TOUCHPOINT)).isEqualTo("Customer service chat");
        assertThat(csat.measurementPoints()).containsExactly(CSAT);
        // 8 answers, 5 of them 4-5: 62.5 %, SE = 100·sqrt(.625·.375/8), Wilson interval
        assertScore(csat.score(), 8, 62.5, 17.116330, 30.574239, 86.315571);
        assertThat(csat.score().counts()).containsExactly(Map.entry("satisfied", 5L), Map.entry("neutral", 1L),
                Map.entry("dissatisfied", 2L));
        assertThat(csat.score().secondary("mean")).isCloseTo(29 / 8.0, within(TOLERANCE));
        assertThat(csat.score().secondary("mean_ci_low")).isCloseTo(2.366002, within(TOLERANCE));
        // the point's own minimum sample size, 50, flags 8 answers
        assertThat(csat.score().lowN()).isTrue();

        ScoredGroup nps = groups.get(2);
        assertThat(nps.label(Dimension.TOUCHPOINT)).isNull();
        // 5 promoters, 2 passives, 3 detractors: 50 % − 30 % = 20; trinomial SE 100·sqrt(.76/10);
        // adjusted Wald on n + 3 with ¾ added to promoters and to detractors
        assertScore(nps.score(), 10, 20, 27.568098, -30.325994, 61.095225);
        assertThat(nps.score().missing()).isEqualTo(1);

        ScoredGroup ces = groups.get(0);
        // weighted mean (2·2 + 4 + 1) / 4 = 2.25; Kish's n_eff = 4² / 6
        assertThat(ces.score().n()).isEqualTo(3);
        assertThat(ces.score().value()).isCloseTo(2.25, within(TOLERANCE));
        assertThat(ces.score().effectiveN()).isCloseTo(16 / 6.0, within(TOLERANCE));
        assertThat(ces.score().standardError()).isCloseTo(0.844097, within(TOLERANCE));
    }

    @Test
    void byMonthSplitsAtTheMonthBoundaryAndLabelsTheMonths() throws Exception {
        seedRetail();
        StoreScoring scoring = new StoreScoring(journey(SampleJourneys.RETAIL_B2C), MetricRegistry.getDefault());
        List<ScoredGroup> groups = scoring.score(connection, ScoreQuery.of(Dimension.MEASUREMENT_POINT,
                Dimension.MONTH));

        List<ScoredGroup> nps = groups.stream().filter(g -> g.metricId().equals("nps")).toList();
        assertThat(nps).extracting(g -> g.key(Dimension.MONTH)).containsExactly("2026-10", "2026-11");
        assertThat(nps.get(0).label(Dimension.MEASUREMENT_POINT)).isEqualTo("NPS relationship");
        // October 10, 9, 8, 3 (the last at 23:59:59 on the 31st): 2 − 1 of 4 = 25
        assertScore(nps.get(0).score(), 4, 25, 41.457810, -44.159769, 72.731197);
        // November 10, 10, 9, 7, 6, 0 (the first at midnight on the 1st): 3 − 2 of 6 = 16.67
        assertScore(nps.get(1).score(), 6, 100 / 6.0, 36.641405, -43.933936, 66.156158);
        assertThat(nps.get(1).score().missing()).isEqualTo(1);

        List<ScoredGroup> quarters = scoring.score(connection, ScoreQuery.of(Dimension.QUARTER));
        assertThat(quarters).extracting(g -> g.key(Dimension.QUARTER)).containsOnly("2026-Q4");
        assertThat(only(quarters, "nps").score().n()).isEqualTo(10);

        List<ScoredGroup> weeks = scoring.score(connection, ScoreQuery.of(Dimension.WEEK, Dimension.MEASUREMENT_POINT));
        // 2026-11-01 is a Sunday (ISO week 44), 2026-11-02 a Monday (week 45)
        assertThat(weeks.stream().filter(g -> g.metricId().equals("nps")).map(g -> g.key(Dimension.WEEK)))
                .containsExactly("2026-W40", "2026-W41", "2026-W43", "2026-W44", "2026-W45", "2026-W46",
                        "2026-W47", "2026-W49");
    }

    @Test
    void monthsAreCutByARangeThatStartsAndEndsInsideThemAndSkipMonthsWithoutAnswers() throws Exception {
        seedRetail();
        // January, nothing in December; and two answers without a time
        answer(NPS, "2027-01-15T12:00", 10, "Current customers");
        answer(NPS, null, 9, "Current customers");
        answer(NPS, null, 2, "Prospects");
        StoreScoring scoring = new StoreScoring(journey(SampleJourneys.RETAIL_B2C), MetricRegistry.getDefault());

        List<ScoredGroup> all = scoring.score(connection, ScoreQuery.of(Dimension.MONTH).metric("nps"));
        // the answers without a time are a group of their own, last
        assertThat(all).extracting(g -> g.key(Dimension.MONTH)).containsExactly("2026-10", "2026-11", "2027-01",
                null);
        assertThat(all).extracting(g -> g.score().n()).containsExactly(4L, 6L, 1L, 2L);

        // October 20 to November 10: October's 8 and 3 (the 20th from midnight); November's 10, 10, 9, 7
        List<ScoredGroup> cut = scoring.score(connection, ScoreQuery.of(Dimension.MONTH).metric("nps")
                .from(LocalDate.of(2026, 10, 20)).to(LocalDate.of(2026, 11, 10)));
        assertThat(cut).extracting(g -> g.key(Dimension.MONTH)).containsExactly("2026-10", "2026-11");
        assertThat(cut).extracting(g -> g.score().n()).containsExactly(2L, 4L);
        assertThat(cut.get(0).score().counts()).containsEntry("detractors", 1L).containsEntry("passives", 1L);
        assertThat(cut.get(1).score().counts()).containsEntry("promoters", 3L).containsEntry("passives", 1L);
        // the same range by quarter: the months added up
        assertThat(scoring.score(connection, ScoreQuery.of(Dimension.QUARTER).metric("nps").from(
                LocalDate.of(2026, 10, 20)).to(LocalDate.of(2026, 11, 10)))).singleElement()
                .satisfies(g -> assertThat(g.score().n()).isEqualTo(6));
    }

    @Test
    void dateRangeAndSegmentFilterTheAnswers() throws Exception {
        seedRetail();
        StoreScoring scoring = new StoreScoring(journey(SampleJourneys.RETAIL_B2C), MetricRegistry.getDefault());

        // to is inclusive: the whole of 30 November counts; October 31 23:59:59 does not
        List<ScoredGroup> november = scoring.score(connection, ScoreQuery.of().from(LocalDate.of(2026, 11, 1))
                .to(LocalDate.of(2026, 11, 30)));
        assertScore(only(november, "nps").score(), 6, 100 / 6.0, 36.641405, -43.933936, 66.156158);

        // the segment by its name as stored, case ignored for the journey's segment names
        List<ScoredGroup> current = scoring.score(connection, ScoreQuery.of(Dimension.SEGMENT)
                .segment("current customers"));
        // NPS of current customers: 10, 9, 10, 9, 7 = 4 promoters, 1 passive of 5 = 80
        ScoredGroup nps = only(current, "nps");
        assertThat(nps.key(Dimension.SEGMENT)).isEqualTo("Current customers");
        assertThat(nps.score().n()).isEqualTo(5);
        assertThat(nps.score().value()).isCloseTo(80, within(TOLERANCE));
        // CSAT of current customers: 5, 4, 5, 5, 3, 1: 4 of 6
        assertThat(only(current, "csat").score().value()).isCloseTo(100 * 4 / 6.0, within(TOLERANCE));

        List<ScoredGroup> bySegment = scoring.score(connection, ScoreQuery.of(Dimension.SEGMENT, Dimension.CHANNEL));
        assertThat(bySegment.stream().filter(g -> g.metricId().equals("nps")).map(g -> g.key(Dimension.SEGMENT)))
                .containsExactly("Current customers", "Lapsed customers", "Prospects");
        assertThat(bySegment.stream().filter(g -> g.metricId().equals("ces5")).map(g -> g.key(Dimension.CHANNEL)))
                .containsExactly("Mobile app", "Web");
    }

    @Test
    void nothingToScoreGivesNoGroups() throws Exception {
        StoreScoring scoring = new StoreScoring(journey(SampleJourneys.RETAIL_B2C), MetricRegistry.getDefault());
        assertThat(scoring.score(connection, ScoreQuery.of(Dimension.TOUCHPOINT, Dimension.MONTH))).isEmpty();

        seedRetail();
        assertThat(scoring.score(connection, ScoreQuery.of(Dimension.TOUCHPOINT).from(LocalDate.of(2027, 1, 1))))
                .isEmpty();
        assertThat(scoring.score(connection, ScoreQuery.of().segment("Nobody"))).isEmpty();
        // answers of another journey's points are not this journey's
        StoreScoring b2b = new StoreScoring(journey(SampleJourneys.SERVICE_B2B), MetricRegistry.getDefault());
        assertThat(b2b.score(connection, ScoreQuery.of())).isEmpty();
    }

    @Test
    void pointsOfOneMetricRollUpByAddingTheirSumsAndNeverMixWithOtherMetrics() throws Exception {
        answer(CSAT_SALES, "2026-05-04T10:00", 5, 1, "Prospect organisations", null, "Email");
        answer(CSAT_SALES, "2026-05-05T10:00", 4, 1, "Prospect organisations", null, "Email");
        answer(CSAT_KICKOFF, "2026-05-06T10:00", 2, 1, "Current accounts", "Nordic Logistics Oy", "Email");
        StoreScoring scoring = new StoreScoring(journey(SampleJourneys.SERVICE_B2B), MetricRegistry.getDefault());

        ScoredGroup all = only(scoring.score(connection, ScoreQuery.of()), "csat");
        // 2 of 3 satisfied, Wilson on n = 3
        assertScore(all.score(), 3, 200 / 3.0, 27.216553, 20.765960, 93.850806);
        assertThat(all.measurementPoints()).containsExactly(CSAT_SALES, CSAT_KICKOFF);
        assertThat(all.keys()).isEmpty();

        List<ScoredGroup> byStage = scoring.score(connection, ScoreQuery.of(Dimension.STAGE));
        assertThat(byStage).extracting(g -> g.label(Dimension.STAGE)).containsExactly("Evaluation", "Onboarding");
        assertThat(byStage).extracting(g -> g.score().n()).containsExactly(2L, 1L);

        List<ScoredGroup> byAccount = scoring.score(connection, ScoreQuery.of(Dimension.ACCOUNT));
        assertThat(byAccount).extracting(g -> g.key(Dimension.ACCOUNT)).containsExactly("Nordic Logistics Oy", null);
    }

    @Test
    void aMonthIsComparedWithThePreviousOneByTheMetricsOwnTest() throws Exception {
        seedRetail();
        StoreScoring scoring = new StoreScoring(journey(SampleJourneys.RETAIL_B2C), MetricRegistry.getDefault());
        ScoreQuery november = ScoreQuery.of(Dimension.MEASUREMENT_POINT).period(Dimension.MONTH,
                LocalDate.of(2026, 11, 17));
        assertThat(november.from()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(november.to()).isEqualTo(LocalDate.of(2026, 11, 30));
        ScoreQuery october = november.previous(Dimension.MONTH);
        assertThat(october.from()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(october.to()).isEqualTo(LocalDate.of(2026, 10, 31));

        ScoredGroup now = only(scoring.score(connection, november), "nps");
        ScoredGroup before = only(scoring.score(connection, october), "nps");
        Comparison change = scoring.compare(now, before, 0.95);
        // z test: (16.67 − 25) / sqrt(36.64² + 41.46²)
        assertThat(change.difference()).isCloseTo(100 / 6.0 - 25, within(TOLERANCE));
        assertThat(change.standardError()).isCloseTo(Math.hypot(36.641405, 41.457810), within(1e-5));
        assertThat(change.significant()).isFalse();

        ScoredGroup csat = only(scoring.score(connection, november), "csat");
        assertThatThrownBy(() -> scoring.compare(now, csat, 0.95)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void groupingByTheAnswerAndByTheBucketGiveTheSameScores() throws Exception {
        seedRetail();
        // more answers with weights other than 1
        answer(NPS, "2026-11-18T09:00", 9, 1.5, "Prospects", null, "Web");
        answer(NPS, "2026-11-19T09:00", 2, 0.5, "Prospects", null, "Web");
        answer(CSAT, "2026-11-20T09:00", 4, 2.25, "Current customers", null, "Store");
        Journey journey = journey(SampleJourneys.RETAIL_B2C);
        // whole numbers on a short scale are grouped by the answer; told they are decimals, the store groups by bucket
        StoreScoring byAnswer = new StoreScoring(journey, MetricRegistry.getDefault());
        StoreScoring byBucket = new StoreScoring(journey, new AsDecimals(MetricRegistry.getDefault()));
        for (ScoreQuery query : List.of(ScoreQuery.of(Dimension.TOUCHPOINT), ScoreQuery.of(Dimension.MEASUREMENT_POINT,
                Dimension.MONTH), ScoreQuery.of(Dimension.SEGMENT, Dimension.CHANNEL))) {
            List<ScoredGroup> one = byAnswer.score(connection, query);
            List<ScoredGroup> other = byBucket.score(connection, query);
            assertThat(one).hasSameSizeAs(other).isNotEmpty();
            for (int i = 0; i < one.size(); i++) {
                Score a = one.get(i).score();
                Score b = other.get(i).score();
                assertThat(one.get(i).keys()).isEqualTo(other.get(i).keys());
                assertThat(a.n()).isEqualTo(b.n());
                assertThat(a.missing()).isEqualTo(b.missing());
                assertThat(a.counts()).isEqualTo(b.counts());
                for (double[] pair : new double[][] {{a.value(), b.value()}, {a.standardError(), b.standardError()},
                        {a.low(), b.low()}, {a.high(), b.high()}, {a.effectiveN(), b.effectiveN()}}) {
                    assertThat(pair[0]).isCloseTo(pair[1], within(1e-9));
                }
                assertThat(a.secondary().keySet()).isEqualTo(b.secondary().keySet());
                for (String name : a.secondary().keySet()) {
                    assertThat(a.secondary(name)).as(name).isCloseTo(b.secondary(name), within(1e-9));
                }
            }
        }
    }

    /** The installed metrics, each saying its answers are decimals. */
    private record AsDecimals(MetricRegistry installed) implements MetricRegistry {
        @Override
        public List<MetricDescriptor> descriptors() {
            return installed.descriptors().stream().map(AsDecimals::decimal).toList();
        }

        @Override
        public Optional<MetricDescriptor> find(String id) {
            return installed.find(id).map(AsDecimals::decimal);
        }

        @Override
        public List<String> problems() {
            return installed.problems();
        }

        private static MetricDescriptor decimal(MetricDescriptor d) {
            return (MetricDescriptor) Proxy.newProxyInstance(AsDecimals.class.getClassLoader(),
                    new Class<?>[] {MetricDescriptor.class}, (proxy, method, args) -> method.getName().equals(
                            "answerType") ? AnswerType.DECIMAL : method.invoke(d, args));
        }
    }
}
