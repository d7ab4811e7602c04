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
 */
public record SurveyRow(long lineNumber, Map<String, String> values) {

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
