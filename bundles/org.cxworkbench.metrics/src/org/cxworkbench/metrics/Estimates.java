package org.cxworkbench.metrics;

import java.util.Collection;

/**
 * The two estimates almost every CX metric is made of, from a {@link Summary}: a weighted share of some categories
 * with its Wilson interval, and a weighted mean with its t-interval. Weighted answers use Kish's effective n for the
 * variance. Metric authors start from these and add their own figures.
 */
public final class Estimates {

    private Estimates() {
    }

    /**
     * The share of answers in {@code successBuckets}, as a percentage 0..100, with SE = 100·sqrt(p(1−p)/n_eff) and
     * the Wilson interval on n_eff. Value and interval are NaN when nothing was answered (or every weight is 0).
     */
    public static Score.Builder percentage(Summary summary, Collection<String> successBuckets,
            ScoringOptions options) {
        Score.Builder score = Score.from(summary, options);
        double p = summary.share(successBuckets);
        double nEff = summary.effectiveN();
        if (Double.isNaN(p) || !(nEff > 0)) {
            return score;
        }
        double[] bounds = Intervals.wilsonBounds(p, nEff, options.level());
        return score.value(100 * p).standardError(100 * Math.sqrt(p * (1 - p) / nEff))
                .interval(100 * bounds[0], 100 * bounds[1]);
    }

    /**
     * The mean answer with SE = s/sqrt(n_eff) and the Student-t interval on n_eff − 1 degrees of freedom. With one
     * answer the mean is known but its spread is not: SE and interval are NaN.
     */
    public static Score.Builder mean(Summary summary, ScoringOptions options) {
        Score.Builder score = Score.from(summary, options);
        double mean = summary.mean();
        if (Double.isNaN(mean)) {
            return score;
        }
        score.value(mean);
        double variance = summary.variance();
        if (Double.isNaN(variance)) {
            return score;
        }
        double nEff = summary.effectiveN();
        double se = Math.sqrt(variance / nEff);
        double half = Intervals.tQuantile(options.level(), nEff - 1) * se;
        return score.standardError(se).interval(mean - half, mean + half);
    }

    /** The t-interval bounds of a mean, for metrics reporting a mean as a secondary figure; NaN when n_eff ≤ 1. */
    public static double[] meanBounds(Summary summary, double level) {
        double variance = summary.variance();
        if (Double.isNaN(variance)) {
            return new double[] { Double.NaN, Double.NaN };
        }
        double nEff = summary.effectiveN();
        double half = Intervals.tQuantile(level, nEff - 1) * Math.sqrt(variance / nEff);
        return new double[] { summary.mean() - half, summary.mean() + half };
    }
}
