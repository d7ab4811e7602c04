package org.cxworkbench.diagram.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cxworkbench.core.journey.JourneyCommands;
import org.cxworkbench.core.journey.JourneyDocument;
import org.cxworkbench.core.journey.JourneyEditing;
import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.diagram.MapCommands;
import org.cxworkbench.diagram.MapExport;
import org.cxworkbench.diagram.MapFilter;
import org.cxworkbench.diagram.MapLayout;
import org.cxworkbench.diagram.MapScene;
import org.cxworkbench.diagram.MapScene.EdgeFigure;
import org.cxworkbench.diagram.MapScene.Rect;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.Stage;
import org.cxworkbench.model.journey.Touchpoint;
import org.cxworkbench.model.notation.Diagram;
import org.cxworkbench.model.notation.Node;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ELK layout into the notation, "Arrange all" with undo, notation for journeys without one, moving boxes. */
class MapLayoutTest {

    @TempDir
    java.nio.file.Path folder;

    private static Map<Object, String> positions(Diagram diagram) {
        return diagram.getNodes().stream().collect(Collectors.toMap(Node::getElement,
                n -> n.getX() + "," + n.getY() + "," + n.getWidth() + "," + n.getHeight()));
    }

    @Test
    void bothSamplesLaidOutByElkKeepEveryTouchpointInItsStageLaneWithoutOverlaps() throws Exception {
        for (String sample : SampleJourneys.names()) {
            JourneyDocument document = Samples.load(sample, folder.resolve(sample + ".d"));
            Journey journey = document.journey();
            Diagram diagram = MapLayout.layout(journey);
            assertThat(diagram.getNodes()).hasSize(journey.getTouchpoints().size());
            assertThat(diagram.getLanes()).hasSize(journey.getStages().size());
            assertThat(diagram.getEdges()).hasSize(journey.getPaths().size());
            MapScene scene = MapScene.build(journey, diagram, MapFilter.ALL);
            MapSceneTest.assertWellFormed(scene, journey);
            // forward paths run left to right or within a lane; ELK's bends are kept
            for (EdgeFigure edge : scene.edges()) {
                if (!edge.backward()) {
                    assertThat(edge.target().lane().index()).isGreaterThanOrEqualTo(edge.source().lane().index());
                }
            }
        }
    }

    @Test
    void aThousandTouchpointJourneyIsLaidOutInItsLanesWithoutOverlapsAndPathsAroundTheBoxes() {
        Journey journey = MapBenchmark.generate(1000, 3000, 20);
        Diagram diagram = MapLayout.layout(journey);
        MapScene scene = MapScene.build(journey, diagram, MapFilter.ALL);
        MapSceneTest.assertWellFormed(scene, journey);
        // paths to a later stage keep the layout's orthogonal routes, which pass between the boxes
        int checked = 0;
        for (EdgeFigure edge : scene.edges()) {
            if (edge.kind() != MapScene.EdgeKind.FORWARD
                    || edge.target().lane().index() == edge.source().lane().index()) {
                continue;
            }
            checked++;
            List<MapScene.Point> route = edge.route();
            for (int i = 1; i < route.size(); i++) {
                MapScene.Point a = route.get(i - 1), b = route.get(i);
                Rect segment = new Rect(Math.min(a.x(), b.x()), Math.min(a.y(), b.y()), Math.abs(b.x() - a.x()),
                        Math.abs(b.y() - a.y()));
                for (var node : scene.nodes()) {
                    Rect inside = new Rect(node.bounds().x() + 1, node.bounds().y() + 1, node.bounds().width() - 2,
                            node.bounds().height() - 2);
                    boolean enters = segment.x() < inside.right() && inside.x() < segment.right()
                            && segment.y() < inside.bottom() && inside.y() < segment.bottom();
                    assertThat(enters).as("path %s enters %s", edge.path().getLabel(), node.touchpoint().getName())
                            .isFalse();
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }

    @Test
    void arrangeAllIsOneUndoableCommand() throws Exception {
        JourneyDocument document = Samples.load(SampleJourneys.RETAIL_B2C, folder);
        AdapterFactoryEditingDomain domain = JourneyEditing.newDomain(document);
        Diagram diagram = document.diagram().orElseThrow();
        Map<Object, String> before = positions(diagram);
        int bendsBefore = diagram.getEdges().stream().mapToInt(e -> e.getBendpoints().size()).sum();

        JourneyEditing.execute(domain, MapLayout.arrangeAll(domain, document.journey(), diagram));
        Map<Object, String> arranged = positions(diagram);
        assertThat(arranged).isNotEqualTo(before);
        MapSceneTest.assertWellFormed(MapScene.build(document.journey(), diagram, MapFilter.ALL),
                document.journey());
        assertThat(domain.getCommandStack().getUndoCommand().getLabel()).isEqualTo("Arrange All");

        domain.getCommandStack().undo();
        assertThat(positions(diagram)).isEqualTo(before);
        assertThat(diagram.getEdges().stream().mapToInt(e -> e.getBendpoints().size()).sum()).isEqualTo(bendsBefore);
        domain.getCommandStack().redo();
        assertThat(positions(diagram)).isEqualTo(arranged);
        // kept to be looked at: the sample as "Arrange all" lays it out
        MapExport.exportPng(document, MapExportTest.keep().resolve("retail-b2c-arranged.png"), MapFilter.ALL, 1);
    }

    @Test
    void aJourneyWithoutDiagramGetsOneOnceAndItIsSaved() throws Exception {
        JourneyDocument document = Samples.load(SampleJourneys.SERVICE_B2B, folder);
        document.resource().getContents().remove(document.diagram().orElseThrow());
        assertThat(document.diagram()).isEmpty();
        AdapterFactoryEditingDomain domain = JourneyEditing.newDomain(document);

        Command create = MapLayout.ensureNotation(domain, document.resource()).orElseThrow();
        JourneyEditing.execute(domain, create);
        Diagram diagram = document.diagram().orElseThrow();
        assertThat(diagram.getElement()).isSameAs(document.journey());
        MapSceneTest.assertWellFormed(MapScene.build(document.journey(), diagram, MapFilter.ALL), document.journey());
        assertThat(MapLayout.ensureNotation(domain, document.resource())).as("once: nothing missing now").isEmpty();

        MapExport.exportPng(document, MapExportTest.keep().resolve("service-b2b-arranged.png"), MapFilter.ALL, 1);
        JourneyFiles.save(document);
        JourneyDocument reopened = JourneyFiles.load(document.file());
        assertThat(reopened.diagram()).isPresent();
        assertThat(reopened.diagram().get().getNodes()).hasSize(document.journey().getTouchpoints().size());

        domain.getCommandStack().undo();
        assertThat(document.diagram()).isEmpty();
    }

    @Test
    void aNewTouchpointGetsItsBoxAndMissingViewsAreAdded() throws Exception {
        JourneyDocument document = Samples.load(SampleJourneys.RETAIL_B2C, folder);
        AdapterFactoryEditingDomain domain = JourneyEditing.newDomain(document);
        Journey journey = document.journey();
        Diagram diagram = document.diagram().orElseThrow();
        Stage support = Samples.named(journey, Stage.class, "Support");
        MapScene scene = MapScene.build(journey, diagram, MapFilter.ALL);
        var drop = MapCommands.addTouchpointAt(domain, scene, support, "Callback", null, 850, 300);
        JourneyEditing.execute(domain, drop);
        Touchpoint callback = drop.created();
        assertThat(callback.getStage()).isSameAs(support);
        MapScene after = MapScene.build(journey, diagram, MapFilter.ALL);
        assertThat(after.node(callback).view()).isNotNull();
        assertThat(after.node(callback).bounds().x()).isEqualTo(836); // kept inside the Support lane 800..990, 4 px from its border
        domain.getCommandStack().undo();
        assertThat(journey.getTouchpoints()).doesNotContain(callback);
        assertThat(diagram.getNodes()).noneMatch(n -> n.getElement() == callback);

        // a touchpoint added without notation (e.g. from the Structure page) gets a view on ensureNotation
        var add = JourneyCommands.addTouchpointToStage(domain, support, "Survey e-mail", null);
        JourneyEditing.execute(domain, add);
        Command missing = MapLayout.ensureNotation(domain, document.resource()).orElseThrow();
        JourneyEditing.execute(domain, missing);
        MapScene completed = MapScene.build(journey, diagram, MapFilter.ALL);
        assertThat(completed.node(add.created()).view()).isNotNull();
        MapSceneTest.assertWellFormed(completed, journey);
    }

    @Test
    void movingABoxIntoAnotherLaneChangesItsStageInTheSameUndoableCommand() throws Exception {
        JourneyDocument document = Samples.load(SampleJourneys.RETAIL_B2C, folder);
        AdapterFactoryEditingDomain domain = JourneyEditing.newDomain(document);
        Journey journey = document.journey();
        Diagram diagram = document.diagram().orElseThrow();
        Touchpoint phone = Samples.named(journey, Touchpoint.class, "Customer service phone"); // 820,170
        Stage support = phone.getStage();
        Stage returns = Samples.named(journey, Stage.class, "Return");
        MapScene scene = MapScene.build(journey, diagram, MapFilter.ALL);

        // dragged 230 px right and 150 down: its centre lands in the Return lane (1000..1190)
        JourneyEditing.execute(domain, MapCommands.moveNodes(domain, scene, List.of(phone), 230, 150));
        assertThat(phone.getStage()).isSameAs(returns);
        MapScene moved = MapScene.build(journey, diagram, MapFilter.ALL);
        assertThat(moved.node(phone).bounds().x()).as("kept inside the lane").isEqualTo(1036);
        assertThat(moved.node(phone).bounds().y()).isEqualTo(320);
        assertThat(moved.node(phone).lane().stage()).isSameAs(returns);

        domain.getCommandStack().undo();
        assertThat(phone.getStage()).isSameAs(support);
        assertThat(MapScene.build(journey, diagram, MapFilter.ALL).node(phone).bounds())
                .isEqualTo(new MapScene.Rect(820, 170, 150, 70));

        // within the lane: only the position changes; and the header is out of bounds
        JourneyEditing.execute(domain, MapCommands.moveNode(domain, scene, phone, 830, 10));
        assertThat(phone.getStage()).isSameAs(support);
        assertThat(MapScene.build(journey, diagram, MapFilter.ALL).node(phone).bounds().y())
                .isEqualTo(MapScene.LANE_HEADER_HEIGHT + 4);

        // resize, and bendpoints
        MapScene now = MapScene.build(journey, diagram, MapFilter.ALL);
        JourneyEditing.execute(domain, MapCommands.resizeNode(domain, now, phone,
                new MapScene.Rect(830, 52, 10, 100)));
        assertThat(now.diagram().getNodes().stream().filter(n -> n.getElement() == phone).findFirst().orElseThrow()
                .getWidth()).isEqualTo((int) MapCommands.MIN_NODE_WIDTH);
        var path = journey.getPaths().get(0);
        JourneyEditing.execute(domain, MapCommands.setBendpoints(domain, diagram, path,
                List.of(new MapScene.Point(180, 95), new MapScene.Point(180, 40))));
        assertThat(MapScene.build(journey, diagram, MapFilter.ALL).edge(path).route()).hasSize(4);
        domain.getCommandStack().undo();
        assertThat(MapScene.build(journey, diagram, MapFilter.ALL).edge(path).route()).hasSizeLessThan(4);
    }
}
