package org.cxworkbench.services.drivers;

import org.cxworkbench.metrics.Score;

/**
 * One driver of the outcome: a row of the importance × performance table.
 *
 * @param pointId        the driver's measurement point id
 * @param pointName      its name
 * @param touchpointName the touchpoint (or stage) it is attached to, or {@code null}
 * @param metricId       its metric
 * @param correlation    Pearson's r with the outcome over the complete respondents, both oriented so that higher is
 *                       better (a good touchpoint with a low churn gives a positive r)
 * @param rawWeight      Johnson's relative weight: the part of R² it accounts for
 * @param importance     the relative weight as a percentage of R² (the drivers add up to 100)
 * @param vif            its variance inflation factor
 * @param score          its own score over every answer in the range (n, value, interval), or {@code null}
 * @param target         the point's target value, or {@code null}
 * @param performance    the mean answer's position on the scale, 0-100, the good end at 100 (over every answer in the
 *                       range)
 * @param quadrant       where it falls in the grid
 */
public record Driver(String pointId, String pointName, String touchpointName, String metricId, double correlation,
        double rawWeight, double importance, double vif, Score score, Double target, double performance,
        Quadrant quadrant) {
}
