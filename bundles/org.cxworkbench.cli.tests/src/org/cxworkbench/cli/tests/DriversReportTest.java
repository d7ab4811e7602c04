package org.cxworkbench.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cxworkbench.cli.ExitCode;
import org.cxworkbench.core.journey.SampleJourneys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cxw report drivers}: real BIRT output (HTML, PDF, XLSX) of the key-driver analysis over a real Derby store
 * of generated answers with known drivers, checked against {@code cxw drivers} on the same store and period: every
 * driver's name, r, share of R², VIF, performance and quadrant, and the quadrant chart as an image.
 */
class DriversReportTest {

    private static final String OUTCOME = "NPS relationship";
    /** The answers are generated over these four months. */
    private static final String FROM = "2026-01-01";
    private static final String TO = "2026-04-30";

    @TempDir
    static Path dir;

    private static Path journey;
    private static Path db;
    private static List<Map<String, String>> drivers;

    private final CxwRunner cxw = new CxwRunner();

    @BeforeAll
    static void generateImportAndAnalyse() throws Exception {
        CxwRunner setup = new CxwRunner();
        journey = SampleJourneys.copyTo(SampleJourneys.RETAIL_B2C, dir);
        Path csv = dir.resolve("answers.csv");
        db = dir.resolve("results");
        assertThat(setup.run("generate", "--journey", journey.toString(), "--out", csv.toString(), "--rows", "400",
                "--from", "2026-01", "--months", "4", "--outcome", OUTCOME, "--driver-weights",
                "CES after returns=0.6,CES online checkout=0.1,CSAT after support=0.3")).as(setup.err())
                .isEqualTo(ExitCode.OK);
        assertThat(setup.run("import", csv.toString(), "--journey", journey.toString(), "--mapping",
                dir.resolve("answers.mapping").toString(), "--db", db.toString())).as(setup.err())
                .isEqualTo(ExitCode.OK);
        assertThat(setup.run("drivers", "--journey", journey.toString(), "--outcome", OUTCOME, "--from", FROM, "--to",
                TO, "--db", db.toString(), "--format", "csv")).as(setup.err()).isEqualTo(ExitCode.OK);
        drivers = csv(setup.out());
        assertThat(drivers).extracting(d -> d.get("driver")).containsExactly("CES after returns",
                "CSAT after support", "CES online checkout");
    }

    private Path report(String format, String... more) {
        Path out = dir.resolve("drivers-" + more.length + "." + format);
        List<String> args = new ArrayList<>(List.of("report", "drivers", "--journey", journey.toString(),
                "--outcome", OUTCOME, "--from", FROM, "--to", TO, "--db", db.toString(), "--out", out.toString()));
        args.addAll(List.of(more));
        assertThat(cxw.run(args.toArray(String[]::new))).as(cxw.err()).isEqualTo(ExitCode.OK);
        assertThat(cxw.out().strip()).isEqualTo(out.toAbsolutePath().toString());
        keep(out);
        return out;
    }

    @Test
    void pdfShowsEveryDriverWithTheFiguresOfCxwDriversAndTheChart() throws Exception {
        Path pdf = report("pdf");
        String text;
        int images = 0;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document);
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
        }
        assertThat(images).as("the quadrant chart").isGreaterThanOrEqualTo(1);
        assertThat(text).contains("Key drivers", OUTCOME, "Read with care");
        List<String> lines = text.lines().toList();
        for (Map<String, String> d : drivers) {
            // a row whose touchpoint wraps spans lines: the driver's line and the two after it
            int at = lines.indexOf(line(text, d.get("driver")));
            String line = String.join(" ", lines.subList(at, Math.min(lines.size(), at + 3)));
            assertThat(line).as(d.get("driver")).contains(fixed(d.get("r"), 2), fixed(d.get("weight"), 3),
                    fixed(d.get("importance_pct"), 1), fixed(d.get("vif"), 2), fixed(d.get("performance"), 1),
                    quadrantLabel(d.get("quadrant")));
        }
        // n of the complete respondents, as cxw drivers gives it: the line under the summary's labels
        int labels = lines.indexOf(line(text, "every driver (n)"));
        assertThat(lines.get(labels + 1)).contains(drivers.get(0).get("n"));
    }

    @Test
    void htmlHasTheChartImageAndEveryDriver() throws Exception {
        String html = Files.readString(report("html"), StandardCharsets.UTF_8);
        Matcher images = Pattern.compile("src=\"data:image/png;base64,").matcher(html);
        int charts = 0;
        while (images.find()) {
            charts++;
        }
        assertThat(charts).as("the quadrant chart").isEqualTo(1);
        for (Map<String, String> d : drivers) {
            assertThat(html).contains(d.get("driver"), fixed(d.get("importance_pct"), 1));
        }
        // the warnings section says there is nothing to warn of: 400 respondents, 3 drivers, VIFs near 1
        assertThat(html).contains("No warnings");
    }

    @Test
    void xlsxKeepsTheFiguresAsNumbers() throws Exception {
        byte[] bytes = Files.readAllBytes(report("xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Map<String, String> d : drivers) {
                Row row = rowOf(sheet, d.get("driver"));
                List<Double> numbers = new ArrayList<>();
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.NUMERIC) {
                        numbers.add(cell.getNumericCellValue());
                    }
                }
                assertThat(numbers).as(d.get("driver")).anySatisfy(v -> assertThat(v)
                        .isCloseTo(Double.parseDouble(d.get("importance_pct")), org.assertj.core.data.Offset
                                .offset(1e-6)));
                assertThat(numbers).anySatisfy(v -> assertThat(v).isCloseTo(Double.parseDouble(d.get("r")),
                        org.assertj.core.data.Offset.offset(1e-6)));
            }
        }
    }

    @Test
    void finnishLabelsAndThinDataWarning() throws Exception {
        String html = Files.readString(report("html", "--language", "fi"), StandardCharsets.UTF_8);
        assertThat(html).contains("Avaintekij\u00e4t", "Lue varoen", "Nelikentt\u00e4");
        // quadrants in Finnish
        assertThat(html).containsAnyOf("Korjaa ensin", "Pid\u00e4 yll\u00e4", "Yll\u00e4pid\u00e4",
                "Matala prioriteetti");

        // five days of answers (about 16 respondents for 3 drivers): the thin-data warning, word for word as cxw
        // drivers gives it on stderr (every stderr line after its summary line is a warning)
        assertThat(cxw.run("drivers", "--journey", journey.toString(), "--outcome", OUTCOME, "--from", "2026-01-01",
                "--to", "2026-01-05", "--db", db.toString(), "--format", "csv")).as(cxw.err()).isEqualTo(ExitCode.OK);
        List<String> warnings = cxw.err().lines().filter(l -> !l.isBlank() && !l.startsWith("Outcome")).toList();
        assertThat(warnings).anySatisfy(w -> assertThat(w).startsWith("Thin data"));
        Path thin = dir.resolve("thin.html");
        assertThat(cxw.run("report", "drivers", "--journey", journey.toString(), "--outcome", OUTCOME, "--from",
                "2026-01-01", "--to", "2026-01-05", "--db", db.toString(), "--out", thin.toString())).as(cxw.err())
                .isEqualTo(ExitCode.OK);
        String thinHtml = Files.readString(thin, StandardCharsets.UTF_8);
        for (String warning : warnings) {
            assertThat(thinHtml).contains(warning);
        }
        assertThat(thinHtml).doesNotContain("No warnings");
    }

    @Test
    void theDriversReportNeedsAnOutcome() {
        assertThat(cxw.run("report", "drivers", "--journey", journey.toString(), "--db", db.toString(), "--out",
                dir.resolve("x.html").toString())).isEqualTo(ExitCode.USAGE);
        assertThat(cxw.err()).contains("--outcome");
        assertThat(cxw.run("report", "drivers", "--journey", journey.toString(), "--outcome", "No such point",
                "--db", db.toString(), "--out", dir.resolve("x.html").toString())).isEqualTo(ExitCode.FAILURE);
        assertThat(cxw.err()).contains("No such point", "choose from");
    }

    /** Kept for a person to look at when CXW_REPORTS_OUT names a folder. */
    private static void keep(Path report) {
        String folder = System.getenv("CXW_REPORTS_OUT");
        if (folder != null && !folder.isBlank()) {
            try {
                Files.createDirectories(Path.of(folder));
                Files.copy(report, Path.of(folder, report.getFileName().toString()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static String quadrantLabel(String key) {
        return switch (key) {
            case "fix-first" -> "Fix first";
            case "keep-up" -> "Keep up";
            case "maintain" -> "Maintain";
            default -> "Low priority";
        };
    }

    /** A csv figure as the report prints it: fixed decimals, half-even as ICU rounds, a hyphen for minus. */
    private static String fixed(String value, int decimals) {
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String line(String text, String containing) {
        for (String line : text.split("\\R")) {
            if (line.contains(containing)) {
                return line;
            }
        }
        throw new AssertionError("no line with '" + containing + "' in:\n" + text);
    }

    private static Row rowOf(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                    return row;
                }
            }
        }
        throw new AssertionError("no row with " + text);
    }

    /** A csv of cxw (no quoted commas in these fields) as rows by header. */
    static List<Map<String, String>> csv(String text) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        String[] header = lines.get(0).split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length && i < cells.length; i++) {
                row.put(header[i], cells[i]);
            }
            rows.add(row);
        }
        return rows;
    }

}
