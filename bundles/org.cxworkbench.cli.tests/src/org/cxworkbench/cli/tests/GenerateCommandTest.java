package org.cxworkbench.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cxworkbench.cli.ExitCode;
import org.cxworkbench.core.journey.SampleJourneys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cxw generate}: which existing files it replaces (only its own CSV and mappings) and which it refuses. */
class GenerateCommandTest {

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

    private String err() {
        return cxw.err();
    }

    @Test
    void itsOwnJourneyFileIsRefusedAndLeftUntouched() throws Exception {
        byte[] before = Files.readAllBytes(journey);
        assertThat(cxw("generate", "--journey", journey.toString(), "--out", journey.toString(), "--rows", "10"))
                .isEqualTo(ExitCode.FAILURE);
        assertThat(err()).isEqualTo("cxw generate: will not write over " + journey + ": it is the journey file\n");
        assertThat(Files.readAllBytes(journey)).isEqualTo(before);

        Path out = dir.resolve("answers.csv");
        assertThat(cxw("generate", "--journey", journey.toString(), "--out", out.toString(), "--mapping",
                journey.toString(), "--rows", "10")).isEqualTo(ExitCode.FAILURE);
        assertThat(err()).isEqualTo("cxw generate: will not write over " + journey + ": it is the journey file\n");
        assertThat(Files.readAllBytes(journey)).isEqualTo(before);
        assertThat(out).doesNotExist();
    }

    @Test
    void anExistingFileThatItDidNotWriteIsRefusedAndNothingIsWritten() throws Exception {
        Path export = dir.resolve("november.csv");
        String survey = "Response ID;Timestamp;Segment;NPS\nr1;2026-11-02;Members;9\n";
        Files.writeString(export, survey, StandardCharsets.UTF_8);
        assertThat(cxw("generate", "--journey", journey.toString(), "--out", export.toString(), "--rows", "10"))
                .isEqualTo(ExitCode.FAILURE);
        assertThat(err()).isEqualTo("cxw generate: will not replace " + export + ": it is not a CSV file that cxw"
                + " generate wrote (its first line is not a generated header); name another --out, or move the"
                + " file away first\n");
        assertThat(Files.readString(export, StandardCharsets.UTF_8)).isEqualTo(survey);
        assertThat(dir.resolve("november.mapping")).doesNotExist();

        // another journey's file, even with a .csv name
        Path other = SampleJourneys.copyTo(SampleJourneys.RETAIL_B2C, dir.resolve("other"));
        Path disguised = dir.resolve("journey.csv");
        Files.copy(other, disguised);
        assertThat(cxw("generate", "--journey", journey.toString(), "--out", disguised.toString(), "--rows", "10"))
                .isEqualTo(ExitCode.FAILURE);
        assertThat(Files.readAllBytes(disguised)).isEqualTo(Files.readAllBytes(other));

        // a mapping that cxw did not write
        Path out = dir.resolve("answers.csv");
        Path notes = dir.resolve("notes.mapping");
        Files.writeString(notes, "answer.NPS=my own notes\n", StandardCharsets.UTF_8);
        assertThat(cxw("generate", "--journey", journey.toString(), "--out", out.toString(), "--mapping",
                notes.toString(), "--rows", "10")).isEqualTo(ExitCode.FAILURE);
        assertThat(err()).isEqualTo("cxw generate: will not replace " + notes + ": it is not a mapping that cxw"
                + " wrote; name another --mapping, or move the file away first\n");
        assertThat(out).doesNotExist();
        assertThat(cxw("generate", "--journey", journey.toString(), "--out", out.toString(), "--mapping",
                out.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(out).doesNotExist();
    }

    @Test
    void itsOwnCsvAndMappingAreReplaced() throws Exception {
        Path out = dir.resolve("answers.csv");
        assertThat(cxw("generate", "--journey", journey.toString(), "--out", out.toString(), "--rows", "10"))
                .as(err()).isEqualTo(ExitCode.OK);
        assertThat(cxw("generate", "--journey", journey.toString(), "--out", out.toString(), "--rows", "20",
                "--seed", "2")).as(err()).isEqualTo(ExitCode.OK);
        assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).hasSize(21);
        // a B2B journey's header has an Account column; an empty generated file (no rows) is still its own
        Path b2b = SampleJourneys.copyTo(SampleJourneys.SERVICE_B2B, dir.resolve("b2b"));
        assertThat(cxw("generate", "--journey", b2b.toString(), "--out", out.toString(), "--rows", "0"))
                .as(err()).isEqualTo(ExitCode.OK);
        assertThat(Files.readAllLines(out, StandardCharsets.UTF_8).get(0)).contains(",Account,");
        assertThat(cxw("generate", "--journey", journey.toString(), "--out", out.toString(), "--rows", "5"))
                .as(err()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(dir.resolve("answers.mapping")))
                .startsWith("#CX Workbench column mapping");
    }
}
