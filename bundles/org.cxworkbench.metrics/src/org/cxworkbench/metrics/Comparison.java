package org.cxworkbench.metrics;

/**
 * The difference between two scores (two periods, two segments) and whether it is more than chance.
 *
 * @param difference       first minus second, in the metric's unit
 * @param standardError    the standard error of the difference
 * @param statistic        the test statistic, difference / standardError
 * @param test             {@code z} (normal) or {@code t} (Welch's t)
 * @param degreesOfFreedom Welch–Satterthwaite degrees of freedom for {@code t}, infinite for {@code z}
 * @param pValue           two-sided p-value
 * @param level            the confidence level the significance is judged at
 */
public record Comparison(double difference, double standardError, double statistic, String test,
        double degreesOfFreedom, double pValue, double level) {

    /** Whether the difference is significant at {@link #level()}: p below 1 − level. */
    public boolean significant() {
        return pValue < 1 - level;
    }
}
