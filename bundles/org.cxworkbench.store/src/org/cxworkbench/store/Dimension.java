package org.cxworkbench.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What stored answers can be grouped by when {@link StoreScoring} scores them. The journey's own structure
 * (measurement point, touchpoint, stage), what was stored with each answer or respondent (channel, segment,
 * account), and the period the answer was given in (day, ISO week, month, quarter).
 *
 * <p>Keys: a measurement point, touchpoint or stage is keyed by its UUID (renames never split a series), channel,
 * segment and account by the text stored from the file, periods by an ISO-like label that sorts in time order:
 * {@code 2026-11-27}, {@code 2026-W48}, {@code 2026-11}, {@code 2026-Q4}.
 */
public enum Dimension {
    MEASUREMENT_POINT("point"),
    TOUCHPOINT("touchpoint"),
    STAGE("stage"),
    CHANNEL("channel"),
    SEGMENT("segment"),
    ACCOUNT("account"),
    DAY("day"),
    WEEK("week"),
    MONTH("month"),
    QUARTER("quarter");

    private final String key;

    Dimension(String key) {
        this.key = key;
    }

    /** The name used on the command line and as an output field: {@code point}, {@code touchpoint}, ... */
    public String key() {
        return key;
    }

    /** The dimension named {@code text} ({@link #key()}, case ignored; {@code measurement-point} too). */
    public static Optional<Dimension> byKey(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        if (wanted.equals("measurement-point") || wanted.equals("measurement_point")) {
            return Optional.of(MEASUREMENT_POINT);
        }
        return Arrays.stream(values()).filter(d -> d.key.equals(wanted)).findFirst();
    }

    /** Whether this is a period of the answer's time. */
    public boolean isPeriod() {
        return ordinal() >= DAY.ordinal();
    }

    /** The first day of the period holding {@code day} (weeks start on Monday, as ISO weeks do). */
    public LocalDate start(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
            default -> throw new IllegalStateException(this + " is not a period");
        };
    }

    /** The last day of the period holding {@code day}, included in it. */
    public LocalDate end(LocalDate day) {
        LocalDate start = start(day);
        return switch (this) {
            case DAY -> start;
            case WEEK -> start.plusDays(6);
            case MONTH -> start.plusMonths(1).minusDays(1);
            default -> start.plusMonths(3).minusDays(1);
        };
    }

    /** The first day of the period before the one holding {@code day}: what a scorecard compares with. */
    public LocalDate previousStart(LocalDate day) {
        return start(start(day).minusDays(1));
    }

    /** The label of the period holding {@code day}: {@code 2026-11-27}, {@code 2026-W48}, {@code 2026-11}, {@code 2026-Q4}. */
    public String label(LocalDate day) {
        return switch (this) {
            case DAY -> day.toString();
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                    day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format(Locale.ROOT, "%d-%02d", day.getYear(), day.getMonthValue());
            case QUARTER -> String.format(Locale.ROOT, "%d-Q%d", day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
            default -> throw new IllegalStateException(this + " is not a period");
        };
    }
}
