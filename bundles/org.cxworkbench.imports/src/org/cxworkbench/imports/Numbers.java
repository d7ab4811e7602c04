package org.cxworkbench.imports;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers as survey tools write them. A Finnish or Swedish export writes "4,5" for four and a half; metrics parse
 * with {@link Double#parseDouble}, so the text is normalised to a {@code .} before it reaches them.
 */
public final class Numbers {

    /** A plain decimal with a comma mark: no thousands grouping, which exports of answers never use. */
    private static final Pattern COMMA_DECIMAL = Pattern.compile("[+-]?\\d*,\\d+");

    private Numbers() {
    }

    /**
     * The cell text with its decimal comma turned into a point, when the file's decimal mark is a comma and the text
     * is a number written that way. Anything else (words, "4.5" in a comma file, dates) is returned unchanged, so the
     * caller's own parser still reports it as the user wrote it.
     */
    public static String normalize(String text, char decimalMark) {
        if (text == null || decimalMark != ',') {
            return text;
        }
        String stripped = text.strip();
        return COMMA_DECIMAL.matcher(stripped).matches() ? stripped.replace(',', '.') : text;
    }

    /**
     * The number in a cell, or empty if the cell is blank or holds something else than a number.
     * <p>
     * With decimal mark {@code ,} both "4,5" and "4.5" read as 4.5: a Finnish file often mixes numbers typed by
     * respondents with numbers written by the tool, and neither is a thousands separator in a survey answer.
     */
    public static Optional<Double> parse(String text, char decimalMark) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Double.parseDouble(normalize(text, decimalMark).strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether the text is a number written with a decimal comma: evidence for {@link Sniffer}. */
    static boolean hasDecimalComma(String text) {
        return COMMA_DECIMAL.matcher(text.strip()).matches() && text.strip().indexOf(',') > 0;
    }

    /** Whether the text is a number written with a decimal point. */
    static boolean hasDecimalPoint(String text) {
        String stripped = text.strip();
        if (stripped.indexOf('.') <= 0) {
            return false;
        }
        try {
            Double.parseDouble(stripped);
            return !stripped.contains("e") && !stripped.contains("E");
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
