package org.cxworkbench.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cxworkbench.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cxw score} and {@code cxw compare} on real CSV files, with the built-in metrics from the extension registry.
 * Expected figures are hand computations (Wald NPS: SE = 100·sqrt(Var/n), Var = p_pro(1−p_pro) + p_det(1−p_det) +
 * 2·p_pro·p_det, z(0.975) = 1.959964), printed with six decimals.
 */
class MetricCommandsTest {

    private static final String ANSWERS = """
            id,channel,recommend,satisfied,weight
            1,web,10,5,1
            2,web,9,4,2
            3,web,6,2,1
            4,shop,8,3,1
            5,shop,,4,1
            6,shop,3,5,1
            """;

    @TempDir
    Path dir;


    private final CxwRunner cxw = new CxwRunner();

    private int cxw(String... args) {
        return cxw.run(args);
    }

    private String out() {
        return cxw.out();
    }

    private String err() {
        return cxw.err();
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void scoreByGroupAsCsv() throws IOException {
        Path answers = file("answers.csv", ANSWERS);
        // web: 10, 9, 6 -> 2 promoters, 1 detractor, NPS 33.333333; Var = .222222 + .222222 + .444444 = .888889
        // SE = 100·sqrt(.888889/3) = 54.433105; Wald high 33.33 + 106.69 clipped at 100
        // shop: 8, (blank), 3 -> n 2, missing 1, NPS −50, Var = 0 + .25 + 0 = .25, SE = 35.355339
        int code = cxw("score", "--metric", "nps", "--file", answers.toString(), "--column", "recommend", "--by",
                "channel", "--method", "wald", "--format", "csv");
        assertThat(err()).isEmpty();
        assertThat(code).isEqualTo(ExitCode.OK);
        assertThat(out()).isEqualTo("""
                metric,group,n,value,se,ci_low,ci_high,promoters,passives,detractors,promoters_pct,passives_pct,\
                detractors_pct,missing,low_n
                nps,shop,2,-50,35.355339,-100,19.295191,0,1,1,0,50,50,1,true
                nps,web,3,33.333333,54.433105,-73.353593,100,2,0,1,66.666667,0,33.333333,0,true
                """);
    }

    @Test
    void scoreAsJsonAndTable() throws IOException {
        Path answers = file("answers.csv", ANSWERS);
        // CSAT over all six: 5, 4, 2, 3, 4, 5 -> top-2-box 4/6 = 66.666667%, mean 23/6 = 3.833333
        assertThat(cxw("score", "--metric", "csat", "--file", answers.toString(), "--column", "satisfied",
                "--format", "json")).isEqualTo(ExitCode.OK);
        assertThat(out()).startsWith("[\n  {\"metric\": \"csat\", \"group\": \"\", \"n\": 6, \"value\": 66.666667, ")
                .contains("\"satisfied\": 4, \"neutral\": 1, \"dissatisfied\": 1")
                .contains("\"mean\": 3.833333").contains("\"missing\": 0, \"low_n\": true}\n]");

        assertThat(cxw("score", "--metric", "csat", "--file", answers.toString(), "--column", "satisfied"))
                .isEqualTo(ExitCode.OK);
        assertThat(out().lines().toList()).hasSize(2);
        assertThat(out().lines().findFirst().orElseThrow().split(" +")).startsWith("metric", "group", "n", "value",
                "se", "ci_low", "ci_high", "satisfied", "neutral", "dissatisfied", "mean");

        // one answer only: no mean interval, shown as null / - rather than a made-up number
        Path one = file("one.csv", "q\n5\n");
        assertThat(cxw("score", "--metric", "ces7", "--file", one.toString(), "--column", "q", "--format", "json"))
                .isEqualTo(ExitCode.OK);
        assertThat(out()).contains("\"value\": 5, \"se\": null, \"ci_low\": null, \"ci_high\": null")
                .contains("\"agree_pct\": 100");
    }

    @Test
    void weightsUseKishsEffectiveN() throws IOException {
        Path answers = file("answers.csv", ANSWERS);
        // web weighted: 10 (1), 9 (2), 6 (1): Σw = 4, Σw² = 6, n_eff = 2.666667; p_pro = 3/4, p_det = 1/4 -> NPS 50
        assertThat(cxw("score", "--metric", "nps", "--file", answers.toString(), "--column", "recommend", "--by",
                "channel", "--weight", "weight", "--format", "csv")).isEqualTo(ExitCode.OK);
        assertThat(out().lines().skip(2).findFirst().orElseThrow()).startsWith("nps,web,3,50,53.033009,");
    }

    @Test
    void anOutOfScaleAnswerStopsWithTheFileAndLine() throws IOException {
        Path answers = file("bad.csv", "recommend\n10\n\n11\n");
        int code = cxw("score", "--metric", "nps", "--file", answers.toString(), "--column", "recommend");
        assertThat(code).isEqualTo(ExitCode.FAILURE);
        assertThat(out()).isEmpty();
        assertThat(err()).isEqualTo("cxw score: file " + answers + ", line 4, column 'recommend': "
                + "11 is outside the scale 0..10 of nps\n");
    }

    @Test
    void commandLineMistakesExitWith2() throws IOException {
        Path answers = file("answers.csv", ANSWERS);
        assertThat(cxw("score", "--metric", "wow", "--file", answers.toString(), "--column", "recommend"))
                .isEqualTo(ExitCode.USAGE);
        assertThat(err()).startsWith("cxw score: unknown metric 'wow' (known: ").contains("nps").contains("ces-yesno");
        assertThat(cxw("score", "--metric", "nps", "--file", answers.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err()).isEqualTo("cxw score: option --column is required\n");
        assertThat(cxw("score", "--metric", "nps", "--file", answers.toString(), "--column", "recommend", "--level",
                "95")).isEqualTo(ExitCode.USAGE);
        assertThat(cxw("score", "--metric", "nps", "--file", answers.toString(), "--column", "recommend",
                "--method", "bootstrap")).isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains("bootstrap");
        assertThat(cxw("score", "--metric", "nps", "--file", answers.toString(), "--column", "nope"))
                .isEqualTo(ExitCode.FAILURE);
        assertThat(err()).contains("has no column 'nope'");
        assertThat(cxw("score", "--metric", "nps", "--file", dir.resolve("missing.csv").toString(), "--column",
                "recommend")).isEqualTo(ExitCode.FAILURE);
        assertThat(err().lines()).hasSize(1);
    }

    @Test
    void mysteryShoppingFromTheChecklistColumns() throws IOException {
        Path visits = file("visits.csv", """
                visit,first_impression,tone,guideline,resolution
                1,1,1,0.5,1
                2,yes,no,N/A,0
                3,,,,
                """);
        // weights 1, 1, 2, 3. Visit 1: 1 + 1 + 2·.5 + 3·1 = 6 of 7 = 85.714286%
        // visit 2: guideline N/A -> 1 + 0 + 3·0 = 1 of 5 = 20%; visit 3: nothing applied -> missing
        // mean (85.714286 + 20)/2 = 52.857143; with n = 2, SE = |85.714286 − 20|/2 = 32.857143
        assertThat(cxw("score", "--metric", "mystery", "--file", visits.toString(), "--criterion",
                "first_impression", "--criterion", "tone", "--criterion", "guideline=2", "--criterion",
                "resolution=3", "--format", "csv")).isEqualTo(ExitCode.OK);
        assertThat(out().lines().skip(1).findFirst().orElseThrow())
                .startsWith("mystery,,2,52.857143,32.857143,").endsWith(",1,true");

        assertThat(cxw("score", "--metric", "nps", "--file", visits.toString(), "--criterion", "tone"))
                .isEqualTo(ExitCode.USAGE);
        Path bad = file("bad-visit.csv", "tone\n1.5\n");
        assertThat(cxw("score", "--metric", "mystery", "--file", bad.toString(), "--criterion", "tone"))
                .isEqualTo(ExitCode.FAILURE);
        assertThat(err()).contains("line 2, column 'tone': 1.5 is outside 0..1");
    }

    @Test
    void churnNeedsItsPeriodAndPrintsIt() throws IOException {
        Path customers = file("customers.csv", "lost\n1\n0\n0\nno\n");
        assertThat(cxw("score", "--metric", "churn", "--file", customers.toString(), "--column", "lost"))
                .isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains("period");
        // 1 lost of 4 customers at the start: 25%
        assertThat(cxw("score", "--metric", "churn", "--file", customers.toString(), "--column", "lost", "--param",
                "period=2026-Q1", "--format", "csv")).isEqualTo(ExitCode.OK);
        assertThat(out().lines().toList()).hasSize(2);
        assertThat(out().lines().findFirst().orElseThrow()).endsWith(",missing,low_n,period");
        assertThat(out().lines().skip(1).findFirst().orElseThrow()).startsWith("churn,,4,25,").endsWith(
                ",0,true,2026-Q1");
    }

    @Test
    void compareTwoFiles() throws IOException {
        Path a = file("a.csv", "recommend\n10\n9\n6\n");
        Path b = file("b.csv", "recommend\n8\n3\n");
        // a: NPS 33.333333, SE 54.433105; b: NPS −50, SE 35.355339
        // difference 83.333333, SE = sqrt(54.433105² + 35.355339²) = 64.907341, z = 1.283881, p = 0.199183
        assertThat(cxw("compare", "--metric", "nps", "--file", a.toString(), "--file", b.toString(), "--column",
                "recommend", "--format", "csv")).isEqualTo(ExitCode.OK);
        assertThat(out()).isEqualTo("metric,first,second,n_first,n_second,value_first,value_second,difference,se,z,"
                + "p,test,significant\n" + "nps," + a + "," + b
                + ",3,2,33.333333,-50,83.333333,64.907341,1.283881,0.199183,z,false\n");
    }

    @Test
    void meansAreComparedWithWelchsT() throws IOException {
        Path a = file("a.csv", "easy\n7\n6\n5\n4\n2\n6\n");
        Path b = file("b.csv", "easy\n4\n3\n5\n4\n");
        // means 5 and 4; SE² 3.2/6 = .533333 and .666667/4 = .166667; SE = sqrt(.7) = .836660
        // t = 1/.836660 = 1.195229, Welch–Satterthwaite df = 7.407615, p = 0.268856
        assertThat(cxw("compare", "--metric", "ces7", "--file", a.toString(), "--file", b.toString(), "--column",
                "easy", "--format", "json")).isEqualTo(ExitCode.OK);
        assertThat(out()).contains("\"difference\": 1, \"se\": 0.83666, \"z\": 1.195229, \"p\": 0.268856, "
                + "\"test\": \"t\", \"significant\": false}");
    }

    /** The groups of {@code --by column} as {@code cxw score} lists them. */
    private java.util.List<String> groups(Path file, String by) {
        assertThat(cxw("score", "--metric", "nps", "--file", file.toString(), "--column", "q", "--by", by, "--format",
                "csv")).as(err()).isEqualTo(ExitCode.OK);
        return out().lines().skip(1).map(line -> line.split(",", -1)[1]).toList();
    }

    @Test
    void groupsAreSortedByTheirKeyNotByTheFile() throws IOException {
        // every column lists its groups in an order that neither the file's nor a plain text sort gets right
        Path answers = file("groups.csv", """
                q,shop,wave,month,quarter,named,mixed
                9,B,10,2026-10,Q1 2027,Feb,
                7,a,9,2026-9,Q4 2026,Dec,Store 10
                3,C,-1.5,2025-12,2026-Q2,Jan,Store 2
                10,b,2,2026-10,Q1 2027,Feb,store 1
                """);
        // case ignored, and where only case differs the upper case first, so that the order is total
        assertThat(groups(answers, "shop")).containsExactly("a", "B", "b", "C");
        assertThat(groups(answers, "wave")).containsExactly("-1.5", "2", "9", "10");
        assertThat(groups(answers, "month")).containsExactly("2025-12", "2026-9", "2026-10");
        assertThat(groups(answers, "quarter")).containsExactly("2026-Q2", "Q4 2026", "Q1 2027");
        assertThat(groups(answers, "named")).containsExactly("Jan", "Feb", "Dec");
        // text with numbers in it by their value; a blank cell is its own group, last
        assertThat(groups(answers, "mixed")).containsExactly("store 1", "Store 2", "Store 10", "");

        // compare takes the pairs in the same order
        assertThat(cxw("compare", "--metric", "nps", "--file", answers.toString(), "--column", "q", "--by", "wave",
                "--format", "csv")).as(err()).isEqualTo(ExitCode.OK);
        assertThat(out().lines().skip(1).map(line -> String.join(",", java.util.Arrays.copyOfRange(
                line.split(","), 1, 3)))).containsExactly("-1.5,2", "-1.5,9", "-1.5,10", "2,9", "2,10", "9,10");
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAreText() throws IOException {
        Path answers = file("hostile.csv", """
                q,who
                10,"=HYPERLINK(""http://evil.example/"",""x"")"
                0,+cmd|' /C calc'!A0
                0,@SUM(1+1)
                8,-2+3
                0,-5
                """);
        assertThat(cxw("score", "--metric", "nps", "--file", answers.toString(), "--column", "q", "--by", "who",
                "--method", "wald", "--format", "csv")).as(err()).isEqualTo(ExitCode.OK);
        assertThat(out().lines().skip(1).toList()).containsExactly(
                // a group key that is a number stays one, and so do the negative scores
                "nps,-5,1,-100,0,-100,-100,0,0,1,0,0,100,0,true",
                "nps,\"'+cmd|' /C calc'!A0\",1,-100,0,-100,-100,0,0,1,0,0,100,0,true",
                "nps,\"'-2+3\",1,0,0,0,0,0,1,0,0,100,0,0,true",
                "nps,\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"x\"\")\",1,100,0,100,100,1,0,0,100,0,0,0,true",
                "nps,\"'@SUM(1+1)\",1,-100,0,-100,-100,0,0,1,0,0,100,0,true");

        // JSON is not read by spreadsheets: the text as it is
        assertThat(cxw("score", "--metric", "nps", "--file", answers.toString(), "--column", "q", "--by", "who",
                "--format", "json")).isEqualTo(ExitCode.OK);
        assertThat(out()).contains("\"group\": \"=HYPERLINK(\\\"http://evil.example/\\\",\\\"x\\\")\"",
                "\"group\": \"@SUM(1+1)\"", "\"group\": \"-5\"", "\"value\": -100").doesNotContain("'=", "'@");

        // a parameter's value is text too
        Path customers = file("customers.csv", "lost\n1\n0\n");
        assertThat(cxw("score", "--metric", "churn", "--file", customers.toString(), "--column", "lost", "--param",
                "period==1+2", "--format", "csv")).as(err()).isEqualTo(ExitCode.OK);
        assertThat(out().lines().skip(1).findFirst().orElseThrow()).startsWith("churn,,2,50,")
                .endsWith(",\"'=1+2\"");
    }

    @Test
    void csvOutputNeutralisesTabAndCarriageReturnAndKeepsFiguresAsNumbers() {
        org.cxworkbench.cli.internal.metrics.Output output = new org.cxworkbench.cli.internal.metrics.Output();
        java.util.Map<String, Object> row = output.row();
        row.put("tab", "\tcmd");
        row.put("cr", "\rcmd");
        row.put("minus", "-");
        row.put("number_text", "-32.9");
        row.put("value", -32.9);
        row.put("n", -3L);
        row.put("plain", "Churned");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        output.write(org.cxworkbench.cli.internal.metrics.Output.Format.CSV, new PrintStream(bytes, true,
                StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(
                "tab,cr,minus,number_text,value,n,plain\n\"'\tcmd\",\"'\rcmd\",\"'-\",-32.9,-32.9,-3,Churned\n");
    }

    @Test
    void helpNamesEveryOption() {
        assertThat(cxw("score", "--help")).isEqualTo(ExitCode.OK);
        assertThat(out()).startsWith("Usage: cxw score --metric <id> --file <csv> --column <name>").contains("--by",
                "--weight", "--level", "--method", "--format", "adjusted-wald", "json");
        assertThat(cxw("help", "compare")).isEqualTo(ExitCode.OK);
        assertThat(out()).contains("difference (first minus second), se, z, p");
    }

    @Test
    void compareGroupsOfOneFileAsJson() throws IOException {
        Path answers = file("answers.csv", ANSWERS);
        assertThat(cxw("compare", "--metric", "nps", "--file", answers.toString(), "--by", "channel", "--column",
                "recommend", "--format", "json")).isEqualTo(ExitCode.OK);
        // the groups in sorted order, so shop (NPS −50) comes first and the difference is shop minus web
        assertThat(out()).startsWith("[\n  {\"metric\": \"nps\", \"first\": \"shop\", \"second\": \"web\", ")
                .contains("\"difference\": -83.333333, \"se\": 64.907341, \"z\": -1.283881, \"p\": 0.199183");

        assertThat(cxw("compare", "--metric", "nps", "--file", answers.toString(), "--column", "recommend"))
                .isEqualTo(ExitCode.USAGE);
    }
}
