package org.cxworkbench.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cxworkbench.cli.ExitCode;
import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.store.ColumnMapping;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cxw segments} and the segments report's comparison on a case worked out by hand: current customers answer the
 * relationship NPS 10, 9, 8, 3 and lapsed customers 2, 5, 9, 7.
 * <ul>
 * <li>current: promoters 2/4, detractors 1/4, NPS 25; variance p+(1-p+) + p-(1-p-) + 2 p+ p- = 0.25 + 0.1875 + 0.25
 * = 0.6875; SE = 100 sqrt(0.6875 / 4) = 41.4578</li>
 * <li>lapsed: promoters 1/4, detractors 2/4, NPS -25; the same variance and SE</li>
 * <li>difference -50; SE sqrt(2) x 41.4578 = 58.6302; z = -50 / 58.6302 = -0.85280; p = 2 Phi(-0.85280) = 0.39377:
 * not significant at 95 %</li>
 * </ul>
 */
class SegmentsCommandTest {

    @TempDir
    Path dir;

    private final CxwRunner cxw = new CxwRunner();
    private Path journey;
    private Path db;

    @BeforeEach
    void importHandCase() throws Exception {
        journey = SampleJourneys.copyTo(SampleJourneys.RETAIL_B2C, dir);
        Journey loaded = JourneyFiles.load(journey).journey();
        String nps = loaded.getMeasurementPoints().stream().filter(p -> p.getName().equals("NPS relationship"))
                .findFirst().orElseThrow().getId();
        Path csv = dir.resolve("segments.csv");
        Files.writeString(csv, """
                Response ID,Submitted,Segment,NPS relationship
                C1,2026-03-01 10:00:00,Current customers,10
                C2,2026-03-02 10:00:00,Current customers,9
                C3,2026-03-03 10:00:00,Current customers,8
                C4,2026-03-04 10:00:00,Current customers,3
                L1,2026-03-05 10:00:00,Lapsed customers,2
                L2,2026-03-06 10:00:00,Lapsed customers,5
                L3,2026-03-07 10:00:00,Lapsed customers,9
                L4,2026-03-08 10:00:00,Lapsed customers,7
                """, StandardCharsets.UTF_8);
        Path mapping = dir.resolve("segments.mapping");
        new ColumnMapping(Map.of("NPS relationship", nps), Map.of(), Map.of(ColumnMapping.RESPONDENT, "Response ID",
                ColumnMapping.TIME, "Submitted", ColumnMapping.SEGMENT, "Segment")).save(mapping);
        db = dir.resolve("results");
        assertThat(cxw.run("import", csv.toString(), "--journey", journey.toString(), "--mapping", mapping.toString(),
                "--db", db.toString())).as(cxw.err()).isEqualTo(ExitCode.OK);
    }

    @Test
    void lapsedAgainstCurrentCustomersWithTheHandComputedZ() {
        assertThat(cxw.run("segments", "--journey", journey.toString(), "--point", "NPS relationship", "--db",
                db.toString(), "--format", "csv")).as(cxw.err()).isEqualTo(ExitCode.OK);
        List<String> lines = cxw.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("point,metric,kind,segment,n,score,ci_low,ci_high,low_n,baseline,"
                + "difference,se,test,statistic,p_value,significant,point_id");
        List<Map<String, String>> rows = DriversReportTest.csv(cxw.out());
        assertThat(rows).hasSize(2);
        Map<String, String> current = rows.get(0);
        assertThat(current.get("kind")).isEqualTo("current");
        assertThat(current.get("segment")).isEqualTo("Current customers");
        assertThat(Double.parseDouble(current.get("score"))).isCloseTo(25, within(1e-9));
        assertThat(current.get("n")).isEqualTo("4");
        assertThat(current.get("baseline")).isEmpty();
        assertThat(current.get("statistic")).isEmpty();

        Map<String, String> lapsed = rows.get(1);
        assertThat(lapsed.get("kind")).isEqualTo("former");
        assertThat(lapsed.get("segment")).isEqualTo("Lapsed customers");
        assertThat(Double.parseDouble(lapsed.get("score"))).isCloseTo(-25, within(1e-9));
        assertThat(lapsed.get("baseline")).isEqualTo("Current customers");
        assertThat(Double.parseDouble(lapsed.get("difference"))).isCloseTo(-50, within(1e-9));
        assertThat(Double.parseDouble(lapsed.get("se"))).isCloseTo(58.6302, within(1e-4));
        assertThat(lapsed.get("test")).isEqualTo("z");
        assertThat(Double.parseDouble(lapsed.get("statistic"))).isCloseTo(-0.85280, within(1e-5));
        assertThat(Double.parseDouble(lapsed.get("p_value"))).isCloseTo(0.39377, within(1e-5));
        assertThat(lapsed.get("significant")).isEqualTo("false");

        // json has the same fields; the table says yes/no
        assertThat(cxw.run("segments", "--journey", journey.toString(), "--db", db.toString(), "--format", "json"))
                .isEqualTo(ExitCode.OK);
        assertThat(cxw.out()).contains("\"statistic\"", "\"p_value\"", "\"significant\": false");
        assertThat(cxw.run("segments", "--journey", journey.toString(), "--db", db.toString())).isEqualTo(ExitCode.OK);
        assertThat(cxw.out()).contains("Lapsed customers", "Current customers", "no");
    }

    @Test
    void theSegmentsReportShowsTheSameDifference() throws Exception {
        Path pdf = dir.resolve("segments.pdf");
        assertThat(cxw.run("report", "segments", "--journey", journey.toString(), "--from", "2026-03-01", "--to",
                "2026-03-31", "--db", db.toString(), "--out", pdf.toString())).as(cxw.err()).isEqualTo(ExitCode.OK);
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Former and never-customers against current customers");
        String line = text.lines().filter(l -> l.contains("Lapsed customers") && l.contains("Current customers"))
                .findFirst().orElseThrow(() -> new AssertionError(text));
        assertThat(line).contains("-25.0", "-50.0", "z", "-0.85", "0.394", "not significant");
    }

    @Test
    void wrongSegmentsCommandLines() {
        assertThat(cxw.run("segments")).isEqualTo(ExitCode.USAGE);
        assertThat(cxw.err()).contains("--journey");
        assertThat(cxw.run("segments", "--journey", journey.toString(), "--db", db.toString(), "--point", "Nope"))
                .isEqualTo(ExitCode.FAILURE);
        assertThat(cxw.err()).contains("Nope", "NPS relationship");
        assertThat(cxw.run("segments", "--journey", journey.toString(), "--db", db.toString(), "--level", "2"))
                .isEqualTo(ExitCode.USAGE);
    }
}
