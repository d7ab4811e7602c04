package org.cxworkbench.metrics;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/** Tests for the difference of two independent scores. */
public final class Comparisons {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private Comparisons() {
    }

    /** Two-sided z test of first − second with SE = sqrt(se1² + se2²): shares and net scores of large samples. */
    public static Comparison z(Score first, Score second, double level) {
        requireComparable(first, second);
        Intervals.requireLevel(level);
        double difference = first.value() - second.value();
        double se = Math.hypot(first.standardError(), second.standardError());
        double statistic = statistic(difference, se);
        double p = 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(statistic));
        return new Comparison(difference, se, statistic, "z", Double.POSITIVE_INFINITY, p, level);
    }

    /**
     * Welch's t test of first − second for means, which does not assume equal variances; degrees of freedom by
     * Welch–Satterthwaite from each score's standard error and effective n.
     */
    public static Comparison welch(Score first, Score second, double level) {
        requireComparable(first, second);
        Intervals.requireLevel(level);
        double v1 = first.standardError() * first.standardError();
        double v2 = second.standardError() * second.standardError();
        double difference = first.value() - second.value();
        double se = Math.sqrt(v1 + v2);
        double statistic = statistic(difference, se);
        double df = (v1 + v2) * (v1 + v2)
                / (v1 * v1 / (first.effectiveN() - 1) + v2 * v2 / (second.effectiveN() - 1));
        double p;
        if (se == 0 || !(df > 0)) {
            // both samples without spread: the difference is either exactly nothing or certain
            p = difference == 0 ? 1 : 0;
            df = Double.NaN;
        } else {
            p = 2 * new TDistribution(null, df).cumulativeProbability(-Math.abs(statistic));
        }
        return new Comparison(difference, se, statistic, "t", df, p, level);
    }

    private static double statistic(double difference, double se) {
        if (se == 0) {
            return difference == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, difference);
        }
        return difference / se;
    }

    private static void requireComparable(Score first, Score second) {
        if (first.isEmpty() || second.isEmpty()) {
            throw new IllegalArgumentException("cannot compare: the " + (first.isEmpty() ? "first" : "second")
                    + " sample has no answers");
        }
        if (Double.isNaN(first.standardError()) || Double.isNaN(second.standardError())) {
            throw new IllegalArgumentException("cannot compare: a sample is too small for a standard error");
        }
    }
}
