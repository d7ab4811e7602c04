package org.cxworkbench.reports.journey.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.reports.ReportFormat;
import org.cxworkbench.reports.journey.JourneyReports;
import org.cxworkbench.reports.journey.ReportParameters;
import org.cxworkbench.store.EmbeddedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journey reports rendered from a real store (the sample retail journey, a CSV export imported by the real
 * importer) by the real BIRT engine; the figures on the pages are checked against values worked out here by hand
 * from the seeded answers.
 */
class JourneyReportsTest {

    /** 97.5 % quantile of the standard normal distribution. */
    private static final double Z = 1.959963985;
    /** 97.5 % quantile of Student's t with 4 degrees of freedom (statistical tables). */
    private static final double T4 = 2.776445105;

    @TempDir
    static Path folder;

    static Journey journey;
    static EmbeddedDatabase database;
    static Connection connection;
    static JourneyReports reports;

    static final ReportParameters PERIOD = ReportParameters.defaults().withFrom(LocalDate.of(2026, 9, 1))
            .withTo(LocalDate.of(2026, 11, 30));

    @BeforeAll
    static void seed() throws Exception {
        journey = Seed.journey(folder);
        database = Seed.create(folder, journey);
        connection = database.connection();
        reports = new JourneyReports();
    }

    @AfterAll
    static void close() throws Exception {
        if (reports != null) {
            reports.close();
        }
        if (connection != null) {
            connection.close();
        }
        if (database != null) {
            database.close();
        }
    }

    // --- hand computations -----------------------------------------------------------------------------------

    static String f1(double value) {
        return String.format(Locale.ENGLISH, "%.1f", value);
    }

    /** NPS: % of 9-10 minus % of 0-6. */
    static double nps(int[] answers) {
        int promoters = 0;
        int detractors = 0;
        for (int a : answers) {
            promoters += a >= 9 ? 1 : 0;
            detractors += a <= 6 ? 1 : 0;
        }
        return 100.0 * (promoters - detractors) / answers.length;
    }

    /** Adjusted-Wald interval of NPS: add 3/4 promoter and 3/4 detractor, n + 3, trinomial variance. */
    static double[] npsInterval(int[] answers) {
        double promoters = 0;
        double detractors = 0;
        for (int a : answers) {
            promoters += a >= 9 ? 1 : 0;
            detractors += a <= 6 ? 1 : 0;
        }
        double n = answers.length + 3;
        double pro = (promoters + 0.75) / n;
        double det = (detractors + 0.75) / n;
        double variance = pro * (1 - pro) + det * (1 - det) + 2 * pro * det;
        double half = Z * Math.sqrt(variance / n);
        return new double[] {100 * (pro - det - half), 100 * (pro - det + half)};
    }

    /** Wilson score interval of k of n, in percent. */
    static double[] wilson(int k, int n) {
        double p = (double) k / n;
        double z2n = Z * Z / n;
        double centre = (p + z2n / 2) / (1 + z2n);
        double half = Z / (1 + z2n) * Math.sqrt(p * (1 - p) / n + z2n / (4 * n));
        return new double[] {100 * (centre - half), 100 * (centre + half)};
    }

    static int satisfied(int[] answers) {
        int k = 0;
        for (int a : answers) {
            k += a >= 4 ? 1 : 0;
        }
        return k;
    }

    static String interval(double[] bounds) {
        return f1(bounds[0]) + " \u2013 " + f1(bounds[1]);
    }

    // --- rendering helpers -----------------------------------------------------------------------------------

    static byte[] render(String name, ReportParameters parameters, ReportFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.render(name, journey, connection, parameters, format, out);
        keep(name + "-" + parameters.language().getLanguage() + "." + format.fileExtension(), out.toByteArray());
        return out.toByteArray();
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static String line(String text, String containing) {
        for (String line : text.split("\\R")) {
            if (line.contains(containing)) {
                return line;
            }
        }
        throw new AssertionError("no line with '" + containing + "' in:\n" + text);
    }

    /** Kept for a person to look at when -Dcxw.reports.out=<folder> is set. */
    static void keep(String name, byte[] content) throws IOException {
        String dir = System.getProperty("cxw.reports.out");
        if (dir != null && !dir.isBlank()) {
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, name), content);
        }
    }

    // --- tests -----------------------------------------------------------------------------------------------

    @Test
    void scorecardPdfShowsScoresIntervalsNChangesTargetsAndLowNWorkedOutByHand() throws Exception {
        String text = pdfText(render("scorecard", PERIOD, ReportFormat.PDF));

        assertThat(text).contains("Journey scorecard", "Retail: buy online or in store", "Purchase", "Support");

        // NPS relationship: 10 promoters, 4 detractors of 20 -> 30.0; before 3 and 4 of 10 -> -10.0
        String nps = line(text, "NPS relationship");
        assertThat(nps).contains(f1(nps(Seed.NPS_NOW)), "30.0", interval(npsInterval(Seed.NPS_NOW)), " 20 ",
                f1(nps(Seed.NPS_PREVIOUS)), "+40.0", "30 (met)", "low n (under 200)");
        // z = 40 / sqrt(SE1^2 + SE2^2) with the trinomial SEs 17.46 and 26.27: 1.27, not significant
        assertThat(nps).doesNotContain("+40.0 *");

        // CSAT after support: 54 of 60 satisfied -> 90.0; before 20 of 40 -> 50.0; z about 4.3: significant
        String csat = line(text, "CSAT after support");
        assertThat(100.0 * satisfied(Seed.CSAT_NOW) / Seed.CSAT_NOW.length).isEqualTo(90.0);
        assertThat(csat).contains("90.0", interval(wilson(54, 60)), " 60 ", "50.0", "+40.0 *", "85 (met)")
                .doesNotContain("low n");

        // CES online checkout: mean of 1,2,2,3,2 = 2.0, s = sqrt(0.5), t interval on 4 df; target 2, lower is better
        String ces = line(text, "CES online checkout");
        double half = T4 * Math.sqrt(0.5) / Math.sqrt(5);
        assertThat(ces).contains("2.0", f1(2 - half) + " \u2013 " + f1(2 + half), " 5 ", "2 (met)",
                "low n (under 100)");

        // every touchpoint is listed, measured or not
        assertThat(text).contains("Friend's recommendation", "Product pages", "not measured");
    }

    @Test
    void scorecardHtmlShowsTheSameFigures() throws Exception {
        String html = new String(render("scorecard", PERIOD, ReportFormat.HTML), StandardCharsets.UTF_8);
        assertThat(html).contains("Journey scorecard", "NPS relationship", "30.0",
                interval(npsInterval(Seed.NPS_NOW)), "90.0", interval(wilson(54, 60)), "+40.0 *",
                "low n (under 200)", "85 (met)");
    }

    /**
     * The three tiers side by side after the scorecard: churn in the outcome tier, the NPS and CSAT points in the
     * experience tier, mystery shopping in the operational one (the sample journey's tiers), each with its score.
     */
    @Test
    void scorecardShowsTheThreeTiersSideBySide() throws Exception {
        String html = new String(render("scorecard", PERIOD, ReportFormat.HTML), StandardCharsets.UTF_8);
        int heading = html.indexOf("Outcome, experience and operational tiers side by side");
        assertThat(heading).isPositive();
        String tiers = html.substring(heading);
        int outcome = tiers.indexOf(">Outcome<");
        int experience = tiers.indexOf(">Experience<");
        int operational = tiers.indexOf(">Operational<");
        assertThat(outcome).isPositive().isLessThan(experience);
        assertThat(experience).isLessThan(operational);
        assertThat(tiers.substring(outcome, experience)).contains("Churn at renewal").doesNotContain("NPS relationship");
        assertThat(tiers.substring(experience, operational)).contains("NPS relationship", "30.0", "CSAT after support",
                "90.0").doesNotContain("Churn at renewal");
        assertThat(tiers.substring(operational)).contains("Mystery shopping in store")
                .doesNotContain("CSAT after support");

        String fi = pdfText(render("scorecard", PERIOD.withLanguage(Locale.of("fi")), ReportFormat.PDF));
        assertThat(fi).contains("Tulos-, kokemus- ja toimintamittarit rinnakkain", "Asiakaskokemus");
        String sv = pdfText(render("scorecard", PERIOD.withLanguage(Locale.of("sv")), ReportFormat.PDF));
        assertThat(sv).contains("Utfall, upplevelse och verksamhet sida vid sida", "Upplevelse");
    }

    @Test
    void defaultPeriodIsTheThreeMonthsEndingWithTheLatestAnswer() throws Exception {
        String text = pdfText(render("scorecard", ReportParameters.defaults(), ReportFormat.PDF));
        assertThat(text).contains("Sep 1, 2026 \u2013 Nov 18, 2026");
        assertThat(line(text, "CSAT after support")).contains("90.0");
    }

    @Test
    void finnishAndSwedishLabelsComeFromTheResourceFiles() throws Exception {
        String fi = pdfText(render("scorecard", PERIOD.withLanguage(Locale.of("fi")), ReportFormat.PDF));
        assertThat(fi).contains("Asiakaspolun tuloskortti", "Mittauspiste", "Koko asiakaspolku", "90,0",
                "85 (saavutettu)", "pieni n (alle 200)");
        String sv = pdfText(render("scorecard", PERIOD.withLanguage(Locale.of("sv")), ReportFormat.PDF));
        assertThat(sv).contains("Kundresans resultatkort", "Mätpunkt", "Hela kundresan", "90,0", "85 (uppnått)",
                "lågt n (under 200)");
    }

    @TestFactory
    List<DynamicTest> everyReportRendersInEveryFormat() {
        List<DynamicTest> tests = new ArrayList<>();
        ReportParameters parameters = PERIOD.withTouchpoint(Seed.CSAT_TOUCHPOINT).withMetric("NPS relationship")
                .withOutcome("NPS relationship");
        // the drivers report rendered here without the services bundle's analysis: its frame, no drivers
        String[] titles = {"Journey scorecard", "Touchpoint detail", "Trend", "Segments and accounts", "Key drivers",
            "Comments and follow-ups"};
        for (int i = 0; i < JourneyReports.NAMES.size(); i++) {
            String name = JourneyReports.NAMES.get(i);
            String title = titles[i];
            for (ReportFormat format : ReportFormat.values()) {
                tests.add(DynamicTest.dynamicTest(name + " as " + format, () -> {
                    byte[] output = render(name, parameters, format);
                    String text = switch (format) {
                        case PDF -> pdfText(output);
                        case HTML -> new String(output, StandardCharsets.UTF_8);
                        case XLSX -> xlsxText(output);
                    };
                    assertThat(text).contains(title, "Retail: buy online or in store");
                }));
            }
        }
        return tests;
    }

    static String xlsxText(byte[] xlsx) throws IOException {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(cell.toString()).append('\t');
                    }
                    text.append('\n');
                }
            }
        }
        return text.toString();
    }

    @Test
    void xlsxKeepsScoresAsNumbers() throws Exception {
        byte[] xlsx = render("scorecard", PERIOD, ReportFormat.XLSX);
        boolean found = false;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                            && Math.abs(cell.getNumericCellValue() - 90.0) < 1e-9) {
                        found = true;
                    }
                }
            }
        }
        assertThat(found).as("the CSAT score 90.0 as a number cell").isTrue();
    }

    @Test
    void touchpointReportDrawsDistributionAndTrendChartsAndListsTheWorstComments() throws Exception {
        ReportParameters parameters = PERIOD.withTouchpoint(Seed.CSAT_TOUCHPOINT);
        String html = new String(render("touchpoint", parameters, ReportFormat.HTML), StandardCharsets.UTF_8);
        Matcher images = Pattern.compile("src=\"data:image/png;base64,").matcher(html);
        int charts = 0;
        while (images.find()) {
            charts++;
        }
        assertThat(charts).as("distribution and trend chart").isEqualTo(2);

        String text = pdfText(render("touchpoint", parameters, ReportFormat.PDF));
        assertThat(text).contains("Touchpoint detail", "Customer service chat", "CSAT after support");
        // all 60 answers were given in October: the trend row of 2026-10 carries the whole score
        assertThat(line(text, "2026-10")).contains("90.0", interval(wilson(54, 60)), "60");
        // the previous period's 40 answers (20 of 40 satisfied) in August; months without answers are left out
        assertThat(line(text, "2026-08")).contains("50.0", interval(wilson(20, 40)), "40");
        assertThat(text).doesNotContain("2026-09");
        // comments, lowest answer first
        assertThat(text.indexOf("Nobody called me back")).isLessThan(text.indexOf("Väntade länge i telefon"));
        assertThat(text.indexOf("Väntade länge i telefon")).isLessThan(text.indexOf("Ystävällinen ja nopea palvelu"));
    }

    @Test
    void trendReportSplitsAMeasureBySegmentPerMonth() throws Exception {
        String text = pdfText(render("trend", PERIOD.withMetric("NPS relationship")
                .withBy(ReportParameters.Breakdown.SEGMENT), ReportFormat.PDF));
        assertThat(text).contains("Trend", "NPS relationship", "All", "Current customers", "Lapsed customers",
                "Prospects");
        // the All series per month, by hand from the seeded answers
        List<String> months = List.of("2026-09", "2026-10", "2026-11");
        List<String> lines = List.of(text.split("\\R"));
        for (String month : months) {
            List<Integer> answers = new ArrayList<>();
            for (int i = 0; i < Seed.NPS_NOW.length; i++) {
                if (Seed.monthOfNps(i).equals(month)) {
                    answers.add(Seed.NPS_NOW[i]);
                }
            }
            int[] values = answers.stream().mapToInt(Integer::intValue).toArray();
            String expected = f1(nps(values));
            String first = lines.stream().filter(l -> l.startsWith(month)).findFirst().orElseThrow();
            assertThat(first).as("All, " + month).contains(expected, " " + values.length + " ");
        }
    }

    @Test
    void segmentsReportComparesCustomerKindsAndRollsUpAccounts() throws Exception {
        String text = pdfText(render("segments", PERIOD, ReportFormat.PDF));
        // NPS per segment: current = 10 promoters + 2 passives; lapsed = 4 passives + one 6; prospects = 3 detractors
        int[] current = java.util.Arrays.copyOfRange(Seed.NPS_NOW, 0, 12);
        int[] lapsed = java.util.Arrays.copyOfRange(Seed.NPS_NOW, 12, 17);
        int[] prospects = java.util.Arrays.copyOfRange(Seed.NPS_NOW, 17, 20);
        assertThat(text).contains("Current customers", "Former customers", "Never customers");
        assertThat(line(text, "Lapsed customers")).contains(f1(nps(lapsed)), " 5");
        assertThat(line(text, "Prospects")).contains(f1(nps(prospects)), " 3");
        assertThat(text).contains(f1(nps(current)));
        // Acme Oy: answers 10, 7 and 5 -> one promoter, one detractor of three: 0.0
        assertThat(line(text, Seed.ACCOUNT)).contains("0.0", " 3");
    }

    @Test
    void commentsReportShowsTheFollowUpQueueAndCommentsByTouchpoint() throws Exception {
        String text = pdfText(render("comments", PERIOD, ReportFormat.PDF));
        assertThat(text).contains("Comments and follow-ups", "Maija Meikäläinen", "Sven Svensson",
                "Soitettu takaisin", "Customer service chat", "Ystävällinen ja nopea palvelu");
        assertThat(line(text, "Maija Meikäläinen")).contains("new");
        assertThat(line(text, "Sven Svensson")).contains("resolved");
    }

    @Test
    void aReportWithoutDataSaysSoOnThePage() throws Exception {
        ReportParameters empty = ReportParameters.defaults().withFrom(LocalDate.of(2020, 1, 1))
                .withTo(LocalDate.of(2020, 3, 31)).withTouchpoint(Seed.CSAT_TOUCHPOINT).withMetric("nps");
        assertThat(pdfText(render("scorecard", empty, ReportFormat.PDF)))
                .contains("No answers for Retail: buy online or in store");
        assertThat(pdfText(render("touchpoint", empty, ReportFormat.PDF)))
                .contains("No answers for Customer service chat");
        assertThat(pdfText(render("trend", empty, ReportFormat.PDF))).contains("No answers for");
        assertThat(pdfText(render("segments", empty, ReportFormat.PDF))).contains("No answers for");
        assertThat(pdfText(render("comments", empty, ReportFormat.PDF))).contains("No comments or follow-ups");
        assertThat(pdfText(render("scorecard", PERIOD.withSegment("Nobody"), ReportFormat.PDF)))
                .contains("No answers for", "Nobody");
    }

    @Test
    void anUnknownTouchpointOrMeasureIsRefusedWithTheChoices() {
        assertThatThrownBy(() -> render("touchpoint", PERIOD.withTouchpoint("Teleport"), ReportFormat.PDF))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Teleport")
                .hasMessageContaining("Customer service chat");
        assertThatThrownBy(() -> render("trend", PERIOD, ReportFormat.PDF))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NPS relationship");
        assertThatThrownBy(() -> render("cockpit", PERIOD, ReportFormat.PDF))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scorecard");
    }
}
