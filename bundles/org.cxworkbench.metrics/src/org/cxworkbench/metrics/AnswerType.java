package org.cxworkbench.metrics;

import java.util.Locale;
import java.util.Set;

import org.cxworkbench.metrics.internal.Texts;

/**
 * What an answer cell holds, and how its text becomes a number. Parsing lives here, beside the metric's declaration,
 * so that the command line, the import pipeline and the store all reject the same cells.
 */
public enum AnswerType {
    /** Whole numbers on a scale (0-10, 1-5). "7.5" is refused: no rating scale has such a step. */
    INTEGER,
    /** Any number; a decimal comma is accepted, as Finnish and Swedish exports use it. */
    DECIMAL,
    /** Yes or no, in English, Finnish or Swedish, or 1/0; parsed to 1 and 0. */
    YES_NO;

    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "kyllä", "k", "ja", "j");
    private static final Set<String> NO = Set.of("no", "n", "false", "0", "ei", "e", "nej");

    /** The value written in plugin.xml, e.g. {@code yes-no}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static AnswerType fromKey(String key) {
        for (AnswerType type : values()) {
            if (type.key().equals(key)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown answer type '" + key + "' (integer, decimal or yes-no)");
    }

    /**
     * The number an answer cell stands for.
     *
     * @param text a non-blank cell
     * @throws IllegalArgumentException naming the text when it is not an answer of this type
     */
    public double parse(String text) {
        String trimmed = text.strip();
        switch (this) {
            case YES_NO -> {
                String lower = trimmed.toLowerCase(Locale.ROOT);
                if (YES.contains(lower)) {
                    return 1;
                }
                if (NO.contains(lower)) {
                    return 0;
                }
                throw new IllegalArgumentException(Texts.get("AnswerType_notYesNo", trimmed));
            }
            case INTEGER -> {
                double value = number(trimmed);
                if (value != Math.rint(value)) {
                    throw new IllegalArgumentException(Texts.get("AnswerType_notWholeNumber", trimmed));
                }
                return value;
            }
            default -> {
                return number(trimmed);
            }
        }
    }

    private static double number(String text) {
        try {
            double value = Double.parseDouble(text.replace(',', '.'));
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Texts.get("AnswerType_notANumber", text), e);
        }
    }
}
