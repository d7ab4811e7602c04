package org.cxworkbench.example.metric.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.cxworkbench.metrics.Aggregation;
import org.cxworkbench.metrics.Bucket;
import org.cxworkbench.metrics.Metric;
import org.cxworkbench.metrics.MetricDescriptor;
import org.cxworkbench.metrics.MetricParameter;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.metrics.Score;
import org.cxworkbench.metrics.Scoring;
import org.cxworkbench.metrics.ScoringOptions;
import org.junit.jupiter.api.Test;

/** The parameterised example: its buckets follow --param target, two of them whatever the target. */
class HandledWithinTargetTest {

    // handling times in minutes: at or under 10 are 3, 4.5, 8, 9.99 and 10 (5 of 10); at or under 12 also 10.5, 12
    private static final double[] MINUTES = {3, 8, 10, 10.5, 12, 15, 30, 4.5, 9.99, 61};

    private static MetricDescriptor descriptor() {
        return MetricRegistry.getDefault().find("within-target").orElseThrow();
    }

    @Test
    void theRegistryListsTheDeclaredParameterWithItsDefault() {
        MetricDescriptor descriptor = descriptor();
        assertThat(descriptor.parameters()).containsExactly(new MetricParameter("target",
                "the target handling time in minutes; answers at or under it count as within", "10"));
        assertThat(descriptor.parameters().get(0).required()).isFalse();
        assertThat(descriptor.parse("12,5")).isEqualTo(12.5);
        // the fcr metric declares none
        assertThat(MetricRegistry.getDefault().find("fcr").orElseThrow().parameters()).isEmpty();
    }

    @Test
    void theTargetMakesTwoBucketsThatMeetAtTheTarget() {
        Metric metric = descriptor().metric();
        Aggregation twelve = metric.aggregation(Map.of("target", "12"));
        assertThat(twelve.buckets()).extracting(Bucket::name).containsExactly("within", "over");
        assertThat(twelve.bucketOf(12).name()).isEqualTo("within");
        assertThat(twelve.bucketOf(Math.nextUp(12.0)).name()).isEqualTo("over");
        assertThat(twelve.bucketOf(12.000001).name()).isEqualTo("over");
        // without the parameter the declared default applies
        assertThat(metric.aggregation()).isEqualTo(metric.aggregation(Map.of("target",
                descriptor().parameters().get(0).defaultValue())));
        assertThat(metric.aggregation(Map.of())).isEqualTo(metric.aggregation(Map.of("target", "10")));
    }

    @Test
    void fiveOfTenWithinTenMinutesAndSevenWithinTwelveMatchTheHandComputedWilsonIntervals() {
        Metric metric = descriptor().metric();
        // p = .5, n = 10: SE = 100·sqrt(.25/10) = 15.811388; Wilson centre .5, half = 1.959964/1.384146
        // · sqrt(.025 + .009604) = .263407 -> [23.659309, 76.340691]
        Score ten = Scoring.score(metric, MINUTES, ScoringOptions.defaults());
        assertThat(ten.value()).isCloseTo(50, within(1e-9));
        assertThat(ten.standardError()).isCloseTo(15.811388, within(1e-5));
        assertThat(ten.low()).isCloseTo(23.659309, within(1e-5));
        assertThat(ten.high()).isCloseTo(76.340691, within(1e-5));
        assertThat(ten.counts()).containsExactly(Map.entry("within", 5L), Map.entry("over", 5L));

        // p = .7: SE = 100·sqrt(.21/10) = 14.491377; Wilson centre (.7 + .192073)/1.384146 = .644493,
        // half = 1.415987 · sqrt(.021 + .009604) = .247715 -> [39.677815, 89.220873]
        Score twelve = Scoring.score(metric, MINUTES, ScoringOptions.defaults().withParameter("target", "12"));
        assertThat(twelve.value()).isCloseTo(70, within(1e-9));
        assertThat(twelve.standardError()).isCloseTo(14.491377, within(1e-5));
        assertThat(twelve.low()).isCloseTo(39.677815, within(1e-5));
        assertThat(twelve.high()).isCloseTo(89.220873, within(1e-5));
        assertThat(twelve.counts()).containsExactly(Map.entry("within", 7L), Map.entry("over", 3L));
    }

    @Test
    void aTargetThatIsNoNumberOfMinutesIsRefusedInOneLine() {
        Metric metric = descriptor().metric();
        assertThatThrownBy(() -> metric.aggregation(Map.of("target", "soon")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parameter target: 'soon' is not a number of minutes");
        assertThatThrownBy(() -> metric.aggregation(Map.of("target", "-1")))
                .hasMessage("parameter target: '-1' must be 0 or more minutes");
        assertThatThrownBy(() -> Scoring.score(metric, MINUTES, ScoringOptions.defaults().withMethod("wald")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
