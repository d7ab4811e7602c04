package org.cxworkbench.imports;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.cxworkbench.imports.internal.CsvSurveyReader;
import org.cxworkbench.imports.internal.XlsxSurveyReader;

/** Opens survey exports. Each method reads the header row before it returns, so a file without one fails here. */
public final class SurveyReaders {

    private SurveyReaders() {
    }

    /**
     * A delimited text export. The separator is given rather than guessed: vendors in Finland and Sweden export with
     * {@code ;} because {@code ,} is their decimal mark, and detecting it belongs to the import wizard, which can ask.
     */
    public static SurveyReader csv(Path file, Charset charset, char separator) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(charset, "charset");
        return csv(Files.newBufferedReader(file, charset), separator);
    }

    /** A delimited text export from any source; the reader is closed with the returned {@link SurveyReader}. */
    public static SurveyReader csv(Reader text, char separator) throws IOException {
        Objects.requireNonNull(text, "text");
        return CsvSurveyReader.open(text, separator);
    }

    /**
     * The first sheet of an Excel workbook; its first row holds the headers. Cells are read as Excel would display
     * them (numbers through the cell's number format), which is what the respondent's answer looked like to whoever
     * exported it.
     */
    public static SurveyReader xlsx(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        return XlsxSurveyReader.open(file);
    }
}
