package org.cxworkbench.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

import org.cxworkbench.imports.internal.DialectSurveyReader;
import org.cxworkbench.imports.internal.StrictTextReader;

/** Opens survey exports. Each method reads the header rows before it returns, so a file without them fails here. */
public final class SurveyReaders {

    private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

    private SurveyReaders() {
    }

    /**
     * Any export: an XLSX workbook (recognised by its content, not its name, because exports get renamed) or
     * delimited text whose encoding, separator, decimal mark and dialect {@link Sniffer} detects.
     */
    public static SurveyReader open(Path file) throws IOException {
        return open(file, new Sniffer());
    }

    /** Any export, with what the user has told about it used instead of detection. */
    public static SurveyReader open(Path file, Sniffer overrides) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(overrides, "overrides");
        if (isWorkbook(file)) {
            return DialectSurveyReader.xlsx(file, overrides.dialect(), overrides.dateOrder());
        }
        return csv(file, overrides.sniff(file));
    }

    /** Delimited text in a format already known, usually one {@link Sniffer} found and the user corrected. */
    public static SurveyReader csv(Path file, SurveyFormat format) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        // strict decoding: a byte that is not text in the chosen encoding is reported with its line, never turned
        // into '?'
        Reader text = new BufferedReader(new StrictTextReader(Files.newInputStream(file), format.charset()));
        return DialectSurveyReader.csv(text, format.separator(), format.dialect(), format.decimalMark(),
                format.charset(), format.dateOrder());
    }

    /**
     * A delimited text export with one header row. The separator is given rather than guessed, for callers that know
     * it; {@link #open(Path)} guesses.
     */
    public static SurveyReader csv(Path file, Charset charset, char separator) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(charset, "charset");
        return csv(Files.newBufferedReader(file, charset), separator);
    }

    /** A delimited text export with one header row from any source; the reader is closed with the result. */
    public static SurveyReader csv(Reader text, char separator) throws IOException {
        Objects.requireNonNull(text, "text");
        return DialectSurveyReader.csv(text, separator, Dialect.GENERIC, '.');
    }

    /**
     * The first sheet of an Excel workbook, its header rows interpreted by the detected dialect. Cells are read as
     * Excel would display them (numbers through the cell's number format), which is what the respondent's answer
     * looked like to whoever exported it.
     */
    public static SurveyReader xlsx(Path file) throws IOException {
        return xlsx(file, null);
    }

    /** The first sheet of an Excel workbook in a given dialect, or detected when {@code dialect} is {@code null}. */
    public static SurveyReader xlsx(Path file, Dialect dialect) throws IOException {
        Objects.requireNonNull(file, "file");
        return DialectSurveyReader.xlsx(file, dialect);
    }

    private static boolean isWorkbook(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ZIP_MAGIC.length), ZIP_MAGIC);
        }
    }
}
