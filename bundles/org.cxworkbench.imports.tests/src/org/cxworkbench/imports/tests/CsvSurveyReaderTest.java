package org.cxworkbench.imports.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.imports.SurveyReader;
import org.cxworkbench.imports.SurveyReaders;
import org.cxworkbench.imports.SurveyRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commons CSV inside OSGi, through our reader: separators, Nordic letters, multi-line answers, line numbers. */
class CsvSurveyReaderTest {

    /** A Finnish export: {@code ;} separated, one answer spanning two lines, and a blank line before the last row. */
    private static final String EXPORT = """
            Vastaaja;Kosketuspiste;Arvosana;Kommentti
            1;Myymälä;9;Hyvä palvelu
            2;Verkkokauppa;6;"Toimitus kesti; liian kauan
            ja tuote oli väärä"
            3;Puhelin;10;Ystävällinen, nopea

            4;Myymälä;;""
            """;

    @TempDir
    Path folder;

    @Test
    void readsASemicolonSeparatedUtf8FileWithItsLineNumbers() throws IOException {
        Path file = folder.resolve("vastaukset.csv");
        Files.writeString(file, EXPORT, StandardCharsets.UTF_8);

        List<SurveyRow> rows = new ArrayList<>();
        try (SurveyReader reader = SurveyReaders.csv(file, StandardCharsets.UTF_8, ';')) {
            assertThat(reader.headers()).containsExactly("Vastaaja", "Kosketuspiste", "Arvosana", "Kommentti");
            reader.forEach(rows::add);
        }

        assertThat(rows.stream().map(SurveyRow::lineNumber)).containsExactly(2L, 3L, 5L, 7L);
        assertThat(rows.get(0).value("Kosketuspiste")).contains("Myymälä");
        assertThat(rows.get(0).value("Kommentti")).contains("Hyvä palvelu");
        // the separator inside quotes is text, and the quoted line break is kept; the row is reported at line 3,
        // where it starts, not at line 4 where the parser finished it
        assertThat(rows.get(1).value("Kommentti")).contains("Toimitus kesti; liian kauan\nja tuote oli väärä");
        assertThat(rows.get(2).value("Kommentti")).contains("Ystävällinen, nopea");
        // an unanswered question is empty whether the cell is blank or an empty quoted string
        assertThat(rows.get(3).value("Arvosana")).isEmpty();
        assertThat(rows.get(3).value("Kommentti")).isEmpty();
        assertThat(rows.get(3).values()).containsKeys("Arvosana", "Kommentti");
    }

    @Test
    void ignoresTheByteOrderMarkExcelWritesBeforeTheHeader() throws IOException {
        try (SurveyReader reader = SurveyReaders.csv(new StringReader("\uFEFFid,score\r\n7,9\r\n"), ',')) {
            assertThat(reader.headers()).containsExactly("id", "score");
            SurveyRow row = reader.iterator().next();
            assertThat(row.lineNumber()).isEqualTo(2);
            assertThat(row.value("id")).contains("7");
        }
    }

    @Test
    void aShortRowLacksTheMissingColumns() throws IOException {
        try (SurveyReader reader = SurveyReaders.csv(new StringReader("id;score;comment\n1;8\n"), ';')) {
            SurveyRow row = reader.iterator().next();
            assertThat(row.values()).containsOnlyKeys("id", "score");
            assertThat(row.value("comment")).isEmpty();
        }
    }

    @Test
    void aQuoteNeverClosedIsReportedWithTheLineItStartsOn() throws IOException {
        try (SurveyReader reader = SurveyReaders.csv(new StringReader("id;comment\n1;ok\n2;\"never closed\n\n"), ';')) {
            var rows = reader.iterator();
            assertThat(rows.next().lineNumber()).isEqualTo(2);
            assertThatThrownBy(rows::hasNext).isInstanceOf(UncheckedIOException.class).hasMessageStartingWith("line 3: ");
        }
    }

    @Test
    void anEmptyFileHasNoHeaderAndIsRefused() {
        assertThatThrownBy(() -> SurveyReaders.csv(new StringReader(""), ';')).isInstanceOf(IOException.class)
                .hasMessageContaining("no header row");
    }

    @Test
    void twoColumnsWithTheSameHeaderAreRefused() {
        assertThatThrownBy(() -> SurveyReaders.csv(new StringReader("id;score;score\n1;2;3\n"), ';'))
                .isInstanceOf(IOException.class).hasMessageContaining("score");
    }

    @Test
    void aReaderStreamsOnlyOnce() throws IOException {
        try (SurveyReader reader = SurveyReaders.csv(new StringReader("id\n1\n"), ';')) {
            reader.iterator();
            assertThatThrownBy(reader::iterator).isInstanceOf(IllegalStateException.class);
        }
    }
}
