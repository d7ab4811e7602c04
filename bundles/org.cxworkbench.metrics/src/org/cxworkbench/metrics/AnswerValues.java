package org.cxworkbench.metrics;

import java.util.Locale;
import java.util.Set;

import org.cxworkbench.metrics.internal.Texts;

/**
 * How the cells of a survey export become answer values and survey weights: the one reading shared by scoring a file
 * ({@code cxw score --file}, {@code cxw compare}, the scoring service) and the import into the results store, so that
 * the same file gives the same n, value and standard error both ways.
 *
 * <p>The rule (see docs/architecture.md, "Weights, values and N/A"):
 * <ul>
 * <li><b>Weights</b> are applied only from a column that was named as the weight column ({@code --weight}, or
 * {@code weight=} in an import mapping). A non-blank weight must be a finite number above 0, with a decimal point or
 * comma; 0, a negative number or anything else is a bad cell (scoring a file stops on it, the import rejects the
 * row). A blank weight cell is weight 1: survey tools leave the weight empty for respondents who were not
 * re-weighted.</li>
 * <li><b>Values</b>: a blank cell is no answer; any other cell is parsed by the metric
 * ({@link MetricDescriptor#parse(String)}: answer type and scale, decimal comma accepted). An N/A word in an answer
 * column is not an answer of the metric and is refused like any other bad cell.</li>
 * <li><b>N/A</b> words ({@link #isNotApplicable(String)}) mean "did not apply" only for the criteria of a mystery
 * shopping checklist, where the criterion is left out of the visit's divisor.</li>
 * </ul>
 */
public final class AnswerValues {

    /** The words that mark a checklist criterion as not applicable, compared ignoring case: en, fi, sv. */
    public static final Set<String> NOT_APPLICABLE = Set.of("N/A", "NA", "-", "EI SOVELLU", "EJ TILLÄMPLIG");

    private AnswerValues() {
    }

    /**
     * The survey weight of a cell of the weight column.
     *
     * @param text the cell, {@code null} or blank for none
     * @return 1 for a blank cell, else the number, which is finite and above 0
     * @throws IllegalArgumentException saying what is wrong with the cell (not a number, not above 0)
     */
    public static double weight(String text) {
        if (text == null || text.isBlank()) {
            return 1;
        }
        String stripped = text.strip();
        double weight;
        try {
            weight = Double.parseDouble(stripped.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Texts.get("AnswerType_notANumber", stripped), e);
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException(Texts.get("AnswerValues_weightNotPositive", stripped));
        }
        return weight;
    }

    /**
     * The value of a non-blank answer cell, by the metric's answer type and default scale.
     *
     * @throws IllegalArgumentException saying what is wrong with the cell
     */
    public static double value(MetricDescriptor metric, String text) {
        return metric.parse(text);
    }

    /** Whether a cell says that a checklist criterion did not apply: blank, or one of {@link #NOT_APPLICABLE}. */
    public static boolean isNotApplicable(String text) {
        return text == null || text.isBlank() || NOT_APPLICABLE.contains(text.strip().toUpperCase(Locale.ROOT));
    }
}
