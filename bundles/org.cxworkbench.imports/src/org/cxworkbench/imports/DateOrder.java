package org.cxworkbench.imports;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of the first two numbers of a slash date ({@code 01/02/2026}) is the day: the one thing about a date that its
 * text may not tell. It is decided once per file, never row by row (so that {@code 01/02/2026} means the same day in
 * every row of a file): by the user ({@code --date-format}), else by the file's first slash date whose order shows
 * (a first number above 12 is a day, a second one above 12 is), else by the tool that wrote the file
 * ({@link Dialect#dateOrder()}).
 */
public enum DateOrder {

    /** {@code 27/11/2026}: day, month, year; most of Europe. */
    DAY_FIRST("day-first"),
    /** {@code 11/27/2026}: month, day, year; the United States, and so SurveyMonkey and Google's US default. */
    MONTH_FIRST("month-first");

    /** A whole cell that is a slash date, optionally followed by a time. */
    private static final Pattern SLASH_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/\\d{4}(?:[ T]\\d{1,2}:\\d{2}.*)?");
    private static final List<String> DAY_FIRST_NAMES = List.of("day-first", "dayfirst", "dmy", "d/m/y",
            "dd/mm/yyyy", "d/m/yyyy");
    private static final List<String> MONTH_FIRST_NAMES = List.of("month-first", "monthfirst", "mdy", "m/d/y",
            "mm/dd/yyyy", "m/d/yyyy");

    private final String id;

    DateOrder(String id) {
        this.id = id;
    }

    /** The name a user types: {@code day-first} or {@code month-first}. */
    public String id() {
        return id;
    }

    /**
     * The order a user named: {@code day-first} (also {@code dmy}, {@code dd/mm/yyyy}) or {@code month-first} (also
     * {@code mdy}, {@code mm/dd/yyyy}), ignoring case.
     */
    public static Optional<DateOrder> byName(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (DAY_FIRST_NAMES.contains(wanted)) {
            return Optional.of(DAY_FIRST);
        }
        if (MONTH_FIRST_NAMES.contains(wanted)) {
            return Optional.of(MONTH_FIRST);
        }
        return Optional.empty();
    }

    /**
     * The order a cell shows, if it is a slash date whose order shows: {@code 27/11/2026} is day-first,
     * {@code 11/27/2026 14:05} month-first; {@code 01/02/2026}, a date with both numbers above 12 and anything that is
     * not a slash date show nothing.
     */
    public static Optional<DateOrder> shownBy(String cell) {
        if (cell == null || cell.length() > 40) {
            return Optional.empty();
        }
        Matcher date = SLASH_DATE.matcher(cell.strip());
        if (!date.matches()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(date.group(1));
        int second = Integer.parseInt(date.group(2));
        if (first > 12 && second >= 1 && second <= 12) {
            return Optional.of(DAY_FIRST);
        }
        if (second > 12 && first >= 1 && first <= 12) {
            return Optional.of(MONTH_FIRST);
        }
        return Optional.empty();
    }
}
