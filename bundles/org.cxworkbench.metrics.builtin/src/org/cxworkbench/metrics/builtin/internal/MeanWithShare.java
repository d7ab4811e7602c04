package org.cxworkbench.metrics.builtin.internal;

import java.util.List;

import org.cxworkbench.metrics.Aggregation;
import org.cxworkbench.metrics.Comparison;
import org.cxworkbench.metrics.Comparisons;
import org.cxworkbench.metrics.Estimates;
import org.cxworkbench.metrics.Metric;
import org.cxworkbench.metrics.Score;
import org.cxworkbench.metrics.ScoringOptions;
import org.cxworkbench.metrics.Summary;

/**
 * A scale scored as its mean with a t-interval, plus the share of one bucket as a named secondary figure in %:
 * the shape of both CES variants. Subclasses exist because the extension registry creates metrics by class name.
 */
abstract class MeanWithShare implements Metric {

    private final Aggregation aggregation;
    private final String shareBucket;
    private final String shareFigure;

    MeanWithShare(Aggregation aggregation, String shareBucket, String shareFigure) {
        this.aggregation = aggregation;
        this.shareBucket = shareBucket;
        this.shareFigure = shareFigure;
    }

    @Override
    public Aggregation aggregation() {
        return aggregation;
    }

    @Override
    public Score score(Summary summary, ScoringOptions options) {
        options.methodOr("t", "t");
        Score.Builder score = Estimates.mean(summary, options);
        double share = summary.share(List.of(shareBucket));
        if (!Double.isNaN(share)) {
            score.secondary(shareFigure, 100 * share);
        }
        return score.build();
    }

    @Override
    public Comparison compare(Score first, Score second, double level) {
        return Comparisons.welch(first, second, level);
    }
}
