package org.cxworkbench.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast column pass against the full reader on the same files: where it reads a file, it reads the cells the full
 * reader reads, in chunks small enough to split rows, quotes, CR LF and UTF-8 characters; where it cannot be sure, it
 * says so instead of reading something else. (In the package of {@link CsvColumns} for its chunked variant.)
 */
class CsvColumnsTest {

    @TempDir
    Path folder;

    /** A file every part of which the fast pass handles: quotes, separators and line breaks in quotes, CR, CR LF. */
    private static final String TRICKY = "\uFEFFid;kosketuspiste;arvosana;kommentti\r\n"
            + "1;Myymälä;9;Hyvä palvelu\r\n"
            + "2;\"Verkko;kauppa\";6;\"Toimitus kesti \"\"liian\"\" kauan\r\nja tuote oli väärä\"\r\n"
            + "\r\n"
            + "3;Puhelin;10;€ ja 😀\n"
            + "4;;;\n"
            + "5;Myymälä\r"
            + "6;\"\";  ;\"\"\n"
            + "\"\"\n"
            + "7;Chat;8;";

    @Test
    void readsTheCellsTheFullReaderReads() throws IOException {
        Path file = folder.resolve("tricky.csv");
        Files.writeString(file, TRICKY, StandardCharsets.UTF_8);
        List<List<String>> expected = full(file, List.of("kosketuspiste", "arvosana", "kommentti", "id"));
        assertThat(expected).hasSize(7);
        assertThat(expected.get(1)).containsExactly("Verkko;kauppa", "6",
                "Toimitus kesti \"liian\" kauan\r\nja tuote oli väärä", "2");
        for (int chunk : new int[] { 1, 2, 3, 5, 7, 16, 64, 1 << 20 }) {
            assertThat(fast(file, new int[] { 1, 2, 3, 0 }, chunk)).as("chunk " + chunk).isEqualTo(expected);
        }
    }

    @Test
    void readsAGeneratedFileLikeTheFullReaderWhateverTheChunk() throws IOException {
        Random random = new Random(16);
        String[] points = { "Website", "Store visit", "Myymälä", "\"Chat, live\"", "Käynti ääkkösin", "" };
        StringBuilder text = new StringBuilder("respondent,touchpoint,score,weight\n");
        for (int i = 0; i < 5000; i++) {
            text.append('R').append(i).append(',').append(points[random.nextInt(points.length)]).append(',');
            int score = random.nextInt(12);
            text.append(score == 11 ? "" : String.valueOf(score)).append(',');
            text.append(random.nextInt(4) == 0 ? "" : "1." + random.nextInt(100));
            text.append(random.nextInt(3) == 0 ? "\r\n" : "\n");
        }
        Path file = folder.resolve("generated.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        List<List<String>> expected = full(file, List.of("score", "touchpoint", "weight"));
        assertThat(expected).hasSize(5000);
        for (int chunk : new int[] { 13, 100, 4096, 1 << 20 }) {
            assertThat(fast(file, new int[] { 2, 1, 3 }, chunk)).as("chunk " + chunk).isEqualTo(expected);
        }
    }

    @Test
    void givesUpWhereTheFullReaderWouldReportAProblem() throws IOException {
        // a byte that is not UTF-8, a NUL, a cell beyond the header, a quote never closed, text after a quote
        assertGivesUp(new byte[] { 'a', ',', 'b', '\n', '1', ',', (byte) 0xE4, '\n' });
        assertGivesUp("a,b\n1,2\n3,\u00002\n".getBytes(StandardCharsets.UTF_8));
        assertGivesUp("a,b\n1,2\n3,4,\n".getBytes(StandardCharsets.UTF_8));
        assertGivesUp("a,b\n1,\"2\n3,4\n".getBytes(StandardCharsets.UTF_8));
        assertGivesUp("a,b\n1,\"2\"x\n".getBytes(StandardCharsets.UTF_8));
        // an overlong encoding and a surrogate written as UTF-8 are not UTF-8 either
        assertGivesUp(new byte[] { 'a', ',', 'b', '\n', '1', ',', (byte) 0xC0, (byte) 0xAF, '\n' });
        assertGivesUp(new byte[] { 'a', ',', 'b', '\n', '1', ',', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n' });
    }

    @Test
    void leavesOtherEncodingsToTheFullReader() throws IOException {
        Path file = folder.resolve("latin.csv");
        Files.write(file, "a;b\n1;Myymälä\n".getBytes(StandardCharsets.ISO_8859_1));
        SurveyFormat format = new SurveyFormat(Charset.forName("windows-1252"), ';', '.', Dialect.GENERIC);
        assertThat(CsvColumns.scan(file, format, 1, 2, new int[] { 1 }, row -> true)).isFalse();
    }

    @Test
    void stopsWhenTheVisitorDeclines() throws IOException {
        Path file = folder.resolve("three.csv");
        Files.writeString(file, "a\n1\n2\n3\n", StandardCharsets.UTF_8);
        List<String> seen = new ArrayList<>();
        SurveyFormat format = new SurveyFormat(StandardCharsets.UTF_8, ',', '.', Dialect.GENERIC);
        boolean read = CsvColumns.scan(file, format, 1, 1, new int[] { 0 }, row -> {
            seen.add(row.text(0));
            return seen.size() < 2;
        });
        assertThat(read).isFalse();
        assertThat(seen).containsExactly("1", "2");
    }

    private void assertGivesUp(byte[] bytes) throws IOException {
        Path file = folder.resolve("broken.csv");
        Files.write(file, bytes);
        SurveyFormat format = new SurveyFormat(StandardCharsets.UTF_8, ',', '.', Dialect.GENERIC);
        for (int chunk : new int[] { 1, 3, 1 << 20 }) {
            assertThat(CsvColumns.scan(file, format, 1, 2, new int[] { 1 }, row -> true, chunk))
                    .as(new String(bytes, StandardCharsets.ISO_8859_1) + " in chunks of " + chunk).isFalse();
        }
    }

    /** The cells of {@code columns} as the full reader gives them, {@code null} for a cell the row does not have. */
    private static List<List<String>> full(Path file, List<String> columns) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (SurveyReader reader = SurveyReaders.open(file)) {
            reader.forEach(row -> rows.add(columns.stream().map(c -> row.values().get(c)).toList()));
        }
        return rows;
    }

    private static List<List<String>> fast(Path file, int[] columns, int chunk) throws IOException {
        SurveyFormat format = new Sniffer().sniff(file);
        List<List<String>> rows = new ArrayList<>();
        int width;
        try (SurveyReader reader = SurveyReaders.open(file)) {
            width = reader.headers().size();
        }
        boolean read = CsvColumns.scan(file, format, 1, width, columns, row -> {
            String[] cells = new String[columns.length];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = row.text(i);
            }
            rows.add(Arrays.asList(cells));
            return true;
        }, chunk);
        assertThat(read).as("read in chunks of " + chunk).isTrue();
        return rows;
    }
}
