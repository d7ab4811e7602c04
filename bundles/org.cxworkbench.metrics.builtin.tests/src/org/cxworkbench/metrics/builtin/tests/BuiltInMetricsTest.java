package org.cxworkbench.metrics.builtin.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cxworkbench.metrics.Checklist;
import org.cxworkbench.metrics.Checklist.Criterion;
import org.cxworkbench.metrics.Comparison;
import org.cxworkbench.metrics.Direction;
import org.cxworkbench.metrics.Metric;
import org.cxworkbench.metrics.MetricDescriptor;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.metrics.Score;
import org.cxworkbench.metrics.Scoring;
import org.cxworkbench.metrics.Scoring.Answer;
import org.cxworkbench.metrics.ScoringOptions;
import org.cxworkbench.metrics.Summary;
import org.cxworkbench.metrics.Tier;
import org.cxworkbench.metrics.Unit;
import org.junit.jupiter.api.Test;

/**
 * The built-in metrics, reached only through the extension registry as any caller does, against values computed by
 * hand from the definitions (arithmetic in the comments; quantiles z(0.975) = 1.959964 and t from tables),
 * cross-checked with an independent computation in Python/SciPy, and against two published worked examples
 * ({@link #publishedWilsonExampleNewcombe1998()}, {@link #publishedStudentTExampleSleepData1908()}). No published
 * NPS example could be verified, so the NPS references are hand computations only.
 */
class BuiltInMetricsTest {

    private static final ScoringOptions DEFAULTS = ScoringOptions.defaults();

    private static MetricDescriptor descriptor(String id) {
        return MetricRegistry.getDefault().find(id).orElseThrow(() -> new AssertionError("no metric " + id));
    }

    private static Metric metric(String id) {
        return descriptor(id).metric();
    }

    private static Score score(String id, ScoringOptions options, double... values) {
        return Scoring.score(metric(id), values, options);
    }

    @Test
    void everyBuiltInMetricIsContributedThroughTheExtensionPoint() {
        assertThat(MetricRegistry.getDefault().descriptors()).extracting(MetricDescriptor::id)
                .contains("nps", "csat", "ces5", "ces7", "ces-yesno", "churn", "mystery", "proportion", "mean");
        for (MetricDescriptor d : MetricRegistry.getDefault().descriptors()) {
            assertThat(d.metric()).as(d.id()).isNotNull();
            assertThat(d.contributor()).isEqualTo("org.cxworkbench.metrics.builtin");
        }
        MetricDescriptor nps = descriptor("nps");
        assertThat(nps.name()).isEqualTo("Net Promoter Score (NPS)");
        assertThat(nps.tier()).isEqualTo(Tier.EXPERIENCE);
        assertThat(nps.unit()).isEqualTo(Unit.NET_POINTS);
        assertThat(nps.scaleMin()).isEqualTo(0);
        assertThat(nps.scaleMax()).isEqualTo(10);
        assertThat(descriptor("ces5").better()).isEqualTo(Direction.LOWER);
        assertThat(descriptor("churn").tier()).isEqualTo(Tier.OUTCOME);
        assertThat(descriptor("ces5").judge(1.8)).isEqualTo(MetricDescriptor.Judgement.GOOD);
        assertThat(descriptor("ces5").judge(4.0)).isEqualTo(MetricDescriptor.Judgement.BAD);
        assertThat(nps.judge(10)).isEqualTo(MetricDescriptor.Judgement.NONE);
    }

    @Test
    void npsWaldMatchesTheHandComputation() {
        // 10, 9, 9, 10, 9 promoters (5); 8, 7 passives (2); 6, 5, 3 detractors (3); n = 10
        // NPS = 50% − 30% = 20; Var = .5·.5 + .3·.7 + 2·.5·.3 = .25 + .21 + .30 = .76
        // SE = sqrt(.76/10) = .275681 -> 27.5681 points; Wald: 20 ± 1.959964·27.5681 = 20 ± 54.0325
        Score s = score("nps", DEFAULTS.withMethod("wald"), 10, 9, 9, 8, 7, 6, 5, 3, 10, 9);
        assertThat(s.value()).isCloseTo(20, within(1e-9));
        assertThat(s.n()).isEqualTo(10);
        assertThat(s.standardError()).isCloseTo(27.568098, within(1e-5));
        assertThat(s.low()).isCloseTo(-34.032478, within(1e-5));
        assertThat(s.high()).isCloseTo(74.032478, within(1e-5));
        assertThat(s.counts()).containsExactly(Map.entry("promoters", 5L), Map.entry("passives", 2L),
                Map.entry("detractors", 3L));
        assertThat(s.secondary("passives_pct")).isCloseTo(20, within(1e-9));
        assertThat(s.lowN()).isTrue();
    }

    @Test
    void npsAdjustedWaldMatchesTheHandComputationAndIsTheDefault() {
        // n + 3 = 13; p_pro = (5 + .75)/13 = .442308, p_det = (3 + .75)/13 = .288462, centre = .153846
        // Var = .442308·.557692 + .288462·.711538 + 2·.442308·.288462 = .707101
        // half = 1.959964·sqrt(.707101/13) = .457106 -> [-30.3260, 61.0952]; value and SE stay the unadjusted ones
        Score s = score("nps", DEFAULTS, 10, 9, 9, 8, 7, 6, 5, 3, 10, 9);
        assertThat(s.value()).isCloseTo(20, within(1e-9));
        assertThat(s.standardError()).isCloseTo(27.568098, within(1e-5));
        assertThat(s.low()).isCloseTo(-30.325994, within(1e-5));
        assertThat(s.high()).isCloseTo(61.095225, within(1e-5));
        assertThatThrownBy(() -> score("nps", DEFAULTS.withMethod("bootstrap"), 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bootstrap");
    }

    @Test
    void npsEdgeCasesNoAnswersOneAnswerAllPromoters() {
        Score none = score("nps", DEFAULTS);
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.n()).isZero();
        assertThat(none.hasInterval()).isFalse();
        assertThat(none.lowN()).isTrue();

        // one promoter: NPS 100, Var = 1·0 + 0 + 0 = 0, Wald collapses to [100, 100];
        // adjusted: p_pro = 1.75/4 = .4375, p_det = .75/4 = .1875, Var = .5625, half = 1.959964·sqrt(.5625/4) = .734986
        // -> [-48.4986, 98.4986]: the adjustment refuses to claim certainty from one answer
        Score one = score("nps", DEFAULTS, 10);
        assertThat(one.value()).isEqualTo(100);
        assertThat(one.standardError()).isZero();
        assertThat(one.low()).isCloseTo(-48.498649, within(1e-5));
        assertThat(one.high()).isCloseTo(98.498649, within(1e-5));
        Score oneWald = score("nps", DEFAULTS.withMethod("wald"), 10);
        assertThat(oneWald.low()).isEqualTo(100);
        assertThat(oneWald.high()).isEqualTo(100);

        // 20 promoters: adjusted p_pro = 20.75/23 = .902174, p_det = .75/23 = .032609, Var = .178639
        // half = 1.959964·sqrt(.178639/23) = .172735 -> low = 100·(.869565 − .172735) = 69.6833; high clipped at 100
        double[] all = new double[20];
        java.util.Arrays.fill(all, 9);
        Score allPromoters = score("nps", DEFAULTS, all);
        assertThat(allPromoters.value()).isEqualTo(100);
        assertThat(allPromoters.low()).isCloseTo(69.683344, within(1e-5));
        assertThat(allPromoters.high()).isEqualTo(100);
        assertThat(allPromoters.counts()).containsEntry("promoters", 20L).containsEntry("detractors", 0L);
    }

    @Test
    void weightedNpsUsesKishsEffectiveN() {
        // 10 (w 2), 9 (w 1), 5 (w 1), 7 (w 0): Σw = 4, Σw² = 6, n_eff = 16/6 = 2.6667
        // p_pro = 3/4, p_det = 1/4, NPS = 50; Var = .1875 + .1875 + .375 = .75; SE = sqrt(.75/2.6667) = .530330
        List<Answer> answers = List.of(new Answer(10, 2, ""), new Answer(9, 1, ""), new Answer(5, 1, ""),
                new Answer(7, 0, ""));
        Score s = Scoring.score(metric("nps"), answers, DEFAULTS.withMethod("wald"));
        assertThat(s.value()).isCloseTo(50, within(1e-9));
        assertThat(s.n()).isEqualTo(4);
        assertThat(s.effectiveN()).isCloseTo(8.0 / 3, within(1e-9));
        assertThat(s.standardError()).isCloseTo(53.033009, within(1e-5));

        // all weights zero: nothing to score, but the answers are counted
        Score zero = Scoring.score(metric("nps"), List.of(new Answer(10, 0, ""), new Answer(3, 0, "")), DEFAULTS);
        assertThat(zero.isEmpty()).isTrue();
        assertThat(zero.n()).isEqualTo(2);
        assertThat(zero.effectiveN()).isZero();
    }

    @Test
    void csatTopTwoBoxWithWilsonAndTheMeanWithT() {
        // 5, 4, 4, 3, 2, 1, 5, 4: top-2-box 5/8 = 62.5%; SE = 100·sqrt(.625·.375/8) = 17.1163
        // Wilson: z²/n = .480182, centre = (.625 + .240091)/1.480182 = .584449, half = .277707 -> [30.5742, 86.3156]
        // mean 3.5, s = sqrt(14/7) = 1.414214, SE .5, t(.975, 7) = 2.364624 -> [2.317688, 4.682312]
        Score s = score("csat", DEFAULTS, 5, 4, 4, 3, 2, 1, 5, 4);
        assertThat(s.value()).isCloseTo(62.5, within(1e-9));
        assertThat(s.standardError()).isCloseTo(17.116330, within(1e-5));
        assertThat(s.low()).isCloseTo(30.574239, within(1e-5));
        assertThat(s.high()).isCloseTo(86.315571, within(1e-5));
        assertThat(s.secondary("mean")).isCloseTo(3.5, within(1e-9));
        assertThat(s.secondary("mean_ci_low")).isCloseTo(2.317688, within(1e-5));
        assertThat(s.secondary("mean_ci_high")).isCloseTo(4.682312, within(1e-5));
        assertThat(s.counts()).containsExactly(Map.entry("satisfied", 5L), Map.entry("neutral", 1L),
                Map.entry("dissatisfied", 2L));
        assertThat(metric("csat").needsFollowUp(2)).isTrue();
        assertThat(metric("csat").needsFollowUp(3)).isFalse();
        assertThat(metric("nps").needsFollowUp(6)).isTrue();
    }

    @Test
    void csatOfOneAnswerHasAShareButNoMeanInterval() {
        // one 5: top-2-box 100%, Wilson(1 of 1) = [20.6549, 100]; a mean of one answer has no spread
        Score s = score("csat", DEFAULTS, 5);
        assertThat(s.value()).isEqualTo(100);
        assertThat(s.low()).isCloseTo(20.654931, within(1e-5));
        assertThat(s.high()).isEqualTo(100);
        assertThat(s.secondary("mean")).isEqualTo(5);
        assertThat(s.secondary("mean_ci_low")).isNaN();
    }

    @Test
    void cesFivePointIsAMeanWhereLowerIsBetter() {
        // 1, 2, 2, 3, 5: mean 2.6; squared deviations 2.56 + .36 + .36 + .16 + 5.76 = 9.2, s² = 2.3
        // SE = sqrt(2.3/5) = .678233; t(.975, 4) = 2.776445 -> [0.716923, 4.483077]; low effort (1-2) 3/5 = 60%
        Score s = score("ces5", DEFAULTS, 1, 2, 2, 3, 5);
        assertThat(s.value()).isCloseTo(2.6, within(1e-9));
        assertThat(s.standardError()).isCloseTo(0.678233, within(1e-5));
        assertThat(s.low()).isCloseTo(0.716923, within(1e-5));
        assertThat(s.high()).isCloseTo(4.483077, within(1e-5));
        assertThat(s.secondary("low_effort_pct")).isCloseTo(60, within(1e-9));
    }

    @Test
    void cesSevenPointIsAMeanWithTheShareThatAgrees() {
        // 7, 6, 5, 4, 2, 6: mean 5; squared deviations 4 + 1 + 0 + 1 + 9 + 1 = 16, s² = 3.2, SE = .730297
        // t(.975, 5) = 2.570582 -> [3.122712, 6.877288]; agree (5-7) 4/6 = 66.667%
        Score s = score("ces7", DEFAULTS, 7, 6, 5, 4, 2, 6);
        assertThat(s.value()).isCloseTo(5, within(1e-9));
        assertThat(s.low()).isCloseTo(3.122712, within(1e-5));
        assertThat(s.high()).isCloseTo(6.877288, within(1e-5));
        assertThat(s.secondary("agree_pct")).isCloseTo(66.666667, within(1e-5));
    }

    @Test
    void cesYesNoIsTheWilsonShareOfYes() {
        // 81 yes of 263: the Wilson interval of IntervalsTest, [25.5289, 36.6210] in %
        double[] answers = new double[263];
        for (int i = 0; i < 81; i++) {
            answers[i] = 1;
        }
        Score s = score("ces-yesno", DEFAULTS, answers);
        assertThat(s.value()).isCloseTo(30.798479, within(1e-5));
        assertThat(s.low()).isCloseTo(25.5289, within(1e-3));
        assertThat(s.high()).isCloseTo(36.6210, within(1e-3));
        assertThat(s.counts()).containsEntry("yes", 81L).containsEntry("no", 182L);
        assertThat(descriptor("ces-yesno").parse("kyllä")).isEqualTo(1);
        assertThat(descriptor("ces-yesno").parse("Nej")).isEqualTo(0);
    }

    @Test
    void churnFromCountsOnTheStartAndOnTheAverageBase() {
        // 12 lost of 200 at the start: 6%, SE = 100·sqrt(.06·.94/200) = 1.679286, Wilson [3.4652, 10.1932]
        Metric churn = metric("churn");
        Summary counts = Summary.ofCounts(churn.aggregation(), Map.of("lost", 12L, "kept", 188L));
        ScoringOptions q1 = DEFAULTS.withParameter("period", "2026-Q1");
        Score s = churn.score(counts, q1);
        assertThat(s.value()).isCloseTo(6, within(1e-9));
        assertThat(s.standardError()).isCloseTo(1.679286, within(1e-5));
        assertThat(s.low()).isCloseTo(3.465219, within(1e-5));
        assertThat(s.high()).isCloseTo(10.193169, within(1e-5));

        // 210 customers at the end: average base (200 + 210)/2 = 205, 12/205 = 5.8537%, Wilson [3.3799, 9.9515]
        Score average = churn.score(counts,
                q1.withParameter("base", "average").withParameter("customersAtEnd", "210"));
        assertThat(average.value()).isCloseTo(5.853659, within(1e-5));
        assertThat(average.low()).isCloseTo(3.379902, within(1e-5));
        assertThat(average.high()).isCloseTo(9.951483, within(1e-5));
        assertThat(average.secondary("average_base")).isEqualTo(205);

        // without its period a churn rate is refused rather than reported as if timeless
        assertThatThrownBy(() -> churn.score(counts, DEFAULTS)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("period");
        // one answer per customer at the start (1 = lost) gives the same rate as the counts
        double[] customers = new double[200];
        java.util.Arrays.fill(customers, 0, 12, 1);
        assertThat(Scoring.score(churn, customers, q1).value()).isCloseTo(6, within(1e-9));
    }

    @Test
    void mysteryShoppingLeavesNotApplicableCriteriaOutOfTheDivisor() {
        // standard checklist, equal weights: 1 + 1 + .5 + 1 + 0 + 1 + 1 + 1 = 6.5 of 8 = 81.25%
        Map<String, Double> visit1 = Map.of("first_impression", 1.0, "tone_of_voice", 1.0, "response_guideline", 0.5,
                "listening", 1.0, "salesmanship", 0.0, "resolution", 1.0, "professionalism", 1.0,
                "closing_greeting", 1.0);
        assertThat(Checklist.STANDARD.visitScore(visit1)).isCloseTo(81.25, within(1e-9));

        // weighted: weights 1, 1, 2, 1, 2, 3, 1, 1 (sum 12); salesmanship N/A -> divisor 10
        // earned 1 + 1 + 2·1 + .5 + 3·0 + 1 + 1 = 6.5 -> 65%
        Checklist weighted = new Checklist(List.of(new Criterion("first_impression", 1),
                new Criterion("tone_of_voice", 1), new Criterion("response_guideline", 2), new Criterion("listening", 1),
                new Criterion("salesmanship", 2), new Criterion("resolution", 3), new Criterion("professionalism", 1),
                new Criterion("closing_greeting", 1)));
        Map<String, Double> visit2 = Map.of("first_impression", 1.0, "tone_of_voice", 1.0, "response_guideline", 1.0,
                "listening", 0.5, "salesmanship", Double.NaN, "resolution", 0.0, "professionalism", 1.0,
                "closing_greeting", 1.0);
        assertThat(weighted.visitScore(visit2)).isCloseTo(65, within(1e-9));
        assertThat(weighted.visitScore(Map.of())).isNaN();

        // over visits 81.25, 65, 90: mean 78.75, s = 12.686114, SE = 7.324332, t(.975, 2) = 4.302653
        // -> [47.235945, 110.264055] (three visits say little)
        Score s = score("mystery", DEFAULTS, 81.25, 65, 90);
        assertThat(s.value()).isCloseTo(78.75, within(1e-9));
        assertThat(s.low()).isCloseTo(47.235945, within(1e-5));
        assertThat(s.high()).isCloseTo(110.264055, within(1e-5));
    }

    /**
     * Newcombe, R. G. (1998), "Two-sided confidence intervals for the single proportion: comparison of seven
     * methods", Statistics in Medicine 17, 857–872, Table II, example (a): 81 of 263, score (Wilson) method without
     * continuity correction: 0.2553 to 0.3662. Scored here as the generic proportion metric, in percent.
     */
    @Test
    void publishedWilsonExampleNewcombe1998() {
        double[] answers = new double[263];
        java.util.Arrays.fill(answers, 0, 81, 1);
        Score s = score("proportion", DEFAULTS, answers);
        assertThat(s.n()).isEqualTo(263);
        assertThat(s.low()).isCloseTo(25.53, within(0.005));
        assertThat(s.high()).isCloseTo(36.62, within(0.005));
    }

    /**
     * "Student" (1908), "The probable error of a mean", Biometrika 6, 1–25: the extra hours of sleep with two
     * drugs for 10 patients (Cushny and Peebles). The differences below are that table's; the published paired
     * t analysis of them (reproduced as R's {@code t.test(extra ~ group, data = sleep, paired = TRUE)} example)
     * gives mean 1.58 and 95% confidence interval 0.700 to 2.460. Scored here as the generic mean metric.
     */
    @Test
    void publishedStudentTExampleSleepData1908() {
        Score s = score("mean", DEFAULTS, 1.2, 2.4, 1.3, 1.3, 0.0, 1.0, 1.8, 0.8, 4.6, 1.4);
        assertThat(s.value()).isCloseTo(1.58, within(1e-9));
        assertThat(s.low()).isCloseTo(0.700, within(0.0005));
        assertThat(s.high()).isCloseTo(2.460, within(0.0005));
    }

    @Test
    void genericProportionAndMean() {
        Score p = score("proportion", DEFAULTS, 1, 0, 1, 1);
        assertThat(p.value()).isEqualTo(75);
        // ratings 7, 8, 9, 6, 10: the t-interval of IntervalsTest, [6.036757, 9.963243]
        Score m = score("mean", DEFAULTS, 7, 8, 9, 6, 10);
        assertThat(m.value()).isEqualTo(8);
        assertThat(m.low()).isCloseTo(6.036757, within(1e-5));
        assertThat(m.counts()).isEmpty();
        // all one value: the interval collapses to the point, honestly
        Score same = score("mean", DEFAULTS, 4, 4, 4);
        assertThat(same.standardError()).isZero();
        assertThat(same.low()).isEqualTo(4);
    }

    @Test
    void missingAnswersAreCountedAndLeftOut() {
        Score s = score("csat", DEFAULTS, 5, Double.NaN, 4, Double.NaN);
        assertThat(s.n()).isEqualTo(2);
        assertThat(s.missing()).isEqualTo(2);
        assertThat(s.value()).isEqualTo(100);
    }

    @Test
    void outOfScaleValuesAreRefusedNotDropped() {
        assertThatThrownBy(() -> descriptor("nps").parse("11")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("11 is outside the scale 0..10 of nps");
        assertThatThrownBy(() -> descriptor("nps").parse("7.5")).hasMessage("not a whole number: '7.5'");
        assertThatThrownBy(() -> descriptor("csat").parse("0")).hasMessage("0 is outside the scale 1..5 of csat");
        assertThatThrownBy(() -> descriptor("ces-yesno").parse("maybe")).hasMessage("not a yes/no answer: 'maybe'");
        assertThat(descriptor("mean").parse("3,5")).isEqualTo(3.5);
        // and a value that slipped past parsing still falls in no bucket
        assertThatThrownBy(() -> score("nps", DEFAULTS, 11)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("in no category");
    }

    @Test
    void npsComparisonIsAZTestOnTheTrinomialStandardErrors() {
        // A: 60/20/20 of 100, NPS 40, Var = .24 + .16 + .24 = .64, SE 8; B: 40/30/30, NPS 10, Var = .69, SE 8.306624
        // difference 30, SE = sqrt(64 + 69) = 11.532563, z = 2.601330, p = 2·Φ(−2.601330) = 0.009286
        Score a = score("nps", DEFAULTS, repeat(new int[] { 60, 20, 20 }));
        Score b = score("nps", DEFAULTS, repeat(new int[] { 40, 30, 30 }));
        Comparison c = metric("nps").compare(a, b, 0.95);
        assertThat(c.difference()).isCloseTo(30, within(1e-9));
        assertThat(c.standardError()).isCloseTo(11.532563, within(1e-5));
        assertThat(c.statistic()).isCloseTo(2.601330, within(1e-5));
        assertThat(c.pValue()).isCloseTo(0.009286, within(1e-5));
        assertThat(c.test()).isEqualTo("z");
        assertThat(c.significant()).isTrue();
        assertThat(metric("nps").compare(a, b, 0.999).significant()).isFalse();
    }

    @Test
    void meanComparisonIsWelchsT() {
        // A = 7, 6, 5, 4, 2, 6 (mean 5, SE² = 3.2/6 = .533333); B = 4, 3, 5, 4 (mean 4, SE² = .666667/4 = .166667)
        // difference 1, SE = sqrt(.7) = .836660, t = 1.195229
        // df = .7² / (.533333²/5 + .166667²/3) = 7.407615, p = 0.268856 (SciPy's ttest_ind(equal_var=False) agrees)
        Score a = score("ces7", DEFAULTS, 7, 6, 5, 4, 2, 6);
        Score b = score("ces7", DEFAULTS, 4, 3, 5, 4);
        Comparison c = metric("ces7").compare(a, b, 0.95);
        assertThat(c.test()).isEqualTo("t");
        assertThat(c.statistic()).isCloseTo(1.195229, within(1e-5));
        assertThat(c.degreesOfFreedom()).isCloseTo(7.407615, within(1e-5));
        assertThat(c.pValue()).isCloseTo(0.268856, within(1e-5));
        assertThat(c.significant()).isFalse();
        assertThatThrownBy(() -> metric("ces7").compare(a, score("ces7", DEFAULTS), 0.95))
                .hasMessageContaining("no answers");
    }

    @Test
    void groupsAreScoredSeparately() {
        List<Answer> answers = new ArrayList<>();
        answers.add(new Answer(10, 1, "web"));
        answers.add(new Answer(0, 1, "shop"));
        answers.add(new Answer(9, 1, "web"));
        Map<String, Score> scores = Scoring.scoreByGroup(metric("nps"), answers, DEFAULTS);
        assertThat(scores).containsOnlyKeys("web", "shop");
        assertThat(scores.get("web").value()).isEqualTo(100);
        assertThat(scores.get("shop").value()).isEqualTo(-100);
    }

    /** Promoters (10), passives (8) and detractors (3) in the given numbers. */
    private static double[] repeat(int[] counts) {
        double[] values = new double[counts[0] + counts[1] + counts[2]];
        int i = 0;
        for (int k = 0; k < counts[0]; k++) {
            values[i++] = 10;
        }
        for (int k = 0; k < counts[1]; k++) {
            values[i++] = 8;
        }
        for (int k = 0; k < counts[2]; k++) {
            values[i++] = 3;
        }
        return values;
    }
}
