package org.cxworkbench.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.cxworkbench.cli.ExitCode;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.store.EmbeddedDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 through {@code cxw import}: strict reading of dates and rows, UTF-16 exports and the file options of
 * {@code cxw score}, and files that are no export failing in one line that names the cause.
 */
class ImportHostileFilesTest {

    private static final String HEADER = "Response ID,Timestamp,How likely are you to recommend us to a friend or"
            + " colleague?,Comment";

    @TempDir
    Path dir;

    private Path journey;
    private Path db;

    @BeforeEach
    void setUp() throws Exception {
        journey = SampleJourneys.copyTo(SampleJourneys.RETAIL_B2C, dir);
        db = dir.resolve("results");
    }

    private final CxwRunner cxw = new CxwRunner();

    private int cxw(String... args) {
        return cxw.run(args);
    }

    private int importFile(Path file, String... options) {
        List<String> args = new ArrayList<>(List.of("import", file.toString(), "--journey", journey.toString(),
                "--db", db.toString()));
        args.addAll(List.of(options));
        return cxw(args.toArray(String[]::new));
    }

    private String out() {
        return cxw.out();
    }

    private String err() {
        return cxw.err();
    }

    private Path csv(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private List<String> storedTimes() throws Exception {
        List<String> rows = new ArrayList<>();
        try (EmbeddedDatabase store = EmbeddedDatabase.open(db); Connection c = store.connection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select respondent_key, answered_at from answers order by source_line")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getTimestamp(2).toLocalDateTime());
            }
        }
        return rows;
    }

    @Test
    void impossibleDatesAreRejectedWithTheirLineAndCommonSlashDatesAreRead() throws Exception {
        Path file = csv("dates.csv", HEADER,
                "r1,31.2.2026,9,",
                "r2,2026-02-30,8,",
                "r3,11/27/2026 14:05:09,10,",
                "r4,01/02/2026 08:00,7,");
        assertThat(importFile(file)).as(err()).isEqualTo(ExitCode.OK);
        assertThat(out()).contains("dates.csv:2: column 'Timestamp': no such date or time: '31.2.2026'")
                .contains("dates.csv:3: column 'Timestamp': no such date or time: '2026-02-30'")
                .contains("2 rows stored (2 answers), 2 rejected");
        assertThat(storedTimes()).containsExactly("r3 2026-11-27T14:05:09", "r4 2026-01-02T08:00");
    }

    @Test
    void dateFormatDecidesAnAmbiguousDate() throws Exception {
        Path file = csv("ambiguous.csv", HEADER, "r1,01/02/2026,9,", "r2,03/04/2026 10:00,8,");
        assertThat(importFile(file, "--date-format", "day-first")).as(err()).isEqualTo(ExitCode.OK);
        assertThat(storedTimes()).containsExactly("r1 2026-02-01T00:00", "r2 2026-04-03T10:00");

        Path undecided = csv("undecided.csv", HEADER, "s1,01/02/2026,9,", "s2,2026-04-03,8,");
        assertThat(importFile(undecided)).isEqualTo(ExitCode.OK);
        assertThat(out()).contains("undecided.csv:2: column 'Timestamp': ambiguous date '01/02/2026'")
                .contains("--date-format");

        assertThat(importFile(file, "--date-format", "yyyy")).isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains("--date-format").contains("'yyyy'");
    }

    @Test
    void aRowWithMoreCellsThanTheHeaderIsRejectedAndAShortOneStored() throws Exception {
        Path file = csv("long.csv", HEADER,
                "r1,2026-11-02,7,0,great", // "7,0" unquoted: the comment would have been "0"
                "r2,2026-11-02,8",
                "r3,2026-11-02,9,fine\0print");
        assertThat(importFile(file)).as(err()).isEqualTo(ExitCode.OK);
        assertThat(out()).contains("long.csv:2: the row has 5 cells but the header only 4 columns")
                .contains("long.csv:4: column 'Comment': the cell holds a NUL character")
                .contains("1 rows stored (1 answers), 2 rejected");
        // cxw score stops on it as on a bad answer: its values may have shifted
        assertThat(cxw("score", "--metric", "nps", "--file", file.toString(), "--column", "How likely are you to"
                + " recommend us to a friend or colleague?")).isEqualTo(ExitCode.FAILURE);
        assertThat(err()).contains("line 2: the row has 5 cells");
    }

    @Test
    void excelUnicodeTextImportsAndTheFileOptionsOfScoreAreTaken() throws Exception {
        String text = HEADER.replace(',', '\t') + "\r\nr1\t2026-11-02\t9\tYstävällinen\r\nr2\t2026-11-03\t4\t\r\n";
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Path file = Files.write(dir.resolve("unicode.txt"), bytes);
        assertThat(importFile(file)).as(err()).isEqualTo(ExitCode.OK);
        assertThat(out()).contains("2 rows stored (2 answers), 0 rejected");

        // the same content said explicitly: encoding, separator and dialect as cxw score takes them (as another
        // source, since the same answers of the same source are "already stored")
        Path bare = Files.write(dir.resolve("bare.txt"), Arrays.copyOfRange(bytes, 2, bytes.length));
        assertThat(importFile(bare, "--encoding", "UTF-16LE", "--separator", "tab", "--dialect", "generic",
                "--source", "without-bom"))
                .as(err()).isEqualTo(ExitCode.OK);
        assertThat(out()).contains("2 rows stored (2 answers), 0 rejected");

        assertThat(importFile(file, "--encoding", "no-such-encoding")).isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains("option --encoding: unknown encoding 'no-such-encoding'");
        assertThat(importFile(file, "--separator", "ab")).isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains("option --separator: 'ab' is not one character");
        assertThat(cxw("import", "--help")).isEqualTo(ExitCode.OK);
        assertThat(out() + err()).contains("--encoding").contains("--separator").contains("--date-format");
    }

    @Test
    void aBinaryFileFailsInOneLineThatSaysSo() throws Exception {
        byte[] noise = new byte[200_000];
        new Random(5).nextBytes(noise);
        Path file = Files.write(dir.resolve("answers.csv"), noise);
        assertThat(importFile(file)).isEqualTo(ExitCode.FAILURE);
        assertThat(err().lines().toList()).singleElement().asString().contains("answers.csv").contains("binary")
                .doesNotContain("Input length");
        assertThat(cxw("score", "--metric", "nps", "--file", file.toString(), "--column", "x"))
                .isEqualTo(ExitCode.FAILURE);
        assertThat(err().lines().toList()).singleElement().asString().contains("binary");
    }

    @Test
    void aTruncatedWorkbookFailsInOneLine() throws Exception {
        Path whole = workbook("whole.xlsx", 0);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(bytes, bytes.length * 2 / 3));
        assertThat(importFile(cut)).isEqualTo(ExitCode.FAILURE);
        assertThat(err().lines().toList()).singleElement().asString().contains("cut.xlsx").contains("cut short");
    }

    @Test
    void aZipBombFailsInOneLine() throws Exception {
        Path bomb = workbook("bomb.xlsx", 20);
        assertThat(importFile(bomb)).isEqualTo(ExitCode.FAILURE);
        assertThat(err().lines().toList()).singleElement().asString().contains("bomb.xlsx").contains("zip bomb");
    }

    @Test
    void aHeaderOfMegabytesIsCutInTheMessage() throws Exception {
        StringBuilder header = new StringBuilder("id,");
        header.append("x".repeat(5 << 20));
        Path file = csv("wide.csv", header.toString(), "1,2");
        assertThat(importFile(file)).isEqualTo(ExitCode.FAILURE);
        assertThat(err().lines().toList()).isNotEmpty().allSatisfy(line -> assertThat(line.length())
                .isLessThan(1200));
        assertThat(err()).contains("no column matches").contains("5242880 characters");
        assertThat(cxw("score", "--metric", "nps", "--file", file.toString(), "--column", "nps"))
                .isEqualTo(ExitCode.FAILURE);
        assertThat(err().lines().toList()).singleElement().asString().hasSizeLessThan(1200);
    }

    /** A workbook as Excel's format has it, written part by part; its sheet padded by {@code blankMegabytes}. */
    private Path workbook(String name, int blankMegabytes) throws IOException {
        Path file = dir.resolve(name);
        String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        String pkg = "http://schemas.openxmlformats.org/package/2006/relationships";
        StringBuilder rows = new StringBuilder();
        String[] header = { "Response ID", "Timestamp", "How likely are you to recommend us to a friend or colleague?" };
        rows.append(row(1, header));
        for (int i = 2; i < 400; i++) {
            rows.append(row(i, "r" + i, "2026-11-02", String.valueOf(i % 11)));
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas"
                    + ".openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\""
                    + "application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\""
                    + " ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\""
                    + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override"
                    + " PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + pkg
                    + "\"><Relationship Id=\"rId1\" Type=\"" + rel + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + main
                    + "\" xmlns:r=\"" + rel + "\"><sheets><sheet name=\"Answers\" sheetId=\"1\" r:id=\"rId1\"/>"
                    + "</sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                    + pkg + "\"><Relationship Id=\"rId1\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/sheet1.xml\""
                    + "/></Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            write(zip, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + main + "\"><sheetData>");
            // blanks before the first row: the reader meets them before it has a header to match
            byte[] blanks = new byte[1 << 20];
            Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < blankMegabytes; i++) {
                zip.write(blanks);
            }
            write(zip, rows + "</sheetData></worksheet>");
            zip.closeEntry();
        }
        return file;
    }

    private static String row(int number, String... cells) {
        StringBuilder row = new StringBuilder("<row r=\"" + number + "\">");
        for (int i = 0; i < cells.length; i++) {
            row.append("<c r=\"").append((char) ('A' + i)).append(number).append("\" t=\"inlineStr\"><is><t>")
                    .append(cells[i]).append("</t></is></c>");
        }
        return row.append("</row>").toString();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        write(zip, content);
        zip.closeEntry();
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
