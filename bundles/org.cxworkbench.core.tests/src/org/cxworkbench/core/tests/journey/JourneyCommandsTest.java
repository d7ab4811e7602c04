package org.cxworkbench.core.tests.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;

import java.util.List;

import org.cxworkbench.core.journey.JourneyCommands;
import org.cxworkbench.core.journey.JourneyCommands.Creation;
import org.cxworkbench.core.journey.JourneyDocument;
import org.cxworkbench.core.journey.JourneyEditing;
import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.model.journey.Channel;
import org.cxworkbench.model.journey.CustomerSegment;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.model.journey.Path;
import org.cxworkbench.model.journey.SegmentKind;
import org.cxworkbench.model.journey.Stage;
import org.cxworkbench.model.journey.Touchpoint;
import org.cxworkbench.model.notation.Diagram;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every named command executes, undoes back to exactly the journey before, and redoes, without a display. */
class JourneyCommandsTest {

    @TempDir
    java.nio.file.Path dir;

    private JourneyDocument document;
    private AdapterFactoryEditingDomain domain;
    private Journey journey;

    @BeforeEach
    void load() throws IOException {
        Journey everything = TestJourneys.everything();
        JourneyFiles.create(dir.resolve("j.journey"), everything, TestJourneys.layout(everything));
        document = JourneyFiles.load(dir.resolve("j.journey"));
        domain = JourneyEditing.newDomain(document);
        journey = document.journey();
    }

    /** Executes, checks, undoes to the original (deep equality), redoes and checks again. */
    private void roundTrip(Command command, Runnable afterExecute) {
        Journey before = EcoreUtil.copy(journey);
        Diagram diagramBefore = EcoreUtil.copy(document.diagram().orElseThrow());
        JourneyEditing.execute(domain, command);
        afterExecute.run();
        assertThat(domain.getCommandStack().canUndo()).isTrue();
        domain.getCommandStack().undo();
        assertThat(EcoreUtil.equals(journey, before)).as("undo restores the journey").isTrue();
        assertThat(EcoreUtil.equals(document.diagram().orElseThrow(), diagramBefore)).isTrue();
        domain.getCommandStack().redo();
        afterExecute.run();
    }

    @Test
    void addStage() {
        Creation<Stage> command = JourneyCommands.addStage(domain, journey, "Renewal", 1);
        roundTrip(command, () -> assertThat(journey.getStages().get(1)).isSameAs(command.created()));
        assertThat(List.<Object>copyOf(command.getResult())).containsExactly(command.created());
        assertThat(command.created().getId()).isNotBlank();
    }

    @Test
    void addChannelAndSegment() {
        Creation<Channel> channel = JourneyCommands.addChannel(domain, journey, "Kiosk");
        roundTrip(channel, () -> assertThat(journey.getChannels()).contains(channel.created()));
        Creation<CustomerSegment> segment = JourneyCommands.addSegment(domain, journey, "Lost", SegmentKind.FORMER);
        roundTrip(segment, () -> assertThat(journey.getSegments()).contains(segment.created()));
    }

    @Test
    void addTouchpointToStage() {
        Stage need = journey.getStages().get(0);
        Channel web = journey.getChannels().get(0);
        Creation<Touchpoint> command = JourneyCommands.addTouchpointToStage(domain, need, "Ad", web);
        roundTrip(command, () -> {
            assertThat(command.created().getStage()).isSameAs(need);
            assertThat(need.getTouchpoints()).contains(command.created());
            assertThat(journey.getTouchpoints()).contains(command.created());
        });
        domain.getCommandStack().undo();
        assertThat(need.getTouchpoints()).doesNotContain(command.created());
    }

    @Test
    void moveTouchpointToStage() {
        Touchpoint till = journey.getTouchpoints().get(1);
        Stage need = journey.getStages().get(0);
        roundTrip(JourneyCommands.moveTouchpointToStage(domain, till, need),
                () -> assertThat(need.getTouchpoints()).contains(till));
    }

    @Test
    void connectIncludingALoop() {
        Touchpoint review = journey.getTouchpoints().get(0);
        Touchpoint exit = journey.getTouchpoints().get(3);
        Creation<Path> skip = JourneyCommands.connect(domain, exit, review, "comes back");
        roundTrip(skip, () -> assertThat(journey.getPaths()).contains(skip.created()));
        Creation<Path> loop = JourneyCommands.connect(domain, exit, exit, "retries");
        roundTrip(loop, () -> assertThat(loop.created().getFrom()).isSameAs(loop.created().getTo()));
    }

    @Test
    void attachMeasurementPointToTouchpointStageAndJourney() {
        Touchpoint exit = journey.getTouchpoints().get(3);
        Creation<MeasurementPoint> atTouchpoint = JourneyCommands.attachMeasurementPoint(domain, exit, "csat");
        roundTrip(atTouchpoint, () -> assertThat(atTouchpoint.created().getAttachedTo()).isSameAs(exit));
        Stage buy = journey.getStages().get(1);
        Creation<MeasurementPoint> atStage = JourneyCommands.attachMeasurementPoint(domain, buy, "ces7");
        roundTrip(atStage, () -> assertThat(journey.getMeasurementPoints()).contains(atStage.created()));
        Creation<MeasurementPoint> relationship = JourneyCommands.attachMeasurementPoint(domain, journey, "nps");
        roundTrip(relationship, () -> assertThat(relationship.created().getAttachedTo()).isSameAs(journey));
    }

    @Test
    void setQuestionAddsALanguageOrReplacesItsWording() {
        MeasurementPoint nps = journey.getMeasurementPoints().get(0);
        roundTrip(JourneyCommands.setQuestion(domain, nps, "en", "Would you recommend us?"),
                () -> assertThat(nps.getQuestions().get(2).getText()).isEqualTo("Would you recommend us?"));
        roundTrip(JourneyCommands.setQuestion(domain, nps, "et", "Kui tõenäoliselt ...?"),
                () -> assertThat(nps.getQuestions()).hasSize(5));
    }

    @Test
    void renameKeepsTheId() {
        Touchpoint till = journey.getTouchpoints().get(1);
        String id = till.getId();
        roundTrip(JourneyCommands.rename(domain, till, "Checkout"), () -> {
            assertThat(till.getName()).isEqualTo("Checkout");
            assertThat(till.getId()).isEqualTo(id);
        });
    }

    @Test
    void deleteATouchpointTakesItsPathsMeasurementPointsAndViews() {
        Touchpoint till = journey.getTouchpoints().get(1);
        roundTrip(JourneyCommands.delete(domain, till), () -> {
            assertThat(journey.getTouchpoints()).doesNotContain(till);
            assertThat(journey.getPaths()).noneMatch(p -> p.getFrom() == till || p.getTo() == till);
            assertThat(journey.getMeasurementPoints()).noneMatch(m -> m.getAttachedTo() == till);
            assertThat(document.diagram().orElseThrow().getNodes()).noneMatch(n -> n.getElement() == till);
            assertThat(journey.getStages().get(1).getTouchpoints()).doesNotContain(till);
        });
    }

    @Test
    void deleteASegmentRemovesItFromTheMeasurementPointsAskingIt() {
        CustomerSegment former = journey.getSegments().get(1);
        roundTrip(JourneyCommands.delete(domain, former),
                () -> assertThat(journey.getMeasurementPoints().get(0).getSegments()).doesNotContain(former));
    }

    @Test
    void editsThroughTheDomainCanBeSavedAndFound() throws IOException {
        Creation<Stage> stage = JourneyCommands.addStage(domain, journey, "After", -1);
        JourneyEditing.execute(domain, stage);
        JourneyFiles.save(document);
        Journey reloaded = JourneyFiles.load(dir.resolve("j.journey")).journey();
        assertThat(JourneyCommands.find(reloaded, stage.created().getId())).isNotNull()
                .extracting(e -> ((Stage) e).getName()).isEqualTo("After");
    }

    @Test
    void aCommandThatCannotExecuteIsRefused() {
        assertThatThrownBy(() -> JourneyEditing.execute(domain,
                org.eclipse.emf.common.command.UnexecutableCommand.INSTANCE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(domain.getCommandStack().canUndo()).isFalse();
    }
}
