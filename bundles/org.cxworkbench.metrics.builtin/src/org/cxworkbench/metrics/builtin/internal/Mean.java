package org.cxworkbench.metrics.builtin.internal;

import org.cxworkbench.metrics.Aggregation;
import org.cxworkbench.metrics.Comparison;
import org.cxworkbench.metrics.Comparisons;
import org.cxworkbench.metrics.Estimates;
import org.cxworkbench.metrics.Metric;
import org.cxworkbench.metrics.Score;
import org.cxworkbench.metrics.ScoringOptions;
import org.cxworkbench.metrics.Summary;

/** The mean answer with its t-interval, for any numeric question. */
public class Mean implements Metric {

    @Override
    public Aggregation aggregation() {
        return Aggregation.whole();
    }

    @Override
    public Score score(Summary summary, ScoringOptions options) {
        options.methodOr("t", "t");
        return Estimates.mean(summary, options).counts(java.util.Map.of()).build();
    }

    @Override
    public Comparison compare(Score first, Score second, double level) {
        return Comparisons.welch(first, second, level);
    }
}
