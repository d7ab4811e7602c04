package org.cxworkbench.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cxworkbench.cli.ExitCode;
import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.store.ColumnMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: one weighted NPS file gives the same n, value, se and interval through {@code cxw score --file --weight}
 * and through {@code cxw import} plus {@code cxw score --journey}; blank weights count as 1 both ways, and a weight of
 * 0 is refused both ways with the same reason.
 */
class ScoreConsistencyTest {

    private static final String CSV = """
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

    @TempDir
    Path dir;


    private final CxwRunner cxw = new CxwRunner();

    private int cxw(String... args) {
        return cxw.run(args);
    }

    /** The fields of the one CSV row of {@code --format csv} output, by header. */
    private Map<String, String> csvRow() {
        List<String> lines = cxw.out().lines().toList();
        assertThat(lines).hasSize(2);
        String[] names = lines.get(0).split(",", -1);
        String[] values = lines.get(1).split(",", -1);
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            row.put(names[i], values[i]);
        }
        return row;
    }

    @Test
    void aWeightedNpsFileScoresTheSameFromTheFileAndFromTheStore() throws Exception {
        Path journey = SampleJourneys.copyTo(SampleJourneys.RETAIL_B2C, dir);
        MeasurementPoint nps = JourneyFiles.load(journey).journey().getMeasurementPoints().stream()
                .filter(p -> "NPS relationship".equals(p.getName())).findFirst().orElseThrow();
        Path file = dir.resolve("weighted.csv");
        Files.writeString(file, CSV, StandardCharsets.UTF_8);
        Path mapping = dir.resolve("weighted.mapping");
        new ColumnMapping(Map.of("recommend", nps.getId()), Map.of(), Map.of(ColumnMapping.RESPONDENT, "id",
                ColumnMapping.TIME, "time", ColumnMapping.WEIGHT, "weight")).save(mapping);
        Path db = dir.resolve("db");

        assertThat(cxw("score", "--metric", "nps", "--file", file.toString(), "--column", "recommend", "--weight",
                "weight", "--format", "csv")).as(cxw.err()).isEqualTo(ExitCode.OK);
        Map<String, String> fromFile = csvRow();

        assertThat(cxw("import", file.toString(), "--journey", journey.toString(), "--db", db.toString(),
                "--mapping", mapping.toString())).as(cxw.err()).isEqualTo(ExitCode.OK);
        assertThat(cxw("score", "--journey", journey.toString(), "--db", db.toString(), "--metric", "nps",
                "--format", "csv")).as(cxw.err()).isEqualTo(ExitCode.OK);
        Map<String, String> fromStore = csvRow();

        assertThat(fromFile.get("n")).isEqualTo("11");
        for (String field : List.of("n", "value", "se", "ci_low", "ci_high")) {
            assertThat(fromStore.get(field)).as(field).isEqualTo(fromFile.get(field));
        }
    }

    @Test
    void aWeightOfZeroIsRefusedByScoreAndImportAlike() throws Exception {
        Path file = dir.resolve("zero.csv");
        Files.writeString(file, "recommend,weight\n10,1\n9,0\n", StandardCharsets.UTF_8);
        assertThat(cxw("score", "--metric", "nps", "--file", file.toString(), "--column", "recommend", "--weight",
                "weight")).isEqualTo(ExitCode.FAILURE);
        assertThat(cxw.err()).isEqualTo("cxw score: file " + file
                + ", line 3, column 'weight': a weight must be a number above 0\n");
    }
}
