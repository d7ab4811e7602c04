package org.cxworkbench.metrics;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order in which groups of scores are listed ({@code --by}): by their key, never by the order of a file or a hash
 * table, so that the same answers always give the same listing.
 *
 * <ul>
 * <li>Keys that are numbers ({@code 3}, {@code -1.5}, {@code 2,5}, {@code 1e3}) come first, by value.</li>
 * <li>Then periods, by their first day and, for the same first day, the shorter period first: days
 * ({@code 2026-11-27}, {@code 27.11.2026}), ISO weeks ({@code 2026-W48}), months ({@code 2026-11},
 * {@code 2026/11}, {@code 11/2026}, {@code Nov 2026}, {@code marraskuu 2026}, a month's name alone in English,
 * Finnish or Swedish; not {@code 11.2026}, which is the number 11.2026) and quarters ({@code 2026-Q4},
 * {@code Q4 2026}, {@code Q4/2026}).</li>
 * <li>Then any other text, alphabetically with case ignored and with runs of digits compared as numbers
 * ({@code Store 2} before {@code Store 10}); the same in every locale, so that a script sees the same order.</li>
 * <li>A missing key ({@code null} or empty: a blank cell, an answer without segment) comes last.</li>
 * </ul>
 * Keys that compare equal by these rules (such as {@code web} and {@code Web}) are ordered by their characters, so
 * the order is total and consistent with {@link String#equals(Object)}.
 */
public final class GroupOrder {

    /** The order of group keys, as described on the class. */
    public static final Comparator<String> KEYS = GroupOrder::compare;

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+([.,]\\d+)?|[.,]\\d+)([eE][+-]?\\d+)?");
    private static final Pattern DAY_ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DAY_DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-?W(\\d{1,2})", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_YEAR_FIRST = Pattern.compile("(\\d{4})[-/](\\d{1,2})");
    private static final Pattern MONTH_YEAR_LAST = Pattern.compile("(\\d{1,2})/(\\d{4})");
    private static final Pattern QUARTER_YEAR_FIRST = Pattern.compile("(\\d{4})[ /-]?Q([1-4])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUARTER_YEAR_LAST = Pattern.compile("Q([1-4])[ /-]?(\\d{4})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED_MONTH = Pattern.compile("(?:(\\d{4})\\s+)?(\\p{L}+)\\.?(?:\\s+(\\d{4}))?");
    /** Month names and abbreviations in English, Finnish and Swedish, lower case, without a final dot. */
    private static final Map<String, Month> MONTH_NAMES = monthNames();

    private static final int NUMBER_KIND = 0;
    private static final int PERIOD_KIND = 1;
    private static final int TEXT_KIND = 2;
    private static final int MISSING_KIND = 3;

    // lengths of periods, to order periods that start on the same day
    private static final int DAY = 0;
    private static final int WEEK_LENGTH = 1;
    private static final int MONTH = 2;
    private static final int QUARTER = 3;

    private GroupOrder() {
    }

    private static Map<String, Month> monthNames() {
        Map<String, Month> names = new HashMap<>();
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.of("fi"), Locale.of("sv")}) {
            for (Month month : Month.values()) {
                for (TextStyle style : new TextStyle[] {TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT,
                        TextStyle.SHORT_STANDALONE}) {
                    String name = month.getDisplayName(style, locale).toLowerCase(Locale.ROOT);
                    names.putIfAbsent(name.endsWith(".") ? name.substring(0, name.length() - 1) : name, month);
                }
            }
        }
        return Map.copyOf(names);
    }

    /** Compares two group keys; {@code null} counts as missing. */
    public static int compare(String a, String b) {
        Key first = Key.of(a);
        Key second = Key.of(b);
        int order = Integer.compare(first.kind, second.kind);
        if (order == 0) {
            order = switch (first.kind) {
                case NUMBER_KIND -> first.number.compareTo(second.number);
                case PERIOD_KIND -> {
                    int byStart = first.start.compareTo(second.start);
                    yield byStart != 0 ? byStart : Integer.compare(first.length, second.length);
                }
                case TEXT_KIND -> compareText(first.text, second.text);
                default -> 0;
            };
        }
        if (order == 0 && a != b) {
            order = a == null ? 1 : b == null ? -1 : a.compareTo(b);
        }
        return order;
    }

    /** Case ignored, digit runs by value. */
    private static int compareText(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (isDigit(x) && isDigit(y)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                String digitsA = stripZeros(a.substring(i, endA));
                String digitsB = stripZeros(b.substring(j, endB));
                int order = digitsA.length() != digitsB.length()
                        ? Integer.compare(digitsA.length(), digitsB.length()) : digitsA.compareTo(digitsB);
                if (order != 0) {
                    return order;
                }
                i = endA;
                j = endB;
            } else {
                int order = Character.compare(Character.toLowerCase(Character.toUpperCase(x)),
                        Character.toLowerCase(Character.toUpperCase(y)));
                if (order != 0) {
                    return order;
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digitsEnd(String s, int from) {
        int end = from;
        while (end < s.length() && isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    private static String stripZeros(String digits) {
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
        }
        return digits.substring(start);
    }

    /** What a key is, worked out once per comparison. */
    private static final class Key {
        int kind;
        BigDecimal number;
        LocalDate start;
        int length;
        String text;

        static Key of(String raw) {
            Key key = new Key();
            String s = raw == null ? "" : raw.strip();
            if (s.isEmpty()) {
                key.kind = MISSING_KIND;
                return key;
            }
            try {
                if (NUMBER.matcher(s).matches()) {
                    key.number = new BigDecimal(s.replace(',', '.').replace("+", ""));
                    key.kind = NUMBER_KIND;
                    return key;
                }
                if (key.period(s)) {
                    key.kind = PERIOD_KIND;
                    return key;
                }
            } catch (DateTimeException | NumberFormatException e) {
                // 2026-13 or 31.2.2026 is not a period, 1e9999999999 not a number we can hold: text
            }
            key.kind = TEXT_KIND;
            key.text = s;
            return key;
        }

        private boolean period(String s) {
            Matcher m;
            if ((m = DAY_ISO.matcher(s)).matches()) {
                return set(LocalDate.of(year(m, 1), number(m, 2), number(m, 3)), DAY);
            }
            if ((m = DAY_DOTTED.matcher(s)).matches()) {
                return set(LocalDate.of(year(m, 3), number(m, 2), number(m, 1)), DAY);
            }
            if ((m = WEEK.matcher(s)).matches()) {
                int week = number(m, 2);
                LocalDate first = LocalDate.of(year(m, 1), 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                        .with(java.time.DayOfWeek.MONDAY);
                return week >= 1 && week <= 53 && set(first, WEEK_LENGTH);
            }
            if ((m = MONTH_YEAR_FIRST.matcher(s)).matches()) {
                return set(LocalDate.of(year(m, 1), number(m, 2), 1), MONTH);
            }
            if ((m = MONTH_YEAR_LAST.matcher(s)).matches()) {
                return set(LocalDate.of(year(m, 2), number(m, 1), 1), MONTH);
            }
            if ((m = QUARTER_YEAR_FIRST.matcher(s)).matches()) {
                return set(LocalDate.of(year(m, 1), (number(m, 2) - 1) * 3 + 1, 1), QUARTER);
            }
            if ((m = QUARTER_YEAR_LAST.matcher(s)).matches()) {
                return set(LocalDate.of(year(m, 2), (number(m, 1) - 1) * 3 + 1, 1), QUARTER);
            }
            if ((m = NAMED_MONTH.matcher(s)).matches() && (m.group(1) == null || m.group(3) == null)) {
                Month month = MONTH_NAMES.get(m.group(2).toLowerCase(Locale.ROOT));
                if (month != null) {
                    String year = m.group(1) != null ? m.group(1) : m.group(3);
                    // a month's name without a year: the months of one year, in calendar order
                    return set(LocalDate.of(year == null ? 0 : Integer.parseInt(year), month, 1), MONTH);
                }
            }
            return false;
        }

        private boolean set(LocalDate first, int periodLength) {
            start = first;
            length = periodLength;
            return true;
        }

        private static int year(Matcher m, int group) {
            return Integer.parseInt(m.group(group));
        }

        private static int number(Matcher m, int group) {
            return Integer.parseInt(m.group(group));
        }
    }
}
