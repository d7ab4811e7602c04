package org.cxworkbench.reports.journey.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.imports.SurveyReader;
import org.cxworkbench.imports.SurveyReaders;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.store.ColumnMapping;
import org.cxworkbench.store.EmbeddedDatabase;
import org.cxworkbench.store.ImportResult;
import org.cxworkbench.store.Importer;
import org.cxworkbench.store.MeasurementPointSpec;
import org.cxworkbench.store.Schema;

/**
 * A results store holding a small survey export of the sample retail journey, imported through the real
 * {@link Importer} from a CSV file written here. The answers are few and chosen so that every figure the reports show
 * can be worked out by hand; the tests do that from the arrays below.
 *
 * <p>Period under report: 2026-09-01 to 2026-11-30 (three whole months); the previous period: June to August 2026.
 */
final class Seed {

    static final String NPS = "78877913-111a-4334-8590-ca6fd2970f18"; // journey-wide, target 30, minimum n 200
    static final String CSAT = "b5a420cd-f87c-4f55-a0aa-bb9bde4d8812"; // CSAT after support, target 85, minimum 50
    static final String CES = "b4864fd3-95ef-4be4-a4d2-bd9ccec54201"; // CES online checkout (1-5, lower is better)
    static final String CSAT_TOUCHPOINT = "Customer service chat";

    /** NPS answers in the period, in file order; answer i is given in September, October, November for i % 3. */
    static final int[] NPS_NOW = {10, 10, 9, 9, 10, 9, 10, 9, 10, 9, 7, 8, 7, 8, 7, 8, 6, 5, 3, 0};
    /** Their segments: the first 12 current customers, the next 5 lapsed, the last 3 prospects. */
    static final String[] SEGMENTS = {"Current customers", "Lapsed customers", "Prospects"};
    static final int[] NPS_PREVIOUS = {10, 9, 9, 7, 8, 7, 6, 5, 4, 0};
    /** CSAT in the period: 30 fives, 24 fours, 3 threes, 2 twos, 1 one (60 answers, 54 satisfied). */
    static final int[] CSAT_NOW = counts(0, 1, 2, 3, 24, 30);
    /** CSAT before: 20 fours and 20 threes. */
    static final int[] CSAT_PREVIOUS = counts(0, 0, 0, 20, 20, 0);
    static final int[] CES_NOW = {1, 2, 2, 3, 2};

    static final String ACCOUNT = "Acme Oy";

    private Seed() {
    }

    /** Answers {value index: how many}; index 0 unused, so counts(0, a, b, ...) has a ones, b twos... */
    private static int[] counts(int... perValue) {
        List<Integer> list = new ArrayList<>();
        for (int value = perValue.length - 1; value >= 1; value--) {
            for (int i = 0; i < perValue[value]; i++) {
                list.add(value);
            }
        }
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    static String segmentOfNps(int i) {
        return i < 12 ? SEGMENTS[0] : i < 17 ? SEGMENTS[1] : SEGMENTS[2];
    }

    static String monthOfNps(int i) {
        return switch (i % 3) {
            case 0 -> "2026-09";
            case 1 -> "2026-10";
            default -> "2026-11";
        };
    }

    /** Whether NPS answer i is from the account {@link #ACCOUNT}: answers 0 (10), 12 (7) and 17 (5). */
    static boolean acme(int i) {
        return i == 0 || i == 12 || i == 17;
    }

    static Journey journey(Path folder) throws Exception {
        return JourneyFiles.load(SampleJourneys.copyTo(SampleJourneys.RETAIL_B2C, folder)).journey();
    }

    /** The export file, as a survey tool would write it. */
    static Path writeExport(Path folder) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("Response ID,Submitted,Segment,Account,Channel,Language,Recommend,Why,Support,Support comment,"
                + "Checkout effort");
        for (int i = 0; i < NPS_NOW.length; i++) {
            lines.add("n" + i + "," + monthOfNps(i) + "-1" + (i % 9) + " 10:00," + segmentOfNps(i) + ","
                    + (acme(i) ? ACCOUNT : "") + ",Email,en," + NPS_NOW[i] + ",,,,");
        }
        for (int i = 0; i < NPS_PREVIOUS.length; i++) {
            lines.add("p" + i + ",2026-07-0" + (1 + i % 9) + " 09:30,Current customers,,Email,fi,"
                    + NPS_PREVIOUS[i] + ",,,,");
        }
        for (int i = 0; i < CSAT_NOW.length; i++) {
            String comment = switch (i) {
                case 0 -> "Ystävällinen ja nopea palvelu";
                case 58 -> "Väntade länge i telefon";
                case 59 -> "Nobody called me back";
                default -> "";
            };
            String language = i == 0 ? "fi" : i == 58 ? "sv" : "en";
            lines.add("c" + i + ",2026-10-" + (10 + i % 15) + " 12:00,Current customers,," + (i < 30 ? "Phone"
                    : "Chat") + "," + language + ",,," + CSAT_NOW[i] + "," + comment + ",");
        }
        for (int i = 0; i < CSAT_PREVIOUS.length; i++) {
            lines.add("q" + i + ",2026-08-" + (10 + i % 15) + " 12:00,Current customers,,Phone,en,,,"
                    + CSAT_PREVIOUS[i] + ",,");
        }
        for (int i = 0; i < CES_NOW.length; i++) {
            lines.add("e" + i + ",2026-11-0" + (1 + i) + " 08:00,Current customers,,Web,en,,,,," + CES_NOW[i]);
        }
        Path file = folder.resolve("retail-export.csv");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    /** A new store in {@code folder} with the export imported and two follow-ups on the worst CSAT comments. */
    static EmbeddedDatabase create(Path folder, Journey journey) throws Exception {
        if (System.getProperty("derby.stream.error.file") == null) {
            Path logFolder = Files.isDirectory(Path.of("target")) ? Path.of("target") : folder;
            System.setProperty("derby.stream.error.file", logFolder.resolve("derby.log").toAbsolutePath().toString());
        }
        EmbeddedDatabase database = EmbeddedDatabase.open(folder.resolve("results"));
        Path file = writeExport(folder);
        ColumnMapping mapping = new ColumnMapping(Map.of("Recommend", NPS, "Support", CSAT, "Checkout effort", CES),
                Map.of("Support comment", CSAT),
                Map.of(ColumnMapping.RESPONDENT, "Response ID", ColumnMapping.TIME, "Submitted",
                        ColumnMapping.SEGMENT, "Segment", ColumnMapping.ACCOUNT, "Account", ColumnMapping.CHANNEL,
                        "Channel", ColumnMapping.LANGUAGE, "Language"));
        try (Connection c = database.connection()) {
            Schema.migrate(c);
            ImportResult result;
            try (SurveyReader reader = SurveyReaders.csv(file, StandardCharsets.UTF_8, ',')) {
                result = new Importer(c, MeasurementPointSpec.of(journey, MetricRegistry.getDefault())).run(
                        file.getFileName().toString(), Importer.contentHash(file), mapping, reader, false);
            }
            int expected = NPS_NOW.length + NPS_PREVIOUS.length + CSAT_NOW.length + CSAT_PREVIOUS.length
                    + CES_NOW.length;
            if (result.rowsStored() != expected || result.rowsRejected() != 0) {
                throw new IllegalStateException("seed import: " + result);
            }
            followUp(c, "Nobody called me back", "new", "Maija Meikäläinen", null);
            followUp(c, "Väntade länge i telefon", "resolved", "Sven Svensson", "Soitettu takaisin");
        }
        return database;
    }

    private static void followUp(Connection c, String comment, String state, String owner, String note)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement("insert into follow_ups (answer_id, created_at, state, owner,"
                + " note) select id, timestamp('2026-10-28 09:00:00'), ?, ?, ? from answers where value_text = ?")) {
            st.setString(1, state);
            st.setString(2, owner);
            st.setString(3, note);
            st.setString(4, comment);
            if (st.executeUpdate() != 1) {
                throw new IllegalStateException("no answer with the comment " + comment);
            }
        }
    }
}
