package org.cxworkbench.imports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.cxworkbench.imports.internal.RowValues;

/**
 * One respondent's answers as read from an export file.
 *
 * @param lineNumber where the row starts in the file, 1-based, counting the header: the number a user sees in a text
 *                   editor or in the spreadsheet's row ruler, so that an error report can point at it
 * @param values     cell text by column header, in column order; a column the row has no cell for is absent
 * @param problem    why the row cannot be trusted as it was read (more cells than the header has columns, a NUL in a
 *                   cell), or {@code null} for a row that is fine. The reader does not drop such a row: it hands it
 *                   on with its line so that the consumer rejects it with this reason, as it rejects a bad answer
 */
public record SurveyRow(long lineNumber, Map<String, String> values, Problem problem) {

    /**
     * Why a row as a whole is malformed.
     *
     * @param column the key of the cell at fault, or {@code null} when the fault is the row's shape
     * @param cell   the offending text (a NUL shown as {@code \0}), for the record of rejected rows; may be null
     * @param reason one line for the user, in their language
     */
    public record Problem(String column, String cell, String reason) {
        public Problem {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** A row as read, without a problem. */
    public SurveyRow(long lineNumber, Map<String, String> values) {
        this(lineNumber, values, null);
    }

    public SurveyRow {
        if (lineNumber < 1) {
            throw new IllegalArgumentException("lineNumber must be >= 1 but was " + lineNumber);
        }
        Objects.requireNonNull(values, "values");
        // copied, so a reader may reuse its buffer; LinkedHashMap keeps the file's column order for error reports.
        // The readers' own row maps are read-only and ordered already.
        if (!(values instanceof RowValues)) {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /**
     * The answer in a column. A blank cell and a missing cell both mean "not answered" to every metric, so both give
     * an empty result.
     */
    public Optional<String> value(String header) {
        String value = values.get(header);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
