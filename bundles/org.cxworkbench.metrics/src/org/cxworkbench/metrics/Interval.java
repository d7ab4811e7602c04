package org.cxworkbench.metrics;

/**
 * A point estimate with its confidence interval.
 *
 * @param estimate the score itself (a proportion, a mean)
 * @param low      the lower bound of the interval
 * @param high     the upper bound of the interval
 * @param level    the confidence level, for example 0.95
 * @param n        how many answers the estimate rests on; kept with the interval because readers judge a score by it
 */
public record Interval(double estimate, double low, double high, double level, long n) {

    public Interval {
        Intervals.requireLevel(level);
        if (n <= 0) {
            throw new IllegalArgumentException("n must be > 0 but was " + n);
        }
        if (!(low <= estimate && estimate <= high)) {
            throw new IllegalArgumentException(
                    "the interval [" + low + ", " + high + "] must contain its estimate " + estimate);
        }
    }

    /** Half the distance between the bounds: the "± x" a report prints next to a score. */
    public double margin() {
        return (high - low) / 2;
    }

    /** Whether a value (a target, last quarter's score) is within the interval, i.e. not clearly different. */
    public boolean contains(double value) {
        return low <= value && value <= high;
    }
}
