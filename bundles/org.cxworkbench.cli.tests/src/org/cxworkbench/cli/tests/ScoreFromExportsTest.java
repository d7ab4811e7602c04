package org.cxworkbench.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cxworkbench.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cxw score --file} on exports as the survey tools write them, through the readers' detection. */
class ScoreFromExportsTest {

    /** Qualtrics: BOM, CRLF, three header rows, a preview (10) and a test (0) response that must not count. */
    private static final String QUALTRICS = "\uFEFF"
            + "StartDate,Status,ResponseId,DistributionChannel,Q1,Q2\r\n"
            + "Start Date,Response Type,Response ID,Distribution Channel,"
            + "How likely are you to recommend us to a friend?,Anything else?\r\n"
            + "\"{\"\"ImportId\"\":\"\"startDate\"\"}\",\"{\"\"ImportId\"\":\"\"status\"\"}\","
            + "\"{\"\"ImportId\"\":\"\"_recordId\"\"}\",\"{\"\"ImportId\"\":\"\"distributionChannel\"\"}\","
            + "\"{\"\"ImportId\"\":\"\"QID1\"\"}\",\"{\"\"ImportId\"\":\"\"QID2_TEXT\"\"}\"\r\n"
            + "2026-03-01 10:00:00,Survey Preview,R_p,preview,10,\r\n"
            + "2026-03-01 11:00:00,IP Address,R_1,anonymous,10,\"Great,\r\nthanks\"\r\n"
            + "2026-03-01 12:00:00,Survey Test,R_t,test,0,\r\n"
            + "2026-03-02 09:00:00,IP Address,R_2,anonymous,9,\r\n"
            + "2026-03-02 10:00:00,IP Address,R_3,email,6,\r\n"
            + "2026-03-02 11:00:00,IP Address,R_4,email,11,\r\n";

    /** Webropol in Finnish: ';', decimal comma, Windows-1252, CRLF. */
    private static final String WEBROPOL = "Vastaaja;Vastausaika;Kuinka helppoa asiointi oli?;Kanava\r\n"
            + "1;1.3.2026 10:00;4,5;Myymälä\r\n"
            + "2;1.3.2026 11:00;2,25;Verkko\r\n"
            + "3;2.3.2026 09:30;3;Myymälä\r\n";

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

    @Test
    void qualtricsByExportTagOrQuestionTextWithoutPreviewsAndTests() throws IOException {
        // R_4's 11 is out of scale: stop at its physical line, 10, after 3 header rows and a 2-line comment
        Path bad = Files.writeString(dir.resolve("qualtrics.csv"), QUALTRICS, StandardCharsets.UTF_8);
        assertThat(cxw("score", "--metric", "nps", "--file", bad.toString(), "--column", "Q1"))
                .isEqualTo(ExitCode.FAILURE);
        assertThat(err()).contains("line 10, column 'Q1': 11 is outside the scale 0..10");

        Path file = Files.writeString(dir.resolve("qualtrics-ok.csv"), QUALTRICS.replace(",11,", ",8,"),
                StandardCharsets.UTF_8);
        // 10, 9, 6, 8 (the preview's 10 and the test's 0 left out): 2 promoters, 1 detractor of 4 -> NPS 25
        assertThat(cxw("score", "--metric", "nps", "--file", file.toString(), "--column", "Q1", "--format", "csv"))
                .isEqualTo(ExitCode.OK);
        assertThat(out().lines().skip(1).findFirst().orElseThrow()).startsWith("nps,,4,25,");
        assertThat(cxw("score", "--metric", "nps", "--file", file.toString(), "--column",
                "How likely are you to recommend us to a friend?", "--by", "DistributionChannel", "--format", "csv"))
                .isEqualTo(ExitCode.OK);
        assertThat(out()).contains("nps,anonymous,2,100,").contains("nps,email,2,-50,");
    }

    @Test
    void finnishSemicolonDecimalCommaWindows1252() throws IOException {
        Path file = Files.write(dir.resolve("webropol.csv"), WEBROPOL.getBytes(Charset.forName("windows-1252")));
        // (4.5 + 2.25 + 3) / 3 = 3.25
        assertThat(cxw("score", "--metric", "mean", "--file", file.toString(), "--column",
                "kuinka helppoa asiointi oli?", "--format", "csv")).isEqualTo(ExitCode.OK);
        assertThat(err()).isEmpty();
        assertThat(out().lines().skip(1).findFirst().orElseThrow()).startsWith("mean,,3,3.25,");
        assertThat(cxw("score", "--metric", "mean", "--file", file.toString(), "--column",
                "Kuinka helppoa asiointi oli?", "--by", "Kanava", "--format", "csv")).isEqualTo(ExitCode.OK);
        assertThat(out()).contains("mean,Myymälä,2,3.75,");
    }

    @Test
    void overridesOfSeparatorEncodingAndDialect() throws IOException {
        Path file = Files.write(dir.resolve("latin.csv"), "id;betyg\n1;9\n2;10\n".getBytes(StandardCharsets.UTF_8));
        // told it is ',' separated, the file has one column "id;betyg"
        assertThat(cxw("score", "--metric", "nps", "--file", file.toString(), "--column", "betyg", "--separator",
                ",")).isEqualTo(ExitCode.FAILURE);
        assertThat(err()).contains("has no column 'betyg'");
        assertThat(cxw("score", "--metric", "nps", "--file", file.toString(), "--column", "betyg", "--encoding",
                "ISO-8859-1", "--dialect", "generic", "--format", "csv")).isEqualTo(ExitCode.OK);
        assertThat(out().lines().skip(1).findFirst().orElseThrow()).startsWith("nps,,2,100,");
        // told it is SurveyMonkey, the first respondent becomes the second header row
        assertThat(cxw("score", "--metric", "nps", "--file", file.toString(), "--column", "betyg - 9", "--dialect",
                "surveymonkey", "--format", "csv")).isEqualTo(ExitCode.OK);
        assertThat(out().lines().skip(1).findFirst().orElseThrow()).startsWith("nps,,1,100,");
        assertThat(cxw("score", "--metric", "nps", "--file", file.toString(), "--column", "betyg", "--dialect",
                "spss")).isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains("unknown dialect 'spss'").contains("qualtrics");
        assertThat(cxw("score", "--metric", "nps", "--file", file.toString(), "--column", "betyg", "--encoding",
                "klingon")).isEqualTo(ExitCode.USAGE);
        // two periods written alike: a tab separator is given by name
        byte[] tabbed = "id\tbetyg\n1\t6\n2\t10\n3\t3\n".getBytes(StandardCharsets.UTF_8);
        Path january = Files.write(dir.resolve("january.tsv"), tabbed);
        Path february = Files.write(dir.resolve("february.tsv"), tabbed);
        assertThat(cxw("compare", "--metric", "nps", "--file", january.toString(), "--file", february.toString(),
                "--column", "betyg", "--separator", "tab", "--encoding", "UTF-8", "--format", "csv"))
                .isEqualTo(ExitCode.OK);
        assertThat(out()).contains(",3,3,-33.333333,-33.333333,0,");
    }
}
