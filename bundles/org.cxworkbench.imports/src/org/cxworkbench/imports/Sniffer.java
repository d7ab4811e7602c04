package org.cxworkbench.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cxworkbench.imports.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * Finds out how a delimited export is written from a sample of its first bytes. What the user already knows is set
 * first ({@link #charset(Charset)}, {@link #separator(char)}, ...) and is then used as given, and the rest is detected
 * consistently with it: a file read with a wrong separator would otherwise also get a wrong decimal mark.
 */
public final class Sniffer {

    /** Enough for the header rows and a few hundred respondents, yet read in a blink. */
    static final int SAMPLE_BYTES = 1 << 20;
    private static final int SAMPLE_ROWS = 200;
    private static final char[] SEPARATORS = { ',', ';', '\t' };
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Charset charset;
    private Character separator;
    private Character decimalMark;
    private Dialect dialect;
    private DateOrder dateOrder;

    public Sniffer charset(Charset given) {
        this.charset = given;
        return this;
    }

    public Sniffer separator(char given) {
        this.separator = given;
        return this;
    }

    public Sniffer decimalMark(char given) {
        this.decimalMark = given;
        return this;
    }

    public Sniffer dialect(Dialect given) {
        this.dialect = given;
        return this;
    }

    /** The dialect the user set, or {@code null}. */
    public Dialect dialect() {
        return dialect;
    }

    /** Whether slash dates are day-first or month-first, as the user knows it ({@code --date-format}). */
    public Sniffer dateOrder(DateOrder given) {
        this.dateOrder = given;
        return this;
    }

    /** The order of day and month the user set, or {@code null}. */
    public DateOrder dateOrder() {
        return dateOrder;
    }

    /**
     * How the file is written: what was set, and the rest detected.
     *
     * @throws IOException also when the file is not text at all (an old .xls, a PDF, any binary file), saying so
     */
    public SurveyFormat sniff(Path file) throws IOException {
        byte[] sample;
        boolean truncated;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(SAMPLE_BYTES);
            truncated = in.read() != -1;
        }
        Charset chosen = charset != null ? charset : charset(sample, truncated);
        if (!isUtf16Or32(chosen)) {
            String binary = binaryContent(sample);
            if (binary != null) {
                throw new IOException(binary);
            }
        }
        return sniff(sample, truncated);
    }

    /** @param truncated whether the file goes on after the sample, which may then end in the middle of a character */
    SurveyFormat sniff(byte[] sample, boolean truncated) {
        Charset chosenCharset = charset != null ? charset : charset(sample, truncated);
        String text = new String(sample, chosenCharset);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (truncated && text.lastIndexOf('\n') > 0) {
            // the last line is cut; half a row would look like a row with fewer columns
            text = text.substring(0, text.lastIndexOf('\n') + 1);
        }
        char chosenSeparator = separator != null ? separator : separator(text);
        List<List<String>> rows = rows(text, chosenSeparator);
        Dialect chosenDialect = dialect != null ? dialect : Dialect.detect(rows.subList(0, Math.min(3, rows.size())));
        List<List<String>> dataRows = rows.subList(Math.min(chosenDialect.headerRows(), rows.size()), rows.size());
        char chosenMark = decimalMark != null ? decimalMark : decimalMark(dataRows, chosenSeparator);
        DateOrder chosenOrder = dateOrder != null ? dateOrder
                : dateOrder(dataRows).or(chosenDialect::dateOrder).orElse(null);
        return new SurveyFormat(chosenCharset, chosenSeparator, chosenMark, chosenDialect, chosenOrder);
    }

    /** The order of day and month that the first slash date of the sample showing it shows. */
    static Optional<DateOrder> dateOrder(List<List<String>> dataRows) {
        for (List<String> row : dataRows) {
            for (String cell : row) {
                Optional<DateOrder> shown = DateOrder.shownBy(cell);
                if (shown.isPresent()) {
                    return shown;
                }
            }
        }
        return Optional.empty();
    }

    private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1 };
    private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };

    /**
     * Why a sample is not text, or {@code null} when it is. Text exports hold no control characters but tab, line
     * breaks and form feed; a binary file has them everywhere (about one byte in nine of compressed or random data),
     * its first line included. A text export with a stray NUL in an answer is still text: that row is rejected
     * when it is read, so the rule looks at the first line, where the header is, and at the share of such bytes.
     */
    static String binaryContent(byte[] sample) {
        if (startsWith(sample, OLE2)) {
            return Messages.File_oldExcel;
        }
        if (startsWith(sample, PDF)) {
            return Messages.File_pdf;
        }
        int firstLineEnd = Math.min(sample.length, 4096);
        for (int i = 0; i < firstLineEnd; i++) {
            if (sample[i] == '\n') {
                firstLineEnd = i;
                break;
            }
        }
        int controls = 0;
        int first = -1;
        for (int i = 0; i < sample.length; i++) {
            if (isControl(sample[i])) {
                controls++;
                if (first < 0) {
                    first = i;
                }
            }
        }
        if (first >= 0 && (first < firstLineEnd || controls >= 16 && controls * 20L >= sample.length)) {
            return NLS.bind(Messages.File_binary, String.format("%02X", sample[first] & 0xFF), first);
        }
        return null;
    }

    private static boolean isControl(byte b) {
        return b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f';
    }

    private static boolean startsWith(byte[] sample, byte[] prefix) {
        if (sample.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (sample[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUtf16Or32(Charset charset) {
        return charset.name().toUpperCase(Locale.ROOT).startsWith("UTF-16")
                || charset.name().toUpperCase(Locale.ROOT).startsWith("UTF-32");
    }

    /**
     * The encoding of a sample. A byte order mark says it; otherwise bytes that decode as strict UTF-8 are UTF-8,
     * because text in a legacy 8-bit encoding practically never happens to be valid UTF-8 once it has a single
     * accented letter. Of the two 8-bit encodings, Windows-1252 puts printable characters (€, ‘, ”, –) at 0x80–0x9F
     * where ISO-8859-1 has control characters no survey answer contains: such a byte means Windows-1252.
     */
    static Charset charset(byte[] sample, boolean truncated) {
        if (sample.length >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB
                && (sample[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        // Excel's "Unicode text" is UTF-16LE with a byte order mark (and tab separated)
        if (sample.length >= 2 && (sample[0] & 0xFF) == 0xFF && (sample[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (sample.length >= 2 && (sample[0] & 0xFF) == 0xFE && (sample[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        Charset utf16 = utf16WithoutByteOrderMark(sample);
        if (utf16 != null) {
            return utf16;
        }
        if (isUtf8(sample, truncated)) {
            return StandardCharsets.UTF_8;
        }
        for (byte b : sample) {
            int value = b & 0xFF;
            if (value >= 0x80 && value <= 0x9F) {
                return WINDOWS_1252;
            }
        }
        return StandardCharsets.ISO_8859_1;
    }

    /**
     * UTF-16 that lost its byte order mark: text whose characters are nearly all ASCII (headers, numbers, separators
     * always are) has a zero in every other byte, the high byte of each character; no 8-bit text has that.
     */
    private static Charset utf16WithoutByteOrderMark(byte[] sample) {
        int pairs = Math.min(sample.length, 4096) / 2;
        if (pairs < 2) {
            return null;
        }
        int zeroHigh = 0;
        int zeroLow = 0;
        for (int i = 0; i < pairs; i++) {
            if (sample[2 * i] == 0) {
                zeroHigh++;
            }
            if (sample[2 * i + 1] == 0) {
                zeroLow++;
            }
        }
        if (zeroLow * 10 >= pairs * 7 && zeroHigh * 20 < pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeroHigh * 10 >= pairs * 7 && zeroLow * 20 < pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean isUtf8(byte[] sample, boolean truncated) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int length = sample.length;
        if (truncated) {
            // a multi-byte character cut at the end of the sample is not evidence against UTF-8
            int back = 0;
            while (back < 3 && length - back - 1 >= 0 && (sample[length - back - 1] & 0xC0) == 0x80) {
                back++;
            }
            if (length - back - 1 >= 0 && (sample[length - back - 1] & 0xC0) == 0xC0) {
                length = length - back - 1;
            }
        }
        try {
            decoder.decode(ByteBuffer.wrap(sample, 0, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * The separator that splits the sample's rows into the same number of columns, more than one; of several, the one
     * giving more rows that agree, then more columns. Quotes are honoured, so a comma inside a quoted answer of a
     * {@code ;} file does not count.
     */
    static char separator(String text) {
        char best = ',';
        long bestScore = 0;
        for (char candidate : SEPARATORS) {
            List<List<String>> rows = rows(text, candidate);
            if (rows.isEmpty() || rows.get(0).size() < 2) {
                continue;
            }
            int width = rows.get(0).size();
            long agreeing = rows.stream().filter(row -> row.size() == width).count();
            long score = agreeing * 10_000 + width;
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        if (bestScore == 0) {
            // one column: the separator is the one that leaves every row whole, so that "4,5" in a single column of
            // decimal-comma answers is not split in two
            for (char candidate : SEPARATORS) {
                if (rows(text, candidate).stream().allMatch(row -> row.size() == 1)) {
                    return candidate;
                }
            }
        }
        return best;
    }

    /**
     * The decimal mark the numbers in the answers use: whichever of "4,5" and "4.5" occurs more often. With no such
     * number in the sample, a {@code ;} file is taken to be from a country that writes a decimal comma, since that is
     * why its tool chose {@code ;}.
     */
    static char decimalMark(List<List<String>> rows, char separator) {
        long commas = 0;
        long points = 0;
        for (List<String> row : rows) {
            for (String cell : row) {
                if (Numbers.hasDecimalComma(cell)) {
                    commas++;
                } else if (Numbers.hasDecimalPoint(cell)) {
                    points++;
                }
            }
        }
        if (commas != points) {
            return commas > points ? ',' : '.';
        }
        return separator == ';' ? ',' : '.';
    }

    private static List<List<String>> rows(String text, char separator) {
        List<List<String>> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                List<String> row = new ArrayList<>(record.size());
                record.forEach(cell -> row.add(cell.strip()));
                rows.add(row);
                if (rows.size() >= SAMPLE_ROWS) {
                    break;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // a quote the sample cuts, or one never closed: judge by the rows before it, the reader reports it later
        }
        return rows;
    }
}
