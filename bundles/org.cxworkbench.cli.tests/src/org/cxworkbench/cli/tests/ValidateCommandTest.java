package org.cxworkbench.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cxworkbench.cli.ExitCode;
import org.cxworkbench.core.journey.SampleJourneys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cxw validate}: output in both formats, exit codes, and one-line errors for files that cannot be read. */
class ValidateCommandTest {

    @TempDir
    Path dir;

    /** Runs add up: a test may check the lines of several. */
    private final CxwRunner cxw = new CxwRunner().keepingOutput();

    private int cxw(String... args) {
        return cxw.run(args);
    }

    private String out() {
        return cxw.out();
    }

    private String err() {
        return cxw.err();
    }

    @Test
    void aCleanSampleExitsZero() throws IOException {
        Path file = SampleJourneys.copyTo(SampleJourneys.RETAIL_B2C, dir);
        assertThat(cxw("validate", file.toString())).isEqualTo(ExitCode.OK);
        assertThat(out()).isEqualTo("retail-b2c.journey: 0 error(s), 0 warning(s)\n");
        assertThat(err()).isEmpty();
    }

    /** The B2B sample with one touchpoint taken out of its stage and a moment of truth no one measures. */
    private Path broken() throws IOException {
        Path file = SampleJourneys.copyTo(SampleJourneys.SERVICE_B2B, dir);
        String text = Files.readString(file);
        text = text.replaceFirst("(<touchpoints [^>]*name=\"Case studies\"[^>]*?) stage=\"[^\"]+\"", "$1");
        text = text.replaceFirst("(<touchpoints [^>]*name=\"Service portal\"[^>]*?)/>",
                "$1 momentOfTruth=\"true\"/>");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void errorsAndWarningsAreListedAndErrorsExitOne() throws IOException {
        Path file = broken();
        assertThat(cxw("validate", file.toString())).isEqualTo(ExitCode.FAILURE);
        assertThat(out().lines()).hasSize(3);
        assertThat(out().lines().toList().get(0)).startsWith("error\tTouchpoint 'Case studies' [")
                .endsWith("]\tTouchpoint 'Case studies' is in no stage");
        assertThat(out().lines().toList().get(1)).startsWith("warning\tTouchpoint 'Service portal' [")
                .endsWith("is a moment of truth but has no measurement point");
        assertThat(out().lines().toList().get(2)).isEqualTo("service-b2b.journey: 1 error(s), 1 warning(s)");
    }

    @Test
    void measurementPointsAreCheckedAgainstTheRegisteredMetrics() throws IOException {
        // Both samples name only built-in metrics on the scales they accept (the clean-sample test above), so a
        // typo in a metric id is the one error here: the id must name a metric of the running registry.
        Path file = SampleJourneys.copyTo(SampleJourneys.SERVICE_B2B, dir);
        Files.writeString(file, Files.readString(file).replaceFirst("metricId=\"ces7\"", "metricId=\"ces9\""));
        assertThat(cxw("validate", file.toString())).isEqualTo(ExitCode.FAILURE);
        assertThat(out()).contains("error\tMeasurementPoint 'CES onboarding' [")
                .contains("names metric 'ces9', which is not registered")
                .endsWith("service-b2b.journey: 1 error(s), 0 warning(s)\n");
    }

    @Test
    void warningsAloneExitZero() throws IOException {
        Path file = SampleJourneys.copyTo(SampleJourneys.SERVICE_B2B, dir);
        Files.writeString(file, Files.readString(file).replaceFirst(
                "(<touchpoints [^>]*name=\"Service portal\"[^>]*?)/>", "$1 momentOfTruth=\"true\"/>"));
        assertThat(cxw("validate", file.toString())).isEqualTo(ExitCode.OK);
        assertThat(out()).contains("0 error(s), 1 warning(s)");
    }

    @Test
    void jsonFormat() throws IOException {
        Path file = broken();
        assertThat(cxw("validate", "--format", "json", file.toString())).isEqualTo(ExitCode.FAILURE);
        assertThat(out()).startsWith("{\"file\":\"" + file + "\",\"formatVersion\":\"1.0\",\"errors\":1,"
                + "\"warnings\":1,\"diagnostics\":[\n  {\"severity\":\"error\",\"elementType\":\"Touchpoint\","
                + "\"elementId\":\"").contains("\"elementName\":\"Case studies\"",
                        "\"message\":\"Touchpoint 'Case studies' is in no stage\"}", "\"severity\":\"warning\"")
                .endsWith("}\n]}\n");
        cxw.reset();
        assertThat(cxw("validate", "--format=json", SampleJourneys.copyTo(SampleJourneys.RETAIL_B2C,
                dir.resolve("clean")).toString())).isEqualTo(ExitCode.OK);
        assertThat(out()).endsWith("\"errors\":0,\"warnings\":0,\"diagnostics\":[]}\n");
    }

    @Test
    void aMissingFileIsOneLineAndExitOne() {
        assertThat(cxw("validate", dir.resolve("nowhere.journey").toString())).isEqualTo(ExitCode.FAILURE);
        assertThat(out()).isEmpty();
        assertThat(err()).isEqualTo("cxw validate: nowhere.journey: no such file\n");
    }

    @Test
    void aDamagedFileIsOneLineWithItsLineNumberAndExitOne() throws IOException {
        Path file = SampleJourneys.copyTo(SampleJourneys.RETAIL_B2C, dir);
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 3));
        assertThat(cxw("validate", file.toString())).isEqualTo(ExitCode.FAILURE);
        assertThat(err().lines()).singleElement().asString().matches(
                "cxw validate: retail-b2c\\.journey:\\d+:\\d+: damaged XML: .*");
        assertThat(Files.readAllBytes(file)).hasSize(whole.length / 3);
    }

    @Test
    void aDoctypeIsRefusedInOneLineAndNoEntityIsResolved() throws IOException {
        Path secret = Files.createTempFile("cxw-secret", ".txt");
        try {
            Files.writeString(secret, "TOP-SECRET-CONTENT");
            String[] doctypes = {"<!DOCTYPE xmi:XMI [<!ENTITY shop \"Injected shop\">]>",
                    "<!DOCTYPE xmi:XMI [<!ENTITY shop SYSTEM \"" + secret.toUri() + "\">]>"};
            for (String doctype : doctypes) {
                Path file = SampleJourneys.copyTo(SampleJourneys.RETAIL_B2C, Files.createTempDirectory(dir, "j"));
                String text = Files.readString(file).replaceFirst("\\?>\n", "?>\n" + doctype + "\n");
                Files.writeString(file, text.replaceFirst("(<touchpoints [^>]*?name=\")[^\"]*\"", "$1&shop;\""));
                byte[] before = Files.readAllBytes(file);
                cxw.reset();

                assertThat(cxw("validate", file.toString())).as(doctype).isEqualTo(ExitCode.FAILURE);
                assertThat(out()).isEmpty();
                assertThat(err().lines()).singleElement().asString().startsWith(
                        "cxw validate: retail-b2c.journey:2:1: a journey file may not have a DOCTYPE");
                assertThat(err()).doesNotContain("TOP-SECRET").doesNotContain("Injected");
                assertThat(Files.readAllBytes(file)).isEqualTo(before);
                try (var files = Files.list(file.getParent())) {
                    assertThat(files).containsExactly(file);
                }
            }
        } finally {
            Files.deleteIfExists(secret);
        }
    }

    @Test
    void wrongCommandLinesExitTwo() {
        assertThat(cxw("validate")).isEqualTo(ExitCode.USAGE);
        assertThat(cxw("validate", "a.journey", "b.journey")).isEqualTo(ExitCode.USAGE);
        assertThat(cxw("validate", "--format", "xml", "a.journey")).isEqualTo(ExitCode.USAGE);
        assertThat(cxw("validate", "--strict", "a.journey")).isEqualTo(ExitCode.USAGE);
        assertThat(err().lines()).containsExactly("cxw validate: which journey file? (cxw validate <file.journey>)",
                "cxw validate: one journey file at a time", "cxw validate: unknown format 'xml' (text or json)",
                "cxw validate: unknown option '--strict' (see 'cxw validate --help')");
    }

    @Test
    void helpAndListing() {
        assertThat(cxw("validate", "--help")).isEqualTo(ExitCode.OK);
        assertThat(out()).startsWith("Usage: cxw validate <file.journey> [--format text|json]");
        cxw.reset();
        cxw("--help");
        assertThat(out()).contains("  validate ");
    }
}
