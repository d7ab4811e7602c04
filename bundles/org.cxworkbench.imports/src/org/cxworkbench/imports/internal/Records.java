package org.cxworkbench.imports.internal;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * The rows of a file as cells, before any header row has been interpreted: what CSV and XLSX have in common, so that
 * one {@link DialectSurveyReader} interprets the header rows of both.
 */
interface Records extends Closeable {

    /**
     * @param lineNumber where the row starts in the file, 1-based
     * @param cells      the row's cells in column order; {@code null} for a cell the file does not have (XLSX leaves
     *                   out empty cells)
     */
    record Raw(long lineNumber, List<String> cells) {
    }

    /**
     * The next row that has any content, or {@code null} at the end of the file. Rows without content are skipped
     * here because neither a header nor a respondent is blank.
     *
     * @throws IOException with a message starting with the line the broken row starts on, where that is known
     */
    Raw next() throws IOException;
}
