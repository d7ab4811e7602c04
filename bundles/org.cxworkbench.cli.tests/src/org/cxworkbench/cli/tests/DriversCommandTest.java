package org.cxworkbench.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cxworkbench.cli.ExitCode;
import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.store.ColumnMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cxw generate --driver-weights}, {@code cxw drivers} and {@code cxw accounts} end to end: generated answers
 * with known drivers imported into a real Derby store and analysed; a small hand-computed B2B file rolled up.
 */
class DriversCommandTest {

    @TempDir
    Path dir;

    private final CxwRunner cxw = new CxwRunner();

    @Test
    void driversRecoverTheWeightsGivenToGenerate() throws Exception {
        Path journey = SampleJourneys.copyTo(SampleJourneys.RETAIL_B2C, dir);
        Path csv = dir.resolve("answers.csv");
        Path db = dir.resolve("results");
        assertThat(cxw.run("generate", "--journey", journey.toString(), "--out", csv.toString(), "--rows", "2000",
                "--outcome", "NPS relationship", "--driver-weights",
                "CES after returns=0.6,CES online checkout=0.1,CSAT after support=0.3")).as(cxw.err())
                .isEqualTo(ExitCode.OK);
        assertThat(cxw.run("import", csv.toString(), "--journey", journey.toString(), "--mapping",
                dir.resolve("answers.mapping").toString(), "--db", db.toString())).as(cxw.err())
                .isEqualTo(ExitCode.OK);

        assertThat(cxw.run("drivers", "--journey", journey.toString(), "--outcome", "NPS relationship", "--db",
                db.toString(), "--format", "csv")).as(cxw.err()).isEqualTo(ExitCode.OK);
        List<String> lines = cxw.out().lines().toList();
        assertThat(lines.get(0)).startsWith("driver,touchpoint,metric,n,r,weight,importance_pct,vif,score,score_n,"
                + "target,performance,quadrant,point_id");
        assertThat(lines).hasSize(4);
        assertThat(lines.subList(1, 4)).extracting(l -> l.substring(0, l.indexOf(','))).containsExactly(
                "CES after returns", "CSAT after support", "CES online checkout");
        // 2000 rows, 4 of them bad on purpose: 1996 respondents with every answer
        assertThat(lines.get(1).split(",")[3]).isEqualTo("1996");
        assertThat(cxw.err()).contains("NPS relationship").contains("n = 1996");

        assertThat(cxw.run("drivers", "--journey", journey.toString(), "--outcome", "NPS relationship", "--db",
                db.toString(), "--format", "json")).isEqualTo(ExitCode.OK);
        assertThat(cxw.out()).contains("\"quadrant\"").contains("\"importance_pct\"");
    }

    @Test
    void wrongDriverCommandLinesSayWhatIsWrong() throws Exception {
        Path journey = SampleJourneys.copyTo(SampleJourneys.RETAIL_B2C, dir);
        assertThat(cxw.run("generate", "--journey", journey.toString(), "--out", dir.resolve("a.csv").toString(),
                "--driver-weights", "Checkout=lots")).isEqualTo(ExitCode.USAGE);
        assertThat(cxw.err()).contains("--driver-weights").contains("Checkout=lots");
        assertThat(cxw.run("generate", "--journey", journey.toString(), "--out", dir.resolve("a.csv").toString(),
                "--driver-weights", "No such touchpoint=0.5")).isEqualTo(ExitCode.FAILURE);
        assertThat(cxw.err()).contains("No such touchpoint");
        assertThat(cxw.run("drivers", "--journey", journey.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(cxw.err()).contains("--outcome");
    }

    @Test
    void accountsAreListedRiskiestFirstWithBothMeans() throws Exception {
        Path journeyFile = SampleJourneys.copyTo(SampleJourneys.SERVICE_B2B, dir);
        Journey journey = JourneyFiles.load(journeyFile).journey();
        Path csv = dir.resolve("accounts.csv");
        Files.writeString(csv, """
                Response ID,Submitted,Segment,Account,Contact,NPS relationship,Account churn
                R1,2026-03-01 10:00:00,Current accounts,Nordic Logistics Oy,Aino Virtanen,9,
                R2,2026-03-02 10:00:00,Current accounts,Nordic Logistics Oy,Erik Lindqvist,3,
                R3,2026-03-03 10:00:00,Current accounts,Nordic Logistics Oy,erik.lindqvist@example.fi,5,
                R4,2026-03-04 10:00:00,Current accounts,Nordic Logistics Oy,Pekka Nieminen,10,0
                R5,2026-03-05 10:00:00,Current accounts,Baltic Foods AB,Sara Berg,8,
                R6,2026-03-06 10:00:00,Current accounts,Baltic Foods AB,Jonas Ek,6,1
                R7,2026-03-07 10:00:00,Churned accounts,Kestrel Manufacturing Ltd,Tom Hughes,2,
                """, StandardCharsets.UTF_8);
        Map<String, String> answers = new LinkedHashMap<>();
        journey.getMeasurementPoints().stream().filter(p -> Arrays.asList("NPS relationship", "Account churn")
                .contains(p.getName())).forEach(p -> answers.put(p.getName(), p.getId()));
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put(ColumnMapping.RESPONDENT, "Response ID");
        roles.put(ColumnMapping.TIME, "Submitted");
        roles.put(ColumnMapping.SEGMENT, "Segment");
        roles.put(ColumnMapping.ACCOUNT, "Account");
        roles.put(ColumnMapping.CONTACT, "Contact");
        Path mapping = dir.resolve("accounts.mapping");
        new ColumnMapping(answers, Map.of(), roles).save(mapping);
        Path db = dir.resolve("results");
        assertThat(cxw.run("import", csv.toString(), "--journey", journeyFile.toString(), "--mapping",
                mapping.toString(), "--db", db.toString())).as(cxw.err()).isEqualTo(ExitCode.OK);

        assertThat(cxw.run("accounts", "--journey", journeyFile.toString(), "--db", db.toString(), "--format", "csv"))
                .as(cxw.err()).isEqualTo(ExitCode.OK);
        List<String> lines = cxw.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("rank,account,persons,mean_unweighted,mean_weighted_by_contacts,"
                + "detractor_share,churn_flags,groups");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("1,Baltic Foods AB,2,7");
        assertThat(lines.get(2)).startsWith("2,Kestrel Manufacturing Ltd,1,2");
        // Nordic: persons 9, 4 (Erik twice: 3 and 5), 10 -> 23/3; groups 9 x 1, 4 x 2 contacts, 10 x 1 -> 27/4
        String[] nordic = lines.get(3).split(",");
        assertThat(nordic[1]).isEqualTo("Nordic Logistics Oy");
        assertThat(Double.parseDouble(nordic[3])).isCloseTo(23 / 3.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(Double.parseDouble(nordic[4])).isEqualTo(6.75);
        assertThat(lines.get(3)).contains("Decision makers 9.00 (1/1); IT team 4.00 (1/2); (no group) 10.00 (1/1)");

        // cxw score --by account: its own fields as before, then the same roll-up (accounts A to Z as before)
        assertThat(cxw.run("score", "--journey", journeyFile.toString(), "--db", db.toString(), "--by", "account",
                "--format", "csv")).as(cxw.err()).isEqualTo(ExitCode.OK);
        List<String> scored = cxw.out().lines().toList();
        assertThat(scored.get(0)).startsWith("metric,group,account,measurement_points,n,value,")
                .endsWith(",risk_rank,rollup_point,persons,mean_unweighted,mean_weighted_by_contacts,"
                        + "detractor_share,churn_flags");
        List<Map<String, String>> rows = DriversReportTest.csv(cxw.out());
        assertThat(rows.stream().filter(r -> r.get("metric").equals("nps")).map(r -> r.get("account")))
                .containsExactly("Baltic Foods AB", "Kestrel Manufacturing Ltd", "Nordic Logistics Oy");
        Map<String, String> nordicNps = rows.stream().filter(r -> r.get("metric").equals("nps")
                && r.get("account").equals("Nordic Logistics Oy")).findFirst().orElseThrow();
        assertThat(nordicNps.get("risk_rank")).isEqualTo("3");
        assertThat(nordicNps.get("rollup_point")).isEqualTo("NPS relationship");
        assertThat(nordicNps.get("persons")).isEqualTo("3");
        assertThat(Double.parseDouble(nordicNps.get("mean_unweighted"))).isCloseTo(23 / 3.0,
                org.assertj.core.data.Offset.offset(1e-6));
        assertThat(Double.parseDouble(nordicNps.get("mean_weighted_by_contacts"))).isEqualTo(6.75);
        // detractors: Erik (3 and 5: 4) of Aino 9, Erik 4, Pekka 10
        assertThat(Double.parseDouble(nordicNps.get("detractor_share"))).isCloseTo(1 / 3.0,
                org.assertj.core.data.Offset.offset(1e-6));
        assertThat(nordicNps.get("churn_flags")).isEqualTo("0");

        // --sort risk: riskiest account first, as cxw accounts lists them
        assertThat(cxw.run("score", "--journey", journeyFile.toString(), "--db", db.toString(), "--by", "account",
                "--sort", "risk", "--format", "csv")).as(cxw.err()).isEqualTo(ExitCode.OK);
        assertThat(DriversReportTest.csv(cxw.out()).stream().map(r -> r.get("account")).distinct())
                .containsExactly("Baltic Foods AB", "Kestrel Manufacturing Ltd", "Nordic Logistics Oy");
        assertThat(DriversReportTest.csv(cxw.out()).stream().map(r -> r.get("risk_rank")).distinct())
                .containsExactly("1", "2", "3");
        assertThat(cxw.run("score", "--journey", journeyFile.toString(), "--db", db.toString(), "--sort", "risk"))
                .isEqualTo(ExitCode.USAGE);

        // the segments report lists the accounts by risk with both means
        Path pdf = dir.resolve("segments.pdf");
        assertThat(cxw.run("report", "segments", "--journey", journeyFile.toString(), "--from", "2026-03-01", "--to",
                "2026-03-31", "--db", db.toString(), "--out", pdf.toString())).as(cxw.err()).isEqualTo(ExitCode.OK);
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
        assertThat(text).contains("B2B accounts by risk");
        assertThat(text).contains("1 Baltic Foods AB 2 7.00", "3 Nordic Logistics Oy 3 7.67 6.75 33 % 0");
    }
}
