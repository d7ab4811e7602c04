package org.cxworkbench.store.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cxworkbench.imports.DateOrder;
import org.cxworkbench.imports.Sniffer;
import org.cxworkbench.imports.SurveyReader;
import org.cxworkbench.imports.SurveyReaders;
import org.cxworkbench.store.ColumnMapping;
import org.cxworkbench.store.EmbeddedDatabase;
import org.cxworkbench.store.ImportResult;
import org.cxworkbench.store.Importer;
import org.cxworkbench.store.MeasurementPointSpec;
import org.cxworkbench.store.Rejection;
import org.cxworkbench.store.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: what the reader cannot trust and dates that do not exist become rejected rows with their line and reason;
 * slash dates are read in the order decided for the whole file.
 */
class ImporterStrictReadingTest {

    private static final String NPS = "78877913-111a-4334-8590-ca6fd2970f18";

    @TempDir
    Path dir;

    private EmbeddedDatabase db;
    private Connection connection;

    private final Map<String, MeasurementPointSpec> points = Map.of(NPS,
            new MeasurementPointSpec(NPS, "NPS relationship", "nps", text -> {
                try {
                    return Integer.parseInt(text.strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("not a whole number: '" + text.strip() + "'", e);
                }
            }));

    private final ColumnMapping mapping = new ColumnMapping(Map.of("Recommend", NPS), Map.of("Why", NPS),
            Map.of(ColumnMapping.RESPONDENT, "Response ID", ColumnMapping.TIME, "Submitted"));

    @BeforeEach
    void open() throws Exception {
        db = EmbeddedDatabase.open(dir.resolve("db"));
        connection = db.connection();
        Schema.migrate(connection);
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
        db.close();
    }

    private ImportResult importLines(Sniffer sniffer, String... lines) throws Exception {
        Path file = dir.resolve("answers.csv");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        try (SurveyReader reader = SurveyReaders.open(file, sniffer)) {
            return new Importer(connection, points).run("answers.csv", Importer.contentHash(file), mapping, reader,
                    false);
        }
    }

    private List<String> stored() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("select respondent_key, answered_at from answers order by source_line")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getTimestamp(2).toLocalDateTime());
            }
        }
        return rows;
    }

    @Test
    void datesThatDoNotExistAreRejectedWithTheirLine() throws Exception {
        ImportResult result = importLines(new Sniffer(), "Response ID,Submitted,Recommend",
                "r1,31.2.2026,9",
                "r2,2026-02-30,8",
                "r3,2026-02-30 10:00:00,7",
                "r4,11/27/2026 14:05:09,10",
                "r5,01/02/2026 08:00,6",
                "r6,27.11.2026 14:05,5");
        assertThat(result.firstRejections()).extracting(Rejection::line, Rejection::column, Rejection::reason)
                .containsExactly(tuple(2L, "Submitted", "no such date or time: '31.2.2026'"),
                        tuple(3L, "Submitted", "no such date or time: '2026-02-30'"),
                        tuple(4L, "Submitted", "no such date or time: '2026-02-30 10:00:00'"));
        // 11/27 shows the file is month-first, so 01/02 is the 2nd of January
        assertThat(stored()).containsExactly("r4 2026-11-27T14:05:09", "r5 2026-01-02T08:00",
                "r6 2026-11-27T14:05");
    }

    @Test
    void anAmbiguousDateFollowsTheGivenOrderOrIsRejectedWhenNothingDecides() throws Exception {
        ImportResult result = importLines(new Sniffer().dateOrder(DateOrder.DAY_FIRST),
                "Response ID,Submitted,Recommend", "r1,01/02/2026,9");
        assertThat(result.rowsStored()).isEqualTo(1);
        assertThat(stored()).containsExactly("r1 2026-02-01T00:00");

        connection.createStatement().executeUpdate("delete from answers");
        ImportResult undecided = importLines(new Sniffer(), "Response ID,Submitted,Recommend", "r7,03/04/2026,9",
                "r8,2026-04-03,8");
        assertThat(undecided.firstRejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.line()).isEqualTo(2L);
            assertThat(rejection.reason()).contains("ambiguous").contains("'03/04/2026'");
        });
        assertThat(stored()).containsExactly("r8 2026-04-03T00:00");
    }

    @Test
    void aRowWithMoreCellsThanTheHeaderOrANulIsRejectedAndAShortRowIsStored() throws Exception {
        ImportResult result = importLines(new Sniffer(), "Response ID,Submitted,Recommend,Why",
                "r1,2026-11-02,7,0,great", // an unquoted decimal comma: the comment would have been "0"
                "r2,2026-11-02,8", // trailing cells left out: fine
                "r3,2026-11-02,9,so\0so");
        assertThat(result.firstRejections()).extracting(Rejection::line, Rejection::column, Rejection::raw)
                .containsExactly(tuple(2L, null, "great"), tuple(4L, "Why", "so\\0so"));
        assertThat(result.firstRejections().get(0).reason()).contains("5 cells").contains("4 columns");
        assertThat(result.rowsStored()).isEqualTo(1);
        assertThat(result.rowsRejected()).isEqualTo(2);
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("select line_number, reason from rejected_rows order by line_number")) {
            List<Long> lines = new ArrayList<>();
            while (rs.next()) {
                lines.add(rs.getLong(1));
            }
            assertThat(lines).containsExactly(2L, 4L);
        }
    }
}
