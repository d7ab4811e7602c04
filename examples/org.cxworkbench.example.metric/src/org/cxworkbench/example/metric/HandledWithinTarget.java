package org.cxworkbench.example.metric;

import java.util.List;
import java.util.Map;

import org.cxworkbench.metrics.Aggregation;
import org.cxworkbench.metrics.Bucket;
import org.cxworkbench.metrics.Estimates;
import org.cxworkbench.metrics.Metric;
import org.cxworkbench.metrics.Score;
import org.cxworkbench.metrics.ScoringOptions;
import org.cxworkbench.metrics.Summary;

/**
 * Share of contacts handled within a target time: the % of handling times (in minutes) at or under the target given
 * as {@code --param target=<minutes>} (default {@value #DEFAULT_TARGET}), with its Wilson interval.
 * <p>
 * The pattern of a parameterised metric: the buckets depend on a parameter, so the metric overrides
 * {@link #aggregation(Map)}. Two buckets are enough whatever the target, and the results store counts them in SQL
 * without reading the answers.
 */
public final class HandledWithinTarget implements Metric {

    /** The name of the parameter, as declared in plugin.xml. */
    public static final String TARGET = "target";
    /** The target when none is given; the same as the {@code default} in plugin.xml. */
    public static final String DEFAULT_TARGET = "10";

    @Override
    public Aggregation aggregation() {
        return aggregation(Map.of());
    }

    @Override
    public Aggregation aggregation(Map<String, String> parameters) {
        double target = target(parameters);
        // "within" holds the target itself; "over" starts at the next double above it, so nothing falls between
        return Aggregation.of(new Bucket("within", Double.NEGATIVE_INFINITY, target),
                new Bucket("over", Math.nextUp(target), Double.POSITIVE_INFINITY));
    }

    @Override
    public Score score(Summary summary, ScoringOptions options) {
        options.methodOr("wilson", "wilson");
        return Estimates.percentage(summary, List.of("within"), options).build();
    }

    /** The target in minutes, a finite number of at least 0. */
    static double target(Map<String, String> parameters) {
        String text = parameters.getOrDefault(TARGET, DEFAULT_TARGET).strip();
        double target;
        try {
            target = Double.parseDouble(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter target: '" + text + "' is not a number of minutes", e);
        }
        if (!Double.isFinite(target) || target < 0) {
            throw new IllegalArgumentException("parameter target: '" + text + "' must be 0 or more minutes");
        }
        return target;
    }
}
