package org.cxworkbench.metrics.builtin.internal;

import java.util.List;

import org.cxworkbench.metrics.Aggregation;
import org.cxworkbench.metrics.Bucket;
import org.cxworkbench.metrics.Estimates;
import org.cxworkbench.metrics.Metric;
import org.cxworkbench.metrics.Score;
import org.cxworkbench.metrics.ScoringOptions;
import org.cxworkbench.metrics.Summary;

/**
 * The share of yes answers in % with its Wilson interval: the generic {@code proportion} and the yes/no CES
 * ({@code ces-yesno}), which differ only in what their descriptors say.
 */
public final class Proportion implements Metric {

    private static final Aggregation AGGREGATION = Aggregation.of(new Bucket("yes", 1, 1), new Bucket("no", 0, 0));

    @Override
    public Aggregation aggregation() {
        return AGGREGATION;
    }

    @Override
    public Score score(Summary summary, ScoringOptions options) {
        options.methodOr("wilson", "wilson");
        return Estimates.percentage(summary, List.of("yes"), options).build();
    }
}
