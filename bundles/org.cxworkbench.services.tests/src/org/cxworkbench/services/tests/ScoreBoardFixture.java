package org.cxworkbench.services.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.imports.Sniffer;
import org.cxworkbench.imports.SurveyReader;
import org.cxworkbench.imports.SurveyReaders;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.services.store.ResultsStore;
import org.cxworkbench.services.store.StoreAccess;
import org.cxworkbench.services.store.StoreLocation;
import org.cxworkbench.store.ColumnMapping;
import org.cxworkbench.store.Importer;
import org.cxworkbench.store.MeasurementPointSpec;

/**
 * The retail sample journey and a real Derby store with hand-made answers for October and November 2026:
 * <ul>
 * <li>"NPS relationship" (the journey's own point, minimum n 200): November 10 promoters, 4 passives, 6 detractors
 * (NPS 20); October 4, 6, 10 (NPS −30).</li>
 * <li>"CSAT after support" on "Customer service chat" (target 85, minimum n 50): November 54 of 60 satisfied
 * (90 %), October 30 of 60 (50 %).</li>
 * <li>"CES online checkout" on "Online checkout" (ces5, lower is better, target 2, minimum n 100): November 10
 * answers of 1 from "Current customers" and 10 of 4 from "Prospects" (mean 2.5; current customers alone 1.0).</li>
 * </ul>
 */
final class ScoreBoardFixture {

    final Journey journey;
    final Path journeyFile;
    final Path db;

    ScoreBoardFixture(Path dir) throws Exception {
        journeyFile = SampleJourneys.copyTo(SampleJourneys.RETAIL_B2C, dir);
        journey = JourneyFiles.load(journeyFile).journey();
        db = dir.resolve("db");
        StringBuilder nps = new StringBuilder("id,time,segment,answer\n");
        rows(nps, "n11-", "2026-11-10", "Current customers", 10, 10);
        rows(nps, "n11p", "2026-11-11", "Current customers", 8, 4);
        rows(nps, "n11d", "2026-11-12", "Prospects", 3, 6);
        rows(nps, "n10-", "2026-10-10", "Current customers", 10, 4);
        rows(nps, "n10p", "2026-10-11", "Current customers", 8, 6);
        rows(nps, "n10d", "2026-10-12", "Prospects", 3, 10);
        StringBuilder csat = new StringBuilder("id,time,segment,answer\n");
        rows(csat, "c11s", "2026-11-03", "Current customers", 5, 54);
        rows(csat, "c11u", "2026-11-04", "Current customers", 2, 6);
        rows(csat, "c10s", "2026-10-03", "Current customers", 4, 30);
        rows(csat, "c10u", "2026-10-04", "Current customers", 1, 30);
        StringBuilder ces = new StringBuilder("id,time,segment,answer\n");
        rows(ces, "e11c", "2026-11-20", "Current customers", 1, 10);
        rows(ces, "e11p", "2026-11-21", "Prospects", 4, 10);
        try (ResultsStore store = ResultsStore.open(StoreLocation.of(db.toString()), StoreAccess.WRITE)) {
            importInto(store, dir.resolve("nps.csv"), nps, "NPS relationship");
            importInto(store, dir.resolve("csat.csv"), csat, "CSAT after support");
            importInto(store, dir.resolve("ces.csv"), ces, "CES online checkout");
        }
    }

    ResultsStore open() throws Exception {
        return ResultsStore.open(StoreLocation.of(db.toString()), StoreAccess.READ);
    }

    MeasurementPoint point(String name) {
        return journey.getMeasurementPoints().stream().filter(p -> name.equals(p.getName())).findFirst()
                .orElseThrow();
    }

    <T> T element(Class<T> type, String name) {
        var all = journey.eAllContents();
        while (all.hasNext()) {
            Object next = all.next();
            if (type.isInstance(next) && next instanceof org.cxworkbench.model.journey.NamedElement named
                    && name.equals(named.getName())) {
                return type.cast(next);
            }
        }
        throw new IllegalArgumentException("no " + type.getSimpleName() + " named " + name);
    }

    private static void rows(StringBuilder csv, String prefix, String day, String segment, int value, int count) {
        for (int i = 0; i < count; i++) {
            csv.append(prefix).append(i).append(',').append(day).append(',').append(segment).append(',')
                    .append(value).append('\n');
        }
    }

    private void importInto(ResultsStore store, Path file, CharSequence csv, String pointName) throws Exception {
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        ColumnMapping mapping = new ColumnMapping(Map.of("answer", point(pointName).getId()), Map.of(),
                Map.of(ColumnMapping.RESPONDENT, "id", ColumnMapping.TIME, "time", ColumnMapping.SEGMENT,
                        "segment"));
        Map<String, MeasurementPointSpec> points = MeasurementPointSpec.of(journey, MetricRegistry.getDefault());
        try (SurveyReader reader = SurveyReaders.open(file, new Sniffer())) {
            new Importer(store.connection(), journey.getId(), points).run(file.getFileName().toString(),
                    Importer.contentHash(file), mapping, reader, false);
        }
    }
}
