package org.cxworkbench.store.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

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
        throw new IllegalArgumentException("not a date or time: '" + s + "' (e.g. 2026-11-27 14:05 or 27.11.2026)");
    }
}
