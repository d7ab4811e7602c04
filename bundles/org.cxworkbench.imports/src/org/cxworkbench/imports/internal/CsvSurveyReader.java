package org.cxworkbench.imports.internal;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.cxworkbench.imports.SurveyReader;
import org.cxworkbench.imports.SurveyRow;

/** A {@link SurveyReader} on Apache Commons CSV. */
public final class CsvSurveyReader implements SurveyReader {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> headers;
    private boolean iterated;

    private CsvSurveyReader(CSVParser parser) {
        this.parser = parser;
        this.records = parser.iterator();
        this.headers = List.copyOf(parser.getHeaderNames());
    }

    public static CsvSurveyReader open(Reader text, char separator) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(separator)
                .setHeader()
                .setSkipHeaderRecord(true)
                // blank lines are skipped by us, not by the parser: the parser would swallow them silently and the
                // line numbers we derive from its line counter would then point at the blank line
                .setIgnoreEmptyLines(false)
                // two questions with one header would silently lose one column's answers; empty headers are the
                // unnamed trailing columns spreadsheets add, harmless because they hold nothing
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_EMPTY)
                .get();
        try {
            CsvSurveyReader reader = new CsvSurveyReader(format.parse(withoutByteOrderMark(text)));
            if (reader.headers.isEmpty()) {
                throw new IOException("no header row: the file is empty");
            }
            return reader;
        } catch (IllegalArgumentException e) {
            text.close();
            throw new IOException("bad header row: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            text.close();
            throw e;
        }
    }

    /** Excel's "CSV UTF-8" starts with a BOM, which would otherwise become part of the first header's name. */
    private static Reader withoutByteOrderMark(Reader text) throws IOException {
        PushbackReader in = new PushbackReader(text, 1);
        int first = in.read();
        if (first != -1 && first != BYTE_ORDER_MARK) {
            in.unread(first);
        }
        return in;
    }

    @Override
    public List<String> headers() {
        return headers;
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
            // The parser's line counter counts the line breaks consumed so far, including those inside quoted
            // values, so read before the record it is the number of the line on which the record starts, minus one.
            long startLine = parser.getCurrentLineNumber() + 1;
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                throw new UncheckedIOException("line " + startLine + ": " + e.getCause().getMessage(), e.getCause());
            }
            if (isBlank(record)) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int column = 0; column < headers.size() && column < record.size(); column++) {
                values.put(headers.get(column), record.get(column));
            }
            return new SurveyRow(startLine, values);
        }
    }

    private static boolean isBlank(CSVRecord record) {
        return record.size() == 1 && record.get(0).isEmpty();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
