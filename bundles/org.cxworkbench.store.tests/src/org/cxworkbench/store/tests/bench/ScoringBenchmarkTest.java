package org.cxworkbench.store.tests.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.YearMonth;

import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.imports.SurveyReader;
import org.cxworkbench.imports.SurveyReaders;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.store.AnswerGenerator;
import org.cxworkbench.store.ColumnMapping;
import org.cxworkbench.store.EmbeddedDatabase;
import org.cxworkbench.store.Importer;
import org.cxworkbench.store.MeasurementPointSpec;
import org.cxworkbench.store.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps the scoring benchmark's program working on a small store; times nothing (the benchmark script does). */
class ScoringBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void bothWaysCountTheSameAnswers() throws Exception {
        Journey journey = JourneyFiles.load(SampleJourneys.copyTo(SampleJourneys.RETAIL_B2C, dir)).journey();
        Path csv = dir.resolve("answers.csv");
        Path mapping = dir.resolve("answers.mapping");
        AnswerGenerator.Result generated = new AnswerGenerator(journey, new AnswerGenerator.Settings(3, 1500,
                YearMonth.of(2026, 3), 3)).write(csv, mapping);
        try (EmbeddedDatabase db = EmbeddedDatabase.open(dir.resolve("db"));
                Connection connection = db.connection()) {
            Schema.migrate(connection);
            try (SurveyReader reader = SurveyReaders.open(csv)) {
                new Importer(connection, MeasurementPointSpec.of(journey, MetricRegistry.getDefault())).run(
                        "answers.csv", Importer.contentHash(csv), ColumnMapping.load(mapping), reader, false);
            }
            ScoringBenchmark.Result result = ScoringBenchmark.run(connection, journey, MetricRegistry.getDefault(), 0,
                    1);
            assertThat(result.sameCounts()).isTrue();
            // the relationship NPS (no touchpoint) in three months
            assertThat(result.groups()).isEqualTo(3);
            assertThat(result.answers()).isEqualTo(generated.answered().get(journey.getMeasurementPoints().get(0)
                    .getId()));
        }
    }
}
