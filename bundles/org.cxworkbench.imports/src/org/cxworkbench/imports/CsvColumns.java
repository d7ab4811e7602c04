package org.cxworkbench.imports;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * A fast pass over a few columns of a clean delimited export, for callers that read millions of rows and need only
 * some cells of each ({@code cxw score --file}). It parses bytes, not characters: no {@code String} per cell and no
 * map per row; a cell becomes text only when asked for, and text met before is handed out again without decoding
 * ({@link Row#text(int)}).
 *
 * <p>It is a shortcut, not a second reader: it handles only what it can read exactly as {@link SurveyReaders} reads
 * it (UTF-8 or ASCII text in the RFC 4180 quoting {@code SurveyReaders} uses) and gives up, returning {@code false},
 * on anything else: another encoding, a byte that is not UTF-8, a NUL, a row with more cells than the header, a
 * quote left open or text after a closing quote, a visitor that declines a row. The caller then reads the file again
 * with {@link SurveyReaders}, which reports the problem with its line as always. The header rows are skipped by
 * count: the caller learns them, the dialect and the columns from a {@link SurveyReader} first.
 */
public final class CsvColumns {

    /** One data row, valid only during {@link Visitor#row(Row)}. */
    public static final class Row {
        private final int[] wanted;
        private final int width;
        private byte[] buffer;
        /** per cell of the row, up to the width: where it starts and ends in the buffer, and whether it was quoted */
        private final int[] starts;
        private final int[] ends;
        private final boolean[] quoted;
        private int cells;
        private final TextCache[] caches;

        Row(int width, int[] wanted) {
            this.width = width;
            this.wanted = wanted.clone();
            starts = new int[width + 1];
            ends = new int[width + 1];
            quoted = new boolean[width + 1];
            caches = new TextCache[wanted.length];
            for (int i = 0; i < caches.length; i++) {
                caches[i] = new TextCache();
            }
        }

        /**
         * The text of the {@code i}-th wanted column's cell (unquoted), or {@code null} when the row has no such cell
         * (it is shorter). Text a column met before comes back as the same instance.
         */
        public String text(int i) {
            int column = wanted[i];
            if (column >= cells) {
                return null;
            }
            return caches[i].text(buffer, starts[column], ends[column], quoted[column]);
        }
    }

    /** Receives the data rows in file order. */
    @FunctionalInterface
    public interface Visitor {
        /** @return {@code false} to give up (the caller will read the file with the full reader) */
        boolean row(Row row);
    }

    private static final int CHUNK = 1 << 20;

    private final byte separator;
    private final boolean utf8;
    private final int width;
    private final int headerRows;

    private CsvColumns(byte separator, boolean utf8, int width, int headerRows) {
        this.separator = separator;
        this.utf8 = utf8;
        this.width = width;
        this.headerRows = headerRows;
    }

    /**
     * Reads {@code file} row by row, handing {@code visitor} the cells of the columns at the indexes {@code wanted}.
     *
     * @param format     the format the file was read in (its charset and separator)
     * @param headerRows how many non-blank rows the header takes (the dialect's)
     * @param width      the number of columns in the header
     * @return {@code true} when every row was handed over; {@code false} when the file (or the visitor) needs the
     *         full reader, in which case some rows may have been handed over already
     */
    public static boolean scan(Path file, SurveyFormat format, int headerRows, int width, int[] wanted,
            Visitor visitor) throws IOException {
        return scan(file, format, headerRows, width, wanted, visitor, CHUNK);
    }

    /** {@link #scan} reading {@code chunk} bytes at a time (tests use small chunks to split rows and characters). */
    static boolean scan(Path file, SurveyFormat format, int headerRows, int width, int[] wanted, Visitor visitor,
            int chunk) throws IOException {
        Charset charset = format.charset();
        boolean utf8 = StandardCharsets.UTF_8.equals(charset);
        if (!utf8 && !StandardCharsets.US_ASCII.equals(charset) || format.separator() >= 0x80
                || format.separator() == '"' || format.separator() == '\r' || format.separator() == '\n') {
            return false;
        }
        for (int column : wanted) {
            if (column < 0 || column >= width) {
                throw new IllegalArgumentException("no column " + column + " among " + width);
            }
        }
        return new CsvColumns((byte) format.separator(), utf8, width, headerRows).run(file, wanted, visitor, chunk);
    }

    private boolean run(Path file, int[] wanted, Visitor visitor, int chunk) throws IOException {
        Row row = new Row(width, wanted);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            byte[] buffer = new byte[chunk];
            int limit = 0;
            int position = 0;
            boolean eof = false;
            boolean first = true;
            int headersLeft = headerRows;
            while (true) {
                int next = position < limit || eof ? parse(buffer, position, limit, eof, row) : NEED_MORE;
                if (position >= limit && eof) {
                    return true;
                }
                if (next == GIVE_UP) {
                    return false;
                }
                if (next == NEED_MORE) {
                    if (eof) {
                        return false; // a quote never closed
                    }
                    // keep the row begun, read more (into a longer buffer when the row fills this one)
                    int left = limit - position;
                    if (position == 0 && limit == buffer.length) {
                        buffer = Arrays.copyOf(buffer, buffer.length * 2);
                    } else {
                        System.arraycopy(buffer, position, buffer, 0, left);
                    }
                    limit = left;
                    position = 0;
                    int read = channel.read(ByteBuffer.wrap(buffer, limit, buffer.length - limit));
                    if (read < 0) {
                        eof = true;
                    } else {
                        limit += read;
                    }
                    if (first && (limit >= 3 || eof || position > 0)) {
                        first = false;
                        // Excel's "CSV UTF-8" starts with a byte order mark, which is no part of the first header
                        if (limit >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB
                                && (buffer[2] & 0xFF) == 0xBF) {
                            position = 3;
                        }
                    }
                    continue;
                }
                position = next;
                first = false;
                if (row.cells == 1 && row.ends[0] == row.starts[0]) {
                    continue; // a blank line: neither a header nor a respondent
                }
                if (headersLeft > 0) {
                    headersLeft--;
                    continue;
                }
                row.buffer = buffer;
                if (!visitor.row(row)) {
                    return false;
                }
            }
        }
    }

    private static final int NEED_MORE = -1;
    private static final int GIVE_UP = -2;

    /**
     * Parses one record from {@code start}. A CR LF that the buffer splits is harmless: the LF then reads as a blank
     * line, which is skipped like any other.
     *
     * @return the index after the record's line break, {@link #NEED_MORE} when the record does not end before
     *         {@code limit} and the file goes on, or {@link #GIVE_UP} when the full reader must read the file
     */
    private int parse(byte[] b, int start, int limit, boolean eof, Row row) {
        int cells = 0;
        int i = start;
        int nonAscii = 0;
        final byte sep = separator;
        while (true) {
            if (cells > width) {
                return GIVE_UP; // more cells than the header: the full reader reports the row
            }
            // one cell from i
            if (i < limit && b[i] == '"') {
                int cellStart = i + 1;
                int j = cellStart;
                while (true) {
                    if (j >= limit) {
                        return NEED_MORE;
                    }
                    byte c = b[j];
                    if (c == '"') {
                        if (j + 1 >= limit && !eof) {
                            return NEED_MORE;
                        }
                        if (j + 1 < limit && b[j + 1] == '"') {
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    if (c == 0) {
                        return GIVE_UP;
                    }
                    nonAscii |= c;
                    j++;
                }
                if (cells <= width) {
                    row.starts[cells] = cellStart;
                    row.ends[cells] = j;
                    row.quoted[cells] = true;
                }
                cells++;
                i = j + 1;
                if (i >= limit) {
                    if (!eof) {
                        return NEED_MORE;
                    }
                    return finish(b, start, i, cells, nonAscii, row);
                }
                byte c = b[i];
                if (c == sep) {
                    i++;
                    continue;
                }
                if (c == '\n' || c == '\r') {
                    return lineEnd(b, i, limit, eof, start, cells, nonAscii, row);
                }
                return GIVE_UP; // text after a closing quote
            }
            int j = i;
            while (true) {
                if (j >= limit) {
                    if (!eof) {
                        return NEED_MORE;
                    }
                    break;
                }
                byte c = b[j];
                if (c == sep || c == '\n' || c == '\r') {
                    break;
                }
                if (c == 0) {
                    return GIVE_UP;
                }
                nonAscii |= c;
                j++;
            }
            if (cells <= width) {
                row.starts[cells] = i;
                row.ends[cells] = j;
                row.quoted[cells] = false;
            }
            cells++;
            if (j >= limit) {
                return cells > width ? GIVE_UP : finish(b, start, j, cells, nonAscii, row);
            }
            if (b[j] == sep) {
                i = j + 1;
                continue;
            }
            return cells > width ? GIVE_UP : lineEnd(b, j, limit, eof, start, cells, nonAscii, row);
        }
    }

    private int lineEnd(byte[] b, int at, int limit, boolean eof, int start, int cells, int nonAscii, Row row) {
        int next = at + 1;
        if (b[at] == '\r') {
            if (next >= limit && !eof) {
                return NEED_MORE; // CR LF may be split: decide when the next byte is here
            }
            if (next < limit && b[next] == '\n') {
                next++;
            }
        }
        return finish(b, start, next, cells, nonAscii, row);
    }

    private int finish(byte[] b, int start, int next, int cells, int nonAscii, Row row) {
        if (cells > width) {
            return GIVE_UP;
        }
        if (nonAscii < 0 && (!utf8 || !validUtf8(b, start, next))) {
            return GIVE_UP;
        }
        row.cells = cells;
        return next;
    }

    /** Whether b[from, to) is well-formed UTF-8 as the JDK's strict decoder takes it (no overlong or surrogate). */
    static boolean validUtf8(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int n;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                n = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                n = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                n = 3;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + n >= to) {
                return false;
            }
            int code = c & (0x3F >> n);
            for (int k = 1; k <= n; k++) {
                int d = b[i + k] & 0xFF;
                if ((d & 0xC0) != 0x80) {
                    return false;
                }
                code = code << 6 | d & 0x3F;
            }
            if (code < min || code > 0x10FFFF || code >= 0xD800 && code <= 0xDFFF) {
                return false;
            }
            i += n + 1;
        }
        return true;
    }

    /**
     * The texts one column has held, by their bytes: an answer column holds a handful of distinct cells among a
     * million rows, so each is decoded once. Holds at most {@link #MAX} texts; beyond that cells are decoded anew.
     */
    static final class TextCache {
        private static final int MAX = 4096;
        private byte[][] keys = new byte[256][];
        private String[] values = new String[256];
        private int size;

        String text(byte[] buffer, int start, int end, boolean quoted) {
            if (quoted) {
                return unquote(buffer, start, end);
            }
            int length = end - start;
            int hash = 1;
            for (int i = start; i < end; i++) {
                hash = 31 * hash + buffer[i];
            }
            int mask = keys.length - 1;
            int slot = hash * 0x9E3779B9 >>> 16 & mask;
            while (true) {
                byte[] key = keys[slot];
                if (key == null) {
                    break;
                }
                if (key.length == length && Arrays.equals(key, 0, length, buffer, start, end)) {
                    return values[slot];
                }
                slot = slot + 1 & mask;
            }
            String text = new String(buffer, start, length, StandardCharsets.UTF_8);
            if (size < MAX) {
                keys[slot] = Arrays.copyOfRange(buffer, start, end);
                values[slot] = text;
                if (++size * 2 > keys.length) {
                    grow();
                }
            }
            return text;
        }

        private void grow() {
            byte[][] oldKeys = keys;
            String[] oldValues = values;
            keys = new byte[oldKeys.length * 2][];
            values = new String[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                byte[] key = oldKeys[i];
                if (key != null) {
                    int hash = 1;
                    for (byte x : key) {
                        hash = 31 * hash + x;
                    }
                    int slot = hash * 0x9E3779B9 >>> 16 & mask;
                    while (keys[slot] != null) {
                        slot = slot + 1 & mask;
                    }
                    keys[slot] = key;
                    values[slot] = oldValues[i];
                }
            }
        }

        private static String unquote(byte[] buffer, int start, int end) {
            byte[] bytes = new byte[end - start];
            int n = 0;
            for (int i = start; i < end; i++) {
                bytes[n++] = buffer[i];
                if (buffer[i] == '"') {
                    i++; // "" inside quotes is one quote
                }
            }
            return new String(bytes, 0, n, StandardCharsets.UTF_8);
        }
    }
}
