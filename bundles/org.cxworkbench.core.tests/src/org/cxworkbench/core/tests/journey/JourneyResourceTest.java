package org.cxworkbench.core.tests.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.cxworkbench.core.journey.JourneyEditing;
import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.JourneyResource;
import org.cxworkbench.core.journey.JourneyResourceFactory;
import org.cxworkbench.core.journey.JourneySaveRefusedException;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.JourneyFactory;
import org.cxworkbench.model.journey.JourneyPackage;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Journey files through plain EMF in the running platform: a {@code new ResourceSetImpl()} finds the journey
 * resource factory through the extension registry ({@code plugin.xml}), and gets the same migration, hardened
 * parser and safe save as {@link JourneyFiles}. Real files in a temporary folder.
 */
class JourneyResourceTest {

    @TempDir
    Path dir;

    private Path legacy() throws IOException {
        Path file = dir.resolve("webshop.journey");
        try (InputStream in = getClass().getResourceAsStream("/data/webshop-0.9.journey")) {
            Files.copy(in, file);
        }
        return file;
    }

    private static URI uri(Path file) {
        return URI.createFileURI(file.toAbsolutePath().toString());
    }

    /** The file and its folder are exactly as before: nothing overwritten, no backup, no temporary file. */
    private void assertUntouched(Path file, byte[] before) throws IOException {
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    private static String messages(Throwable thrown) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        return messages.toString();
    }

    @Test
    void theFactoryIsRegisteredForJourneyFilesThroughTheExtensionRegistry() {
        assertThat(Resource.Factory.Registry.INSTANCE.getFactory(URI.createFileURI("/somewhere/x.journey")))
                .isInstanceOf(JourneyResourceFactory.class);
        assertThat(new ResourceSetImpl().createResource(URI.createFileURI("/somewhere/x.journey")))
                .isInstanceOf(JourneyResource.class);
    }

    @Test
    void aFormat09FileOpenedThroughAPlainResourceSetIsMigratedAndSavedWithBackup() throws IOException {
        Path file = legacy();
        byte[] original = Files.readAllBytes(file);
        Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-rw----");
        Files.setPosixFilePermissions(file, shared);

        ResourceSet set = new ResourceSetImpl();
        Resource resource = set.getResource(uri(file), true);

        assertThat(resource).isInstanceOf(JourneyResource.class);
        JourneyResource journeyResource = (JourneyResource) resource;
        assertThat(journeyResource.getFormatVersion()).isEqualTo("0.9");
        assertThat(journeyResource.isMigrated()).isTrue();
        assertThat(resource.getErrors()).isEmpty();
        Journey journey = (Journey) resource.getContents().get(0);
        assertThat(journey.getName()).isEqualTo("Web shop");
        assertThat(journey.getTouchpoints()).hasSize(4);
        assertThat(journey.getPaths().get(4).getTo()).isSameAs(journey.getTouchpoints().get(0));
        assertThat(Files.readAllBytes(file)).as("loading changes nothing on disk").isEqualTo(original);

        journey.setName("Web shop 2");
        resource.save(null);

        assertThat(Files.readAllBytes(JourneyFiles.backupOf(file))).isEqualTo(original);
        assertThat(JourneyFiles.formatVersion(Files.readAllBytes(file))).isEqualTo("1.0");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(shared);
        assertThat(journeyResource.isMigrated()).isFalse();
        assertThat(resource.isModified()).isFalse();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("webshop.journey", "webshop.journey.bak");
        }
        // and JourneyFiles reads what EMF wrote, with the same ids
        var reloaded = JourneyFiles.load(file);
        assertThat(reloaded.formatVersion()).isEqualTo("1.0");
        assertThat(reloaded.journey().getName()).isEqualTo("Web shop 2");
        assertThat(reloaded.journey().getTouchpoints().get(0).getId())
                .isEqualTo(journey.getTouchpoints().get(0).getId());
    }

    @Test
    void anExternalEntityIsNotResolvedThroughAPlainResourceSet() throws IOException {
        Path secret = Files.createTempFile("cxw-secret", ".txt");
        try {
            Files.writeString(secret, "TOP-SECRET-CONTENT");
            Path file = SampleJourneys.copyTo(SampleJourneys.RETAIL_B2C, dir);
            String text = Files.readString(file);
            text = text.replaceFirst("\\?>\n", "?>\n<!DOCTYPE xmi:XMI [<!ENTITY secret SYSTEM \"" + secret.toUri()
                    + "\">]>\n");
            text = text.replaceFirst("(<touchpoints [^>]*?name=\")[^\"]*\"", "$1&secret;\"");
            text = text.replaceFirst("(<stages [^>]*?)/>", "$1><description>&secret;</description></stages>");
            Files.writeString(file, text);
            byte[] before = Files.readAllBytes(file);

            ResourceSet set = new ResourceSetImpl();
            Throwable refused = catchThrowable(() -> set.getResource(uri(file), true));

            assertThat(refused).isNotNull();
            assertThat(messages(refused)).contains("retail-b2c.journey:2:1: a journey file may not have a DOCTYPE")
                    .doesNotContain("TOP-SECRET");
            Resource resource = set.getResource(uri(file), false);
            assertThat(resource).isInstanceOf(JourneyResource.class);
            assertThat(resource.getContents()).isEmpty();
            assertThat(resource.getErrors()).singleElement().satisfies(error -> {
                assertThat(error.getLine()).isEqualTo(2);
                assertThat(error.getMessage()).doesNotContain("TOP-SECRET");
            });
            assertUntouched(file, before);
        } finally {
            Files.deleteIfExists(secret);
        }
    }

    @Test
    void callerOptionsCannotTurnTheParserHardeningOff() throws IOException {
        // Options that would let a DOCTYPE through: the resource puts its own features back.
        Path file = SampleJourneys.copyTo(SampleJourneys.RETAIL_B2C, dir);
        JourneyResource resource = (JourneyResource) new ResourceSetImpl().createResource(uri(file));
        resource.load(java.util.Map.of(org.eclipse.emf.ecore.xmi.XMLResource.OPTION_PARSER_FEATURES,
                java.util.Map.of("http://apache.org/xml/features/disallow-doctype-decl", Boolean.FALSE)));
        assertThat(resource.getContents().get(0)).isInstanceOf(Journey.class);
        assertThat(resource.isLoadFailed()).isFalse();
    }

    @Test
    void aFileThatFailedToLoadIsNeverOverwrittenBySaving() throws IOException {
        Path file = SampleJourneys.copyTo(SampleJourneys.RETAIL_B2C, dir);
        var lines = Files.readAllLines(file);
        lines.set(5, lines.get(5).replace("<stages ", "<stages <"));
        Files.write(file, lines);
        byte[] before = Files.readAllBytes(file);

        AdapterFactoryEditingDomain domain = JourneyEditing.newDomain();
        ResourceSet set = domain.getResourceSet();
        Throwable failed = catchThrowable(() -> set.getResource(uri(file), true));
        assertThat(messages(failed)).contains("retail-b2c.journey:6:").contains("damaged XML");

        // what EMF's generated editors do next: take the resource that failed and go on with it
        JourneyResource resource = (JourneyResource) set.getResource(uri(file), false);
        assertThat(resource.isLoadFailed()).isTrue();
        assertThat(resource.getContents()).isEmpty();
        assertThat(resource.getErrors()).isNotEmpty().allSatisfy(e -> assertThat(e.getLine()).isEqualTo(6));
        assertThat(domain.isReadOnly(resource)).as("the editing domain will not edit it").isTrue();

        resource.getContents().add(JourneyFactory.eINSTANCE.createJourney());
        assertThatThrownBy(() -> resource.save(null)).isInstanceOf(JourneySaveRefusedException.class)
                .hasMessageStartingWith("retail-b2c.journey: not saved, because the file failed to load "
                        + "(retail-b2c.journey:6:");
        assertUntouched(file, before);

        // fixed on disk and loaded again: it saves as usual
        Files.writeString(file, Files.readString(file).replace("<stages <", "<stages "));
        resource.unload();
        resource.load(null);
        assertThat(resource.isLoadFailed()).isFalse();
        ((Journey) resource.getContents().get(0)).setName("Fixed");
        resource.save(null);
        assertThat(Files.readString(file)).contains("name=\"Fixed\"");
        assertThat(JourneyFiles.backupOf(file)).exists();
    }

    @Test
    void aMissingFileThatFailedToLoadMayBeCreatedBySaving() throws IOException {
        Path file = dir.resolve("new.journey");
        ResourceSet set = new ResourceSetImpl();
        assertThat(catchThrowable(() -> set.getResource(uri(file), true))).isNotNull();
        Resource resource = set.getResource(uri(file), false);
        Journey journey = JourneyFactory.eINSTANCE.createJourney();
        journey.setName("New");
        resource.getContents().add(journey);
        resource.save(null);
        assertThat(JourneyFiles.load(file).journey().getName()).isEqualTo("New");
        assertThat(JourneyFiles.backupOf(file)).doesNotExist();
    }

    @Test
    void thePlatformKnowsTheJourneyContentType() {
        IContentType type = Platform.getContentTypeManager().findContentTypeFor("x.journey");
        assertThat(type).isNotNull();
        assertThat(type.getId()).isEqualTo(JourneyFiles.CONTENT_TYPE);
        assertThat(type.isKindOf(Platform.getContentTypeManager().getContentType("org.eclipse.core.runtime.xml")))
                .isTrue();
        assertThat(type.getDefaultCharset()).isEqualTo("UTF-8");
        assertThat(Resource.Factory.Registry.INSTANCE.getContentTypeToFactoryMap().get(JourneyFiles.CONTENT_TYPE))
                .isNotNull();
    }

    @Test
    void theEditingDomainUndoesASetCommandAndSavesThroughTheJourneyResource() throws IOException {
        Path file = legacy();
        AdapterFactoryEditingDomain domain = JourneyEditing.newDomain();
        Resource resource = domain.getResourceSet().getResource(uri(file), true);
        assertThat(resource).isInstanceOf(JourneyResource.class);
        Journey journey = (Journey) resource.getContents().get(0);
        assertThat(AdapterFactoryEditingDomain.getEditingDomainFor(journey)).isSameAs(domain);

        Command rename = SetCommand.create(domain, journey, JourneyPackage.Literals.NAMED_ELEMENT__NAME, "Renamed");
        assertThat(rename.canExecute()).isTrue();
        domain.getCommandStack().execute(rename);
        assertThat(journey.getName()).isEqualTo("Renamed");

        domain.getCommandStack().undo();
        assertThat(journey.getName()).isEqualTo("Web shop");
        assertThat(domain.getCommandStack().canRedo()).isTrue();
        domain.getCommandStack().redo();
        assertThat(journey.getName()).isEqualTo("Renamed");

        resource.save(null);
        assertThat(JourneyFiles.backupOf(file)).exists();
        assertThat(JourneyFiles.load(file).journey().getName()).isEqualTo("Renamed");
    }
}
