package org.cxworkbench.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cxworkbench.cli.ExitCode;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.store.ColumnMapping;
import org.cxworkbench.text.CommentProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cxw import} and {@code cxw comments} on a real embedded database: comments in Finnish, Swedish and English,
 * the expected figures counted from the file by hand.
 */
class CommentsCommandTest {

    private static final String NPS = "78877913-111a-4334-8590-ca6fd2970f18";
    private static final String CSAT = "b5a420cd-f87c-4f55-a0aa-bb9bde4d8812";

    /** NPS detractors r1 r2 r3 r8, passive r7, promoters r4 r5 r6; chat (CSAT) comments of r1 (2) and r4 (5). */
    private static final String CSV = """
            id,time,segment,language,nps,why,csat,chat
            r1,2026-01-10 10:00,Current customers,fi,2,Toimitus oli myöhässä ja kuljettaja oli tyly,2,Chat oli hidas
            r2,2026-01-12 10:00,Current customers,,3,Delivery was late and the driver was rude,,
            r3,2026-01-15 10:00,Lapsed customers,sv,1,Leveransen var försenad och chauffören otrevlig,,
            r4,2026-02-03 10:00,Current customers,en,10,Friendly staff and fast delivery,5,Helpful chat
            r5,2026-02-05 10:00,Current customers,,9,Ystävällinen henkilökunta ja nopea toimitus,,
            r6,2026-02-08 10:00,Prospects,,10,Vänlig personal och snabb leverans,,
            r7,2026-02-10 10:00,Current customers,en,8,Prices are ok,,
            r8,2026-03-01 10:00,Lapsed customers,fi,0,"Myöhässä taas, toimitus myöhässä",,
            """;

    @TempDir
    Path dir;

    private final CxwRunner cxw = new CxwRunner();
    private Path journey;
    private Path db;

    @BeforeEach
    void importComments() throws Exception {
        journey = SampleJourneys.copyTo(SampleJourneys.RETAIL_B2C, dir);
        Path csv = dir.resolve("comments.csv");
        Files.writeString(csv, CSV, StandardCharsets.UTF_8);
        Path mapping = dir.resolve("comments.mapping");
        new ColumnMapping(Map.of("nps", NPS, "csat", CSAT), Map.of("why", NPS, "chat", CSAT),
                Map.of(ColumnMapping.RESPONDENT, "id", ColumnMapping.TIME, "time", ColumnMapping.SEGMENT, "segment",
                        ColumnMapping.LANGUAGE, "language")).save(mapping);
        db = dir.resolve("results");
        assertThat(cxw.run("import", csv.toString(), "--journey", journey.toString(), "--mapping",
                mapping.toString(), "--db", db.toString())).as(cxw.err()).isEqualTo(ExitCode.OK);
        assertThat(cxw.out()).contains("8 rows stored");
    }

    /** The JSON rows of cxw's output: one flat object per line. */
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

    private static String finnishStem(String word) {
        try (CommentProcessor processor = new CommentProcessor(Map.of(), "fi")) {
            return processor.process(word, "fi").terms().get(0);
        }
    }

    private static Map<String, String> row(List<Map<String, String>> rows, String kind, String group, String rank) {
        return rows.stream().filter(r -> r.get("kind").equals(kind) && r.get("group").equals(group)
                && (rank == null || rank.equals(r.get("rank")))).findFirst().orElseThrow();
    }

    @Test
    void keywordsAndSentimentByScoreGroup() {
        assertThat(cxw.run("comments", "--journey", journey.toString(), "--db", db.toString(), "--top", "2",
                "--format", "json")).as(cxw.err()).isEqualTo(ExitCode.OK);
        List<Map<String, String>> rows = json(cxw.out());

        // "myöhässä" three times in detractors' comments (r1 once, r8 twice), in no other comment
        Map<String, String> first = row(rows, "keyword", "detractor", "1");
        // shown as written ("Myöhässä", "myöhässä": lower-cased), the stem beside it
        assertThat(first.get("term")).isEqualTo("myöhässä");
        assertThat(first.get("stem")).isEqualTo(finnishStem("myöhässä"));
        assertThat(first.get("count")).isEqualTo("3");
        assertThat(first.get("comments")).isEqualTo("2");
        assertThat(first.get("other_count")).isEqualTo("0");
        assertThat(Double.parseDouble(first.get("z"))).isPositive();
        assertThat(rows.stream().filter(r -> r.get("kind").equals("keyword") && r.get("group").equals("detractor")))
                .hasSize(2);

        Map<String, String> detractors = row(rows, "sentiment", "detractor", null);
        assertThat(detractors.get("comments")).isEqualTo("4");
        assertThat(detractors.get("negative")).isEqualTo("1");
        assertThat(row(rows, "sentiment", "promoter", null).get("positive")).isEqualTo("1");
        assertThat(row(rows, "sentiment", "passive", null).get("neutral")).isEqualTo("1");
        assertThat(rows.stream().filter(r -> r.get("kind").equals("sentiment")).map(r -> r.get("group")))
                .containsExactly("detractor", "low", "passive", "promoter", "high");
    }

    @Test
    void byPeriodAndFilteredByTouchpointSegmentAndDates() {
        assertThat(cxw.run("comments", "--journey", journey.toString(), "--db", db.toString(), "--by", "period",
                "--format", "csv")).as(cxw.err()).isEqualTo(ExitCode.OK);
        List<String> lines = cxw.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("kind,group,rank,term,count,comments,other_count,delta,z,positive,"
                + "neutral,negative,stem");
        assertThat(lines).filteredOn(l -> l.startsWith("sentiment,")).extracting(l -> l.split(",")[1] + " "
                + l.split(",")[5]).containsExactly("2026-01 4", "2026-02 5", "2026-03 1");

        // the chat's two comments are both of current customers: one group, counts without log-odds
        assertThat(cxw.run("comments", "--journey", journey.toString(), "--db", db.toString(), "--touchpoint",
                "Customer service chat", "--by", "segment", "--format", "json")).as(cxw.err()).isEqualTo(ExitCode.OK);
        List<Map<String, String>> chat = json(cxw.out());
        assertThat(row(chat, "sentiment", "Current customers", null).get("comments")).isEqualTo("2");
        Map<String, String> top = row(chat, "keyword", "Current customers", "1");
        assertThat(top.get("term")).isEqualTo("chat");
        assertThat(top.get("stem")).isEqualTo("chat");
        assertThat(top.get("count")).isEqualTo("2");
        assertThat(top.get("z")).isEqualTo("null");

        assertThat(cxw.run("comments", "--journey", journey.toString(), "--db", db.toString(), "--segment",
                "Lapsed customers", "--from", "2026-02", "--to", "2026-03", "--format", "csv")).isEqualTo(ExitCode.OK);
        // r8 alone (the keyword rows' stem column, last, stands empty in a sentiment row)
        assertThat(cxw.out().lines().filter(l -> l.startsWith("sentiment,"))).containsExactly(
                "sentiment,detractor,,,,1,,,,0,0,1,");
    }

    @Test
    void wrongCommandLinesAndStoresFailInOneLine() {
        assertThat(cxw.run("comments", "--journey", journey.toString(), "--db", db.toString(), "--by", "channel"))
                .isEqualTo(ExitCode.USAGE);
        assertThat(cxw.err()).isEqualTo("cxw comments: option --by: \"channel\" is not score-group, segment or"
                + " period\n");
        assertThat(cxw.run("comments", "--db", db.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(cxw.err()).isEqualTo("cxw comments: option --journey is required\n");
        assertThat(cxw.run("comments", "--journey", journey.toString(), "--db", db.toString(), "--top", "0"))
                .isEqualTo(ExitCode.USAGE);
        assertThat(cxw.err()).isEqualTo("cxw comments: option --top: \"0\" is not a whole number of at least 1\n");
        assertThat(cxw.run("comments", "--journey", journey.toString(), "--db", db.toString(), "--touchpoint",
                "Teleportation")).isEqualTo(ExitCode.FAILURE);
        assertThat(cxw.err()).isEqualTo("cxw comments: the journey has no touchpoint \"Teleportation\"\n");
        Path none = dir.resolve("nothing-here");
        assertThat(cxw.run("comments", "--journey", journey.toString(), "--db", none.toString()))
                .isEqualTo(ExitCode.FAILURE);
        assertThat(cxw.err()).startsWith("cxw comments: no results database at " + none).hasLineCount(1);
    }
}
