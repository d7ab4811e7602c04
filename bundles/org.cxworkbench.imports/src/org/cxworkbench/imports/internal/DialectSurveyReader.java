package org.cxworkbench.imports.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
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
import java.util.Optional;
import java.util.Set;

import org.cxworkbench.imports.Column;
import org.cxworkbench.imports.DateOrder;
import org.cxworkbench.imports.Dialect;
import org.cxworkbench.imports.MessageText;
import org.cxworkbench.imports.SurveyReader;
import org.cxworkbench.imports.SurveyRow;
import org.eclipse.osgi.util.NLS;

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
    /** whether an empty cell beyond the header is a cell too: in CSV it is, XLSX leaves such cells out */
    private boolean emptyCellsCount = true;
    private DateOrder dateOrder;
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
        return open(CsvRecords.open(text, separator, null), dialect, decimalMark);
    }

    /**
     * A delimited text export decoded from {@code charset} (named when its bytes turn out not to be such text), its
     * slash dates in {@code dateOrder} ({@code null}: not known).
     */
    public static SurveyReader csv(Reader text, char separator, Dialect dialect, char decimalMark, Charset charset,
            DateOrder dateOrder) throws IOException {
        DialectSurveyReader reader = open(CsvRecords.open(text, separator, charset), dialect, decimalMark);
        reader.dateOrder = dateOrder != null ? dateOrder : reader.dialect.dateOrder().orElse(null);
        return reader;
    }

    /** The first sheet of a workbook; numbers read with a decimal point whatever the workbook's locale. */
    public static SurveyReader xlsx(Path file, Dialect dialect) throws IOException {
        return xlsx(file, dialect, null);
    }

    /** The first sheet of a workbook, its slash dates in {@code dateOrder} ({@code null}: the dialect's, if any). */
    public static SurveyReader xlsx(Path file, Dialect dialect, DateOrder dateOrder) throws IOException {
        try {
            DialectSurveyReader reader = open(XlsxRecords.open(file), dialect, '.');
            reader.emptyCellsCount = false;
            reader.dateOrder = dateOrder != null ? dateOrder : reader.dialect.dateOrder().orElse(null);
            return reader;
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("no header row")) {
                throw new IOException("no header row: the first sheet of " + file + " is empty", e);
            }
            throw e;
        }
    }

    private static DialectSurveyReader open(Records records, Dialect given, char decimalMark) throws IOException {
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
                    throw new IOException("bad header row: the column \"" + MessageText.cut(column.key())
                            + "\" appears twice");
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
    public Optional<DateOrder> dateOrder() {
        return Optional.ofNullable(dateOrder);
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
            SurveyRow.Problem problem = problem(raw.cells());
            if (problem != null) {
                // not left out like a preview: the consumer rejects it and says why
                return new SurveyRow(raw.lineNumber(), values, problem);
            }
            SurveyRow row = new SurveyRow(raw.lineNumber(), values);
            if (!dialect.excludes(row)) {
                return row;
            }
            excluded++;
        }
    }

    /**
     * What makes a row's cells untrustworthy as a whole: cells beyond the header's columns (the row's values have
     * probably shifted: "7,0" unquoted in a comma file is two cells), or a NUL character, which no answer holds.
     * Fewer cells than columns are fine: exports leave trailing empty cells out.
     */
    private SurveyRow.Problem problem(List<String> cells) {
        int width = headers.size();
        if (cells.size() > width) {
            List<String> extra = cells.subList(width, cells.size());
            if (emptyCellsCount || extra.stream().anyMatch(cell -> cell != null && !cell.isBlank())) {
                String shown = MessageText.cut(String.join(" | ",
                        extra.stream().map(cell -> cell == null ? "" : cell).toList()));
                return new SurveyRow.Problem(null, shown, NLS.bind(Messages.Row_tooManyCells,
                        String.valueOf(cells.size()), String.valueOf(width)));
            }
        }
        for (int i = 0; i < cells.size() && i < width; i++) {
            String cell = cells.get(i);
            if (cell != null && cell.indexOf('\0') >= 0) {
                return new SurveyRow.Problem(headers.get(i), MessageText.cut(cell.replace("\0", "\\0")),
                        Messages.Row_nul);
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        records.close();
    }
}
