package org.cxworkbench.core.tests.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cxworkbench.core.journey.JourneyDocument;
import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.JourneyValidation;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.model.journey.Stage;
import org.cxworkbench.model.journey.Touchpoint;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A journey in the 0.9 prototype format is read, migrated in memory, and upgraded on disk only when saved. */
class MigrationTest {

    @TempDir
    Path dir;

    private Path legacy() throws IOException {
        Path file = dir.resolve("webshop.journey");
        try (InputStream in = getClass().getResourceAsStream("/data/webshop-0.9.journey")) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void aFormat09FileIsMigratedInMemory() throws IOException {
        Path file = legacy();
        byte[] original = Files.readAllBytes(file);

        JourneyDocument document = JourneyFiles.load(file);

        assertThat(document.formatVersion()).isEqualTo("0.9");
        assertThat(document.migrated()).isTrue();
        assertThat(Files.readAllBytes(file)).isEqualTo(original);
        Journey journey = document.journey();
        assertThat(journey.getName()).isEqualTo("Web shop");
        assertThat(journey.getOwner()).isEqualTo("CX team");
        assertThat(journey.getStages()).extracting(Stage::getName).containsExactly("Search", "Purchase", "Support");
        assertThat(journey.getTouchpoints()).extracting(t -> t.getStage().getName() + "/" + t.getName())
                .containsExactly("Search/Product pages", "Search/Review site", "Purchase/Checkout",
                        "Support/Phone support");
        // "web" and "Web" were one channel in 0.9: strings compared loosely
        assertThat(journey.getChannels()).extracting(c -> c.getName()).containsExactly("web", "phone");
        Touchpoint checkout = journey.getTouchpoints().get(2);
        assertThat(checkout.isMomentOfTruth()).isTrue();
        assertThat(checkout.getOwner()).isEqualTo("E-commerce");
        MeasurementPoint effort = journey.getMeasurementPoints().get(0);
        assertThat(effort.getAttachedTo()).isSameAs(checkout);
        assertThat(effort.getMetricId()).isEqualTo("ces5");
        assertThat(effort.getQuestions()).singleElement().satisfies(q -> {
            assertThat(q.getLanguage()).isEqualTo("en");
            assertThat(q.getText()).isEqualTo("How much effort did it take to buy?");
        });
        assertThat(effort.getScale().getMin()).isEqualTo(1);
        assertThat(effort.getScale().getMax()).isEqualTo(5);
        assertThat(journey.getMeasurementPoints().get(1).getAttachedTo()).isSameAs(journey.getStages().get(2));
        assertThat(journey.getPaths()).hasSize(5);
        assertThat(journey.getPaths().get(4).getTo()).isSameAs(journey.getTouchpoints().get(0));
        assertThat(JourneyValidation.validate(journey).getSeverity()).isEqualTo(Diagnostic.OK);
    }

    @Test
    void migratedIdsAreTheSameEveryTime() throws IOException {
        Path file = legacy();
        Journey first = JourneyFiles.load(file).journey();
        Journey second = JourneyFiles.load(file).journey();
        assertThat(EcoreUtil.equals(first, second)).isTrue();
        assertThat(first.getTouchpoints().get(0).getId()).isEqualTo(second.getTouchpoints().get(0).getId())
                .matches("[0-9a-f-]{36}");
    }

    @Test
    void savingUpgradesTheFileAndKeepsThe09OriginalAsBackup() throws IOException {
        Path file = legacy();
        byte[] original = Files.readAllBytes(file);
        JourneyDocument migrated = JourneyFiles.load(file);

        JourneyDocument saved = JourneyFiles.save(migrated);

        assertThat(saved.migrated()).isFalse();
        assertThat(Files.readAllBytes(JourneyFiles.backupOf(file))).isEqualTo(original);
        assertThat(JourneyFiles.formatVersion(Files.readAllBytes(file))).isEqualTo("1.0");
        JourneyDocument reloaded = JourneyFiles.load(file);
        assertThat(reloaded.formatVersion()).isEqualTo("1.0");
        assertThat(EcoreUtil.equals(reloaded.journey(), migrated.journey())).isTrue();
    }

    @Test
    void aBrokenLinkIn09IsReportedNotGuessed() throws IOException {
        Path file = legacy();
        Files.writeString(file, Files.readString(file).replace("//@stages.2/@touchpoints.0\" target",
                "//@stages.7/@touchpoints.0\" target"));
        try {
            JourneyFiles.load(file);
            throw new AssertionError("loaded");
        } catch (org.cxworkbench.core.journey.JourneyLoadException e) {
            assertThat(e.getMessage()).isEqualTo(
                    "webshop.journey: 0.9 link 5: source '//@stages.7/@touchpoints.0' is not a touchpoint of the file");
        }
    }
}
