package org.cxworkbench.services.drivers;

import java.util.List;

/**
 * A key-driver analysis.
 *
 * @param outcomeId       the outcome point's id
 * @param outcomeName     its name
 * @param n               respondents with an answer on the outcome and on every driver (complete cases): the n of
 *                        every correlation and weight
 * @param rSquared        R² of the outcome on all drivers
 * @param conditionNumber of the drivers' correlation matrix
 * @param drivers         most important first (NaN weights last, then by name)
 * @param warnings        the rules broken, empty when none
 */
public record DriverResult(String outcomeId, String outcomeName, long n, double rSquared, double conditionNumber,
        List<Driver> drivers, List<DriverWarning> warnings) {

    public DriverResult {
        drivers = List.copyOf(drivers);
        warnings = List.copyOf(warnings);
    }
}
