package org.cxworkbench.store.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.eclipse.osgi.util.NLS;

/**
 * The answer times survey tools write: ISO dates and date-times (with or without seconds, {@code T} or a space, an
 * offset or {@code Z}), and the Finnish and Swedish day-first dates ({@code 27.11.2026 14:05}). A time with an
 * offset is stored in UTC; one without is stored as written, because the tool meant its own local time.
 */
public final class Times {

    private static final List<DateTimeFormatter> LOCAL = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss"),
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm"),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("d.M.uuuu H:mm:ss"),
            DateTimeFormatter.ofPattern("d.M.uuuu H:mm"));
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d.M.uuuu"));

    private Times() {
    }

    /**
     * @throws IllegalArgumentException naming the text when it is none of the accepted forms
     */
    public static LocalDateTime parse(String text) {
        String s = text.strip();
        LocalDateTime common = isoWithoutOffset(s);
        if (common != null) {
            return common;
        }
        try {
            return OffsetDateTime.parse(s).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        } catch (DateTimeParseException notWithOffset) {
            // try the next form
        }
        for (DateTimeFormatter format : LOCAL) {
            try {
                return LocalDateTime.parse(s, format);
            } catch (DateTimeParseException notThisOne) {
                // try the next form
            }
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(s, format).atStartOfDay();
            } catch (DateTimeParseException notThisOne) {
                // try the next form
            }
        }
        throw new IllegalArgumentException(NLS.bind(Messages.Times_notATime, s));
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
