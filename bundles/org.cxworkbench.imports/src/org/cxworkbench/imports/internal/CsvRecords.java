package org.cxworkbench.imports.internal;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** {@link Records} of delimited text on Apache Commons CSV. */
final class CsvRecords implements Records {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    private CsvRecords(CSVParser parser) {
        this.parser = parser;
        this.records = parser.iterator();
    }

    static CsvRecords open(Reader text, char separator) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(separator)
                // blank lines are skipped by us, not by the parser: the parser would swallow them silently and the
                // line numbers we derive from its line counter would then point at the blank line
                .setIgnoreEmptyLines(false)
                .get();
        try {
            return new CsvRecords(format.parse(withoutByteOrderMark(text)));
        } catch (IOException | RuntimeException e) {
            text.close();
            throw e;
        }
    }

    /**
     * Excel's "CSV UTF-8" and LimeSurvey start with a BOM, which would otherwise become part of the first header's
     * name and hide the dialect.
     */
    private static Reader withoutByteOrderMark(Reader text) throws IOException {
        PushbackReader in = new PushbackReader(text, 1);
        int first = in.read();
        if (first != -1 && first != BYTE_ORDER_MARK) {
            in.unread(first);
        }
        return in;
    }

    @Override
    public Raw next() throws IOException {
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
                throw new IOException("line " + startLine + ": " + e.getCause().getMessage(), e.getCause());
            }
            if (record.size() == 1 && record.get(0).isEmpty()) {
                continue;
            }
            List<String> cells = new ArrayList<>(record.size());
            record.forEach(cells::add);
            return new Raw(startLine, cells);
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
