package org.cxworkbench.imports.internal;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cxworkbench.imports.MessageText;
import org.eclipse.osgi.util.NLS;

/** {@link Records} of delimited text on Apache Commons CSV. */
final class CsvRecords implements Records {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    /** the encoding the text was decoded from, to name when a byte was not text in it; null when not known */
    private final Charset charset;

    private CsvRecords(CSVParser parser, Charset charset) {
        this.parser = parser;
        this.records = parser.iterator();
        this.charset = charset;
    }

    static CsvRecords open(Reader text, char separator, Charset charset) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(separator)
                // blank lines are skipped by us, not by the parser: the parser would swallow them silently and the
                // line numbers we derive from its line counter would then point at the blank line
                .setIgnoreEmptyLines(false)
                .get();
        try {
            return new CsvRecords(format.parse(withoutByteOrderMark(text)), charset);
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
                if (e.getCause() instanceof StrictTextReader.NotText notText) {
                    // names its own line, which the parser has not reached: the text is buffered ahead of it
                    throw notText;
                }
                if (e.getCause() instanceof CharacterCodingException) {
                    // the decoder's own message is "Input length = 1", which tells a user nothing
                    throw new IOException(NLS.bind(Messages.File_notInEncoding, String.valueOf(startLine),
                            charset == null ? "?" : charset.name()), e.getCause());
                }
                throw new IOException("line " + startLine + ": " + MessageText.cut(firstLine(e.getCause().getMessage())),
                        e.getCause());
            }
            if (record.size() == 1 && record.get(0).isEmpty()) {
                continue;
            }
            List<String> cells = new ArrayList<>(record.size());
            record.forEach(cells::add);
            return new Raw(startLine, cells);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end).strip();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
