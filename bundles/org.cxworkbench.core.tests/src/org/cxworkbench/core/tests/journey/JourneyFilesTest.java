package org.cxworkbench.core.tests.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;

import org.cxworkbench.core.journey.JourneyDocument;
import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.JourneyLoadException;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.model.journey.Stage;
import org.cxworkbench.model.notation.Diagram;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving and loading journey files: round trip, backups, and the errors users see for broken files. */
class JourneyFilesTest {

    @TempDir
    Path dir;

    @Test
    void everyFeatureOfBothPackagesRoundTrips() throws IOException {
        Journey journey = TestJourneys.everything();
        Diagram diagram = TestJourneys.layout(journey);
        Journey expectedJourney = EcoreUtil.copy(journey);
        JourneyFiles.create(dir.resolve("all.journey"), journey, diagram);

        JourneyDocument loaded = JourneyFiles.load(dir.resolve("all.journey"));

        assertThat(loaded.formatVersion()).isEqualTo("1.0");
        assertThat(loaded.migrated()).isFalse();
        assertThat(loaded.resource().getContents()).hasSize(2);
        assertThat(EcoreUtil.equals(loaded.journey(), journey)).isTrue();
        assertThat(EcoreUtil.equals(loaded.diagram().orElseThrow(), diagram)).isTrue();
        // ids are kept exactly (copies keep them too: they are attributes)
        assertThat(loaded.journey().getId()).isEqualTo(expectedJourney.getId());
        assertThat(loaded.journey().getTouchpoints()).extracting(t -> t.getId())
                .containsExactlyElementsOf(journey.getTouchpoints().stream().map(t -> t.getId()).toList());
        // the loop onto itself, and the transient side of stage membership rebuilt from the touchpoints
        assertThat(loaded.journey().getPaths()).anySatisfy(p -> assertThat(p.getFrom()).isSameAs(p.getTo()));
        Stage buy = loaded.journey().getStages().get(1);
        assertThat(buy.getTouchpoints()).extracting(t -> t.getName()).containsExactly("Till", "Stock system",
                "Leaves");
        MeasurementPoint nps = loaded.journey().getMeasurementPoints().get(0);
        assertThat(nps.getQuestions()).extracting(q -> q.getLanguage()).containsExactly("fi", "sv", "en", "de");
        assertThat(nps.getQuestions().get(0).getText()).isEqualTo("Kuinka todennäköisesti suosittelisit meitä?");
        assertThat(nps.getAttachedTo()).isSameAs(loaded.journey());
        assertThat(loaded.diagram().orElseThrow().getElement()).isSameAs(loaded.journey());
    }

    @Test
    void aJourneyWithoutLayoutIsOneRoot() throws IOException {
        JourneyFiles.create(dir.resolve("plain.journey"), TestJourneys.small(), null);
        JourneyDocument loaded = JourneyFiles.load(dir.resolve("plain.journey"));
        assertThat(loaded.diagram()).isEmpty();
        assertThat(Files.readString(dir.resolve("plain.journey"))).contains("http://cxworkbench.org/journey/1.0")
                .doesNotContain("notation");
    }

    @Test
    void savingKeepsThePreviousVersionAsBackup() throws IOException {
        Path file = dir.resolve("small.journey");
        JourneyDocument document = JourneyFiles.create(file, TestJourneys.small(), null);
        String first = Files.readString(file);
        assertThat(JourneyFiles.backupOf(file)).doesNotExist();

        document.journey().setName("Renamed");
        JourneyFiles.save(document);

        assertThat(Files.readString(JourneyFiles.backupOf(file))).isEqualTo(first);
        assertThat(Files.readString(file)).contains("name=\"Renamed\"");
        assertThat(JourneyFiles.load(file).journey().getId()).isEqualTo(document.journey().getId());
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("small.journey", "small.journey.bak");
        }
    }

    @Test
    void aNewFileGetsTheUsualPermissionsAndASavedOneKeepsItsOwn() throws IOException {
        // what the user's umask gives any new file here (0644 with umask 022): a journey is no secret by default
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain.txt")));
        Path file = dir.resolve("team.journey");
        JourneyDocument document = JourneyFiles.create(file, TestJourneys.small(), null);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(usual);

        Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-rw----");
        Files.setPosixFilePermissions(file, shared);
        document.journey().setName("Renamed");
        JourneyFiles.save(document);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(shared);
    }

    @Test
    void createNeverReplacesAnExistingFile() throws IOException {
        Path file = dir.resolve("x.journey");
        Files.writeString(file, "not even XML");
        assertThatThrownBy(() -> JourneyFiles.create(file, TestJourneys.small(), null))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(file)).isEqualTo("not even XML");
    }

    private Path sample() throws IOException {
        return SampleJourneys.copyTo(SampleJourneys.RETAIL_B2C, dir);
    }

    private static void replaceLine(Path file, int line, String from, String to) throws IOException {
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(line - 1)).contains(from);
        lines.set(line - 1, lines.get(line - 1).replace(from, to));
        Files.write(file, lines);
    }

    /** The file and its directory are exactly as before: nothing overwritten, no backup, no temporary file. */
    private void assertUntouched(Path file, byte[] before) throws IOException {
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void damagedXmlNamesFileLineAndProblemAndLeavesTheFileAlone() throws IOException {
        Path file = sample();
        replaceLine(file, 6, "<stages ", "<stages <");
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> JourneyFiles.load(file)).isInstanceOf(JourneyLoadException.class)
                .hasMessageStartingWith("retail-b2c.journey:6:").hasMessageContaining("damaged XML");
        assertThatThrownBy(() -> JourneyFiles.create(file, TestJourneys.small(), null))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertUntouched(file, before);
    }

    @Test
    void aTruncatedFileIsReportedAtItsEnd() throws IOException {
        Path file = sample();
        byte[] whole = Files.readAllBytes(file);
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        Files.write(file, half);
        long lines = new String(half, StandardCharsets.UTF_8).lines().count();

        JourneyLoadException error = catchLoad(file);
        assertThat(error.problems().get(0).line()).isBetween((int) lines - 1, (int) lines + 1);
        assertThat(error.getMessage()).startsWith("retail-b2c.journey:").contains("damaged XML");
        assertUntouched(file, half);
    }

    @Test
    void anUnknownAttributeIsNamedWithItsLine() throws IOException {
        Path file = sample();
        replaceLine(file, 4, " owner=", " colour=");
        JourneyLoadException error = catchLoad(file);
        assertThat(error.getMessage()).startsWith("retail-b2c.journey:4:").contains("'colour'")
                .doesNotContain("file:/");
    }

    @Test
    void aPathToATouchpointThatDoesNotExistIsAnError() throws IOException {
        Path file = sample();
        List<String> lines = Files.readAllLines(file);
        int line = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("<paths ")) {
                line = i + 1;
                lines.set(i, lines.get(i).replaceFirst(" to=\"[^\"]+\"", " to=\"no-such-touchpoint\""));
                break;
            }
        }
        Files.write(file, lines);
        JourneyLoadException error = catchLoad(file);
        assertThat(error.getMessage()).startsWith("retail-b2c.journey:" + line + ":")
                .contains("no-such-touchpoint");
    }

    @Test
    void missingEmptyForeignAndNewerFilesAreOneClearLine() throws IOException {
        assertThat(catchLoad(dir.resolve("nothing.journey")).getMessage())
                .isEqualTo("nothing.journey: no such file");
        Path empty = Files.writeString(dir.resolve("empty.journey"), "");
        assertThat(catchLoad(empty).getMessage()).isEqualTo("empty.journey: the file is empty");
        Path foreign = Files.writeString(dir.resolve("foreign.journey"), "<?xml version=\"1.0\"?><html/>");
        assertThat(catchLoad(foreign).getMessage()).startsWith("foreign.journey: not a CX Workbench journey file");
        Path newer = sample();
        Files.writeString(newer, Files.readString(newer).replace("journey/1.0", "journey/2.0"));
        assertThat(catchLoad(newer).getMessage()).isEqualTo("retail-b2c.journey: written in journey format 2.0, "
                + "newer than this CX Workbench reads (1.0); open it with a newer version");
    }

    /** The sample with a DOCTYPE after the XML declaration and {@code &entity;} as the first touchpoint's name. */
    private Path withDoctype(String doctype, String entity) throws IOException {
        Path file = sample();
        String text = Files.readString(file);
        text = text.replaceFirst("\\?>\n", "?>\n" + doctype + "\n");
        text = text.replaceFirst("(<touchpoints [^>]*?name=\")[^\"]*\"", "$1&" + entity + ";\"");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aDoctypeWithAnInternalEntityIsRefusedWithItsLineAndTheFileIsLeftAlone() throws IOException {
        Path file = withDoctype("<!DOCTYPE xmi:XMI [<!ENTITY shop \"Injected shop\">]>", "shop");
        byte[] before = Files.readAllBytes(file);

        JourneyLoadException error = catchLoad(file);
        assertThat(error.getMessage()).isEqualTo("retail-b2c.journey:2:1: a journey file may not have a DOCTYPE: "
                + "document type declarations and entities are refused, so that reading a journey never reads "
                + "another file (remove the <!DOCTYPE ...> declaration)");
        assertThat(error.problems()).hasSize(1);
        assertUntouched(file, before);
    }

    @Test
    void aDoctypeWithAnExternalEntityIsRefusedAndTheEntityIsNeverRead() throws IOException {
        Path secret = Files.createTempFile("cxw-secret", ".txt");
        try {
            Files.writeString(secret, "TOP-SECRET-CONTENT");
            Path file = withDoctype("<!DOCTYPE xmi:XMI [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]>",
                    "secret");
            // also as element content, where an external entity would be allowed by XML
            Files.writeString(file, Files.readString(file).replaceFirst("(<stages [^>]*?)/>",
                    "$1><description>&secret;</description></stages>"));
            byte[] before = Files.readAllBytes(file);

            JourneyLoadException error = catchLoad(file);
            assertThat(error.getMessage()).startsWith("retail-b2c.journey:2:1: a journey file may not have a DOCTYPE")
                    .doesNotContain("TOP-SECRET");
            assertUntouched(file, before);

            // The parser itself refuses too, for anything that reaches EMF without the check before parsing
            // (a resource set's own load): no DTD is read and no entity is resolved.
            var resources = JourneyFiles.newResourceSet();
            var uri = org.eclipse.emf.common.util.URI.createFileURI(file.toString());
            Throwable refused = org.assertj.core.api.Assertions.catchThrowable(
                    () -> resources.getResource(uri, true));
            assertThat(refused).isNotNull();
            StringBuilder messages = new StringBuilder();
            for (Throwable t = refused; t != null; t = t.getCause() == t ? null : t.getCause()) {
                messages.append(t.getMessage()).append('\n');
            }
            assertThat(messages.toString()).contains("DOCTYPE").doesNotContain("TOP-SECRET");
            var resource = resources.getResources().get(0);
            assertThat(resource.getContents()).isEmpty();
            assertUntouched(file, before);
        } finally {
            Files.deleteIfExists(secret);
        }
    }

    private static JourneyLoadException catchLoad(Path file) {
        try {
            JourneyFiles.load(file);
        } catch (JourneyLoadException e) {
            return e;
        }
        throw new AssertionError("loaded " + file);
    }
}
