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
 * CSAT on 1-5: the value is the top-2-box share (answers 4-5) in % with its Wilson interval; the mean answer and its
 * t-interval are secondary figures ({@code mean}, {@code mean_ci_low}, {@code mean_ci_high}). Answers 1-2
 * ("dissatisfied") call for a follow-up.
 */
public final class CustomerSatisfaction implements Metric {

    private static final Aggregation AGGREGATION = Aggregation.of(new Bucket("satisfied", 4, 5),
            new Bucket("neutral", 3, 3), new Bucket("dissatisfied", 1, 2));

    @Override
    public Aggregation aggregation() {
        return AGGREGATION;
    }

    @Override
    public boolean needsFollowUp(double answer) {
        return answer <= 2;
    }

    @Override
    public Score score(Summary summary, ScoringOptions options) {
        options.methodOr("wilson", "wilson");
        Score.Builder score = Estimates.percentage(summary, List.of("satisfied"), options);
        if (!Double.isNaN(summary.mean())) {
            double[] bounds = Estimates.meanBounds(summary, options.level());
            score.secondary("mean", summary.mean()).secondary("mean_ci_low", bounds[0])
                    .secondary("mean_ci_high", bounds[1]);
        }
        return score.build();
    }
}
