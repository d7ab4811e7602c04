package org.cxworkbench.imports.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.imports.Dialect;
import org.cxworkbench.imports.Numbers;
import org.cxworkbench.imports.Sniffer;
import org.cxworkbench.imports.SurveyFormat;
import org.cxworkbench.imports.SurveyReader;
import org.cxworkbench.imports.SurveyReaders;
import org.cxworkbench.imports.SurveyRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Detection of encoding, separator and decimal mark on files written byte for byte as the tools write them. */
class SnifferTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path folder;

    @Test
    void utf8WithoutBom() throws IOException {
        Path file = write("a.csv", "id,palaute\n1,Hyvä palvelu\n".getBytes(StandardCharsets.UTF_8));
        assertThat(new Sniffer().sniff(file).charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(firstValue(file, "palaute")).isEqualTo("Hyvä palvelu");
    }

    @Test
    void utf8WithBomAndCrlf() throws IOException {
        byte[] text = "id,palaute\r\n1,Ystävällinen\r\n2,Öljy\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Path file = write("bom.csv", withBom);
        assertThat(new Sniffer().sniff(file).charset()).isEqualTo(StandardCharsets.UTF_8);
        try (SurveyReader reader = SurveyReaders.open(file)) {
            assertThat(reader.headers()).containsExactly("id", "palaute");
            List<SurveyRow> rows = rows(reader);
            assertThat(rows).extracting(SurveyRow::lineNumber).containsExactly(2L, 3L);
            assertThat(rows.get(1).value("palaute")).contains("Öljy");
        }
    }

    @Test
    void iso88591WithoutBytesInTheWindowsRange() throws IOException {
        Path file = write("latin1.csv", "id;svar\n1;Smörgåsbord är gott\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(new Sniffer().sniff(file).charset()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(firstValue(file, "svar")).isEqualTo("Smörgåsbord är gott");
    }

    @Test
    void windows1252WhenABytePrintsOnlyThere() throws IOException {
        // the euro sign and typographic quotes sit at 0x80 and 0x93/0x94 in Windows-1252 only
        Path file = write("cp1252.csv", "id;palaute\n1;Hinta 5 € – “liian kallis”\n".getBytes(WINDOWS_1252));
        assertThat(new Sniffer().sniff(file).charset()).isEqualTo(WINDOWS_1252);
        assertThat(firstValue(file, "palaute")).isEqualTo("Hinta 5 € – “liian kallis”");
    }

    @Test
    void detectsEachSeparatorHonouringQuotes() throws IOException {
        assertThat(format("comma.csv", "id,score,comment\n1,9,\"fine; really\"\n2,7,ok\n").separator())
                .isEqualTo(',');
        assertThat(format("semi.csv", "id;score;comment\n1;9;\"fine, really\"\n2;7;ok\n").separator())
                .isEqualTo(';');
        assertThat(format("tab.tsv", "id\tscore\tcomment\n1\t9\tfine, really; yes\n2\t7\tok\n").separator())
                .isEqualTo('\t');
    }

    @Test
    void decimalCommaFromTheDataAndFromTheSeparator() throws IOException {
        SurveyFormat finnish = format("fi.csv", "Vastaaja;CES\n1;4,5\n2;3\n");
        assertThat(finnish.separator()).isEqualTo(';');
        assertThat(finnish.decimalMark()).isEqualTo(',');
        // a quoted decimal comma in a comma file
        assertThat(format("quoted.csv", "id,CES\n1,\"4,5\"\n2,\"2,25\"\n").decimalMark()).isEqualTo(',');
        assertThat(format("point.csv", "id;CES\n1;4.5\n2;2.25\n").decimalMark()).isEqualTo('.');
        // no decimals at all: ';' files come from decimal-comma countries, ',' files do not
        assertThat(format("ints.csv", "id;NPS\n1;9\n").decimalMark()).isEqualTo(',');
        assertThat(format("ints2.csv", "id,NPS\n1,9\n").decimalMark()).isEqualTo('.');
        // a single column of decimal-comma answers is not split at its commas
        SurveyFormat single = format("single.csv", "CES\n4,5\n3\n2,25\n");
        assertThat(single.separator()).isEqualTo(';');
        assertThat(single.decimalMark()).isEqualTo(',');
    }

    @Test
    void numbersReadTheDecimalMark() {
        assertThat(Numbers.parse("4,5", ',')).contains(4.5);
        assertThat(Numbers.parse(" -0,25 ", ',')).contains(-0.25);
        assertThat(Numbers.parse("4.5", ',')).contains(4.5);
        assertThat(Numbers.parse("4,5", '.')).isEmpty();
        assertThat(Numbers.parse("", ',')).isEmpty();
        assertThat(Numbers.normalize("4,5", ',')).isEqualTo("4.5");
        assertThat(Numbers.normalize("Hyvä, kiitos", ',')).isEqualTo("Hyvä, kiitos");
        assertThat(Numbers.normalize("4,5", '.')).isEqualTo("4,5");
    }

    @Test
    void whatTheUserSetIsKeptAndTheRestDetected() throws IOException {
        Path file = write("o.csv", "Vastaaja;CES\n1;4,5\n".getBytes(StandardCharsets.ISO_8859_1));
        SurveyFormat format = new Sniffer().charset(StandardCharsets.UTF_8).dialect(Dialect.GENERIC).sniff(file);
        assertThat(format.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(format.dialect()).isEqualTo(Dialect.GENERIC);
        assertThat(format.separator()).isEqualTo(';');
        assertThat(format.withDecimalMark('.').decimalMark()).isEqualTo('.');
        assertThat(new Sniffer().separator(',').sniff(file).separator()).isEqualTo(',');
    }

    private SurveyFormat format(String name, String text) throws IOException {
        return new Sniffer().sniff(write(name, text.getBytes(StandardCharsets.UTF_8)));
    }

    private String firstValue(Path file, String column) throws IOException {
        try (SurveyReader reader = SurveyReaders.open(file)) {
            return reader.iterator().next().value(column).orElseThrow();
        }
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }

    static List<SurveyRow> rows(SurveyReader reader) {
        List<SurveyRow> rows = new ArrayList<>();
        reader.forEach(rows::add);
        return rows;
    }
}
