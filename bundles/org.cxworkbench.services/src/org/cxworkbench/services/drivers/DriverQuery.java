package org.cxworkbench.services.drivers;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What {@link KeyDrivers#analyse} analyses.
 *
 * @param outcome the outcome measurement point, by id or name (case ignored): relationship NPS, churn, repeat purchase
 * @param drivers the driver points by id or name; empty for every experience-tier point on a touchpoint or stage
 * @param from    the first day of answers (included), or {@code null}
 * @param to      the last day of answers (included), or {@code null}
 * @param segment only respondents of this segment (stored text, or a journey segment's name or id), or {@code null}
 */
public record DriverQuery(String outcome, List<String> drivers, LocalDate from, LocalDate to, String segment) {

    public DriverQuery {
        Objects.requireNonNull(outcome, "outcome");
        drivers = List.copyOf(drivers);
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** Every answer, the default drivers. */
    public static DriverQuery of(String outcome) {
        return new DriverQuery(outcome, List.of(), null, null, null);
    }

    public DriverQuery range(LocalDate first, LocalDate last) {
        return new DriverQuery(outcome, drivers, first, last, segment);
    }

    public DriverQuery segment(String name) {
        return new DriverQuery(outcome, drivers, from, to, name);
    }

    public DriverQuery drivers(List<String> points) {
        return new DriverQuery(outcome, points, from, to, segment);
    }
}
