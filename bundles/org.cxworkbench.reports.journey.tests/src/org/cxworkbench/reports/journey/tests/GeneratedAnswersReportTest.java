package org.cxworkbench.reports.journey.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;

import org.cxworkbench.imports.SurveyReader;
import org.cxworkbench.imports.SurveyReaders;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.reports.ReportFormat;
import org.cxworkbench.reports.journey.JourneyReports;
import org.cxworkbench.reports.journey.ReportParameters;
import org.cxworkbench.store.AnswerGenerator;
import org.cxworkbench.store.EmbeddedDatabase;
import org.cxworkbench.store.ImportResult;
import org.cxworkbench.store.Importer;
import org.cxworkbench.store.MeasurementPointSpec;
import org.cxworkbench.store.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scorecard over answers of the store's generator, imported by the importer: every measurement point shows the
 * n the generator says it wrote (its good rows per point), and the B2B journey's accounts reach the segments report.
 */
class GeneratedAnswersReportTest {

    @TempDir
    Path folder;

    @Test
    void scorecardShowsTheGeneratedAnswerCountOfEveryPoint() throws Exception {
        Journey journey = Seed.journey(folder);
        AnswerGenerator generator = new AnswerGenerator(journey,
                new AnswerGenerator.Settings(7, 3000, YearMonth.of(2026, 6), 6));
        Path csv = folder.resolve("generated.csv");
        AnswerGenerator.Result generated = generator.write(csv, folder.resolve("generated.mapping"));
        try (EmbeddedDatabase database = EmbeddedDatabase.open(folder.resolve("results"));
                Connection c = database.connection(); JourneyReports reports = new JourneyReports()) {
            Schema.migrate(c);
            ImportResult imported;
            try (SurveyReader reader = SurveyReaders.csv(csv, StandardCharsets.UTF_8, ',')) {
                imported = new Importer(c, MeasurementPointSpec.of(journey, MetricRegistry.getDefault())).run(
                        "generated.csv", Importer.contentHash(csv), generator.mapping(), reader, false);
            }
            assertThat(imported.rowsStored()).isEqualTo(generated.goodRows());

            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            reports.render("scorecard", journey, c, ReportParameters.defaults().withFrom(LocalDate.of(2026, 6, 1))
                    .withTo(LocalDate.of(2026, 11, 30)), ReportFormat.PDF, pdf);
            JourneyReportsTest.keep("scorecard-generated.pdf", pdf.toByteArray());
            String text = JourneyReportsTest.pdfText(pdf.toByteArray());
            int checked = 0;
            for (Map.Entry<String, Long> answered : generated.answered().entrySet()) {
                MeasurementPoint point = journey.getMeasurementPoints().stream()
                        .filter(p -> p.getId().equals(answered.getKey())).findFirst().orElseThrow();
                assertThat(JourneyReportsTest.line(text, point.getName())).as(point.getName())
                        .contains(" " + String.format(Locale.ENGLISH, "%,d", answered.getValue()) + " ");
                checked++;
            }
            assertThat(checked).isGreaterThanOrEqualTo(5);
        }
    }
}
