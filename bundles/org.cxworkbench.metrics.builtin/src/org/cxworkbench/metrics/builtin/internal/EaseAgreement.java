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
 * CES on the 7-point agreement scale "the company made it easy for me", where higher is better: the value is the
 * mean with its t-interval; {@code agree_pct} is the share of answers 5-7 in %.
 */
public final class EaseAgreement implements Metric {

    private static final Aggregation AGGREGATION = Aggregation.of(new Bucket("agree", 5, 7),
            new Bucket("neutral", 4, 4), new Bucket("disagree", 1, 3));

    @Override
    public Aggregation aggregation() {
        return AGGREGATION;
    }

    @Override
    public Score score(Summary summary, ScoringOptions options) {
        options.methodOr("t", "t");
        Score.Builder score = Estimates.mean(summary, options);
        double share = summary.share(List.of("agree"));
        if (!Double.isNaN(share)) {
            score.secondary("agree_pct", 100 * share);
        }
        return score.build();
    }

    @Override
    public Comparison compare(Score first, Score second, double level) {
        return Comparisons.welch(first, second, level);
    }
}
