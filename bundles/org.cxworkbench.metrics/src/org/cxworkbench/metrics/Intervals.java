package org.cxworkbench.metrics;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;

/** Confidence intervals for the two shapes every CX score takes: a proportion of answers, or a mean of ratings. */
public final class Intervals {

    /** The level reports use unless the user chooses another. */
    public static final double DEFAULT_LEVEL = 0.95;

    // no random generator: only quantiles are needed, and seeding one costs more than the whole computation
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private Intervals() {
    }

    /** {@link #wilson(long, long, double)} at the {@linkplain #DEFAULT_LEVEL default level}. */
    public static Interval wilson(long successes, long n) {
        return wilson(successes, n, DEFAULT_LEVEL);
    }

    /**
     * The Wilson score interval of a proportion (share of promoters, of satisfied customers, of churned accounts).
     * Chosen over the textbook normal approximation because touchpoints often have few answers and proportions near 0
     * or 1, where the normal interval collapses to a point or leaves [0, 1].
     *
     * @param successes how many answers count (promoters, "satisfied", ...), 0..n
     * @param n         how many answers there are, more than 0
     * @param level     confidence level, strictly between 0 and 1
     */
    public static Interval wilson(long successes, long n, double level) {
        if (n <= 0) {
            throw new IllegalArgumentException("n must be > 0 but was " + n);
        }
        if (successes < 0 || successes > n) {
            throw new IllegalArgumentException(
                    "successes must be between 0 and n (" + n + ") but was " + successes);
        }
        requireLevel(level);
        double z = STANDARD_NORMAL.inverseCumulativeProbability(1 - (1 - level) / 2);
        double p = (double) successes / n;
        double z2n = z * z / n;
        double centre = (p + z2n / 2) / (1 + z2n);
        double halfWidth = z / (1 + z2n) * Math.sqrt(p * (1 - p) / n + z2n / (4 * n));
        // clamp: at 0 or n successes rounding would otherwise put a bound a hair outside [0, 1] and past the estimate
        return new Interval(p, Math.min(p, Math.max(0, centre - halfWidth)), Math.max(p, Math.min(1, centre + halfWidth)),
                level, n);
    }

    /**
     * The Wilson bounds for a weighted share, where n is Kish's effective sample size and need not be whole. Returns
     * {@code {low, high}}; with a whole n and an unweighted share it equals {@link #wilson(long, long, double)}.
     *
     * @param proportion 0..1
     * @param n          the (effective) sample size, more than 0
     */
    public static double[] wilsonBounds(double proportion, double n, double level) {
        if (!(n > 0)) {
            throw new IllegalArgumentException("n must be > 0 but was " + n);
        }
        if (!(proportion >= 0 && proportion <= 1)) {
            throw new IllegalArgumentException("proportion must be between 0 and 1 but was " + proportion);
        }
        requireLevel(level);
        double z = normalQuantile(level);
        double z2n = z * z / n;
        double centre = (proportion + z2n / 2) / (1 + z2n);
        double halfWidth = z / (1 + z2n) * Math.sqrt(proportion * (1 - proportion) / n + z2n / (4 * n));
        return new double[] { Math.min(proportion, Math.max(0, centre - halfWidth)),
                Math.max(proportion, Math.min(1, centre + halfWidth)) };
    }

    /** The two-sided normal quantile z for a confidence level: 1.959964 for 0.95. */
    public static double normalQuantile(double level) {
        requireLevel(level);
        return STANDARD_NORMAL.inverseCumulativeProbability(1 - (1 - level) / 2);
    }

    /** The two-sided Student-t quantile for a confidence level; degrees of freedom need not be whole (Welch, Kish). */
    public static double tQuantile(double level, double degreesOfFreedom) {
        requireLevel(level);
        return new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability(1 - (1 - level) / 2);
    }

    /** {@link #studentT(double[], double)} at the {@linkplain #DEFAULT_LEVEL default level}. */
    public static Interval studentT(double[] values) {
        return studentT(values, DEFAULT_LEVEL);
    }

    /**
     * The Student-t interval of the mean of raw ratings (CSAT 1-5, CES 1-7).
     *
     * @param values at least two finite values
     */
    public static Interval studentT(double[] values, double level) {
        if (values == null || values.length < 2) {
            throw new IllegalArgumentException("a t interval needs at least 2 values but got "
                    + (values == null ? 0 : values.length));
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("values[" + i + "] must be a finite number but was " + values[i]);
            }
        }
        double mean = StatUtils.mean(values);
        return studentT(mean, Math.sqrt(StatUtils.variance(values, mean)), values.length, level);
    }

    /**
     * The Student-t interval of a mean from summary statistics, for when the store has aggregated the ratings in SQL
     * and the values never leave the database.
     *
     * @param standardDeviation the sample standard deviation (divided by n - 1), not the population one
     * @param n                 how many values the mean is of, at least 2
     */
    public static Interval studentT(double mean, double standardDeviation, long n, double level) {
        if (n < 2) {
            throw new IllegalArgumentException("a t interval needs n >= 2 but n was " + n);
        }
        if (!Double.isFinite(mean)) {
            throw new IllegalArgumentException("mean must be a finite number but was " + mean);
        }
        if (!(standardDeviation >= 0) || Double.isInfinite(standardDeviation)) {
            throw new IllegalArgumentException(
                    "standardDeviation must be a finite number >= 0 but was " + standardDeviation);
        }
        requireLevel(level);
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(1 - (1 - level) / 2);
        double halfWidth = t * standardDeviation / Math.sqrt(n);
        return new Interval(mean, mean - halfWidth, mean + halfWidth, level, n);
    }

    /** @throws IllegalArgumentException unless 0 &lt; level &lt; 1 */
    public static void requireLevel(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be between 0 and 1 (exclusive) but was " + level);
        }
    }
}
