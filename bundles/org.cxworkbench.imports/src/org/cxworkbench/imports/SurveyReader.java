package org.cxworkbench.imports;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The rows of one export file, read while iterating. A reader can be iterated once; it holds the file open until
 * {@link #close()}.
 * <p>
 * Iteration reports a file that turns out to be broken half-way (a quote never closed, a damaged zip entry) as an
 * {@link UncheckedIOException}, because {@link Iterator} cannot throw a checked exception.
 */
public interface SurveyReader extends Iterable<SurveyRow>, Closeable {

    /**
     * The names of the columns, in column order: the keys of {@link SurveyRow#values()}. For a file with one header
     * row they are that row's cells; for a dialect with more, see {@link Column#key()}.
     */
    List<String> headers();

    /** The columns with everything the header rows say about them. */
    List<Column> columns();

    /**
     * The column a user or a saved mapping means by a name: an exact key first, then an export tag, question text or
     * import id (see {@link Column#matches(String)}).
     */
    default Optional<Column> column(String name) {
        for (Column column : columns()) {
            if (column.key().equals(name)) {
                return Optional.of(column);
            }
        }
        return columns().stream().filter(column -> column.matches(name)).findFirst();
    }

    /** The tool whose header layout was applied. */
    Dialect dialect();

    /** How numbers are written in the cells; {@link Numbers} reads them. */
    char decimalMark();

    /**
     * Whether slash dates such as {@code 01/02/2026} are day-first or month-first in this file, as the user set it,
     * the file's first dates showed it or its dialect implies; empty when nothing said (then the first date read that
     * shows its order decides for the rest of the file). See {@link DateOrder}.
     */
    default Optional<DateOrder> dateOrder() {
        return Optional.empty();
    }

    /** How many rows read so far were left out because they are not answers (Qualtrics previews and tests). */
    long excludedRows();

    /**
     * @throws IllegalStateException if called a second time: the rows are read from the file as they are consumed
     */
    @Override
    Iterator<SurveyRow> iterator();

    @Override
    void close() throws IOException;
}
