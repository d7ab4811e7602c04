package org.cxworkbench.imports.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.cxworkbench.imports.Dialect;
import org.cxworkbench.imports.SurveyReader;
import org.cxworkbench.imports.SurveyReaders;
import org.cxworkbench.imports.SurveyRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * POI inside OSGi: workbooks are written with the streaming SXSSF API and read back with our SAX-based reader, so both
 * directions of POI's wiring (ooxml, the schemas, xmlbeans, commons-compress, log4j) run here.
 */
class XlsxSurveyReaderTest {

    @TempDir
    Path folder;

    @Test
    void readsTheFirstSheetWithNumbersTextAndSpreadsheetRowNumbers() throws IOException {
        Path file = folder.resolve("export.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet answers = workbook.createSheet("Vastaukset");
            row(answers, 0, "Vastaaja", "NPS", "CES", "Kommentti");
            row(answers, 1, 1001, 9, 4.5, "Erinomaista palvelua");
            row(answers, 2, 1002, 0, 2.25, "Jäin jonoon, öö");
            // row index 3 (spreadsheet row 4) is left out entirely, as after a deleted respondent
            row(answers, 4, 1003, 10);
            Sheet notes = workbook.createSheet("Muistiinpanot");
            row(notes, 0, "not", "survey", "data");
            workbook.write(out);
        }

        List<SurveyRow> rows = new ArrayList<>();
        try (SurveyReader reader = SurveyReaders.xlsx(file)) {
            assertThat(reader.headers()).containsExactly("Vastaaja", "NPS", "CES", "Kommentti");
            reader.forEach(rows::add);
        }

        assertThat(rows.stream().map(SurveyRow::lineNumber)).containsExactly(2L, 3L, 5L);
        assertThat(rows.get(0).values()).containsExactly(entry("Vastaaja", "1001"), entry("NPS", "9"),
                entry("CES", "4.5"), entry("Kommentti", "Erinomaista palvelua"));
        assertThat(rows.get(1).value("CES")).contains("2.25");
        assertThat(rows.get(1).value("Kommentti")).contains("Jäin jonoon, öö");
        assertThat(rows.get(2).value("NPS")).contains("10");
        assertThat(rows.get(2).value("Kommentti")).isEmpty();
    }

    @Test
    void streamsMoreRowsThanAreEverHeldAndStopsCleanlyWhenClosedEarly() throws IOException {
        Path file = folder.resolve("large.xlsx");
        int respondents = 5_000;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet();
            row(sheet, 0, "id", "score");
            for (int i = 1; i <= respondents; i++) {
                row(sheet, i, i, i % 11);
            }
            workbook.write(out);
        }

        long count = 0;
        SurveyRow last = null;
        try (SurveyReader reader = SurveyReaders.xlsx(file)) {
            for (SurveyRow row : reader) {
                count++;
                last = row;
            }
        }
        assertThat(count).isEqualTo(respondents);
        assertThat(last.lineNumber()).isEqualTo(respondents + 1);
        assertThat(last.value("id")).contains(String.valueOf(respondents));

        // the parsing thread is blocked on a full hand-over queue here; closing must release it
        long started = System.nanoTime();
        try (SurveyReader reader = SurveyReaders.xlsx(file)) {
            Iterator<SurveyRow> rows = reader.iterator();
            assertThat(rows.next().lineNumber()).isEqualTo(2);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void dateCellsAreReadInIsoFormWhateverTheirDisplayFormatSoATwoDigitYearIsNoGuess() throws IOException {
        Path file = folder.resolve("dates.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet answers = workbook.createSheet("Answers");
            row(answers, 0, "Id", "Answered", "Visited", "NPS");
            CellStyle shortYear = workbook.createCellStyle();
            shortYear.setDataFormat(workbook.createDataFormat().getFormat("d.m.yy"));
            CellStyle usWithTime = workbook.createCellStyle();
            usWithTime.setDataFormat(workbook.createDataFormat().getFormat("m/d/yy h:mm"));
            Row row = answers.createRow(1);
            row.createCell(0).setCellValue("r1");
            row.createCell(1).setCellValue(LocalDateTime.of(2026, 11, 2, 0, 0));
            row.getCell(1).setCellStyle(shortYear);
            row.createCell(2).setCellValue(LocalDateTime.of(2026, 11, 3, 14, 5, 30));
            row.getCell(2).setCellStyle(usWithTime);
            row.createCell(3).setCellValue(9);
            workbook.write(out);
        }

        try (SurveyReader reader = SurveyReaders.xlsx(file)) {
            SurveyRow row = reader.iterator().next();
            assertThat(row.value("Answered")).contains("2026-11-02");
            assertThat(row.value("Visited")).contains("2026-11-03 14:05:30");
            assertThat(row.value("NPS")).as("a plain number stays as it is shown").contains("9");
        }
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedWithItsName() throws IOException {
        Path file = Files.writeString(folder.resolve("renamed.xlsx"), "id;score\n1;9\n");
        assertThatThrownBy(() -> SurveyReaders.xlsx(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("renamed.xlsx");
    }

    @Test
    void aWorkbookWithAnEmptyFirstSheetHasNoHeader() throws IOException {
        Path file = folder.resolve("empty.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("tyhjä");
            workbook.write(out);
        }
        assertThatThrownBy(() -> SurveyReaders.xlsx(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("no header row");
    }

    @Test
    void aQualtricsWorkbookHasItsThreeHeaderRowsInterpretedAndItsPreviewsLeftOut() throws IOException {
        Path file = folder.resolve("qualtrics.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Sheet0");
            row(sheet, 0, "ResponseId", "DistributionChannel", "Q1");
            row(sheet, 1, "Response ID", "Distribution Channel", "How likely are you to recommend us?");
            row(sheet, 2, "{\"ImportId\":\"_recordId\"}", "{\"ImportId\":\"distributionChannel\"}",
                    "{\"ImportId\":\"QID1\"}");
            row(sheet, 3, "R_prev", "preview", 10);
            row(sheet, 4, "R_1", "anonymous", 7);
            workbook.write(out);
        }
        // detected from the content, not the name
        Path renamed = Files.move(file, folder.resolve("export.dat"));
        try (SurveyReader reader = SurveyReaders.open(renamed)) {
            assertThat(reader.dialect()).isEqualTo(Dialect.QUALTRICS);
            assertThat(reader.column("How likely are you to recommend us?").orElseThrow().importId())
                    .isEqualTo("QID1");
            Iterator<SurveyRow> rows = reader.iterator();
            SurveyRow row = rows.next();
            assertThat(row.lineNumber()).isEqualTo(5);
            assertThat(row.value("Q1")).contains("7");
            assertThat(rows.hasNext()).isFalse();
            assertThat(reader.excludedRows()).isEqualTo(1);
        }
    }

    private static void row(Sheet sheet, int index, Object... cells) {
        Row row = sheet.createRow(index);
        for (int column = 0; column < cells.length; column++) {
            if (cells[column] instanceof Number number) {
                row.createCell(column).setCellValue(number.doubleValue());
            } else {
                row.createCell(column).setCellValue((String) cells[column]);
            }
        }
    }
}
