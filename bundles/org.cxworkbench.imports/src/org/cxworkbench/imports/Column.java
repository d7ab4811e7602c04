package org.cxworkbench.imports;

import java.util.Locale;
import java.util.Objects;

/**
 * One column of an export as its header rows describe it.
 *
 * @param index        0-based position in the file
 * @param key          the name the column's cells have in {@link SurveyRow#values()}: unique within the file
 * @param exportTag    the tool's short code for the question (Qualtrics "Q1", LimeSurvey "Q1[SQ001]"), or {@code null}
 *                     when the tool writes none
 * @param questionText the question as the respondent saw it, with the sub-question of a grid, or {@code null}
 * @param importId     a tool's stable internal id (Qualtrics "QID1"), or {@code null}
 */
public record Column(int index, String key, String exportTag, String questionText, String importId) {

    public Column {
        Objects.requireNonNull(key, "key");
    }

    /**
     * Whether a name the user typed (or a saved mapping holds) means this column: its key, export tag, question text
     * or import id, ignoring case and surrounding blanks, because a mapping written against last year's export must
     * still find the column after the tool changed the letter case of a tag.
     */
    public boolean matches(String name) {
        String wanted = normal(name);
        return !wanted.isEmpty() && (wanted.equals(normal(key)) || wanted.equals(normal(exportTag))
                || wanted.equals(normal(questionText)) || wanted.equals(normal(importId)));
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
