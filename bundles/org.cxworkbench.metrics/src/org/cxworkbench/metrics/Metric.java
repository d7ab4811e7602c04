package org.cxworkbench.metrics;

import java.util.Map;

/**
 * The scoring half of a metric contributed to the extension point {@code org.cxworkbench.metrics.metrics}; its
 * descriptive half (id, names, tier, scale, direction, thresholds) is in plugin.xml and reaches code as a
 * {@link MetricDescriptor}. One instance serves every score, from any thread: implementations must be stateless.
 * <p>
 * A metric scores a {@link Summary} rather than raw answers, so that the store can aggregate in SQL
 * ({@link Aggregation#sqlBucket(String)}) and the same metric works on a million answers without reading them.
 * {@link Scoring} turns raw answers into summaries.
 */
public interface Metric {

    /**
     * How answers must be summarised for {@link #score(Summary, ScoringOptions)} when no parameter is given.
     * Constant for an instance.
     */
    Aggregation aggregation();

    /**
     * How answers must be summarised when the metric is scored with these parameters (the
     * {@link ScoringOptions#parameters()} that {@link #score(Summary, ScoringOptions)} then receives). Override it
     * when the buckets depend on a parameter: a share of handling times at or under a target of N minutes needs the
     * two buckets {@code [−∞, N]} and {@code (N, +∞)}, and the store then computes exactly those two in SQL. The
     * same parameters must always give the same aggregation; the default ignores them and returns
     * {@link #aggregation()}.
     *
     * @param parameters the scoring parameters by name, possibly empty; the metric ignores those it does not know
     * @throws IllegalArgumentException for a parameter value the metric cannot use, saying which and why in one line
     * @since 0.2
     */
    default Aggregation aggregation(Map<String, String> parameters) {
        return aggregation();
    }

    /**
     * The score of one group. Must not throw for an empty summary or one of a single answer: it returns a score
     * whose value or interval is NaN instead.
     *
     * @throws IllegalArgumentException for an option the metric cannot honour (an unknown method)
     */
    Score score(Summary summary, ScoringOptions options);

    /**
     * Whether one answer calls for someone to contact the customer (a CSAT 1-2, an NPS detractor), so that the loop
     * is closed per answer and not only per score. None by default.
     */
    default boolean needsFollowUp(double answer) {
        return false;
    }

    /**
     * Whether the difference between two scores of this metric is more than chance. The default is a two-sided z
     * test on the scores' standard errors (independent samples), right for shares and net scores; metrics scoring a
     * mean override it with {@link Comparisons#welch(Score, Score, double)}.
     */
    default Comparison compare(Score first, Score second, double level) {
        return Comparisons.z(first, second, level);
    }
}
