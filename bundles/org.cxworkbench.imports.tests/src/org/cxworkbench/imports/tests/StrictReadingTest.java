package org.cxworkbench.imports.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.cxworkbench.imports.DateOrder;
import org.cxworkbench.imports.Dialect;
import org.cxworkbench.imports.Sniffer;
import org.cxworkbench.imports.SurveyReader;
import org.cxworkbench.imports.SurveyReaders;
import org.cxworkbench.imports.SurveyRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: rows that cannot be trusted are handed on with their reason (never stored as read, never dropped),
 * UTF-16 exports are read, and a file that is no export at all fails in one line that names the cause.
 */
class StrictReadingTest {

    @TempDir
    Path folder;

    @Test
    void aCsvRowWithMoreCellsThanTheHeaderCarriesItsProblemAndAShortRowDoesNot() throws IOException {
        // an unquoted decimal comma: "7,0" became two cells and the comment moved right
        Path file = Files.writeString(folder.resolve("shifted.csv"),
                "id,answer,comment\nr1,7,0,great\nr2,8\nr3,9,fine\n", StandardCharsets.UTF_8);
        List<SurveyRow> rows = rows(file);
        assertThat(rows).extracting(SurveyRow::lineNumber).containsExactly(2L, 3L, 4L);
        assertThat(rows.get(0).problem()).isNotNull();
        assertThat(rows.get(0).problem().column()).isNull();
        assertThat(rows.get(0).problem().cell()).isEqualTo("great");
        assertThat(rows.get(0).problem().reason()).contains("4 cells").contains("3 columns");
        assertThat(rows.get(1).problem()).as("trailing cells left out are fine").isNull();
        assertThat(rows.get(2).problem()).isNull();
    }

    @Test
    void aCellWithANulCharacterCarriesItsProblem() throws IOException {
        Path file = Files.writeString(folder.resolve("nul.csv"), "id;comment\nr1;ok\nr2;bad\0data\n",
                StandardCharsets.UTF_8);
        List<SurveyRow> rows = rows(file);
        assertThat(rows.get(0).problem()).isNull();
        assertThat(rows.get(1).problem().column()).isEqualTo("comment");
        assertThat(rows.get(1).problem().cell()).isEqualTo("bad\\0data");
        assertThat(rows.get(1).problem().reason()).contains("NUL");
    }

    @Test
    void anXlsxRowWithAValueBeyondTheHeaderCarriesItsProblem() throws IOException {
        Path file = folder.resolve("long.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet();
            row(sheet, 0, "id", "answer");
            row(sheet, 1, "r1", "7", "0");
            row(sheet, 2, "r2", "8");
            workbook.write(out);
        }
        List<SurveyRow> rows = rows(file);
        assertThat(rows.get(0).problem().reason()).contains("3 cells").contains("2 columns");
        assertThat(rows.get(1).problem()).isNull();
    }

    @Test
    void excelUnicodeTextIsUtf16LittleEndianWithABomAndTabs() throws IOException {
        String text = "Vastaaja\tSuosittelu\tPalaute\r\n1\t9\tYstävällinen palvelu\r\n2\t4\tÖljyä\r\n";
        for (var charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.write(charset == StandardCharsets.UTF_16LE ? new byte[] { (byte) 0xFF, (byte) 0xFE }
                    : new byte[] { (byte) 0xFE, (byte) 0xFF });
            bytes.write(text.getBytes(charset));
            Path file = Files.write(folder.resolve("unicode-" + charset.name() + ".txt"), bytes.toByteArray());
            assertThat(new Sniffer().sniff(file).charset()).isEqualTo(charset);
            assertThat(new Sniffer().sniff(file).separator()).isEqualTo('\t');
            try (SurveyReader reader = SurveyReaders.open(file)) {
                assertThat(reader.headers()).containsExactly("Vastaaja", "Suosittelu", "Palaute");
                assertThat(reader.dialect()).isEqualTo(Dialect.WEBROPOL);
                List<SurveyRow> rows = new ArrayList<>();
                reader.forEach(rows::add);
                assertThat(rows).extracting(row -> row.value("Palaute").orElseThrow())
                        .containsExactly("Ystävällinen palvelu", "Öljyä");
            }
        }
        // and without its byte order mark
        Path bare = Files.write(folder.resolve("bare.txt"), text.getBytes(StandardCharsets.UTF_16LE));
        assertThat(new Sniffer().sniff(bare).charset()).isEqualTo(StandardCharsets.UTF_16LE);
    }

    @Test
    void aBinaryFileIsRefusedInOneLineThatSaysSo() throws IOException {
        byte[] noise = new byte[64 * 1024];
        new Random(12).nextBytes(noise);
        Path file = Files.write(folder.resolve("export.csv"), noise);
        assertThatThrownBy(() -> SurveyReaders.open(file).close()).isInstanceOf(IOException.class)
                .hasMessageContaining("binary").hasMessageNotContaining("Input length")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));

        byte[] xls = new byte[4096];
        System.arraycopy(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1 }, 0, xls, 0, 8);
        Path old = Files.write(folder.resolve("answers.xls"), xls);
        assertThatThrownBy(() -> SurveyReaders.open(old).close()).isInstanceOf(IOException.class)
                .hasMessageContaining(".xls").hasMessageContaining("CSV");
    }

    @Test
    void bytesThatAreNotTheGivenEncodingNameItAndTheLine() throws IOException {
        Path file = Files.write(folder.resolve("latin1.csv"),
                "id;svar\n1;ok\n2;Smörgås\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(failureOf(file, new Sniffer().charset(StandardCharsets.UTF_8))).startsWith("line 3: ")
                .contains("UTF-8").doesNotContain("Input length");
        // far beyond what any buffer reads ahead
        StringBuilder text = new StringBuilder("id;svar\n");
        for (int i = 1; i <= 5000; i++) {
            text.append(i).append(";hyvä\n");
        }
        byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] tail = "5001;p\u00e4\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = java.util.Arrays.copyOf(utf8, utf8.length + tail.length);
        System.arraycopy(tail, 0, bytes, utf8.length, tail.length);
        Path late = Files.write(folder.resolve("late.csv"), bytes);
        assertThat(failureOf(late, new Sniffer().charset(StandardCharsets.UTF_8))).startsWith("line 5002: ");
    }

    @Test
    void aTruncatedWorkbookFailsInOneLineWithoutLogging() throws IOException {
        Path whole = folder.resolve("whole.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(whole)) {
            Sheet sheet = workbook.createSheet();
            row(sheet, 0, "id", "answer");
            for (int i = 1; i < 2000; i++) {
                row(sheet, i, "r" + i, String.valueOf(i % 11));
            }
            workbook.write(out);
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(folder.resolve("cut.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3));
        List<LogRecord> logged = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        handler.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        try {
            String message = failureOf(cut);
            assertThat(message).contains("cut.xlsx").contains("cut short").doesNotContain("\n");
        } finally {
            root.removeHandler(handler);
        }
        assertThat(logged).extracting(LogRecord::getMessage).isEmpty();
    }

    @Test
    void aZipBombIsRefusedInOneLine() throws IOException {
        Path plain = folder.resolve("plain.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(plain)) {
            Sheet sheet = workbook.createSheet();
            row(sheet, 0, "id", "answer");
            row(sheet, 1, "r1", "9");
            workbook.write(out);
        }
        // the same workbook with 20 MB of blanks in its sheet: it deflates to some kilobytes
        Path bomb = folder.resolve("bomb.xlsx");
        try (ZipFile in = new ZipFile(plain.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                byte[] content;
                try (var stream = in.getInputStream(entry)) {
                    content = stream.readAllBytes();
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().startsWith("xl/worksheets/")) {
                    String sheet = new String(content, StandardCharsets.UTF_8);
                    int end = sheet.indexOf("</sheetData>");
                    out.write(sheet.substring(0, end).getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1 << 20];
                    java.util.Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < 20; i++) {
                        out.write(blanks);
                    }
                    out.write(sheet.substring(end).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        }
        assertThat(failureOf(bomb)).contains("bomb.xlsx").contains("zip bomb").doesNotContain("\n");
    }

    @Test
    void theOrderOfDayAndMonthIsDecidedOncePerFile() throws IOException {
        Path dayFirst = Files.writeString(folder.resolve("d.csv"),
                "id,time,nps\n1,01/02/2026 10:00,9\n2,27/11/2026 14:05,8\n", StandardCharsets.UTF_8);
        assertThat(new Sniffer().sniff(dayFirst).dateOrder()).isEqualTo(DateOrder.DAY_FIRST);
        Path monthFirst = Files.writeString(folder.resolve("m.csv"),
                "id,time,nps\n1,01/02/2026 10:00,9\n2,11/27/2026 14:05:09,8\n", StandardCharsets.UTF_8);
        assertThat(new Sniffer().sniff(monthFirst).dateOrder()).isEqualTo(DateOrder.MONTH_FIRST);
        try (SurveyReader reader = SurveyReaders.open(monthFirst)) {
            assertThat(reader.dateOrder()).contains(DateOrder.MONTH_FIRST);
        }
        // the user's word counts over the file's
        assertThat(new Sniffer().dateOrder(DateOrder.DAY_FIRST).sniff(monthFirst).dateOrder())
                .isEqualTo(DateOrder.DAY_FIRST);
        Path ambiguous = Files.writeString(folder.resolve("a.csv"), "id,time,nps\n1,01/02/2026,9\n",
                StandardCharsets.UTF_8);
        assertThat(new Sniffer().sniff(ambiguous).dateOrder()).as("nothing shows it").isNull();
        // SurveyMonkey writes month first whatever the user's language
        Path monkey = Files.writeString(folder.resolve("sm.csv"), "Respondent ID,Collector ID,Start Date,Q1\n"
                + ",,,Response\n1,2,01/02/2026 10:00:00 AM,9\n", StandardCharsets.UTF_8);
        assertThat(new Sniffer().sniff(monkey).dateOrder()).isEqualTo(DateOrder.MONTH_FIRST);
        assertThat(DateOrder.byName("dd/mm/yyyy")).contains(DateOrder.DAY_FIRST);
        assertThat(DateOrder.byName("Month-First")).contains(DateOrder.MONTH_FIRST);
        assertThat(DateOrder.byName("yyyy")).isEmpty();
    }

    private static String failureOf(Path file) {
        return failureOf(file, new Sniffer());
    }

    private static String failureOf(Path file, Sniffer sniffer) {
        try (SurveyReader reader = SurveyReaders.open(file, sniffer)) {
            reader.forEach(row -> { });
        } catch (IOException | UncheckedIOException e) {
            return e.getMessage();
        }
        throw new AssertionError(file + " was read without a failure");
    }

    private static List<SurveyRow> rows(Path file) throws IOException {
        List<SurveyRow> rows = new ArrayList<>();
        try (SurveyReader reader = SurveyReaders.open(file)) {
            reader.forEach(rows::add);
        }
        return rows;
    }

    private static void row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int column = 0; column < cells.length; column++) {
            row.createCell(column).setCellValue(cells[column]);
        }
    }

}
