package org.cxworkbench.ui.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import org.cxworkbench.store.Dimension;

/**
 * The answers' period that the Scores view and the map overlay show, and the one they compare it with.
 *
 * @param unit {@link Dimension#MONTH} or {@link Dimension#QUARTER} for a calendar period, {@code null} for a custom
 *             range
 * @param from first day (included)
 * @param to   last day (included)
 */
public record AnalysisPeriod(Dimension unit, LocalDate from, LocalDate to) {

    public AnalysisPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
        if (unit != null && unit != Dimension.MONTH && unit != Dimension.QUARTER) {
            throw new IllegalArgumentException("a period is a month, a quarter or a custom range, not " + unit);
        }
    }

    /** The calendar month or quarter ({@code unit}) that holds {@code day}. */
    public static AnalysisPeriod of(Dimension unit, LocalDate day) {
        return new AnalysisPeriod(unit, unit.start(day), unit.end(day));
    }

    /** A custom range. */
    public static AnalysisPeriod custom(LocalDate from, LocalDate to) {
        return new AnalysisPeriod(null, from, to);
    }

    /** The period before this one: the previous month or quarter, or a range of the same length just before. */
    public AnalysisPeriod previous() {
        if (unit != null) {
            return of(unit, unit.previousStart(from));
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return custom(from.minusDays(days), from.minusDays(1));
    }

    /** The period after this one (same rule as {@link #previous()}). */
    public AnalysisPeriod next() {
        if (unit != null) {
            return of(unit, to.plusDays(1));
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return custom(to.plusDays(1), to.plusDays(days));
    }
}
