package org.cxworkbench.store.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.cxworkbench.imports.SurveyReader;
import org.cxworkbench.imports.SurveyReaders;
import org.cxworkbench.store.ColumnMapping;
import org.cxworkbench.store.EmbeddedDatabase;
import org.cxworkbench.store.ImportBatch;
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
 * The import pipeline against a real Derby database and a CSV file written here, with the accepted rows spooled and
 * loaded by Derby at the end (what an embedded database gets); {@link ImporterRowByRowTest} runs every test again
 * with the rows sent in JDBC batches (what a network server gets).
 */
class ImporterTest {

    /** Whether the importer spools the accepted rows; see {@link Importer#spooled(boolean)}. */
    boolean spooled() {
        return true;
    }

    Importer importer(Connection c, Map<String, MeasurementPointSpec> specs) {
        return new Importer(c, specs).spooled(spooled());
    }

    private static final String NPS = "78877913-111a-4334-8590-ca6fd2970f18";
    private static final String CSAT = "b5a420cd-f87c-4f55-a0aa-bb9bde4d8812";

    @TempDir
    Path dir;

    private EmbeddedDatabase db;
    private Connection connection;

    /** The scale checks of NPS 0..10 and CSAT 1..5 on whole numbers, as the metrics registry would give them. */
    private static MeasurementPointSpec.AnswerParser scale(int min, int max) {
        return text -> {
            double value;
            try {
                value = Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a whole number: '" + text.strip() + "'", e);
            }
            if (value < min || value > max) {
                throw new IllegalArgumentException(text.strip() + " is outside the scale " + min + ".." + max);
            }
            return value;
        };
    }

    private final Map<String, MeasurementPointSpec> points = Map.of(
            NPS, new MeasurementPointSpec(NPS, "NPS relationship", "nps", scale(0, 10)),
            CSAT, new MeasurementPointSpec(CSAT, "CSAT after support", "csat", scale(1, 5)));

    private final ColumnMapping mapping = new ColumnMapping(Map.of("Recommend", NPS, "Satisfied", CSAT),
            Map.of("Why", NPS), Map.of(ColumnMapping.RESPONDENT, "Response ID", ColumnMapping.TIME, "Submitted",
                    ColumnMapping.SEGMENT, "Segment", ColumnMapping.CHANNEL, "Channel"));

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

    private Path csv(String... lines) throws Exception {
        Path file = dir.resolve("answers.csv");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static final String HEADER = "Response ID,Submitted,Segment,Channel,Recommend,Why,Satisfied";

    private Path goodAndBad() throws Exception {
        return csv(HEADER,
                "r1,2026-11-02 10:15,Members,web,10,Great service,5", // line 2: good
                "r2,2026-11-02 11:00,Members,store,11,,4", // 3: NPS out of scale
                "r3,yesterday,Guests,web,7,,3", // 4: unparseable time
                "r4,2026-11-03,Guests,web,abc,,x", // 5: two bad cells, one row
                ",2026-11-03,Guests,web,8,,", // 6: respondent id missing
                "r1,2026-11-04,Members,web,9,,", // 7: duplicate respondent id
                "r7,2026-11-04,Members,web,,,", // 8: answers nothing
                "r8,27.11.2026 14:05,Business,phone,0,\"Slow, \"\"very\"\" slow\",1"); // 9: good, quoted comment
    }

    private ImportResult importFile(Path file, boolean force) throws Exception {
        return importFile(file, force, points);
    }

    private ImportResult importFile(Path file, boolean force, Map<String, MeasurementPointSpec> specs)
            throws Exception {
        try (SurveyReader reader = SurveyReaders.csv(file, StandardCharsets.UTF_8, ',')) {
            return importer(connection, specs).run(file.getFileName().toString(), Importer.contentHash(file),
                    mapping, reader, force);
        }
    }

    private long count(String table) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("select count(*) from " + table);
                ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void goodRowsAreStoredByMeasurementPointAndEachBadRowIsRejectedWithLineAndReason() throws Exception {
        AtomicLong progressCalls = new AtomicLong();
        Path file = goodAndBad();
        ImportResult result;
        try (SurveyReader reader = SurveyReaders.csv(file, StandardCharsets.UTF_8, ',')) {
            result = importer(connection, points).progress((read, stored, rejected) -> progressCalls
                    .incrementAndGet()).run("answers.csv", Importer.contentHash(file), mapping, reader, false);
        }

        assertThat(result.skipped()).isFalse();
        assertThat(result.rowsRead()).isEqualTo(8);
        assertThat(result.rowsStored()).isEqualTo(2);
        assertThat(result.answersStored()).isEqualTo(4);
        assertThat(result.rowsRejected()).isEqualTo(6);
        assertThat(progressCalls.get()).isPositive();
        assertThat(result.firstRejections()).extracting(Rejection::line, Rejection::column)
                .containsExactly(tuple(3L, "Recommend"), tuple(4L, "Submitted"), tuple(5L, "Recommend"),
                        tuple(5L, "Satisfied"), tuple(6L, "Response ID"), tuple(7L, "Response ID"),
                        tuple(8L, null));
        assertThat(result.firstRejections().stream().map(Rejection::reason).toList()).containsExactly(
                "11 is outside the scale 0..10", "not a date or time: 'yesterday' (e.g. 2026-11-27 14:05 or"
                        + " 27.11.2026)",
                "not a whole number: 'abc'", "not a whole number: 'x'", "respondent id missing",
                "duplicate respondent id r1 (already in this file)", "no answer in any mapped column");

        List<String> answers = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement("select a.measurement_point_id, a.respondent_key,"
                + " a.value_num, a.value_text, a.channel, r.segment, a.source_file, a.source_line, a.answered_at"
                + " from answers a join respondents r on r.respondent_key = a.respondent_key order by a.id");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                answers.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getDouble(3) + " " + rs.getString(4)
                        + " " + rs.getString(5) + " " + rs.getString(6) + " " + rs.getString(7) + ":"
                        + rs.getLong(8) + " " + rs.getTimestamp(9).toLocalDateTime());
            }
        }
        assertThat(answers).containsExactlyInAnyOrder(
                NPS + " r1 10.0 Great service web Members answers.csv:2 2026-11-02T10:15",
                CSAT + " r1 5.0 null web Members answers.csv:2 2026-11-02T10:15",
                NPS + " r8 0.0 Slow, \"very\" slow phone Business answers.csv:9 2026-11-27T14:05",
                CSAT + " r8 1.0 null phone Business answers.csv:9 2026-11-27T14:05");
        assertThat(count("rejected_rows")).isEqualTo(7);
        try (PreparedStatement st = connection.prepareStatement("select state, rows_stored, rows_rejected,"
                + " content_hash from import_batches");
                ResultSet rs = st.executeQuery()) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("done");
            assertThat(rs.getInt(2)).isEqualTo(2);
            assertThat(rs.getInt(3)).isEqualTo(6);
            assertThat(rs.getString(4)).isEqualTo(Importer.contentHash(file)).hasSize(64);
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void theSameFileAgainIsANoOpUnlessForcedAndAForcedImportReplacesTheEarlierOne() throws Exception {
        Path file = goodAndBad();
        ImportResult first = importFile(file, false);
        ImportResult again = importFile(file, false);
        assertThat(again.skipped()).isTrue();
        assertThat(again.batchId()).isEqualTo(first.batchId());
        assertThat(count("answers")).isEqualTo(4);
        assertThat(count("import_batches")).isEqualTo(1);

        ImportResult forced = importFile(file, true);
        assertThat(forced.skipped()).isFalse();
        assertThat(forced.batchId()).isNotEqualTo(first.batchId());
        assertThat(forced.rowsStored()).isEqualTo(2);
        assertThat(count("answers")).as("replaced, not counted twice").isEqualTo(4);
        assertThat(count("rejected_rows")).isEqualTo(7);
        try (PreparedStatement st = connection.prepareStatement("select id, state from import_batches order by id");
                ResultSet rs = st.executeQuery()) {
            rs.next();
            assertThat(rs.getString(2)).isEqualTo("replaced");
            rs.next();
            assertThat(rs.getString(2)).isEqualTo("done");
        }
    }

    @Test
    void aFailureHalfWayLeavesTheStoreAsItWas() throws Exception {
        // enough rows for several JDBC batches to be sent before the failure
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 1; i <= 3 * Importer.BATCH_SIZE; i++) {
            lines.add("r" + i + ",2026-11-02,Members,web," + (i % 11) + ",,3");
        }
        Path file = csv(lines.toArray(String[]::new));
        MeasurementPointSpec.AnswerParser nps = scale(0, 10);
        AtomicLong calls = new AtomicLong();
        // an injected failure of the machinery, not a bad cell: it must abort the import and roll the batch back
        Map<String, MeasurementPointSpec> failing = Map.of(CSAT, points.get(CSAT), NPS, new MeasurementPointSpec(
                NPS, "NPS", "nps", text -> {
                    if (calls.incrementAndGet() > 2 * Importer.BATCH_SIZE + 500) {
                        throw new IllegalStateException("injected failure");
                    }
                    return nps.parse(text);
                }));
        assertThatThrownBy(() -> importFile(file, false, failing)).isInstanceOf(IllegalStateException.class)
                .hasMessage("injected failure");
        assertThat(count("answers")).isZero();
        assertThat(count("respondents")).isZero();
        assertThat(count("rejected_rows")).isZero();
        try (PreparedStatement st = connection.prepareStatement("select state, failure from import_batches");
                ResultSet rs = st.executeQuery()) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("failed");
            assertThat(rs.getString(2)).isEqualTo("injected failure");
            assertThat(rs.next()).as("only the record of the failed attempt").isFalse();
        }

        ImportResult retry = importFile(file, false);
        assertThat(retry.skipped()).as("a failed attempt does not count as imported").isFalse();
        assertThat(retry.rowsStored()).isEqualTo(3 * Importer.BATCH_SIZE);
    }

    @Test
    void aFailureOfDerbyWhileItStoresTheAnswersLeavesTheStoreAsItWasAndNoTemporaryFile() throws Exception {
        // every row passes the import's checks; Derby refuses one answer (of line 2500) while it stores them
        derbyRefusesOneRow("answers", "source_line <> 2500");
    }

    @Test
    void aFailureOfDerbyWhileItStoresTheRespondentsStopsTheReadingAndLeavesTheStoreAsItWas() throws Exception {
        // refused early, while the file is still being read
        derbyRefusesOneRow("respondents", "respondent_key <> 'r10'");
    }

    private void derbyRefusesOneRow(String table, String condition) throws Exception {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 1; i <= 3 * Importer.BATCH_SIZE; i++) {
            lines.add("r" + i + ",2026-11-02,Members,web," + (i % 11) + ",,3");
        }
        Path file = csv(lines.toArray(String[]::new));
        try (PreparedStatement st = connection.prepareStatement(
                "alter table " + table + " add constraint test_refuses check (" + condition + ")")) {
            st.executeUpdate();
        }
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> spoolsBefore = spoolFiles(temp);

        assertThatThrownBy(() -> importFile(file, false)).isInstanceOf(SQLException.class)
                .hasMessageContaining("TEST_REFUSES");
        assertThat(count("answers")).isZero();
        assertThat(count("respondents")).isZero();
        try (PreparedStatement st = connection.prepareStatement("select state from import_batches");
                ResultSet rs = st.executeQuery()) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("failed");
            assertThat(rs.next()).isFalse();
        }
        assertThat(spoolFiles(temp)).as("the import's temporary files are deleted").isEqualTo(spoolsBefore);

        try (PreparedStatement st = connection.prepareStatement(
                "alter table " + table + " drop constraint test_refuses")) {
            st.executeUpdate();
        }
        ImportResult retry = importFile(file, false);
        assertThat(retry.rowsStored()).isEqualTo(3 * Importer.BATCH_SIZE);
        assertThat(count("answers")).isEqualTo(2 * 3 * Importer.BATCH_SIZE);
        assertThat(spoolFiles(temp)).isEqualTo(spoolsBefore);
    }

    /** This process's spool files: other builds or cxw runs on the machine share the temporary folder. */
    private static List<Path> spoolFiles(Path dir) throws Exception {
        String ours = "cxw-import-" + ProcessHandle.current().pid() + "-";
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(ours)).sorted().toList();
        }
    }

    @Test
    void respondentIdsGivenTwiceAreFoundExactlyHoweverFarApart() throws Exception {
        int rows = 10_000;
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 1; i <= rows; i++) {
            lines.add("r" + i + ",2026-11-02,Members,web," + (i % 11) + ",,3");
        }
        // the first id, one from the middle, the last one; and ids that only look alike
        for (String id : List.of("r1", "r4096", "r" + rows, "R1", "r1 0", "r01")) {
            lines.add(id + ",2026-11-03,Members,web,5,,3");
        }
        ImportResult result = importFile(csv(lines.toArray(String[]::new)), false);
        assertThat(result.rowsStored()).isEqualTo(rows + 3);
        assertThat(result.firstRejections()).extracting(Rejection::line, Rejection::raw).containsExactly(
                tuple(rows + 2L, "r1"), tuple(rows + 3L, "r4096"), tuple(rows + 4L, "r" + rows));
        assertThat(count("respondents")).isEqualTo(rows + 3);
    }

    @Test
    void aMappingToAMeasurementPointTheJourneyDoesNotHaveWritesNothing() throws Exception {
        Path file = goodAndBad();
        ColumnMapping wrong = new ColumnMapping(Map.of("Recommend", "no-such-point"), Map.of(), Map.of());
        try (SurveyReader reader = SurveyReaders.csv(file, StandardCharsets.UTF_8, ',')) {
            assertThatThrownBy(() -> importer(connection, points).run("answers.csv", "x", wrong, reader, false))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-point");
        }
        assertThat(count("import_batches")).isZero();
    }

    @Test
    void aMappingSurvivesSavingAndLoading() throws Exception {
        Path saved = dir.resolve("survey.mapping");
        ColumnMapping odd = new ColumnMapping(Map.of("Kuinka todennäköisesti = suosittelisit: meitä?", NPS),
                Map.of("Why?", NPS), Map.of(ColumnMapping.TIME, "Submitted at"));
        odd.save(saved);
        assertThat(ColumnMapping.load(saved)).isEqualTo(odd);
        assertThat(Files.readString(saved)).doesNotContain("#2026").startsWith("#CX Workbench column mapping");
    }

    @Test
    void theBatchListingShowsEachAttemptWithItsStateAndCounts() throws Exception {
        Path file = goodAndBad();
        importFile(file, false);
        importFile(file, true);
        List<ImportBatch> batches = ImportBatch.list(connection);
        assertThat(batches).extracting(ImportBatch::id, ImportBatch::fileName, ImportBatch::state,
                ImportBatch::rowsStored, ImportBatch::rowsRejected).containsExactly(
                        tuple(1L, "answers.csv", "replaced", 2L, 6L), tuple(2L, "answers.csv", "done", 2L, 6L));
        assertThat(batches.get(1).contentHash()).isEqualTo(Importer.contentHash(file));
        assertThat(batches.get(1).finished()).isAfterOrEqualTo(batches.get(1).started());
        assertThat(batches.get(1).failure()).isNull();
    }

    @Test
    void aRespondentOfAnEarlierWaveTwiceInOneFileIsADuplicateAcrossJdbcBatches() throws Exception {
        importFile(csv(HEADER, "wave1,2026-10-01,Members,web,8,,4"), false);
        // the second file answers for wave1 once at its start and again after several JDBC batches were sent
        List<String> lines = new ArrayList<>(List.of(HEADER, "wave1,2026-11-01,Members,web,9,,5"));
        for (int i = 1; i <= 2 * Importer.BATCH_SIZE; i++) {
            lines.add("n" + i + ",2026-11-02,Members,web,7,,3");
        }
        lines.add("wave1,2026-11-03,Members,web,6,,2");
        Path second = dir.resolve("november.csv");
        Files.writeString(second, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        ImportResult result = importFile(second, false);
        assertThat(result.rowsStored()).isEqualTo(1 + 2 * Importer.BATCH_SIZE);
        assertThat(result.firstRejections()).extracting(Rejection::line, Rejection::reason).containsExactly(
                tuple((long) lines.size(), "duplicate respondent id wave1 (already in this file)"));
        assertThat(count("respondents")).as("wave1 once, from the first file").isEqualTo(1 + 2 * Importer.BATCH_SIZE);
    }

    @Test
    void twoConnectionsImportingTheSameContentAtOnceStoreItOnce() throws Exception {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 1; i <= 5 * Importer.BATCH_SIZE; i++) {
            lines.add("c" + i + ",2026-11-02,Members,web," + (i % 11) + ",,3");
        }
        Path file = csv(lines.toArray(String[]::new));
        List<ImportResult> results = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            threads.add(Thread.ofPlatform().start(() -> {
                try (Connection own = db.connection();
                        SurveyReader reader = SurveyReaders.csv(file, StandardCharsets.UTF_8, ',')) {
                    go.await();
                    results.add(importer(own, points).run("answers.csv", Importer.contentHash(file), mapping,
                            reader, false));
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(failures).isEmpty();
        assertThat(results.stream().map(ImportResult::skipped).toList()).containsExactlyInAnyOrder(false, true);
        assertThat(results.get(0).batchId()).isEqualTo(results.get(1).batchId());
        assertThat(count("answers")).isEqualTo(2L * 5 * Importer.BATCH_SIZE);
        assertThat(ImportBatch.list(connection).stream().map(ImportBatch::state).toList()).containsExactly("done");
    }

    // issue 12 --------------------------------------------------------------------------------------------------

    private ImportResult importAs(String journey, String source, Path file, ColumnMapping with) throws Exception {
        try (SurveyReader reader = SurveyReaders.csv(file, StandardCharsets.UTF_8, ',')) {
            return new Importer(connection, journey, points).spooled(spooled()).source(source)
                    .run(file.getFileName().toString(), Importer.contentHash(file), with, reader, false);
        }
    }

    private Path file(String name, String... lines) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    /** respondent id, segment, and the NPS answers of that respondent, sorted */
    private List<String> respondentsWithTheirAnswers() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement("select r.respondent_id, r.segment, a.value_num"
                + " from answers a join respondents r on r.respondent_key = a.respondent_key"
                + " where a.measurement_point_id = ? order by r.respondent_id, r.segment, a.value_num")) {
            st.setString(1, NPS);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getDouble(3));
                }
            }
        }
        return rows;
    }

    @Test
    void theSameRespondentIdInTwoJourneysIsTwoRespondentsEachWithItsOwnSegment() throws Exception {
        importAs("journey-a", Importer.DEFAULT_SOURCE, file("a.csv", HEADER, "R0000001,2026-11-02,Retail,web,9,,4",
                "R0000002,2026-11-02,Retail,web,3,,2"), mapping);
        ImportResult b = importAs("journey-b", Importer.DEFAULT_SOURCE, file("b.csv", HEADER,
                "R0000001,2026-11-05,Churned,phone,2,,1"), mapping);
        assertThat(b.rowsStored()).isEqualTo(1);
        assertThat(count("respondents")).isEqualTo(3);
        assertThat(respondentsWithTheirAnswers()).containsExactly("R0000001 Churned 2.0", "R0000001 Retail 9.0",
                "R0000002 Retail 3.0");
    }

    @Test
    void twoSourcesOfOneJourneyAreTwoRespondentsUnlessAPersonColumnSaysTheyAreOnePerson() throws Exception {
        importAs("j", "web survey", file("web.csv", HEADER, "17,2026-11-02,Members,web,9,,4"), mapping);
        importAs("j", "call centre", file("calls.csv", HEADER, "17,2026-11-03,Guests,phone,5,,3"), mapping);
        assertThat(respondentsWithTheirAnswers()).containsExactly("17 Guests 5.0", "17 Members 9.0");

        // a customer number mapped as the person: rows of both sources with the same number are one respondent
        String personHeader = HEADER + ",Customer";
        ColumnMapping byPerson = new ColumnMapping(mapping.answers(), mapping.comments(), java.util.Map.of(
                ColumnMapping.RESPONDENT, "Response ID", ColumnMapping.TIME, "Submitted", ColumnMapping.SEGMENT,
                "Segment", ColumnMapping.PERSON, "Customer"));
        importAs("j", "web survey", file("web2.csv", personHeader, "18,2026-11-04,Members,web,10,,5,C-1"), byPerson);
        ImportResult calls = importAs("j", "call centre", file("calls2.csv", personHeader,
                "99,2026-11-06,Members,phone,6,,2,C-1", "100,2026-11-06,Guests,phone,8,,4,"), byPerson);
        assertThat(calls.rowsStored()).isEqualTo(2);
        try (PreparedStatement st = connection.prepareStatement("select count(*) from answers a join respondents r"
                + " on r.respondent_key = a.respondent_key where r.respondent_id = 'C-1'");
                ResultSet rs = st.executeQuery()) {
            rs.next();
            assertThat(rs.getInt(1)).as("both sources' answers on one person").isEqualTo(4);
        }
        assertThat(count("respondents")).as("17 twice, C-1 once, 100 once").isEqualTo(4);
    }

    @Test
    void aCumulativeReExportAddsExactlyItsNewRowsAndCountsTheRestAsAlreadyStored() throws Exception {
        List<String> week1 = new ArrayList<>(List.of(HEADER));
        for (int i = 1; i <= 2 * Importer.BATCH_SIZE + 79; i++) {
            week1.add("w" + i + ",2026-11-0" + (1 + i % 7) + " 10:" + (10 + i % 50) + ",Members,web," + (i % 11)
                    + ",,3");
        }
        ImportResult first = importAs("j", Importer.DEFAULT_SOURCE, file("week1.csv", week1.toArray(String[]::new)),
                mapping);
        assertThat(first.rowsStored()).isEqualTo(2 * Importer.BATCH_SIZE + 79);
        long answersBefore = count("answers");

        // week 2: everything to date, in another order, plus one new row
        List<String> week2 = new ArrayList<>(week1.subList(1, week1.size()));
        java.util.Collections.reverse(week2);
        week2.add(0, HEADER);
        week2.add("new1,2026-11-09 09:00,Guests,web,10,,5");
        ImportResult second = importAs("j", Importer.DEFAULT_SOURCE, file("week2.csv",
                week2.toArray(String[]::new)), mapping);
        assertThat(second.skipped()).isFalse();
        assertThat(second.rowsStored()).isEqualTo(1);
        assertThat(second.answersStored()).isEqualTo(2);
        assertThat(second.rowsAlreadyStored()).isEqualTo(2 * Importer.BATCH_SIZE + 79);
        assertThat(second.rowsRejected()).isZero();
        assertThat(count("answers")).isEqualTo(answersBefore + 2);
        try (PreparedStatement st = connection.prepareStatement(
                "select rows_stored, rows_already_stored from import_batches where id = ?")) {
            st.setLong(1, second.batchId());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(1);
                assertThat(rs.getLong(2)).isEqualTo(2 * Importer.BATCH_SIZE + 79);
            }
        }
        // the same answers from another source are that source's own (one row more: other content)
        week2.add("panel1,2026-11-09 09:30,Guests,web,7,,4");
        ImportResult other = importAs("j", "panel", file("week2-panel.csv", week2.toArray(String[]::new)), mapping);
        assertThat(other.rowsAlreadyStored()).isZero();
        assertThat(other.rowsStored()).isEqualTo(week2.size() - 1);
    }

    @Test
    void aCommentOverTheLimitRejectsItsRowWithTheReasonInsteadOfBeingCut() throws Exception {
        String longComment = "x".repeat(Importer.MAX_COMMENT + 1);
        ImportResult result = importFile(csv(HEADER, "r1,2026-11-02,Members,web,9," + longComment + ",4",
                "r2,2026-11-02,Members,web,8," + "y".repeat(Importer.MAX_COMMENT) + ",4"), false);
        assertThat(result.rowsStored()).isEqualTo(1);
        assertThat(result.rowsRejected()).isEqualTo(1);
        assertThat(result.firstRejections()).extracting(Rejection::line, Rejection::column).containsExactly(
                tuple(2L, "Why"));
        assertThat(result.firstRejections().get(0).reason()).contains("32001").contains("32000");
        try (PreparedStatement st = connection.prepareStatement("select length(value_text) from answers"
                + " where value_text is not null");
                ResultSet rs = st.executeQuery()) {
            rs.next();
            assertThat(rs.getInt(1)).as("a comment of the limit is kept whole").isEqualTo(Importer.MAX_COMMENT);
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void aHugeBadCellIsQuotedInALinesLengthAndKeptWholeInTheStore() throws Exception {
        String hugeScore = "9".repeat(3) + "z".repeat(100_000);
        String hugeTime = "t".repeat(100_000);
        ImportResult result = importFile(csv(HEADER, "r1,2026-11-02,Members,web," + hugeScore + ",,4",
                "r2," + hugeTime + ",Members,web,8,,4"), false);
        assertThat(result.rowsRejected()).isEqualTo(2);
        assertThat(result.firstRejections()).hasSize(2).allSatisfy(rejection -> {
            assertThat(rejection.reason().length()).as(rejection.reason()).isLessThan(600);
            assertThat(rejection.raw().length()).isLessThan(300);
        });
        assertThat(result.firstRejections().get(0).raw()).startsWith("999zzz").contains("100003");
        assertThat(result.firstRejections().get(1).reason()).contains("100000");
        try (PreparedStatement st = connection.prepareStatement(
                "select length(raw_text) from rejected_rows order by line_number");
                ResultSet rs = st.executeQuery()) {
            rs.next();
            assertThat(rs.getInt(1)).as("the store keeps the cell as far as its column holds").isEqualTo(32000);
        }
    }

    @Test
    void aFileWithOnlyItsHeaderRecordsNoBatch() throws Exception {
        ImportResult result = importFile(csv(HEADER), false);
        assertThat(result.empty()).isTrue();
        assertThat(result.skipped()).isFalse();
        assertThat(count("import_batches")).isZero();
        assertThat(count("import_claims")).isZero();
    }

    @Test
    void aFileWhoseEveryRowIsRejectedKeepsItsRejectionsAndSaysSo() throws Exception {
        ImportResult result = importFile(csv(HEADER, "r1,2026-11-02,Members,web,11,,4", "r2,nope,Members,web,5,,4"),
                false);
        assertThat(result.allRejected()).isTrue();
        assertThat(result.rowsRejected()).isEqualTo(2);
        assertThat(count("rejected_rows")).isEqualTo(2);
    }
}
