package org.cxworkbench.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.cli.ExitCode;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.store.ColumnMapping;
import org.cxworkbench.store.EmbeddedDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cxw import} into an embedded Derby database: summary, rejected rows, re-import, exit codes. */
class ImportCommandTest {

    private static final String NPS = "78877913-111a-4334-8590-ca6fd2970f18";
    private static final String CSAT = "b5a420cd-f87c-4f55-a0aa-bb9bde4d8812";

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

    private String out() {
        return cxw.out();
    }

    private String err() {
        return cxw.err();
    }

    /** Headers as a survey tool writes them: the English questions, a Finnish one, and Qualtrics' role columns. */
    private Path export() throws Exception {
        Path file = dir.resolve("november.csv");
        Files.writeString(file, String.join("\n",
                "Response ID;Timestamp;Segment;How likely are you to recommend us to a friend or colleague?;"
                        + "Kuinka tyytyväinen olit asiakaspalveluumme?;Browser",
                "r1;2026-11-02 10:15;Members;9;5;Firefox",
                "r2;2026-11-02 11:00;Members;11;4;Firefox",
                "r3;2026-11-03;Guests;6;;Safari",
                "r4;2026-11-03;Guests;;2;Safari") + "\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void importsWithASuggestedMappingListsRejectionsAndSummarizes() throws Exception {
        Path file = export();
        Path saved = dir.resolve("november.mapping");
        int code = cxw("import", file.toString(), "--journey", journey.toString(), "--db", db.toString(),
                "--save-mapping", saved.toString());

        assertThat(code).as(err()).isEqualTo(ExitCode.OK);
        assertThat(err()).contains("'How likely are you to recommend us to a friend or colleague?' -> measurement"
                + " point 'NPS relationship' (by its question (en))")
                .contains("'Kuinka tyytyväinen olit asiakaspalveluumme?' -> measurement point 'CSAT after support'"
                        + " (by its question (fi))")
                .contains("'Response ID' -> respondent").contains("'Timestamp' -> time")
                .contains("not imported: Browser")
                // the embedded store loads the spooled answers, then builds its indexes
                .contains("november.csv: all 4 answers written; the database builds its indexes and commits");
        List<String> lines = out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("november.csv:3: column 'How likely are you to recommend us to a friend"
                + " or colleague?': 11 is outside the scale 0..10 of nps");
        assertThat(lines.get(1)).matches("november\\.csv: 3 rows stored \\(4 answers\\), 1 rejected, in \\d+\\.\\d s"
                + " \\(batch 1\\)");
        assertThat(ColumnMapping.load(saved).answers()).containsValues(NPS, CSAT);

        try (EmbeddedDatabase store = EmbeddedDatabase.open(db); Connection c = store.connection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select measurement_point_id, respondent_key, value_num from answers"
                        + " order by respondent_key, measurement_point_id")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getDouble(3));
            }
            assertThat(rows).containsExactly(NPS + " r1 9.0", CSAT + " r1 5.0", NPS + " r3 6.0", CSAT + " r4 2.0");
        }
    }

    @Test
    void theSameFileAgainIsReportedAndSkippedAndForceImportsItAgain() throws Exception {
        Path file = export();
        assertThat(cxw("import", file.toString(), "--journey", journey.toString(), "--db", db.toString()))
                .isEqualTo(ExitCode.OK);
        assertThat(cxw("import", file.toString(), "--journey", journey.toString(), "--db", db.toString()))
                .isEqualTo(ExitCode.OK);
        assertThat(out()).isEqualTo("november.csv: already imported (batch 1, same content); nothing done, use"
                + " --force to import it again\n");
        assertThat(cxw("import", file.toString(), "--journey", journey.toString(), "--db", db.toString(),
                "--force")).isEqualTo(ExitCode.OK);
        assertThat(out()).contains("3 rows stored (4 answers), 1 rejected").contains("(batch 2)");
    }

    @Test
    void aSavedMappingIsUsedAsItIs() throws Exception {
        Path file = export();
        Path mapping = dir.resolve("nps-only.mapping");
        new ColumnMapping(java.util.Map.of("How likely are you to recommend us to a friend or colleague?", NPS),
                java.util.Map.of(), java.util.Map.of(ColumnMapping.RESPONDENT, "Response ID")).save(mapping);
        assertThat(cxw("import", file.toString(), "--journey", journey.toString(), "--db", db.toString(),
                "--mapping", mapping.toString())).isEqualTo(ExitCode.OK);
        assertThat(err()).doesNotContain("matched");
        assertThat(out()).contains("november.csv:5: no answer in any mapped column")
                .contains("2 rows stored (2 answers), 2 rejected");
    }

    @Test
    void exitCodes() throws Exception {
        assertThat(cxw("import", dir.resolve("missing.csv").toString(), "--journey", journey.toString(), "--db",
                db.toString())).isEqualTo(ExitCode.FAILURE);
        assertThat(err()).contains("cannot read file").contains("missing.csv");

        Path file = export();
        assertThat(cxw("import", file.toString(), "--db", db.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(cxw("import", file.toString(), "--journey", journey.toString(), "--dialect", "nonesuch"))
                .isEqualTo(ExitCode.USAGE);

        Path unrelated = dir.resolve("unrelated.csv");
        Files.writeString(unrelated, "a,b\n1,2\n", StandardCharsets.UTF_8);
        assertThat(cxw("import", unrelated.toString(), "--journey", journey.toString(), "--db", db.toString()))
                .isEqualTo(ExitCode.FAILURE);
        assertThat(err()).contains("no column matches a measurement point");
    }

    @Test
    void listShowsTheBatchesAsATableOrJson() throws Exception {
        Path file = export();
        assertThat(cxw("import", "--list", "--db", db.toString())).isEqualTo(ExitCode.FAILURE);
        assertThat(err()).isEqualTo("cxw import: no results database in " + db + "\n");

        assertThat(cxw("import", file.toString(), "--journey", journey.toString(), "--db", db.toString()))
                .isEqualTo(ExitCode.OK);
        assertThat(cxw("import", file.toString(), "--journey", journey.toString(), "--db", db.toString(),
                "--force")).isEqualTo(ExitCode.OK);

        assertThat(cxw("import", "--list", "--db", db.toString())).as(err()).isEqualTo(ExitCode.OK);
        List<String> table = out().lines().toList();
        assertThat(table).hasSize(3);
        assertThat(table.get(0)).matches("id +file +state +rows_stored +rows_rejected +started +finished +failure");
        assertThat(table.get(1)).matches("1 +november\\.csv +replaced +3 +1 +20\\d\\d-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"
                + " +20\\S+Z +-");
        assertThat(table.get(2)).matches("2 +november\\.csv +done +3 +1 +\\S+Z +\\S+Z +-");

        assertThat(cxw("import", "--list", "--db", db.toString(), "--format", "json")).isEqualTo(ExitCode.OK);
        assertThat(out()).matches("(?s)\\[\\n  \\{\"id\": 1, \"file\": \"november\\.csv\", \"state\": \"replaced\","
                + " \"rows_stored\": 3, \"rows_rejected\": 1, \"started\": \"[^\"]+Z\", \"finished\": \"[^\"]+Z\","
                + " \"failure\": null\\},\\n  \\{\"id\": 2, .*\"state\": \"done\".*\\}\\n\\]\\n");

        assertThat(cxw("import", "--list", file.toString(), "--db", db.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(cxw("import", file.toString(), "--journey", journey.toString(), "--format", "json"))
                .isEqualTo(ExitCode.USAGE);
        assertThat(cxw("import", "--list", "--db", db.toString(), "--format", "xml")).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void aSemicolonFileWithDecimalCommasImportsItsWeightsAndDecimalAnswers() throws Exception {
        String ces7 = "1bfa398f-4738-492d-8b25-7b7e45796c00";
        String mystery = "3a72ccc4-d16c-4d87-b758-c330d489afbb";
        // as a Finnish spreadsheet writes it: ';' between cells, ',' before the decimals, d.m.yyyy dates
        Path file = dir.resolve("desimaalit.csv");
        Files.writeString(file, String.join("\n",
                "vastaaja;aika;paino;helppous;haamuasiointi",
                "r1;2.11.2026;0,75;6;87,5",
                "r2;3.11.2026;1,25;7;92,25",
                "r3;4.11.2026;1;2;70",
                "r4;4.11.2026;abc;5;80,5",
                "r5;5.11.2026;1,5;4,5;60") + "\n", StandardCharsets.UTF_8);
        Path mapping = dir.resolve("desimaalit.mapping");
        new ColumnMapping(java.util.Map.of("helppous", ces7, "haamuasiointi", mystery), java.util.Map.of(),
                java.util.Map.of(ColumnMapping.RESPONDENT, "vastaaja", ColumnMapping.TIME, "aika",
                        ColumnMapping.WEIGHT, "paino")).save(mapping);

        assertThat(cxw("import", file.toString(), "--journey", journey.toString(), "--db", db.toString(),
                "--mapping", mapping.toString())).as(err()).isEqualTo(ExitCode.OK);
        assertThat(out().lines().toList()).hasSize(3).startsWith(
                "desimaalit.csv:5: column 'paino': not a number: 'abc'",
                "desimaalit.csv:6: column 'helppous': not a whole number: '4,5'");
        assertThat(out()).contains("desimaalit.csv: 3 rows stored (6 answers), 2 rejected");

        try (EmbeddedDatabase store = EmbeddedDatabase.open(db); Connection c = store.connection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select respondent_key, measurement_point_id, value_num, weight"
                        + " from answers order by respondent_key, measurement_point_id")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + (rs.getString(2).equals(ces7) ? "ces7" : "mystery") + " "
                        + rs.getDouble(3) + " " + rs.getDouble(4));
            }
            // the ids sort ces7 (1bfa...) before mystery (3a72...)
            assertThat(rows).containsExactly("r1 ces7 6.0 0.75", "r1 mystery 87.5 0.75", "r2 ces7 7.0 1.25",
                    "r2 mystery 92.25 1.25", "r3 ces7 2.0 1.0", "r3 mystery 70.0 1.0");
        }
    }

    // issue 12 --------------------------------------------------------------------------------------------------

    private static final String HEADER = "Response ID;Timestamp;Segment;How likely are you to recommend us to a"
            + " friend or colleague?;Kuinka tyytyväinen olit asiakaspalveluumme?;Browser";

    @Test
    void aCumulativeReExportStoresOnlyItsNewRowsAndSaysHowManyWereAlreadyStored() throws Exception {
        Path week1 = dir.resolve("week1.csv");
        Files.writeString(week1, String.join("\n", HEADER, "r1;2026-11-02 10:15;Members;9;5;Firefox",
                "r3;2026-11-03;Guests;6;;Safari") + "\n", StandardCharsets.UTF_8);
        Path week2 = dir.resolve("week2.csv");
        Files.writeString(week2, String.join("\n", HEADER, "r1;2026-11-02 10:15;Members;9;5;Firefox",
                "r3;2026-11-03;Guests;6;;Safari", "r5;2026-11-09;Guests;10;5;Safari") + "\n", StandardCharsets.UTF_8);
        assertThat(cxw("import", week1.toString(), "--journey", journey.toString(), "--db", db.toString()))
                .as(err()).isEqualTo(ExitCode.OK);
        assertThat(cxw("import", week2.toString(), "--journey", journey.toString(), "--db", db.toString()))
                .as(err()).isEqualTo(ExitCode.OK);
        List<String> lines = out().lines().toList();
        assertThat(lines.get(0)).matches("week2\\.csv: 1 rows stored \\(2 answers\\), 0 rejected, in \\d+\\.\\d s"
                + " \\(batch 2\\)");
        assertThat(lines.get(1)).startsWith("week2.csv: 2 rows already stored");
        // another source of the same journey (other content: the same content is refused whatever the source)
        Path panel = dir.resolve("panel.csv");
        Files.writeString(panel, Files.readString(week2) + "r9;2026-11-10;Guests;8;4;Safari\n", StandardCharsets.UTF_8);
        assertThat(cxw("import", panel.toString(), "--journey", journey.toString(), "--db", db.toString(),
                "--source", "panel")).as(err()).isEqualTo(ExitCode.OK);
        assertThat(out()).contains("panel.csv: 4 rows stored (7 answers)").doesNotContain("already stored");
    }

    @Test
    void anImportWhoseEveryRowIsRejectedExitsOneAndKeepsItsRejections() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, String.join("\n", HEADER, "r1;2026-11-02 10:15;Members;11;5;Firefox",
                "r2;2026-13-45;Members;9;5;Firefox") + "\n", StandardCharsets.UTF_8);
        assertThat(cxw("import", bad.toString(), "--journey", journey.toString(), "--db", db.toString()))
                .isEqualTo(ExitCode.FAILURE);
        assertThat(out()).contains("bad.csv:2:", "bad.csv:3:", "0 rows stored (0 answers), 2 rejected");
        assertThat(err().lines().filter(l -> l.contains("every one of its 2 rows was rejected")).count())
                .as(err()).isEqualTo(1);
        assertThat(cxw("import", "--list", "--db", db.toString(), "--format", "csv")).isEqualTo(ExitCode.OK);
        assertThat(out()).contains("bad.csv,done,0,2");
    }

    @Test
    void aFileWithOnlyItsHeaderRecordsNoBatch() throws Exception {
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, HEADER + "\n", StandardCharsets.UTF_8);
        assertThat(cxw("import", empty.toString(), "--journey", journey.toString(), "--db", db.toString()))
                .as(err()).isEqualTo(ExitCode.OK);
        assertThat(out()).isEqualTo("empty.csv: no rows after the header; nothing imported, no batch recorded\n");
        assertThat(cxw("import", "--list", "--db", db.toString(), "--format", "csv")).isEqualTo(ExitCode.OK);
        assertThat(out()).doesNotContain("empty.csv");
    }

    @Test
    void aBlankSourceIsOneLineAndExitOne() throws Exception {
        assertThat(cxw("import", export().toString(), "--journey", journey.toString(), "--db", db.toString(),
                "--source", " ")).isEqualTo(ExitCode.USAGE);
        assertThat(err().strip().lines().count()).as(err()).isEqualTo(1);
        assertThat(err()).contains("source name");
    }
}
