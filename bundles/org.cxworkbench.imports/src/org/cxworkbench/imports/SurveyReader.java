package org.cxworkbench.imports;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;

/**
 * The rows of one export file, read while iterating. A reader can be iterated once; it holds the file open until
 * {@link #close()}.
 * <p>
 * Iteration reports a file that turns out to be broken half-way (a quote never closed, a damaged zip entry) as an
 * {@link UncheckedIOException}, because {@link Iterator} cannot throw a checked exception.
 */
public interface SurveyReader extends Iterable<SurveyRow>, Closeable {

    /** The column headers from the file's first row, in column order. */
    List<String> headers();

    /**
     * @throws IllegalStateException if called a second time: the rows are read from the file as they are consumed
     */
    @Override
    Iterator<SurveyRow> iterator();

    @Override
    void close() throws IOException;
}
