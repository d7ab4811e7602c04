package org.cxworkbench.store.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cxworkbench.imports.DateOrder;

import org.cxworkbench.imports.MessageText;
import org.eclipse.osgi.util.NLS;

/**
 * The answer times survey tools write: ISO dates and date-times (with or without seconds, {@code T} or a space, an
 * offset or {@code Z}), the Finnish and Swedish day-first dates ({@code 27.11.2026 14:05}) and slash dates
 * ({@code 11/27/2026 14:05:09}, {@code 27/11/2026}, {@code 11/27/2026 2:05:09 PM}). A time with an offset is stored in
 * UTC; one without is stored as written, because the tool meant its own local time.
 * <p>
 * Reading is strict: a date that does not exist ({@code 31.2.2026}, {@code 2026-02-30}) or a time past 23:59:59 is
 * refused as such, never moved to a day that does. Whether a slash date is day-first or month-first is decided once
 * per file ({@link #forFile(DateOrder)}): by the order given, or else by the first slash date of the file that shows
 * its order (a number above 12 can only be the day); until one has, an ambiguous date such as {@code 01/02/2026} is
 * refused with a reason that says how to settle it, so that no row is read by a guess.
 */
public final class Times {

    private static final List<DateTimeFormatter> LOCAL = List.of(
            strict("uuuu-MM-dd HH:mm:ss"),
            strict("uuuu-MM-dd HH:mm"),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            strict("d.M.uuuu H:mm:ss"),
            strict("d.M.uuuu H:mm"));
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            strict("d.M.uuuu"));
    /** day and month in either order, a four-digit year, then optionally a time with an optional AM or PM */
    private static final Pattern SLASH = Pattern.compile(
            "(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s*([AaPp])[Mm])?)?");

    /** The order of this file's slash dates; null until given or shown. */
    private DateOrder order;

    private Times(DateOrder order) {
        this.order = order;
    }

    /**
     * A reader of one file's times.
     *
     * @param order whether the file's slash dates are day-first or month-first, as given or detected for the whole
     *              file; {@code null} when not known, and then the first slash date read that shows it decides
     */
    public static Times forFile(DateOrder order) {
        return new Times(order);
    }

    /** The order of day and month this file's slash dates are read in so far, or {@code null}. */
    public DateOrder order() {
        return order;
    }

    /**
     * One time of this file.
     *
     * @throws IllegalArgumentException naming the text when it is none of the accepted forms, a date or time that
     *         does not exist, or a slash date whose order nothing has decided yet
     */
    public LocalDateTime read(String text) {
        String s = text.strip();
        Matcher slash = SLASH.matcher(s);
        if (slash.matches()) {
            return slash(s, slash);
        }
        return parse(s);
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    }

    /**
     * A time without regard to any file: slash dates are read only when their text shows which number is the day.
     *
     * @throws IllegalArgumentException naming the text when it is none of the accepted forms or does not exist
     */
    public static LocalDateTime parse(String text) {
        String s = text.strip();
        Matcher slash = SLASH.matcher(s);
        if (slash.matches()) {
            return new Times(null).slash(s, slash);
        }
        LocalDateTime common = isoWithoutOffset(s);
        if (common != null) {
            return common;
        }
        boolean noSuchDate = false;
        try {
            return OffsetDateTime.parse(s).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        } catch (DateTimeParseException notWithOffset) {
            noSuchDate |= notWithOffset.getCause() != null;
        }
        for (DateTimeFormatter format : LOCAL) {
            try {
                return LocalDateTime.parse(s, format);
            } catch (DateTimeParseException notThisOne) {
                // the text has this form but names no real date or time when the resolver failed, not the parser
                noSuchDate |= notThisOne.getCause() != null;
            }
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(s, format).atStartOfDay();
            } catch (DateTimeParseException notThisOne) {
                noSuchDate |= notThisOne.getCause() != null;
            }
        }
        throw new IllegalArgumentException(NLS.bind(noSuchDate ? Messages.Times_noSuchDate : Messages.Times_notATime,
                MessageText.cut(s)));
    }

    private LocalDateTime slash(String s, Matcher slash) {
        int first = Integer.parseInt(slash.group(1));
        int second = Integer.parseInt(slash.group(2));
        if (first == 0 || second == 0 || first > 12 && second > 12) {
            throw new IllegalArgumentException(NLS.bind(Messages.Times_noSuchDate, s));
        }
        DateOrder shown = DateOrder.shownBy(slash.group(1) + "/" + slash.group(2) + "/" + slash.group(3))
                .orElse(null);
        DateOrder use = order;
        if (use == null) {
            if (shown != null) {
                // the file's first date that shows its order decides for all that follow
                order = shown;
                use = shown;
            } else if (first == second) {
                use = DateOrder.DAY_FIRST;
            } else {
                throw new IllegalArgumentException(NLS.bind(Messages.Times_ambiguous, s));
            }
        }
        int day = use == DateOrder.DAY_FIRST ? first : second;
        int month = use == DateOrder.DAY_FIRST ? second : first;
        int hour = 0;
        int minute = 0;
        int secondOfMinute = 0;
        if (slash.group(4) != null) {
            hour = Integer.parseInt(slash.group(4));
            minute = Integer.parseInt(slash.group(5));
            secondOfMinute = slash.group(6) == null ? 0 : Integer.parseInt(slash.group(6));
            if (slash.group(7) != null) {
                if (hour < 1 || hour > 12) {
                    throw new IllegalArgumentException(NLS.bind(Messages.Times_noSuchDate, s));
                }
                boolean pm = slash.group(7).equalsIgnoreCase("p");
                hour = hour % 12 + (pm ? 12 : 0);
            }
        }
        try {
            return LocalDateTime.of(Integer.parseInt(slash.group(3)), month, day, hour, minute, secondOfMinute);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.Times_noSuchDate, s), e);
        }
    }

    /**
     * The form nearly every export uses, {@code 2026-11-27}, {@code 2026-11-27 14:05} or {@code 2026-11-27T14:05:09},
     * read without the formatters, which find their form by throwing an exception for each form that is not it (a
     * quarter of an import's reading time). Anything else, an invalid date included, gives null and goes the long
     * way, so the result is always the formatters' own.
     */
    private static LocalDateTime isoWithoutOffset(String s) {
        int length = s.length();
        if (length != 10 && length != 16 && length != 19 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = 0;
        int minute = 0;
        int second = 0;
        if (length > 10) {
            char separator = s.charAt(10);
            if (separator != ' ' && separator != 'T' || s.charAt(13) != ':') {
                return null;
            }
            hour = digits(s, 11, 2);
            minute = digits(s, 14, 2);
            if (length == 19) {
                second = s.charAt(16) == ':' ? digits(s, 17, 2) : -1;
            }
        }
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second);
        } catch (DateTimeException invalid) {
            return null;
        }
    }

    /** The number written by {@code count} ASCII digits from {@code start}, or -1. */
    private static int digits(String s, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
