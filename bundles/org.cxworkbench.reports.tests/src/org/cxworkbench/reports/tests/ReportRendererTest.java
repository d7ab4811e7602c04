package org.cxworkbench.reports.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cxworkbench.reports.ReportException;
import org.cxworkbench.reports.ReportFormat;
import org.cxworkbench.reports.ReportRenderer;
import org.cxworkbench.reports.tests.Scorecard.Touchpoint;
import org.cxworkbench.store.EmbeddedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scorecard design rendered inside OSGi by BIRT over a Derby results store, in every output format. */
class ReportRendererTest {

    @TempDir
    static Path workspace;

    static EmbeddedDatabase database;
    static ReportRenderer renderer;

    @BeforeAll
    static void createStoreAndRenderer() throws Exception {
        database = Scorecard.createDatabase(workspace.resolve("results-db"));
        renderer = new ReportRenderer(database::connection);
    }

    @AfterAll
    static void closeRendererAndStore() throws Exception {
        if (renderer != null) {
            renderer.close();
        }
        if (database != null) {
            database.close();
        }
    }

    private static byte[] render(ReportFormat format, Map<String, ?> parameters, Locale locale) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(Scorecard.design("scorecard.rptdesign"), parameters, locale, format, out);
        return out.toByteArray();
    }

    @Test
    void htmlShowsTheLabelAndEveryTouchpointWithItsScore() throws Exception {
        byte[] bytes = render(ReportFormat.HTML, Map.of(), Locale.ENGLISH);
        Scorecard.keep("scorecard.html", bytes);
        String html = new String(bytes, StandardCharsets.UTF_8);

        assertThat(html).containsIgnoringCase("charset=utf-8").contains(Scorecard.TITLE);
        for (Touchpoint t : Scorecard.TOUCHPOINTS) {
            assertThat(html).contains(t.name(), t.stage(), t.score().toPlainString(), Integer.toString(t.answers()));
        }
        assertThat(html.indexOf("Tilausvahvistus sähköpostilla"))
                .as("best score first").isLessThan(html.indexOf("Hyvityksen käsittely"));
    }

    @Test
    void pdfTextShowsTheLabelAndEveryTouchpointWithItsScore() throws Exception {
        byte[] pdf = render(ReportFormat.PDF, Map.of(), Locale.ENGLISH);
        Scorecard.keep("scorecard.pdf", pdf);

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = pdfText(pdf);
        assertThat(text).contains(Scorecard.TITLE, "Touchpoint", "Score", "Answers");
        for (Touchpoint t : Scorecard.TOUCHPOINTS) {
            assertThat(text).contains(t.name(), t.stage(), t.score().toPlainString(), Integer.toString(t.answers()));
        }
    }

    @Test
    void xlsxCellsHoldTheLabelTheTouchpointsAndNumericScores() throws Exception {
        byte[] xlsx = render(ReportFormat.XLSX, Map.of(), Locale.ENGLISH);
        Scorecard.keep("scorecard.xlsx", xlsx);

        List<String> texts = new ArrayList<>();
        List<Double> numbers = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        texts.add(cell.getStringCellValue());
                    } else if (cell.getCellType() == CellType.NUMERIC) {
                        numbers.add(cell.getNumericCellValue());
                    }
                }
            }
        }
        assertThat(texts).contains(Scorecard.TITLE, "Touchpoint", "Stage", "Score", "Answers");
        assertThat(texts).containsAll(Scorecard.TOUCHPOINTS.stream().map(Touchpoint::name).toList());
        assertThat(numbers).as("scores and answer counts are numbers, not text")
                .containsAll(Scorecard.TOUCHPOINTS.stream().map(t -> t.score().doubleValue()).toList())
                .containsAll(Scorecard.TOUCHPOINTS.stream().map(t -> (double) t.answers()).toList());
    }

    @Test
    void theMinScoreParameterLeavesOutLowerScores() throws Exception {
        String html = new String(render(ReportFormat.HTML, Map.of("minScore", new BigDecimal("7.0")), Locale.ENGLISH),
                StandardCharsets.UTF_8);

        for (Touchpoint t : Scorecard.TOUCHPOINTS) {
            if (t.score().compareTo(new BigDecimal("7.0")) >= 0) {
                assertThat(html).contains(t.name());
            } else {
                assertThat(html).doesNotContain(t.name());
            }
        }
    }

    @Test
    void aFinnishLocaleWritesScoresWithADecimalComma() throws Exception {
        String text = pdfText(render(ReportFormat.PDF, Map.of(), Locale.of("fi", "FI")));

        assertThat(text).contains("Tilausvahvistus sähköpostilla", "9,1", "5,5").doesNotContain("9.1");
    }

    @Test
    void aFailingDataSetThrowsWithTheReportNameAndTheSqlErrorAndLeavesNoFile() throws Exception {
        String broken;
        try (InputStream in = Scorecard.design("scorecard.rptdesign").openStream()) {
            broken = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("from TOUCHPOINT_SCORE",
                    "from NO_SUCH_TABLE");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> renderer.render("broken-scorecard.rptdesign",
                new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), Map.of(), Locale.ENGLISH,
                ReportFormat.PDF, out))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("broken-scorecard.rptdesign")
                .hasMessageContaining("NO_SUCH_TABLE")
                .satisfies(e -> assertThat(((ReportException) e).reportName()).isEqualTo("broken-scorecard.rptdesign"));

        Path brokenDesign = Files.writeString(workspace.resolve("broken.rptdesign"), broken);
        Path target = workspace.resolve("broken.pdf");
        assertThatThrownBy(() -> renderer.render(brokenDesign.toUri().toURL(), Map.of(), Locale.ENGLISH,
                ReportFormat.PDF, target))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("broken.rptdesign")
                .hasMessageContaining("NO_SUCH_TABLE");
        try (Stream<Path> files = Files.list(workspace)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("neither the report nor its temporary file is left behind")
                    .noneMatch(name -> name.contains("broken.pdf"));
        }
    }

    @Test
    void aDesignThatIsNotABirtDesignIsReportedByName() {
        assertThatThrownBy(() -> renderer.render("notes.rptdesign",
                new ByteArrayInputStream("just some text".getBytes(StandardCharsets.UTF_8)), Map.of(),
                Locale.ENGLISH, ReportFormat.HTML, new ByteArrayOutputStream()))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("notes.rptdesign");
    }

    @Test
    void rendersToAFileInPlace() throws Exception {
        Path target = workspace.resolve("scorecard.pdf");
        renderer.render(Scorecard.design("scorecard.rptdesign"), Map.of(), Locale.ENGLISH, ReportFormat.PDF, target);

        assertThat(pdfText(Files.readAllBytes(target))).contains(Scorecard.TITLE, "Myymäläkäynti");
    }

    @Test
    void rewritingAReportKeepsTheOldFilesPermissions() throws Exception {
        Path target = workspace.resolve("shared-scorecard.html");
        renderer.render(Scorecard.design("scorecard.rptdesign"), Map.of(), Locale.ENGLISH, ReportFormat.HTML, target);
        for (String permissions : List.of("rw-rw-r--", "rw-------")) {
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(permissions));
            renderer.render(Scorecard.design("scorecard.rptdesign"), Map.of(), Locale.ENGLISH, ReportFormat.HTML,
                    target);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo(permissions);
        }
    }

    @Test
    void aNewRendererStartsOnceFromManyThreadsAndClosingItLeavesOtherRenderersWorking() throws Exception {
        List<String> outputs = new ArrayList<>();
        try (ReportRenderer second = new ReportRenderer(database::connection)) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Callable<String>> renders = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    renders.add(() -> {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        second.render(Scorecard.design("scorecard.rptdesign"), Map.of(), Locale.ENGLISH,
                                ReportFormat.HTML, out);
                        return out.toString(StandardCharsets.UTF_8);
                    });
                }
                for (Future<String> result : pool.invokeAll(renders)) {
                    outputs.add(result.get());
                }
            } finally {
                pool.shutdown();
            }
        }
        assertThat(outputs).hasSize(4).allSatisfy(html -> assertThat(html).contains("Pöytävaraus sovelluksessa"));

        assertThat(new String(render(ReportFormat.HTML, Map.of(), Locale.ENGLISH), StandardCharsets.UTF_8))
                .as("the shared BIRT platform is still up").contains(Scorecard.TITLE);
    }

    @Test
    void aClosedRendererRendersNoMore() {
        ReportRenderer closed = new ReportRenderer(database::connection);
        closed.close();

        assertThatThrownBy(() -> closed.render(Scorecard.design("scorecard.rptdesign"), Map.of(), Locale.ENGLISH,
                ReportFormat.HTML, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
