package org.cxworkbench.services.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.imports.DateOrder;
import org.cxworkbench.imports.Dialect;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.services.imports.BadRow;
import org.cxworkbench.services.imports.ImportOverrides;
import org.cxworkbench.services.imports.ImportPreview;
import org.cxworkbench.services.imports.ImportValidation;
import org.cxworkbench.services.imports.RejectedRowsFile;
import org.cxworkbench.services.imports.SurveyImportRequest;
import org.cxworkbench.services.imports.SurveyImportResult;
import org.cxworkbench.services.imports.SurveyImports;
import org.cxworkbench.services.imports.ValidationReport;
import org.cxworkbench.services.store.ResultsStore;
import org.cxworkbench.services.store.StoreAccess;
import org.cxworkbench.services.store.StoreLocation;
import org.cxworkbench.store.AnswerGenerator;
import org.cxworkbench.store.ColumnMapping;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import wizard's headless half: the preview of a file's start (detection, overrides, rows, automatic matches)
 * and the validation dry run, on real files and against a real embedded Derby store.
 */
class ImportPreviewTest {

    private static final String NPS = "78877913-111a-4334-8590-ca6fd2970f18";
    private static final String CSAT = "b5a420cd-f87c-4f55-a0aa-bb9bde4d8812";
    private static final String NPS_FI = "Kuinka todennäköisesti suosittelisit meitä ystävällesi tai kollegallesi?";

    @TempDir
    Path dir;

    private Journey journey;

    @BeforeEach
    void setUp() throws Exception {
        Path file = SampleJourneys.copyTo(SampleJourneys.RETAIL_B2C, dir.resolve("journeys"));
        journey = JourneyFiles.load(file).journey();
    }

    /** Finnish Excel's CSV: ISO-8859-1, semicolons, decimal commas; lines 3 and 5 are bad. */
    private Path finnishCsv() throws IOException {
        String text = "Vastaajan tunnus;Aikaleima;" + NPS_FI + ";Paino;Kommentti\r\n"
                + "r1;2026-01-05 10:00;9;1,5;Hyvä palvelu\r\n"
                + "r2;2026-01-06 11:00;11;0,5;Liian kallis\r\n"
                + "r3;2026-01-07 12:00;7;2,25;Ok\r\n"
                + "r4;;8;1;Äkkiä\r\n"
                + "r5;2026-01-08 09:30;10;0,75;Erinomainen\r\n";
        Path file = dir.resolve("vastaukset.csv");
        Files.write(file, text.getBytes(StandardCharsets.ISO_8859_1));
        return file;
    }

    @Test
    void previewsAFinnishSemicolonFileInIso88591WithDecimalCommas() throws Exception {
        ImportPreview preview = ImportPreview.read(finnishCsv(), journey, ImportOverrides.NONE, 3);

        assertThat(preview.workbook()).isFalse();
        assertThat(preview.encoding()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(preview.separator()).isEqualTo(';');
        assertThat(preview.decimalMark()).isEqualTo(',');
        assertThat(preview.dialect()).isEqualTo(Dialect.GENERIC);
        assertThat(preview.headers()).containsExactly("Vastaajan tunnus", "Aikaleima", NPS_FI, "Paino", "Kommentti");
        assertThat(preview.rows()).hasSize(3);
        assertThat(preview.rows().get(0).line()).isEqualTo(2);
        assertThat(preview.rows().get(0).cells()).containsExactly("r1", "2026-01-05 10:00", "9", "1,5",
                "Hyvä palvelu");
        assertThat(preview.rows().get(2).line()).isEqualTo(4);

        // which column went where, and why: the Finnish question, and three roles by their Finnish names
        assertThat(preview.matches()).extracting(m -> m.column() + " -> " + m.target() + (m.role() ? " (role)" : ""))
                .containsExactly("Vastaajan tunnus -> " + ColumnMapping.RESPONDENT + " (role)",
                        "Aikaleima -> " + ColumnMapping.TIME + " (role)", NPS_FI + " -> " + NPS,
                        "Paino -> " + ColumnMapping.WEIGHT + " (role)");
        assertThat(preview.matches().get(2).why()).contains("NPS relationship").contains("fi");
        assertThat(preview.suggestion().unmatched()).containsExactly("Kommentti");
    }

    @Test
    void overridesAreUsedInsteadOfDetection() throws Exception {
        Path file = finnishCsv();
        // read as UTF-8 the Latin-1 "ä" is not text: the preview says so in one line
        assertThatThrownBy(() -> ImportPreview.read(file, journey,
                ImportOverrides.NONE.withEncoding(StandardCharsets.UTF_8), 3))
                .hasMessageContaining("cannot read");
        // with a comma as separator the whole header is one column, and nothing matches
        ImportPreview comma = ImportPreview.read(file, journey, ImportOverrides.NONE.withSeparator(','), 3);
        assertThat(comma.headers()).hasSize(1);
        assertThat(comma.matches()).isEmpty();
        // the decimal mark and the date order as set
        ImportPreview point = ImportPreview.read(file, journey,
                ImportOverrides.NONE.withDecimalMark('.').withDateOrder(DateOrder.MONTH_FIRST), 3);
        assertThat(point.decimalMark()).isEqualTo('.');
        assertThat(point.dateOrder()).isEqualTo(DateOrder.MONTH_FIRST);
        assertThat(point.rows().get(0).cells().get(3)).isEqualTo("1,5");
    }

    @Test
    void aUtf8FileWithAByteOrderMarkKeepsItsFirstHeaderClean() throws Exception {
        String text = "\uFEFFResponse ID,Submitted,How satisfied were you with our customer service?\n"
                + "a,2026-02-01 08:00,5\nb,2026-02-02 09:00,4\n";
        Path file = dir.resolve("bom.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        ImportPreview preview = ImportPreview.read(file, journey, ImportOverrides.NONE, 10);
        assertThat(preview.encoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(preview.separator()).isEqualTo(',');
        assertThat(preview.headers().get(0)).isEqualTo("Response ID");
        assertThat(preview.rows()).hasSize(2);
        assertThat(preview.suggestion().mapping().answers()).containsExactly(Map.entry(
                "How satisfied were you with our customer service?", CSAT));
        assertThat(preview.suggestion().mapping().roles()).containsEntry(ColumnMapping.RESPONDENT, "Response ID");

        ValidationReport report = ImportValidation.dryRun(SurveyImportRequest.builder(file).journey(journey).build(),
                new NullProgressMonitor());
        assertThat(report.rowsRead()).isEqualTo(2);
        assertThat(report.rowsValid()).isEqualTo(2);
        assertThat(report.rowsRejected()).isZero();
        assertThat(report.badRows()).isEmpty();
    }

    @Test
    void previewsAndValidatesAnXlsxWorkbook() throws Exception {
        Path file = dir.resolve("answers.xlsx");
        writeXlsx(file, List.of(List.of("Response ID", "Submitted", "NPS relationship"),
                List.of("x1", "2026-03-01 10:00", "10"), List.of("x2", "2026-03-02 10:00", "eleven"),
                List.of("x3", "2026-03-03 10:00", "3")));
        ImportPreview preview = ImportPreview.read(file, journey, ImportOverrides.NONE, 10);
        assertThat(preview.workbook()).isTrue();
        assertThat(preview.encoding()).isNull();
        assertThat(preview.separator()).isNull();
        assertThat(preview.headers()).containsExactly("Response ID", "Submitted", "NPS relationship");
        assertThat(preview.rows()).extracting(r -> r.cells().get(0)).containsExactly("x1", "x2", "x3");
        assertThat(preview.matches().get(2).target()).isEqualTo(NPS);

        ValidationReport report = ImportValidation.dryRun(SurveyImportRequest.builder(file).journey(journey).build(),
                new NullProgressMonitor());
        assertThat(report.rowsRead()).isEqualTo(3);
        assertThat(report.rowsValid()).isEqualTo(2);
        assertThat(report.rowsRejected()).isEqualTo(1);
        assertThat(report.badRows()).hasSize(1);
        BadRow bad = report.badRows().get(0);
        assertThat(bad.line()).isEqualTo(3);
        assertThat(bad.problems().get(0).column()).isEqualTo("NPS relationship");
        assertThat(bad.problems().get(0).raw()).isEqualTo("eleven");
        assertThat(bad.cells()).containsExactly("x2", "2026-03-02 10:00", "eleven");
    }

    @Test
    void theDryRunListsTheBadRowsWithTheirLinesAndStoresNothing() throws Exception {
        Path file = finnishCsv();
        Path results = dir.resolve("results");
        SurveyImportRequest request = SurveyImportRequest.builder(file).journey(journey)
                .store(StoreLocation.folder(results), null, null).build();
        List<Path> before = validationFolders();

        ValidationReport report = ImportValidation.dryRun(request, new NullProgressMonitor());

        assertThat(report.rowsRead()).isEqualTo(5);
        assertThat(report.rowsValid()).isEqualTo(3);
        assertThat(report.answers()).isEqualTo(3);
        assertThat(report.rowsRejected()).isEqualTo(2);
        assertThat(report.badRows()).extracting(BadRow::line).containsExactly(3L, 5L);
        assertThat(report.badRows().get(0).problems().get(0).column()).isEqualTo(NPS_FI);
        assertThat(report.badRows().get(0).problems().get(0).raw()).isEqualTo("11");
        assertThat(report.badRows().get(0).cells()).containsExactly("r2", "2026-01-06 11:00", "11", "0,5",
                "Liian kallis");
        assertThat(report.badRows().get(1).problems().get(0).column()).isEqualTo("Aikaleima");
        assertThat(report.badRows().get(1).reasons()).startsWith("Aikaleima: ");
        assertThat(report.mapping().answers()).containsEntry(NPS_FI, NPS);
        // nothing stored: the store the request names was not even created, and no temporary store is left
        assertThat(results).doesNotExist();
        assertThat(validationFolders()).isEqualTo(before);

        // the import then does what the dry run said
        SurveyImportResult imported = new SurveyImports().run(request, new NullProgressMonitor());
        assertThat(imported.rowsStored()).isEqualTo(report.rowsValid());
        assertThat(imported.rowsRejected()).isEqualTo(report.rowsRejected());
        assertThat(imported.rejections()).extracting(r -> r.line()).containsExactly(3L, 5L);

        // and the rejected rows, as the wizard writes them beside the export for whoever fixes it
        Path rejected = RejectedRowsFile.besides(file);
        assertThat(rejected.getFileName().toString()).isEqualTo("vastaukset.rejected.csv");
        try (ResultsStore opened = ResultsStore.open(StoreLocation.folder(results), StoreAccess.READ)) {
            assertThat(RejectedRowsFile.write(opened, imported.batchId(), rejected)).isEqualTo(2);
        }
        List<String> lines = Files.readAllLines(rejected, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("\uFEFF" + RejectedRowsFile.HEADER);
        assertThat(lines.get(1)).startsWith("3," + NPS_FI + ",11,");
        assertThat(lines.get(2)).startsWith("5,Aikaleima,,");
    }

    @Test
    void theDryRunOfAGeneratedFileFindsTheGeneratorsBadRowsAndCanBeCancelled() throws Exception {
        Path csv = dir.resolve("generated.csv");
        Path mapping = dir.resolve("generated.mapping");
        AnswerGenerator.Result written = new AnswerGenerator(journey,
                new AnswerGenerator.Settings(7, 3000, YearMonth.of(2025, 12), 6)).write(csv, mapping);
        SurveyImportRequest request = SurveyImportRequest.builder(csv).journey(journey).mappingFile(mapping)
                .rejectionLimit(1000).build();

        ValidationReport report = ImportValidation.dryRun(request, new NullProgressMonitor());
        assertThat(report.rowsRead()).isEqualTo(3000);
        assertThat(report.rowsRejected()).isEqualTo(written.badRows().size());
        assertThat(report.rowsValid()).isEqualTo(written.goodRows());
        assertThat(report.badRows()).extracting(BadRow::line)
                .containsExactlyElementsOf(written.badRows().stream().map(AnswerGenerator.BadRow::line).toList());

        // the same through a store: identical counts
        try (ResultsStore store = ResultsStore.open(StoreLocation.folder(dir.resolve("db")), StoreAccess.WRITE)) {
            SurveyImportResult imported = new SurveyImports().run(request, store, new NullProgressMonitor());
            assertThat(imported.rowsStored()).isEqualTo(report.rowsValid());
            assertThat(imported.rowsRejected()).isEqualTo(report.rowsRejected());
        }

        List<Path> before = validationFolders();
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThatThrownBy(() -> ImportValidation.dryRun(request, cancelled))
                .isInstanceOf(OperationCanceledException.class);
        assertThat(validationFolders()).isEqualTo(before);
    }

    private static List<Path> validationFolders() throws IOException {
        List<Path> folders = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(Path.of(System.getProperty("java.io.tmpdir")),
                "cxw-validation-*")) {
            stream.forEach(folders::add);
        }
        folders.sort(null);
        return folders;
    }

    /** The smallest workbook Excel and POI read: one sheet of inline strings. */
    private static void writeXlsx(Path file, List<List<String>> rows) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"Answers\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "</Relationships>");
            StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            for (int r = 0; r < rows.size(); r++) {
                sheet.append("<row r=\"").append(r + 1).append("\">");
                for (int c = 0; c < rows.get(r).size(); c++) {
                    sheet.append("<c r=\"").append((char) ('A' + c)).append(r + 1).append("\" t=\"inlineStr\"><is><t>")
                            .append(rows.get(r).get(c)).append("</t></is></c>");
                }
                sheet.append("</row>");
            }
            sheet.append("</sheetData></worksheet>");
            entry(zip, "xl/worksheets/sheet1.xml", sheet.toString());
        }
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
