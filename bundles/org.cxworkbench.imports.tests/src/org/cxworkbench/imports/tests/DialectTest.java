package org.cxworkbench.imports.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cxworkbench.imports.Column;
import org.cxworkbench.imports.Dialect;
import org.cxworkbench.imports.Numbers;
import org.cxworkbench.imports.Sniffer;
import org.cxworkbench.imports.SurveyReader;
import org.cxworkbench.imports.SurveyReaders;
import org.cxworkbench.imports.SurveyRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One export per survey tool, in the shape the tool writes it, read through detection. */
class DialectTest {

    /** A Qualtrics "CSV" export (comma, UTF-8 with BOM, CRLF) with a preview and a test response. */
    static final String QUALTRICS = "\uFEFF"
            + "StartDate,EndDate,Status,IPAddress,Progress,Finished,ResponseId,DistributionChannel,UserLanguage,Q1,Q2,Q3_1\r\n"
            + "Start Date,End Date,Response Type,IP Address,Progress,Finished,Response ID,Distribution Channel,"
            + "User Language,How likely are you to recommend us to a friend?,\"What could we do better?\","
            + "How easy was it? - Ordering\r\n"
            + "\"{\"\"ImportId\"\":\"\"startDate\"\",\"\"timeZone\"\":\"\"Europe/Helsinki\"\"}\","
            + "\"{\"\"ImportId\"\":\"\"endDate\"\",\"\"timeZone\"\":\"\"Europe/Helsinki\"\"}\","
            + "\"{\"\"ImportId\"\":\"\"status\"\"}\",\"{\"\"ImportId\"\":\"\"ipAddress\"\"}\","
            + "\"{\"\"ImportId\"\":\"\"progress\"\"}\",\"{\"\"ImportId\"\":\"\"finished\"\"}\","
            + "\"{\"\"ImportId\"\":\"\"_recordId\"\"}\",\"{\"\"ImportId\"\":\"\"distributionChannel\"\"}\","
            + "\"{\"\"ImportId\"\":\"\"userLanguage\"\"}\",\"{\"\"ImportId\"\":\"\"QID1\"\"}\","
            + "\"{\"\"ImportId\"\":\"\"QID2_TEXT\"\"}\",\"{\"\"ImportId\"\":\"\"QID3_1\"\"}\"\r\n"
            + "2026-03-01 10:00:00,2026-03-01 10:03:00,Survey Preview,,100,True,R_prev,preview,FI,10,,5\r\n"
            + "2026-03-01 11:00:00,2026-03-01 11:02:00,IP Address,10.0.0.1,100,True,R_1,anonymous,FI,9,\"Faster\r\n"
            + "delivery, please\",6\r\n"
            + "2026-03-01 12:00:00,2026-03-01 12:01:00,Survey Test,,100,True,R_test,test,EN,0,,1\r\n"
            + "2026-03-02 09:00:00,2026-03-02 09:05:00,IP Address,10.0.0.2,100,True,R_2,email,SV,6,Bra,4\r\n";

    @TempDir
    Path folder;

    @Test
    void qualtricsThreeHeaderRowsWithPreviewAndTestLeftOut() throws IOException {
        Path file = write("qualtrics.csv", QUALTRICS);
        try (SurveyReader reader = SurveyReaders.open(file)) {
            assertThat(reader.dialect()).isEqualTo(Dialect.QUALTRICS);
            Column q1 = reader.column("Q1").orElseThrow();
            assertThat(q1.questionText()).isEqualTo("How likely are you to recommend us to a friend?");
            assertThat(q1.importId()).isEqualTo("QID1");
            assertThat(reader.column("how easy was it? - ordering")).map(Column::key).contains("Q3_1");
            assertThat(reader.column("QID2_TEXT")).map(Column::key).contains("Q2");
            List<SurveyRow> rows = SnifferTest.rows(reader);
            assertThat(rows).extracting(row -> row.value("ResponseId").orElseThrow()).containsExactly("R_1", "R_2");
            // physical lines: three header rows, the preview on 4, R_1 on 5 (its comment spans two lines), test on 7
            assertThat(rows).extracting(SurveyRow::lineNumber).containsExactly(5L, 8L);
            assertThat(rows.get(0).value("Q2")).contains("Faster\r\ndelivery, please");
            assertThat(reader.excludedRows()).isEqualTo(2);
        }
    }

    @Test
    void surveyMonkeyTwoHeaderRowsAndMetadata() throws IOException {
        String export = "Respondent ID,Collector ID,Start Date,End Date,IP Address,Email Address,First Name,"
                + "Last Name,Custom Data 1,How likely is it that you would recommend us to a friend or colleague?,"
                + "Which channels did you use?,,,Any other comments?\r\n"
                + ",,,,,,,,,Response,Web shop,Store,Phone,Open-Ended Response\r\n"
                + "114211111111,431111111,03/01/2026 10:00:11 AM,03/01/2026 10:02:40 AM,10.0.0.1,,,,,9,Web shop,,,"
                + "Great\r\n"
                + "114211111112,431111111,03/01/2026 11:00:00 AM,03/01/2026 11:04:00 AM,10.0.0.2,,,,,3,,Store,"
                + "Phone,\r\n";
        try (SurveyReader reader = SurveyReaders.open(write("monkey.csv", export))) {
            assertThat(reader.dialect()).isEqualTo(Dialect.SURVEYMONKEY);
            assertThat(reader.headers()).contains("Respondent ID", "Which channels did you use? - Web shop",
                    "Which channels did you use? - Store", "Any other comments?");
            List<SurveyRow> rows = SnifferTest.rows(reader);
            assertThat(rows).extracting(SurveyRow::lineNumber).containsExactly(3L, 4L);
            assertThat(rows.get(0).value("How likely is it that you would recommend us to a friend or colleague?"))
                    .contains("9");
            assertThat(rows.get(1).value("Which channels did you use? - Phone")).contains("Phone");
        }
    }

    @Test
    void googleFormsTimestampAndGridColumns() throws IOException {
        String export = "Timestamp,How satisfied are you? [Delivery],How satisfied are you? [Price],Comments\n"
                + "2026/03/01 10:00:00 AM EET,5,3,\"Nice, but\nexpensive\"\n"
                + "2026/03/01 11:00:00 AM EET,4,4,\n";
        try (SurveyReader reader = SurveyReaders.open(write("forms.csv", export))) {
            assertThat(reader.dialect()).isEqualTo(Dialect.GOOGLE_FORMS);
            Column grid = reader.column("How satisfied are you? [Price]").orElseThrow();
            assertThat(grid.questionText()).isEqualTo("How satisfied are you? [Price]");
            List<SurveyRow> rows = SnifferTest.rows(reader);
            assertThat(rows).extracting(SurveyRow::lineNumber).containsExactly(2L, 4L);
            assertThat(rows.get(1).value("How satisfied are you? [Delivery]")).contains("4");
        }
    }

    @Test
    void limeSurveyBomSemicolonAllQuotedCrlf() throws IOException {
        String export = "\uFEFF\"id\";\"submitdate\";\"lastpage\";\"startlanguage\";\"seed\";\"NPS\";\"CES\";\"Q3[SQ001]\"\r\n"
                + "\"1\";\"2026-03-01 10:00:00\";\"2\";\"fi\";\"12345\";\"9\";\"4,5\";\"Kyllä\"\r\n"
                + "\"2\";\"\";\"1\";\"sv\";\"67890\";\"7\";\"3\";\"\"\r\n";
        Path file = write("lime.csv", export);
        var format = new Sniffer().sniff(file);
        assertThat(format.dialect()).isEqualTo(Dialect.LIMESURVEY);
        assertThat(format.separator()).isEqualTo(';');
        assertThat(format.decimalMark()).isEqualTo(',');
        try (SurveyReader reader = SurveyReaders.open(file)) {
            assertThat(reader.column("Q3[SQ001]").orElseThrow().exportTag()).isEqualTo("Q3[SQ001]");
            List<SurveyRow> rows = SnifferTest.rows(reader);
            assertThat(rows).extracting(SurveyRow::lineNumber).containsExactly(2L, 3L);
            assertThat(Numbers.parse(rows.get(0).value("CES").orElseThrow(), reader.decimalMark())).contains(4.5);
        }
    }

    @Test
    void webropolFinnishSemicolonDecimalCommaInWindows1252() throws IOException {
        String export = "Vastaaja;Vastausaika;Kuinka todennäköisesti suosittelisit meitä?;Kuinka helppoa asiointi oli?;"
                + "Palaute\r\n"
                + "1;1.3.2026 10:00;9;4,5;Hyvä – kiitos\r\n"
                + "2;1.3.2026 11:00;6;2,25;\r\n";
        Path file = Files.write(folder.resolve("webropol.csv"), export.getBytes("windows-1252"));
        var format = new Sniffer().sniff(file);
        assertThat(format.dialect()).isEqualTo(Dialect.WEBROPOL);
        assertThat(format.decimalMark()).isEqualTo(',');
        try (SurveyReader reader = SurveyReaders.open(file)) {
            List<SurveyRow> rows = SnifferTest.rows(reader);
            assertThat(rows.get(0).value("Palaute")).contains("Hyvä – kiitos");
            assertThat(Numbers.parse(rows.get(1).value("Kuinka helppoa asiointi oli?").orElseThrow(), ','))
                    .contains(2.25);
        }
    }

    @Test
    void genericOneHeaderRowAndTheUserOverridesTheDialect() throws IOException {
        Path file = write("plain.csv", "id,score\n1,9\n2,8\n3,7\n");
        try (SurveyReader reader = SurveyReaders.open(file)) {
            assertThat(reader.dialect()).isEqualTo(Dialect.GENERIC);
            assertThat(SnifferTest.rows(reader)).hasSize(3);
        }
        // told it is SurveyMonkey, the second row becomes a header row
        try (SurveyReader reader = SurveyReaders.open(file, new Sniffer().dialect(Dialect.byId("SurveyMonkey")
                .orElseThrow()))) {
            assertThat(reader.dialect()).isEqualTo(Dialect.SURVEYMONKEY);
            assertThat(SnifferTest.rows(reader)).extracting(SurveyRow::lineNumber).containsExactly(3L, 4L);
        }
        assertThat(Dialect.byId("google-forms")).contains(Dialect.GOOGLE_FORMS);
        assertThat(Dialect.byId("spss")).isEmpty();
    }

    @Test
    void aDialectNeedingMoreHeaderRowsThanTheFileHasIsRefused() throws IOException {
        Path file = write("short.csv", "id,score\n");
        assertThatThrownBy(() -> SurveyReaders.open(file, new Sniffer().dialect(Dialect.QUALTRICS)))
                .isInstanceOf(IOException.class).hasMessageContaining("3 header rows");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }
}
