package org.cxworkbench.example.metric.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.cxworkbench.metrics.Metric;
import org.cxworkbench.metrics.MetricDescriptor;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.metrics.Score;
import org.cxworkbench.metrics.Scoring;
import org.cxworkbench.metrics.ScoringOptions;
import org.cxworkbench.metrics.Tier;
import org.junit.jupiter.api.Test;

/** The example metric, found and scored exactly as the product finds any plug-in's metric: through the registry. */
class FirstContactResolutionTest {

    @Test
    void theRegistryFindsTheContributionByItsId() {
        MetricDescriptor fcr = MetricRegistry.getDefault().find("fcr").orElseThrow();
        assertThat(fcr.name()).isEqualTo("First-contact resolution (FCR)");
        assertThat(fcr.tier()).isEqualTo(Tier.OPERATIONAL);
        assertThat(fcr.contributor()).isEqualTo("org.cxworkbench.example.metric");
        assertThat(fcr.parse("yes")).isEqualTo(1);
        assertThat(fcr.judge(85)).isEqualTo(MetricDescriptor.Judgement.GOOD);
    }

    @Test
    void fortyTwoOfFiftyResolvedMatchesTheHandComputedWilsonInterval() {
        // p = 42/50 = .84; SE = 100·sqrt(.84·.16/50) = 5.184593
        // Wilson: z²/n = 3.841459/50 = .076829, centre = (.84 + .038415)/1.076829 = .815742
        // half = 1.959964/1.076829·sqrt(.002688 + .000384) = .100884 -> [71.4858, 91.6626]
        double[] answers = new double[50];
        for (int i = 0; i < 42; i++) {
            answers[i] = 1;
        }
        Metric fcr = MetricRegistry.getDefault().find("fcr").orElseThrow().metric();
        Score score = Scoring.score(fcr, answers, ScoringOptions.defaults());
        assertThat(score.value()).isCloseTo(84, within(1e-9));
        assertThat(score.standardError()).isCloseTo(5.184593, within(1e-5));
        assertThat(score.low()).isCloseTo(71.485784, within(1e-5));
        assertThat(score.high()).isCloseTo(91.662579, within(1e-5));
        assertThat(score.counts()).containsEntry("resolved", 42L).containsEntry("unresolved", 8L);
        assertThat(fcr.needsFollowUp(0)).isTrue();
    }
}
