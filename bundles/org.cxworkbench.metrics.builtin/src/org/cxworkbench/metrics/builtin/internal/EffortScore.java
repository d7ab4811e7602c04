package org.cxworkbench.metrics.builtin.internal;

import java.util.List;

import org.cxworkbench.metrics.Aggregation;
import org.cxworkbench.metrics.Bucket;
import org.cxworkbench.metrics.Comparison;
import org.cxworkbench.metrics.Comparisons;
import org.cxworkbench.metrics.Estimates;
import org.cxworkbench.metrics.Metric;
import org.cxworkbench.metrics.Score;
import org.cxworkbench.metrics.ScoringOptions;
import org.cxworkbench.metrics.Summary;

/**
 * CES on the 1-5 effort scale ("how much effort did you have to put in"), where lower is better: the value is the
 * mean effort with its t-interval; {@code low_effort_pct} is the share of answers 1-2 in %.
 */
public final class EffortScore implements Metric {

    private static final Aggregation AGGREGATION = Aggregation.of(new Bucket("low_effort", 1, 2),
            new Bucket("neutral", 3, 3), new Bucket("high_effort", 4, 5));

    @Override
    public Aggregation aggregation() {
        return AGGREGATION;
    }

    @Override
    public Score score(Summary summary, ScoringOptions options) {
        options.methodOr("t", "t");
        Score.Builder score = Estimates.mean(summary, options);
        double share = summary.share(List.of("low_effort"));
        if (!Double.isNaN(share)) {
            score.secondary("low_effort_pct", 100 * share);
        }
        return score.build();
    }

    @Override
    public Comparison compare(Score first, Score second, double level) {
        return Comparisons.welch(first, second, level);
    }
}
