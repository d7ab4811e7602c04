package org.cxworkbench.metrics.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.cxworkbench.metrics.Aggregation;
import org.cxworkbench.metrics.AnswerType;
import org.cxworkbench.metrics.Bucket;
import org.cxworkbench.metrics.Comparison;
import org.cxworkbench.metrics.Comparisons;
import org.cxworkbench.metrics.Score;
import org.cxworkbench.metrics.ScoringOptions;
import org.cxworkbench.metrics.Summary;
import org.junit.jupiter.api.Test;

/** The summaries metrics score, the SQL they push down, and the comparison of two scores. */
class SummaryTest {

    private static final Aggregation THREE = Aggregation.of(new Bucket("high", 9, 10), new Bucket("mid", 7, 8),
            new Bucket("low", 0, 6));

    @Test
    void weightedMomentsAndKishsEffectiveN() {
        // 10 (w 2), 8 (w 1), 2 (w 1), 5 (w 0): Σw = 4, Σw² = 6, n_eff = 16/6
        // weighted mean = (20 + 8 + 2)/4 = 7.5; Σw(x − m)² = 2·6.25 + .25 + 30.25 = 43
        // variance = 43/4 · n_eff/(n_eff − 1) = 10.75 · 2.666667/1.666667 = 17.2
        Summary s = Summary.of(THREE, new double[] { 10, 8, 2, 5 }, new double[] { 2, 1, 1, 0 }, 3);
        assertThat(s.n()).isEqualTo(4);
        assertThat(s.missing()).isEqualTo(3);
        assertThat(s.effectiveN()).isCloseTo(16.0 / 6, within(1e-12));
        assertThat(s.mean()).isCloseTo(7.5, within(1e-12));
        assertThat(s.variance()).isCloseTo(17.2, within(1e-9));
        assertThat(s.share(List.of("high"))).isCloseTo(0.5, within(1e-12));
        assertThat(s.counts()).containsExactly(Map.entry("high", 1L), Map.entry("mid", 1L), Map.entry("low", 2L));
    }

    @Test
    void unweightedVarianceIsTheUsualSampleVariance() {
        // 7, 8, 9, 6, 10 -> s² = 10/4 = 2.5
        Summary s = Summary.of(Aggregation.whole(), new double[] { 7, 8, 9, 6, 10 }, null, 0);
        assertThat(s.variance()).isCloseTo(2.5, within(1e-12));
        assertThat(s.effectiveN()).isEqualTo(5);
    }

    @Test
    void badInputIsRefusedNotDropped() {
        assertThatThrownBy(() -> Summary.of(THREE, new double[] { 11 }, null, 0))
                .hasMessage("answer 1 (11.0) is in no category");
        assertThatThrownBy(() -> Summary.of(THREE, new double[] { 1 }, new double[] { -1 }, 0))
                .hasMessageContaining("weight -1.0");
        assertThatThrownBy(() -> Aggregation.of(new Bucket("a", 0, 5), new Bucket("b", 5, 10)))
                .hasMessage("buckets a and b overlap");
    }

    @Test
    void theStoreCanGroupBySqlBuckets() {
        assertThat(THREE.sqlBucket("v")).isEqualTo("CASE WHEN v >= 9 AND v <= 10 THEN 'high'"
                + " WHEN v >= 7 AND v <= 8 THEN 'mid' WHEN v >= 0 AND v <= 6 THEN 'low' END");
        assertThat(Aggregation.whole().sqlBucket("a.value")).isEqualTo("CASE WHEN a.value IS NOT NULL THEN 'all' END");
    }

    @Test
    void answerTypesParseTheWayExportsWriteThem() {
        assertThat(AnswerType.INTEGER.parse(" 9 ")).isEqualTo(9);
        assertThat(AnswerType.DECIMAL.parse("4,25")).isEqualTo(4.25);
        assertThat(AnswerType.YES_NO.parse("Ja")).isEqualTo(1);
        assertThat(AnswerType.YES_NO.parse("ei")).isEqualTo(0);
        assertThatThrownBy(() -> AnswerType.INTEGER.parse("nine")).hasMessage("not a number: 'nine'");
    }

    @Test
    void zComparisonOfIdenticalCertainScoresIsNotSignificant() {
        Summary all = Summary.of(Aggregation.whole(), new double[] { 1, 1 }, null, 0);
        Score certain = Score.from(all, ScoringOptions.defaults()).value(100).standardError(0).build();
        Comparison same = Comparisons.z(certain, certain, 0.95);
        assertThat(same.statistic()).isZero();
        assertThat(same.pValue()).isEqualTo(1);
        assertThat(same.significant()).isFalse();
    }
}
