package org.cxworkbench.metrics.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.cxworkbench.metrics.Interval;
import org.cxworkbench.metrics.Intervals;
import org.junit.jupiter.api.Test;

/** Commons Math inside OSGi, checked against intervals worked out by hand. */
class IntervalsTest {

    @Test
    void wilsonIntervalOfAProportionMatchesTheHandComputedOne() {
        // p = 81/263 = 0.307985, z = 1.959964, z²/n = 3.841459/263 = 0.014606
        // centre = (p + z²/2n) / (1 + z²/n) = (0.307985 + 0.007303) / 1.014606 = 0.310749
        // half   = z / (1 + z²/n) * sqrt(p(1-p)/n + z²/4n²)
        //        = 1.959964 / 1.014606 * sqrt(0.213131/263 + 3.841459/276676)
        //        = 1.931748 * sqrt(0.00081038 + 0.00001388) = 1.931748 * 0.028710 = 0.055461
        // => [0.255289, 0.366210], the figure usually quoted as [0.2553, 0.3662]
        Interval interval = Intervals.wilson(81, 263);

        assertThat(interval.estimate()).isCloseTo(0.307985, within(1e-6));
        assertThat(interval.low()).isCloseTo(0.2553, within(0.0005));
        assertThat(interval.high()).isCloseTo(0.3662, within(0.0005));
        assertThat(interval.low()).isCloseTo(0.255289, within(1e-6));
        assertThat(interval.high()).isCloseTo(0.366210, within(1e-6));
        assertThat(interval.level()).isEqualTo(0.95);
        assertThat(interval.n()).isEqualTo(263);
    }

    @Test
    void wilsonStaysInsideZeroToOneWhereTheNormalApproximationCollapses() {
        // 0 of 10 at 90%: z = 1.644854, z²/n = 0.270554; centre = half = 0.135277/1.270554 = 0.106471
        // => [0, 0.212942]; the normal approximation would give [0, 0]
        Interval none = Intervals.wilson(0, 10, 0.90);
        assertThat(none.low()).isZero();
        assertThat(none.high()).isCloseTo(0.212942, within(1e-6));

        Interval all = Intervals.wilson(10, 10, 0.90);
        assertThat(all.high()).isEqualTo(1.0);
        assertThat(all.low()).isCloseTo(1 - 0.212942, within(1e-6));
    }

    @Test
    void aLowerLevelGivesANarrowerInterval() {
        assertThat(Intervals.wilson(81, 263, 0.80).margin()).isLessThan(Intervals.wilson(81, 263).margin());
    }

    @Test
    void studentTIntervalOfAMeanMatchesTheHandComputedOne() {
        // ratings 7, 8, 9, 6, 10: mean 8, squared deviations 1+0+1+4+4 = 10, s² = 10/4 = 2.5, s = 1.581139
        // standard error s/sqrt(5) = 0.707107; t(0.975, df=4) = 2.776445 (tables: 2.7764)
        // half width 2.776445 * 0.707107 = 1.963243 => [6.036757, 9.963243]
        Interval interval = Intervals.studentT(new double[] { 7, 8, 9, 6, 10 });

        assertThat(interval.estimate()).isEqualTo(8.0);
        assertThat(interval.low()).isCloseTo(6.036757, within(1e-5));
        assertThat(interval.high()).isCloseTo(9.963243, within(1e-5));
        assertThat(interval.margin() / 0.707107).as("t quantile").isCloseTo(2.7764, within(1e-4));
        assertThat(interval.n()).isEqualTo(5);
        assertThat(interval.contains(9.9)).isTrue();
        assertThat(interval.contains(10)).isFalse();
    }

    @Test
    void theSummaryFormGivesTheSameIntervalAsTheRawValues() {
        Interval fromValues = Intervals.studentT(new double[] { 7, 8, 9, 6, 10 }, 0.99);
        Interval fromSummary = Intervals.studentT(8.0, Math.sqrt(2.5), 5, 0.99);

        assertThat(fromSummary.low()).isCloseTo(fromValues.low(), within(1e-12));
        assertThat(fromSummary.high()).isCloseTo(fromValues.high(), within(1e-12));
        // t(0.995, df=4) = 4.604095: half width 4.604095 * 0.707107 = 3.255590
        assertThat(fromSummary.margin()).isCloseTo(3.255590, within(1e-5));
    }

    @Test
    void invalidArgumentsAreRefusedWithTheOffendingValue() {
        assertThatThrownBy(() -> Intervals.wilson(0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("n must be > 0 but was 0");
        assertThatThrownBy(() -> Intervals.wilson(11, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("successes must be between 0 and n (10) but was 11");
        assertThatThrownBy(() -> Intervals.wilson(-1, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("successes must be between 0 and n (10) but was -1");
        assertThatThrownBy(() -> Intervals.wilson(5, 10, 1.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("level must be between 0 and 1 (exclusive) but was 1.0");
        assertThatThrownBy(() -> Intervals.wilson(5, 10, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("level");
        assertThatThrownBy(() -> Intervals.studentT(new double[] { 4 })).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a t interval needs at least 2 values but got 1");
        assertThatThrownBy(() -> Intervals.studentT(new double[] { 4, Double.NaN }))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("values[1] must be a finite number but was NaN");
        assertThatThrownBy(() -> Intervals.studentT(3.0, -1, 10, 0.95)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("standardDeviation");
    }
}
