package org.cxworkbench.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cxworkbench.cli.ExitCode;
import org.cxworkbench.core.journey.SampleJourneys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cxw generate}, {@code cxw import} and {@code cxw score --journey} together on a real embedded database; the
 * scores are checked against counts the test makes itself from the generated CSV.
 */
class ScoreJourneyCommandTest {

    @TempDir
    Path dir;

    private Path journey;

    @BeforeEach
    void setUp() throws Exception {
        journey = SampleJourneys.copyTo(SampleJourneys.RETAIL_B2C, dir);
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

    /** The scales of the retail journey's points, as the journey file states them. */
    private static final Map<String, double[]> SCALES = Map.of("NPS relationship", new double[] {0, 10},
            "CES online checkout", new double[] {1, 5}, "CSAT after support", new double[] {1, 5},
            "CES after returns", new double[] {1, 7}, "Mystery shopping in store", new double[] {0, 100},
            "Churn at renewal", new double[] {0, 1});

    /** A quoted CSV line split into cells. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /** The JSON rows of cxw's output: one object per line, flat, as Output writes them. */
    private static List<Map<String, String>> json(String text) {
        Pattern field = Pattern.compile("\"([^\"]+)\": (\"(?:[^\"\\\\]|\\\\.)*\"|[^,}]+)");
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : text.lines().toList()) {
            if (!line.strip().startsWith("{")) {
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            Matcher m = field.matcher(line);
            while (m.find()) {
                String value = m.group(2);
                row.put(m.group(1), value.startsWith("\"") ? value.substring(1, value.length() - 1) : value);
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * Counts and sums of weights per month and category of the answers the import must store, by the test's own
     * reading of the file: the row has a respondent id not used by an earlier stored row, and its one answer is a
     * number on the point's scale (whole numbers except for mystery shopping). Per category: count, Σw, Σw².
     */
    private static Map<String, Map<String, double[][]>> countsByPointAndMonth(Path csv) throws Exception {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> header = cells(lines.get(0));
        Set<String> ids = new HashSet<>();
        Map<String, Map<String, double[][]>> counts = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> row = cells(line);
            String id = row.get(header.indexOf("Response ID"));
            if (id.isEmpty() || ids.contains(id)) {
                continue;
            }
            String point = null;
            double value = Double.NaN;
            boolean good = true;
            for (Map.Entry<String, double[]> scale : SCALES.entrySet()) {
                String cell = row.get(header.indexOf(scale.getKey()));
                if (cell.isEmpty()) {
                    continue;
                }
                point = scale.getKey();
                try {
                    value = Double.parseDouble(cell);
                    good = value >= scale.getValue()[0] && value <= scale.getValue()[1]
                            && (point.startsWith("Mystery") || value == Math.rint(value));
                } catch (NumberFormatException e) {
                    good = false;
                }
            }
            if (!good || point == null) {
                continue;
            }
            ids.add(id);
            String month = row.get(header.indexOf("Submitted")).substring(0, 7);
            String weightCell = row.get(header.indexOf("Weight"));
            double weight = weightCell.isEmpty() ? 1 : Double.parseDouble(weightCell);
            double[][] c = counts.computeIfAbsent(point, p -> new TreeMap<>()).computeIfAbsent(month,
                    m -> new double[3][3]);
            // NPS: promoters 9-10, passives 7-8, detractors 0-6; CSAT: satisfied 4-5, neutral 3, dissatisfied 1-2
            int bucket = point.startsWith("NPS") ? (value >= 9 ? 0 : value >= 7 ? 1 : 2)
                    : (value >= 4 ? 0 : value >= 3 ? 1 : 2);
            c[bucket][0]++;
            c[bucket][1] += weight;
            c[bucket][2] += weight * weight;
        }
        return counts;
    }

    @Test
    void generatedAnswersImportedAndScoredByTouchpointAndMonthMatchTheFile() throws Exception {
        Path csv = dir.resolve("answers.csv");
        Path db = dir.resolve("results");
        assertThat(cxw("generate", "--journey", journey.toString(), "--rows", "4000", "--seed", "11", "--from",
                "2026-01", "--months", "4", "--out", csv.toString())).isEqualTo(ExitCode.OK);
        assertThat(out()).contains("4000", "answers.mapping");
        Path mapping = dir.resolve("answers.mapping");
        assertThat(mapping).exists();

        assertThat(cxw("import", csv.toString(), "--journey", journey.toString(), "--mapping", mapping.toString(),
                "--db", db.toString())).as(err()).isEqualTo(ExitCode.OK);
        // 4 rows bad on purpose: one in 1000, at least 4
        assertThat(out()).contains("3996 rows stored", "4 rejected", "outside the scale", "not a number",
                "respondent id missing", "duplicate respondent id");

        assertThat(cxw("score", "--journey", journey.toString(), "--by", "touchpoint,month", "--format", "json",
                "--db", db.toString())).as(err()).isEqualTo(ExitCode.OK);
        List<Map<String, String>> rows = json(out());
        Map<String, Map<String, double[][]>> expected = countsByPointAndMonth(csv);

        // the relationship NPS is attached to the journey: no touchpoint
        List<Map<String, String>> nps = rows.stream().filter(r -> r.get("metric").equals("nps")).toList();
        assertThat(nps).extracting(r -> r.get("month")).containsExactly("2026-01", "2026-02", "2026-03",
                "2026-04");
        for (Map<String, String> row : nps) {
            double[][] c = expected.get("NPS relationship").get(row.get("month"));
            long n = (long) (c[0][0] + c[1][0] + c[2][0]);
            double weights = c[0][1] + c[1][1] + c[2][1];
            assertThat(row.get("touchpoint")).isEqualTo("null");
            assertThat(row.get("measurement_points")).isEqualTo("NPS relationship");
            assertThat(row.get("group")).isEqualTo("(none) / " + row.get("month"));
            assertThat(Long.parseLong(row.get("n"))).isEqualTo(n);
            assertThat(Long.parseLong(row.get("promoters"))).isEqualTo((long) c[0][0]);
            assertThat(Long.parseLong(row.get("passives"))).isEqualTo((long) c[1][0]);
            assertThat(Long.parseLong(row.get("detractors"))).isEqualTo((long) c[2][0]);
            // weighted shares; the trinomial standard error on Kish's effective n = (Σw)² / Σw²
            double pro = c[0][1] / weights;
            double det = c[2][1] / weights;
            double nEff = weights * weights / (c[0][2] + c[1][2] + c[2][2]);
            assertThat(Double.parseDouble(row.get("value"))).isCloseTo(100 * (pro - det), within(1e-5));
            double se = 100 * Math.sqrt((pro * (1 - pro) + det * (1 - det) + 2 * pro * det) / nEff);
            assertThat(Double.parseDouble(row.get("se"))).isCloseTo(se, within(1e-5));
            assertThat(Double.parseDouble(row.get("ci_low"))).isLessThan(Double.parseDouble(row.get("value")));
        }

        List<Map<String, String>> csat = rows.stream().filter(r -> r.get("metric").equals("csat")).toList();
        assertThat(csat).hasSize(4);
        for (Map<String, String> row : csat) {
            double[][] c = expected.get("CSAT after support").get(row.get("month"));
            long n = (long) (c[0][0] + c[1][0] + c[2][0]);
            assertThat(row.get("touchpoint")).isEqualTo("Customer service chat");
            assertThat(row.get("touchpoint_id")).isEqualTo("54ffcaa8-470b-42aa-b811-3ebc4bf74313");
            assertThat(Long.parseLong(row.get("n"))).isEqualTo(n);
            assertThat(Long.parseLong(row.get("satisfied"))).isEqualTo((long) c[0][0]);
            assertThat(Long.parseLong(row.get("dissatisfied"))).isEqualTo((long) c[2][0]);
            assertThat(Double.parseDouble(row.get("value"))).isCloseTo(
                    100 * c[0][1] / (c[0][1] + c[1][1] + c[2][1]), within(1e-5));
        }

        // one month, one metric, CSV: the same figure as in the table above
        assertThat(cxw("score", "--journey", journey.toString(), "--metric", "nps", "--from", "2026-03", "--to",
                "2026-03", "--format", "csv", "--db", db.toString())).isEqualTo(ExitCode.OK);
        List<String> lines = out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("metric,group,measurement_points,n,value,se,ci_low,ci_high,promoters,");
        double[][] march = expected.get("NPS relationship").get("2026-03");
        assertThat(lines.get(1)).startsWith("nps,,NPS relationship," + (long) (march[0][0] + march[1][0]
                + march[2][0]) + ",");
    }

    @Test
    void groupsFromTheStoreAreSortedAndTheirCsvCellsAreText() throws Exception {
        // segments stored by the journey's ids (Prospects 2600..., Current customers 3fab..., Lapsed 8224...):
        // listed by the names shown, not by the ids; accounts: numbers by value, then text, then none
        String prospects = "26002f7a-169a-4f13-97a0-1fe576eb29e4";
        String current = "3fabfc8a-d1d0-46cd-8930-177ecea534df";
        String lapsed = "8224b969-f832-4943-bacb-3952dfd15f71";
        Path csv = Files.writeString(dir.resolve("accounts.csv"), String.join("\n",
                "Response ID,Submitted,Segment,Account,NPS",
                "r1,2026-03-02," + prospects + ",B,10",
                "r2,2026-03-03," + lapsed + ",a,9",
                "r3,2026-03-04," + current + ",\"=SUM(1+1)\",3",
                "r4,2026-03-05," + prospects + ",10,8",
                "r5,2026-03-06," + lapsed + ",9,0",
                "r6,2026-03-07," + current + ",,10",
                "") , StandardCharsets.UTF_8);
        Path mapping = Files.writeString(dir.resolve("accounts.mapping"), String.join("\n",
                "answer.NPS=78877913-111a-4334-8590-ca6fd2970f18", "respondent=Response ID", "time=Submitted",
                "segment=Segment", "account=Account", ""), StandardCharsets.UTF_8);
        Path db = dir.resolve("results");
        assertThat(cxw("import", csv.toString(), "--journey", journey.toString(), "--mapping", mapping.toString(),
                "--db", db.toString())).as(err()).isEqualTo(ExitCode.OK);
        assertThat(out()).contains("6 rows stored");

        assertThat(cxw("score", "--journey", journey.toString(), "--by", "segment", "--format", "csv", "--db",
                db.toString())).as(err()).isEqualTo(ExitCode.OK);
        assertThat(out().lines().skip(1).map(line -> cells(line).get(1)).toList())
                .containsExactly("Current customers", "Lapsed customers", "Prospects");

        assertThat(cxw("score", "--journey", journey.toString(), "--by", "account", "--format", "csv", "--db",
                db.toString())).as(err()).isEqualTo(ExitCode.OK);
        List<String> lines = out().lines().skip(1).toList();
        assertThat(lines.stream().map(line -> cells(line).get(1)).toList())
                .containsExactly("9", "10", "'=SUM(1+1)", "a", "B", "(none)");
        // the account's own field too; the detractor's NPS of -100 stays a number
        assertThat(lines.get(2)).startsWith("nps,\"'=SUM(1+1)\",\"'=SUM(1+1)\",NPS relationship,1,-100,");
        assertThat(lines.get(0)).startsWith("nps,9,9,NPS relationship,1,-100,");

        assertThat(cxw("score", "--journey", journey.toString(), "--by", "account", "--format", "json", "--db",
                db.toString())).isEqualTo(ExitCode.OK);
        assertThat(json(out()).stream().map(r -> r.get("account")).toList())
                .containsExactly("9", "10", "=SUM(1+1)", "a", "B", "null");
    }

    @Test
    void wrongCombinationsAreUsageErrorsAndAMissingDatabaseIsAFailure() throws Exception {
        assertThat(cxw("score", "--journey", journey.toString(), "--column", "q")).isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains("--column");
        assertThat(cxw("score", "--metric", "nps", "--file", "x.csv", "--column", "q", "--db", "x"))
                .isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains("--journey");
        assertThat(cxw("score", "--journey", journey.toString(), "--by", "touchpoint,colour"))
                .isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains("colour");
        assertThat(cxw("score", "--journey", journey.toString(), "--from", "yesterday")).isEqualTo(ExitCode.USAGE);
        assertThat(cxw("score", "--journey", journey.toString(), "--db", dir.resolve("none").toString()))
                .isEqualTo(ExitCode.FAILURE);
        assertThat(err().lines().toList()).hasSize(1);
        assertThat(err()).contains("no results database");
        assertThat(dir.resolve("none")).doesNotExist();
        assertThat(cxw("generate", "--journey", journey.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains("--out");
        assertThat(cxw("generate", "--journey", journey.toString(), "--out", dir.resolve("a.csv").toString(),
                "--rows", "many")).isEqualTo(ExitCode.USAGE);
    }
}
