package org.cxworkbench.services.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;

import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.imports.Sniffer;
import org.cxworkbench.imports.SurveyReader;
import org.cxworkbench.imports.SurveyReaders;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.store.ColumnMapping;
import org.cxworkbench.store.ImportResult;
import org.cxworkbench.store.Importer;
import org.cxworkbench.store.MeasurementPointSpec;
import org.cxworkbench.store.Schema;

/**
 * A weighted NPS export of the retail journey's "NPS relationship" point, and its import into a real store: blank
 * weights (weight 1), weights with a decimal point and a quoted decimal comma, a blank answer (missing), answers in
 * every NPS category.
 */
final class WeightedNpsFixture {

    static final String CSV = """
            id,time,recommend,weight
            r01,2026-11-02,10,1.5
            r02,2026-11-02,9,
            r03,2026-11-03,7,0.5
            r04,2026-11-03,3,2
            r05,2026-11-04,10,"0,75"
            r06,2026-11-04,,1
            r07,2026-11-05,8,
            r08,2026-11-05,0,1.25
            r09,2026-11-06,9,2.5
            r10,2026-11-06,6,
            r11,2026-11-07,10,0.8
            r12,2026-11-07,5,1
            """;

    final Journey journey;
    final MeasurementPoint nps;
    final Path file;

    WeightedNpsFixture(Path dir) throws Exception {
        Path journeyFile = SampleJourneys.copyTo(SampleJourneys.RETAIL_B2C, dir);
        journey = JourneyFiles.load(journeyFile).journey();
        nps = journey.getMeasurementPoints().stream().filter(p -> "NPS relationship".equals(p.getName()))
                .findFirst().orElseThrow();
        file = dir.resolve("weighted-nps.csv");
        Files.writeString(file, CSV, StandardCharsets.UTF_8);
    }

    ColumnMapping mapping() {
        return new ColumnMapping(Map.of("recommend", nps.getId()), Map.of(), Map.of(ColumnMapping.RESPONDENT, "id",
                ColumnMapping.TIME, "time", ColumnMapping.WEIGHT, "weight"));
    }

    ImportResult importInto(Connection connection, Path export) throws Exception {
        Schema.migrate(connection);
        Map<String, MeasurementPointSpec> points = MeasurementPointSpec.of(journey, MetricRegistry.getDefault());
        try (SurveyReader reader = SurveyReaders.open(export, new Sniffer())) {
            return new Importer(connection, journey.getId(), points).run(export.getFileName().toString(),
                    Importer.contentHash(export), mapping(), reader, false);
        }
    }
}
