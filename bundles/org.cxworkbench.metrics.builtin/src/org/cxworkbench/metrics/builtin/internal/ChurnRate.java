package org.cxworkbench.metrics.builtin.internal;

import java.util.List;

import org.cxworkbench.metrics.Aggregation;
import org.cxworkbench.metrics.Bucket;
import org.cxworkbench.metrics.Estimates;
import org.cxworkbench.metrics.Intervals;
import org.cxworkbench.metrics.Metric;
import org.cxworkbench.metrics.Score;
import org.cxworkbench.metrics.ScoringOptions;
import org.cxworkbench.metrics.Summary;

/**
 * Customer churn rate in %: customers lost in the period / customers at its start, with the Wilson interval. The
 * inputs are counts: either one answer per customer at the start (1 = lost during the period, 0 = kept), or a
 * summary built with {@link Summary#ofCounts} from {@code lost} and {@code kept}.
 * <p>
 * Definitions differ by business model, so the base is a choice: parameter {@code base=average} with
 * {@code customersAtEnd=<count>} divides by the period's average base (start + end) / 2 instead; the interval then
 * treats that average as the sample size. Parameter {@code period} (e.g. {@code 2026-Q1}) is required: a churn
 * rate without its period cannot be compared with anything, and which customers count as "at the start" is
 * decided by whoever selects the rows, so the caller must say what they selected.
 */
public final class ChurnRate implements Metric {

    private static final Aggregation AGGREGATION = Aggregation.of(new Bucket("lost", 1, 1), new Bucket("kept", 0, 0));

    @Override
    public Aggregation aggregation() {
        return AGGREGATION;
    }

    @Override
    public Score score(Summary summary, ScoringOptions options) {
        options.methodOr("wilson", "wilson");
        String period = options.parameters().get("period");
        if (period == null || period.isBlank()) {
            throw new IllegalArgumentException(
                    "churn needs the period it covers: parameter period (on the command line --param period=2026-Q1)");
        }
        String base = options.parameters().getOrDefault("base", "start");
        if ("start".equals(base)) {
            return Estimates.percentage(summary, List.of("lost"), options).build();
        }
        if (!"average".equals(base)) {
            throw new IllegalArgumentException("unknown churn base '" + base + "' (start or average)");
        }
        String end = options.parameters().get("customersAtEnd");
        if (end == null) {
            throw new IllegalArgumentException("churn on the average base needs the parameter customersAtEnd");
        }
        long atEnd = Long.parseLong(end.strip());
        if (atEnd < 0) {
            throw new IllegalArgumentException("customersAtEnd must be >= 0 but was " + atEnd);
        }
        Score.Builder score = Score.from(summary, options);
        double lost = summary.buckets().get("lost").count();
        double averageBase = (summary.n() + atEnd) / 2.0;
        score.secondary("average_base", averageBase);
        if (!(averageBase > 0) || lost > averageBase) {
            return score.build();
        }
        double p = lost / averageBase;
        double[] bounds = Intervals.wilsonBounds(p, averageBase, options.level());
        return score.value(100 * p).standardError(100 * Math.sqrt(p * (1 - p) / averageBase))
                .interval(100 * bounds[0], 100 * bounds[1]).build();
    }
}
