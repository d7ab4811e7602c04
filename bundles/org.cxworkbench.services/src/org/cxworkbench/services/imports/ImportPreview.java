package org.cxworkbench.services.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.cxworkbench.imports.DateOrder;
import org.cxworkbench.imports.Dialect;
import org.cxworkbench.imports.MessageText;
import org.cxworkbench.imports.SurveyFormat;
import org.cxworkbench.imports.SurveyReader;
import org.cxworkbench.imports.SurveyReaders;
import org.cxworkbench.imports.SurveyRow;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.store.ColumnMapping;
import org.cxworkbench.store.MappingSuggestion;

/**
 * What an import would see of a file, read from its start only: how it is written (detected, or as overridden), its
 * headers, its first rows and the automatic column matches against a journey. The import wizard shows it before
 * anything is read in full; {@link ImportValidation} then reads the whole file.
 *
 * @param file        the file
 * @param workbook    whether it is an XLSX workbook (then it has no encoding or separator)
 * @param encoding    the text encoding read with; null for a workbook
 * @param separator   the column separator; null for a workbook
 * @param decimalMark how numbers are written: {@code ','} or {@code '.'}
 * @param dialect     the survey tool whose header layout was applied
 * @param dateOrder   the order of day and month of slash dates, or null when nothing in the sample told
 * @param headers     the column names, as a mapping names them
 * @param rows        the first rows
 * @param suggestion  the automatic mapping, as {@code cxw import} makes it when given none
 * @param matches     which column went to what and why, in column order
 */
public record ImportPreview(Path file, boolean workbook, Charset encoding, Character separator, char decimalMark,
        Dialect dialect, DateOrder dateOrder, List<String> headers, List<PreviewRow> rows,
        MappingSuggestion suggestion, List<ColumnMatch> matches) {

    /** The most characters of a cell a preview holds. */
    public static final int CELL_LENGTH = 80;
    /** How many rows a preview reads when not told. */
    public static final int DEFAULT_ROWS = 20;

    private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

    public ImportPreview {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
        matches = List.copyOf(matches);
    }

    /**
     * Reads the start of {@code file}.
     *
     * @param journey   the journey whose measurement points the columns are matched to; null for no matching
     * @param overrides what the user set instead of detection
     * @param maxRows   how many rows to read after the headers
     * @throws SurveyImportException when the file cannot be read (not there, not text, broken), saying why
     */
    public static ImportPreview read(Path file, Journey journey, ImportOverrides overrides, int maxRows)
            throws SurveyImportException {
        if (!Files.isReadable(file) || Files.isDirectory(file)) {
            throw new SurveyImportException(SurveyImportException.Reason.CANNOT_READ, file, null, null,
                    "cannot read " + file, null);
        }
        try {
            boolean workbook = isWorkbook(file);
            SurveyFormat format = workbook ? null : overrides.sniffer().sniff(file);
            try (SurveyReader reader = workbook ? SurveyReaders.open(file, overrides.sniffer())
                    : SurveyReaders.csv(file, format)) {
                List<String> headers = reader.headers();
                List<PreviewRow> rows = new ArrayList<>();
                if (maxRows > 0) {
                    for (SurveyRow row : reader) {
                        rows.add(new PreviewRow(row.lineNumber(), cells(row, headers),
                                row.problem() == null ? null : row.problem().reason()));
                        if (rows.size() >= maxRows) {
                            break;
                        }
                    }
                }
                MappingSuggestion suggestion = journey == null
                        ? new MappingSuggestion(new ColumnMapping(java.util.Map.of(), java.util.Map.of(),
                                java.util.Map.of()), List.of(), headers)
                        : MappingSuggestion.suggest(headers, journey);
                return new ImportPreview(file, workbook, workbook ? null : format.charset(),
                        workbook ? null : format.separator(), reader.decimalMark(), reader.dialect(),
                        reader.dateOrder().orElse(null), headers, rows, suggestion, matches(headers, suggestion));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new SurveyImportException(SurveyImportException.Reason.READ_FAILED, file, e.getMessage(), null,
                    "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The cells of a row in header order, each cut to {@link #CELL_LENGTH}. */
    static List<String> cells(SurveyRow row, List<String> headers) {
        List<String> cells = new ArrayList<>(headers.size());
        for (String header : headers) {
            String cell = row.values().get(header);
            cells.add(cell == null ? "" : MessageText.cut(cell, CELL_LENGTH));
        }
        return Collections.unmodifiableList(cells);
    }

    /**
     * The suggestion's reasons by column: it gives one reason per matched column, in column order, so the matched
     * columns and the reasons pair up.
     */
    static List<ColumnMatch> matches(List<String> headers, MappingSuggestion suggestion) {
        ColumnMapping mapping = suggestion.mapping();
        List<ColumnMatch> matches = new ArrayList<>();
        int reason = 0;
        for (String header : headers) {
            String point = mapping.answers().get(header);
            String role = null;
            if (point == null) {
                for (var entry : mapping.roles().entrySet()) {
                    if (entry.getValue().equals(header)) {
                        role = entry.getKey();
                    }
                }
            }
            if (point == null && role == null) {
                continue;
            }
            String why = reason < suggestion.matches().size() ? suggestion.matches().get(reason) : "";
            reason++;
            matches.add(new ColumnMatch(header, point != null ? point : role, point == null, why));
        }
        return matches;
    }

    /** Whether the file is a zip (an XLSX workbook), by its content as the readers decide it. */
    static boolean isWorkbook(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ZIP_MAGIC.length), ZIP_MAGIC);
        }
    }

    /** The overrides that read the file exactly as this preview did (every detected value fixed). */
    public ImportOverrides asOverrides() {
        return new ImportOverrides(dialect, encoding, separator, decimalMark, dateOrder);
    }
}
