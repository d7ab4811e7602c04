package org.cxworkbench.metrics;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The answers of one group reduced to {@link Moments} per {@link Bucket}: what a {@link Metric} scores. Built in
 * Java by {@link #of(Aggregation, double[], double[], long)} or by the store from SQL aggregates.
 *
 * @param buckets moments per bucket name, in the aggregation's order; every bucket is present, empty ones too
 * @param missing answers left out because they were blank
 */
public record Summary(Map<String, Moments> buckets, long missing) {

    public Summary {
        Objects.requireNonNull(buckets, "buckets");
        buckets = Collections.unmodifiableMap(new LinkedHashMap<>(buckets));
        if (missing < 0) {
            throw new IllegalArgumentException("missing must be >= 0 but was " + missing);
        }
    }

    /**
     * Summarises raw answers.
     *
     * @param values  the answers, blanks already left out
     * @param weights survey weights, one per value, each finite and >= 0; {@code null} for unweighted answers
     * @param missing how many blank answers were left out before
     * @throws IllegalArgumentException naming the value when it falls in no bucket, or a weight that is negative
     */
    public static Summary of(Aggregation aggregation, double[] values, double[] weights, long missing) {
        if (weights != null && weights.length != values.length) {
            throw new IllegalArgumentException(
                    values.length + " values but " + weights.length + " weights: one weight per value");
        }
        Map<String, Moments> moments = new LinkedHashMap<>();
        aggregation.buckets().forEach(b -> moments.put(b.name(), Moments.EMPTY));
        for (int i = 0; i < values.length; i++) {
            double weight = weights == null ? 1 : weights[i];
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("weight " + weight + " of answer " + (i + 1)
                        + " must be a finite number >= 0");
            }
            Bucket bucket = aggregation.bucketOf(values[i]);
            if (bucket == null) {
                throw new IllegalArgumentException("answer " + (i + 1) + " (" + values[i] + ") is in no category");
            }
            double value = values[i];
            moments.computeIfPresent(bucket.name(), (name, m) -> m.plus(value, weight));
        }
        return new Summary(moments, missing);
    }

    /**
     * A summary from counts alone, for inputs that are counts (customers lost and customers at the start of a
     * period) rather than answers: each bucket gets its count as if every answer had its low value and weight 1.
     */
    public static Summary ofCounts(Aggregation aggregation, Map<String, Long> counts) {
        Map<String, Moments> moments = new LinkedHashMap<>();
        for (Bucket bucket : aggregation.buckets()) {
            long count = counts.getOrDefault(bucket.name(), 0L);
            if (count < 0) {
                throw new IllegalArgumentException("count of " + bucket.name() + " must be >= 0 but was " + count);
            }
            double x = Double.isFinite(bucket.low()) ? bucket.low() : 0;
            moments.put(bucket.name(), new Moments(count, count, count, count * x, count * x * x));
        }
        for (String name : counts.keySet()) {
            if (!moments.containsKey(name)) {
                throw new IllegalArgumentException("no bucket named " + name + " in " + moments.keySet());
            }
        }
        return new Summary(moments, 0);
    }

    /** All buckets together. */
    public Moments total() {
        return buckets.values().stream().reduce(Moments.EMPTY, Moments::plus);
    }

    /** How many answers (weights not applied). */
    public long n() {
        return total().count();
    }

    /**
     * Kish's effective sample size (Σw)²/Σw²: the n that weighted answers are worth for the variance. Equals n
     * without weights; 0 when every weight is 0.
     */
    public double effectiveN() {
        Moments total = total();
        return total.sumSquaredWeights() == 0 ? 0 : total.sumWeights() * total.sumWeights() / total.sumSquaredWeights();
    }

    /** Raw counts per bucket, for {@link Score#counts()}. */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        buckets.forEach((name, m) -> counts.put(name, m.count()));
        return counts;
    }

    /** The weighted share (0..1) of the answers in the named buckets; NaN when the weights sum to 0. */
    public double share(Collection<String> bucketNames) {
        double sum = 0;
        for (String name : bucketNames) {
            Moments m = buckets.get(name);
            if (m == null) {
                throw new IllegalArgumentException("no bucket named " + name + " in " + buckets.keySet());
            }
            sum += m.sumWeights();
        }
        double all = total().sumWeights();
        return all == 0 ? Double.NaN : sum / all;
    }

    /** The weighted mean of all answers; NaN when the weights sum to 0. */
    public double mean() {
        Moments total = total();
        return total.sumWeights() == 0 ? Double.NaN : total.sumWeightedValues() / total.sumWeights();
    }

    /**
     * The weighted sample variance, scaled by n_eff/(n_eff − 1) so that without weights it is the usual s² with
     * n − 1 in the divisor; NaN when the effective n is 1 or less.
     */
    public double variance() {
        Moments total = total();
        double nEff = effectiveN();
        if (!(nEff > 1)) {
            return Double.NaN;
        }
        double mean = mean();
        // Σw(x−m)² = Σwx² − m·Σwx; clamped because rounding can leave a tiny negative for identical answers
        double spread = Math.max(0, total.sumWeightedSquares() - mean * total.sumWeightedValues());
        return spread / total.sumWeights() * nEff / (nEff - 1);
    }
}
