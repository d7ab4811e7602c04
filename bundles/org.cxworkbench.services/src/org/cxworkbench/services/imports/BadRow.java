package org.cxworkbench.services.imports;

import java.util.List;

import org.cxworkbench.store.Rejection;

/**
 * A row the import would reject, with everything wrong with it and its cells to show.
 *
 * @param line     its line in the file (the header counted, 1-based)
 * @param problems why, one per problem, left to right; their texts are cut to a line's length
 * @param cells    the row's cells in header order, each cut to {@link ImportPreview#CELL_LENGTH}; empty when the
 *                 row could not be read again
 */
public record BadRow(long line, List<Rejection> problems, List<String> cells) {

    public BadRow {
        problems = List.copyOf(problems);
        cells = List.copyOf(cells);
    }

    /** The problems as one line: "column: reason; column: reason". */
    public String reasons() {
        StringBuilder text = new StringBuilder();
        for (Rejection problem : problems) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            if (problem.column() != null) {
                text.append(problem.column()).append(": ");
            }
            text.append(problem.reason());
        }
        return text.toString();
    }
}
