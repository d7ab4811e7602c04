package org.cxworkbench.imports.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.cxworkbench.imports.Column;
import org.cxworkbench.imports.Dialect;
import org.cxworkbench.imports.SurveyReader;
import org.cxworkbench.imports.SurveyRow;

/**
 * A {@link SurveyReader} that interprets the header rows of CSV or XLSX {@link Records} as a {@link Dialect} says,
 * and leaves out the rows the dialect marks as not being answers.
 */
public final class DialectSurveyReader implements SurveyReader {

    /** The most header rows any dialect has: what detection looks at. */
    private static final int DETECTION_ROWS = 3;

    private final Records records;
    private final Dialect dialect;
    private final char decimalMark;
    private final List<Column> columns;
    private final RowValues.Header rowHeader;
    private final List<String> headers;
    /** Rows read ahead for detection that turned out to be respondents. */
    private final Deque<Records.Raw> pending;
    /** A failure met while reading ahead, thrown when iteration reaches the row. */
    private IOException broken;
    private long excluded;
    private boolean iterated;

    private DialectSurveyReader(Records records, Dialect dialect, char decimalMark, List<Column> columns,
            Deque<Records.Raw> pending) {
        this.records = records;
        this.dialect = dialect;
        this.decimalMark = decimalMark;
        this.columns = List.copyOf(columns);
        this.headers = columns.stream().map(Column::key).toList();
        this.rowHeader = new RowValues.Header(headers);
        this.pending = pending;
    }

    /** A delimited text export; {@code dialect} {@code null} means: detect it from the first rows. */
    public static SurveyReader csv(Reader text, char separator, Dialect dialect, char decimalMark) throws IOException {
        return open(CsvRecords.open(text, separator), dialect, decimalMark);
    }

    /** The first sheet of a workbook; numbers read with a decimal point whatever the workbook's locale. */
    public static SurveyReader xlsx(Path file, Dialect dialect) throws IOException {
        try {
            return open(XlsxRecords.open(file), dialect, '.');
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("no header row")) {
                throw new IOException("no header row: the first sheet of " + file + " is empty", e);
            }
            throw e;
        }
    }

    private static SurveyReader open(Records records, Dialect given, char decimalMark) throws IOException {
        try {
            Deque<Records.Raw> first = new ArrayDeque<>();
            IOException broken = null;
            try {
                for (Records.Raw raw; first.size() < DETECTION_ROWS && (raw = records.next()) != null;) {
                    first.add(raw);
                }
            } catch (IOException e) {
                // a row broken after the headers is reported when iteration reaches it, like any other broken row,
                // so that the rows before it are still read
                if (first.isEmpty()) {
                    throw e;
                }
                broken = e;
            }
            if (first.isEmpty()) {
                throw new IOException("no header row: the file is empty");
            }
            Dialect dialect = given != null ? given
                    : Dialect.detect(first.stream().map(raw -> strip(raw.cells())).toList());
            if (first.size() < dialect.headerRows() && broken != null) {
                throw broken;
            }
            if (first.size() < dialect.headerRows()) {
                throw new IOException("a " + dialect.id() + " export has " + dialect.headerRows()
                        + " header rows, but the file has only " + first.size() + " rows");
            }
            List<List<String>> headerRows = new ArrayList<>();
            for (int i = 0; i < dialect.headerRows(); i++) {
                headerRows.add(strip(first.removeFirst().cells()));
            }
            List<Column> columns = dialect.columns(headerRows);
            // two questions with one name would silently lose one column's answers; empty names are the unnamed
            // trailing columns spreadsheets add, harmless because they hold nothing
            Set<String> seen = new HashSet<>();
            for (Column column : columns) {
                if (!column.key().isEmpty() && !seen.add(column.key())) {
                    throw new IOException("bad header row: the column \"" + column.key() + "\" appears twice");
                }
            }
            DialectSurveyReader reader = new DialectSurveyReader(records, dialect, decimalMark, columns, first);
            reader.broken = broken;
            return reader;
        } catch (IOException | RuntimeException e) {
            records.close();
            throw e;
        }
    }

    private static List<String> strip(List<String> cells) {
        return cells.stream().map(cell -> cell == null ? "" : cell.strip()).toList();
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public List<Column> columns() {
        return columns;
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public char decimalMark() {
        return decimalMark;
    }

    @Override
    public long excludedRows() {
        return excluded;
    }

    @Override
    public Iterator<SurveyRow> iterator() {
        if (iterated) {
            throw new IllegalStateException("a survey reader can be iterated only once");
        }
        iterated = true;
        return new Iterator<>() {
            private SurveyRow next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = readRow();
                }
                return next != null;
            }

            @Override
            public SurveyRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                SurveyRow row = next;
                next = null;
                return row;
            }
        };
    }

    private SurveyRow readRow() {
        while (true) {
            Records.Raw raw;
            try {
                if (!pending.isEmpty()) {
                    raw = pending.removeFirst();
                } else if (broken != null) {
                    IOException failure = broken;
                    broken = null;
                    throw failure;
                } else {
                    raw = records.next();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
            if (raw == null) {
                return null;
            }
            Map<String, String> values = rowHeader.row(raw.cells());
            SurveyRow row = new SurveyRow(raw.lineNumber(), values);
            if (!dialect.excludes(row)) {
                return row;
            }
            excluded++;
        }
    }

    @Override
    public void close() throws IOException {
        records.close();
    }
}
