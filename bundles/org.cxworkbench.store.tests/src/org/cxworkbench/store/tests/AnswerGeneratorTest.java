package org.cxworkbench.store.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.imports.SurveyReader;
import org.cxworkbench.imports.SurveyReaders;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.store.AnswerGenerator;
import org.cxworkbench.store.AnswerGenerator.BadRow;
import org.cxworkbench.store.AnswerGenerator.Flaw;
import org.cxworkbench.store.AnswerGenerator.Trend;
import org.cxworkbench.store.ColumnMapping;
import org.cxworkbench.store.Dimension;
import org.cxworkbench.store.EmbeddedDatabase;
import org.cxworkbench.store.ImportResult;
import org.cxworkbench.store.Importer;
import org.cxworkbench.store.MeasurementPointSpec;
import org.cxworkbench.store.Rejection;
import org.cxworkbench.store.Schema;
import org.cxworkbench.store.ScoreQuery;
import org.cxworkbench.store.ScoredGroup;
import org.cxworkbench.store.StoreScoring;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated answers: reproducible, importable, with exactly the bad rows it says, and trends that show. */
class AnswerGeneratorTest {

    @TempDir
    Path dir;

    private int loads;

    /** A fresh copy loaded afresh each time. */
    private Journey journey(String sample) throws Exception {
        return JourneyFiles.load(SampleJourneys.copyTo(sample, dir.resolve("journeys-" + ++loads))).journey();
    }

    private static byte[] generate(Journey journey, long seed, long rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AnswerGenerator(journey, new AnswerGenerator.Settings(seed, rows, YearMonth.of(2026, 1), 12)).write(out);
        return out.toByteArray();
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOtherAnswers() throws Exception {
        Journey retail = journey(SampleJourneys.RETAIL_B2C);
        byte[] first = generate(retail, 42, 2000);
        // a journey loaded afresh: nothing may depend on object identity or hash order
        byte[] second = generate(journey(SampleJourneys.RETAIL_B2C), 42, 2000);
        assertThat(second).isEqualTo(first);
        assertThat(generate(retail, 43, 2000)).isNotEqualTo(first);

        List<String> lines = new String(first, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2001);
        assertThat(lines.get(0)).startsWith("Response ID,Submitted,Segment,Channel,Language,Weight,NPS relationship,"
                + "NPS relationship - comment,");
        // the retail journey has no accounts; answers in three languages, some weighted, some commented
        String text = new String(first, StandardCharsets.UTF_8);
        assertThat(text).contains(",fi,", ",sv,", ",en,", "Current customers", "Lapsed customers", "Prospects");
        assertThat(lines.stream().filter(l -> l.split(",", -1)[5].matches("\\d\\.\\d\\d")).count())
                .isBetween(300L, 500L);
        // times are in order and within the twelve months
        assertThat(lines.get(1).split(",")[1]).startsWith("2026-01-");
        assertThat(lines.get(2000).split(",")[1]).startsWith("2026-12-");
    }

    @Test
    void accountsOfB2BJourneysAreFilledFromTheSegmentsAccounts() throws Exception {
        String text = new String(generate(journey(SampleJourneys.SERVICE_B2B), 7, 500), StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow()).startsWith(
                "Response ID,Submitted,Segment,Account,Channel,Language,Weight,");
        assertThat(text).contains("Current accounts,Nordic Logistics Oy", "Current accounts,Baltic Foods AB",
                "Churned accounts,Kestrel Manufacturing Ltd");
    }

    @Test
    void anImportStoresEveryGoodRowAndRejectsEachBadRowForItsReason() throws Exception {
        Journey retail = journey(SampleJourneys.RETAIL_B2C);
        AnswerGenerator generator = new AnswerGenerator(retail, new AnswerGenerator.Settings(2026, 6000,
                YearMonth.of(2026, 1), 6));
        Path csv = dir.resolve("answers.csv");
        Path mappingFile = dir.resolve("answers.mapping");
        AnswerGenerator.Result generated = generator.write(csv, mappingFile);
        assertThat(generated.rows()).isEqualTo(6000);
        // one in 1000, at least 4: 6 rows, each kind of flaw at least once
        assertThat(generated.badRows()).hasSize(6);
        assertThat(generated.badRows()).extracting(BadRow::flaw).contains(Flaw.values());

        try (EmbeddedDatabase db = EmbeddedDatabase.open(dir.resolve("db"));
                Connection connection = db.connection()) {
            Schema.migrate(connection);
            ImportResult result;
            try (SurveyReader reader = SurveyReaders.open(csv)) {
                result = new Importer(connection, MeasurementPointSpec.of(retail, MetricRegistry.getDefault()))
                        .run("answers.csv", Importer.contentHash(csv), ColumnMapping.load(mappingFile), reader,
                                false);
            }
            assertThat(result.rowsRead()).isEqualTo(6000);
            assertThat(result.rowsStored()).isEqualTo(6000 - 6).isEqualTo(generated.goodRows());
            assertThat(result.rowsRejected()).isEqualTo(6);
            assertThat(result.answersStored()).isEqualTo(generated.goodRows());

            List<String> expected = new ArrayList<>();
            for (BadRow bad : generated.badRows()) {
                String reason = switch (bad.flaw()) {
                    case OUT_OF_SCALE -> "outside the scale";
                    case NOT_A_NUMBER -> "not a number";
                    case MISSING_RESPONDENT -> "respondent id missing";
                    case DUPLICATE_RESPONDENT -> "duplicate respondent id";
                };
                expected.add(bad.line() + "|" + bad.column() + "|" + reason);
            }
            List<String> actual = new ArrayList<>();
            for (Rejection rejection : result.firstRejections()) {
                String kind = expected.stream().map(e -> e.substring(e.lastIndexOf('|') + 1))
                        .filter(rejection.reason()::contains).findFirst().orElse(rejection.reason());
                actual.add(rejection.line() + "|" + rejection.column() + "|" + kind);
            }
            assertThat(actual).containsExactlyElementsOf(expected);

            // the stored answers per point are what the generator says it wrote
            Map<String, Long> stored = new HashMap<>();
            try (PreparedStatement st = connection.prepareStatement(
                    "select measurement_point_id, count(*) from answers group by measurement_point_id");
                    ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getString(1), rs.getLong(2));
                }
            }
            Map<String, Long> written = new HashMap<>(generated.answered());
            written.values().removeIf(n -> n == 0);
            assertThat(stored).isEqualTo(written);

            // the trends show month by month: the first point improves, the second declines
            StoreScoring scoring = new StoreScoring(retail, MetricRegistry.getDefault());
            List<ScoredGroup> byMonth = scoring.score(connection, ScoreQuery.of(Dimension.MEASUREMENT_POINT,
                    Dimension.MONTH));
            MeasurementPoint nps = retail.getMeasurementPoints().get(0);
            MeasurementPoint ces = retail.getMeasurementPoints().get(1);
            assertThat(generator.trend(nps)).isEqualTo(Trend.IMPROVING);
            assertThat(generator.trend(ces)).isEqualTo(Trend.DECLINING);
            List<ScoredGroup> npsMonths = byMonth.stream().filter(g -> g.key(Dimension.MEASUREMENT_POINT)
                    .equals(nps.getId())).toList();
            List<ScoredGroup> cesMonths = byMonth.stream().filter(g -> g.key(Dimension.MEASUREMENT_POINT)
                    .equals(ces.getId())).toList();
            assertThat(npsMonths).extracting(g -> g.key(Dimension.MONTH)).containsExactly("2026-01", "2026-02",
                    "2026-03", "2026-04", "2026-05", "2026-06");
            ScoredGroup npsFirst = npsMonths.get(0);
            ScoredGroup npsLast = npsMonths.get(5);
            assertThat(npsLast.score().value()).isGreaterThan(npsFirst.score().value());
            assertThat(scoring.compare(npsLast, npsFirst, 0.95).significant()).isTrue();
            // effort 1-5, low is good: declining means the mean effort rises
            ScoredGroup cesFirst = cesMonths.get(0);
            ScoredGroup cesLast = cesMonths.get(cesMonths.size() - 1);
            assertThat(cesLast.score().value()).isGreaterThan(cesFirst.score().value());
            assertThat(scoring.compare(cesLast, cesFirst, 0.95).significant()).isTrue();
        }
    }
}
