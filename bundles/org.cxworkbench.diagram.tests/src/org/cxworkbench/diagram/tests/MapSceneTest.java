package org.cxworkbench.diagram.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.cxworkbench.core.journey.JourneyDocument;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.diagram.MapFilter;
import org.cxworkbench.diagram.MapScene;
import org.cxworkbench.diagram.MapScene.BadgeFigure;
import org.cxworkbench.diagram.MapScene.EdgeFigure;
import org.cxworkbench.diagram.MapScene.HitKind;
import org.cxworkbench.diagram.MapScene.LaneFigure;
import org.cxworkbench.diagram.MapScene.NodeFigure;
import org.cxworkbench.diagram.MapScene.Point;
import org.cxworkbench.diagram.MapScene.Rect;
import org.cxworkbench.model.journey.Channel;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.model.journey.Path;
import org.cxworkbench.model.journey.Stage;
import org.cxworkbench.model.journey.Touchpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The map's geometry and hit testing on the two sample journeys, with their own notation. */
class MapSceneTest {

    @TempDir
    java.nio.file.Path folder;

    static void assertWellFormed(MapScene scene, Journey journey) {
        List<Stage> stages = journey.getStages();
        assertThat(scene.lanes()).extracting(LaneFigure::stage).containsExactlyElementsOf(stages);
        for (int i = 1; i < scene.lanes().size(); i++) {
            assertThat(scene.lanes().get(i).bounds().x()).as("lanes left to right in stage order")
                    .isGreaterThanOrEqualTo(scene.lanes().get(i - 1).bounds().right());
        }
        assertThat(scene.nodes()).hasSize(journey.getTouchpoints().size());
        for (NodeFigure node : scene.nodes()) {
            Rect lane = scene.lane(node.touchpoint().getStage()).bounds();
            assertThat(node.lane().stage()).isSameAs(node.touchpoint().getStage());
            assertThat(node.bounds().x()).as("%s inside its lane", node.touchpoint().getName())
                    .isGreaterThanOrEqualTo(lane.x());
            assertThat(node.bounds().right()).as("%s inside its lane", node.touchpoint().getName())
                    .isLessThanOrEqualTo(lane.right());
            assertThat(node.bounds().y()).as("%s below the lane header", node.touchpoint().getName())
                    .isGreaterThanOrEqualTo(lane.y() + MapScene.LANE_HEADER_HEIGHT);
            assertThat(node.bounds().bottom()).isLessThanOrEqualTo(lane.bottom());
        }
        for (NodeFigure a : scene.nodes()) {
            for (NodeFigure b : scene.nodes()) {
                if (a != b) {
                    assertThat(a.bounds().intersects(b.bounds()))
                            .as("%s and %s overlap", a.touchpoint().getName(), b.touchpoint().getName()).isFalse();
                }
            }
        }
        for (EdgeFigure edge : scene.edges()) {
            assertThat(edge.route()).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void theRetailSampleHasOneLanePerStageInOrderWithEveryTouchpointInItsLaneAndNoOverlaps() throws Exception {
        checkSample(SampleJourneys.RETAIL_B2C);
    }

    @Test
    void theServiceSampleHasOneLanePerStageInOrderWithEveryTouchpointInItsLaneAndNoOverlaps() throws Exception {
        checkSample(SampleJourneys.SERVICE_B2B);
    }

    private void checkSample(String sample) throws Exception {
        JourneyDocument document = Samples.load(sample, folder);
        Journey journey = document.journey();
        MapScene scene = MapScene.build(journey, document.diagram().orElseThrow(), MapFilter.ALL);
        assertWellFormed(scene, journey);
        assertThat(scene.edges()).hasSize(journey.getPaths().size());
        assertThat(scene.badges()).hasSize(journey.getMeasurementPoints().size());
        assertThat(scene.bounds().contains(scene.titleBand())).isTrue();
    }

    @Test
    void hitTestingFindsTheBadgeNodeEdgeLaneAndTitleAtKnownPoints() throws Exception {
        JourneyDocument document = Samples.load(SampleJourneys.RETAIL_B2C, folder);
        Journey journey = document.journey();
        MapScene scene = MapScene.build(journey, document.diagram().orElseThrow(), MapFilter.ALL);

        // Online checkout's box is at 420,60 150x70 in the sample's notation
        Touchpoint checkout = Samples.named(journey, Touchpoint.class, "Online checkout");
        assertThat(scene.node(checkout).bounds()).isEqualTo(new Rect(420, 60, 150, 70));
        assertThat(scene.elementAt(450, 80)).isSameAs(checkout);
        assertThat(scene.hitAt(450, 80, 4).kind()).isEqualTo(HitKind.NODE);

        // its CES badge hangs from the box's bottom edge, over the box: the badge wins
        MeasurementPoint ces = Samples.named(journey, MeasurementPoint.class, "CES online checkout");
        BadgeFigure badge = scene.badge(ces);
        assertThat(badge.bounds().y()).isEqualTo(130 - MapScene.BADGE_HEIGHT / 2);
        assertThat(badge.symbol()).isEqualTo("CES");
        assertThat(scene.elementAt(badge.bounds().centerX(), badge.bounds().centerY())).isSameAs(ces);

        // the path Product pages -> Online checkout runs straight from 370,95 to 420,95
        Path buysOnline = journey.getPaths().stream().filter(p -> "Buys online".equals(p.getLabel())).findFirst()
                .orElseThrow();
        EdgeFigure edge = scene.edge(buysOnline);
        assertThat(edge.route()).containsExactly(new Point(370, 95), new Point(420, 95));
        assertThat(edge.kind()).isEqualTo(MapScene.EdgeKind.FORWARD);
        assertThat(scene.elementAt(395, 98)).as("3 px off the line, within tolerance").isSameAs(buysOnline);
        assertThat(scene.edgeAt(395, 102, 4)).as("7 px off the line").isNull();

        // the empty part of the Purchase lane, and its header, are the stage
        Stage purchase = Samples.named(journey, Stage.class, "Purchase");
        assertThat(scene.elementAt(410, 20)).isSameAs(purchase);
        assertThat(scene.hitAt(495, 420, 4).kind()).isEqualTo(HitKind.LANE);
        assertThat(scene.laneAt(495, 420).stage()).isSameAs(purchase);
        assertThat(scene.laneAt(395, 420)).as("the gap between two lanes").isNull();

        // the title band is the journey, with its relationship NPS badge
        MeasurementPoint nps = Samples.named(journey, MeasurementPoint.class, "NPS relationship");
        assertThat(scene.badge(nps).host()).isSameAs(journey);
        assertThat(scene.elementAt(scene.badge(nps).bounds().centerX(), scene.badge(nps).bounds().centerY()))
                .isSameAs(nps);
        assertThat(scene.elementAt(300, -50)).isSameAs(journey);
        assertThat(scene.elementAt(5000, 5000)).isNull();

        // a stage's badge sits in its lane header
        MeasurementPoint returns = Samples.named(journey, MeasurementPoint.class, "CES after returns");
        assertThat(scene.lane(returns.getAttachedTo() instanceof Stage s ? s : null).header()
                .contains(scene.badge(returns).bounds())).isTrue();
    }

    @Test
    void backwardPathsAndLoopsAreRecognisedAndRoutedBelowTheBoxes() throws Exception {
        JourneyDocument document = Samples.load(SampleJourneys.RETAIL_B2C, folder);
        Journey journey = document.journey();
        // without notation for the paths, the scene routes them itself
        document.diagram().orElseThrow().getEdges().clear();
        Touchpoint chat = Samples.named(journey, Touchpoint.class, "Customer service chat");
        Path loop = org.cxworkbench.model.journey.JourneyFactory.eINSTANCE.createPath();
        loop.setFrom(chat);
        loop.setTo(chat);
        journey.getPaths().add(loop);
        MapScene scene = MapScene.build(journey, document.diagram().orElseThrow(), MapFilter.ALL);

        Path buysAgain = journey.getPaths().stream().filter(p -> "Buys again".equals(p.getLabel())).findFirst()
                .orElseThrow();
        EdgeFigure back = scene.edge(buysAgain);
        assertThat(back.kind()).isEqualTo(MapScene.EdgeKind.BACKWARD);
        double lowestBox = scene.nodes().stream().mapToDouble(n -> n.bounds().bottom()).max().orElseThrow();
        assertThat(back.route().stream().mapToDouble(Point::y).max().orElseThrow())
                .as("routed back below every box").isGreaterThan(lowestBox);
        assertThat(back.route().get(back.route().size() - 1).x()).as("ends at the target's left side")
                .isEqualTo(scene.node(buysAgain.getTo()).bounds().x());
        EdgeFigure hook = scene.edge(loop);
        assertThat(hook.kind()).isEqualTo(MapScene.EdgeKind.LOOP);
        assertThat(hook.route().stream().mapToDouble(Point::y).min().orElseThrow())
                .isLessThan(scene.node(chat).bounds().y());
        assertThat(scene.edges().stream().filter(EdgeFigure::backward).count()).isEqualTo(4);
    }

    @Test
    void filtersRemoveWhatTheyShould() throws Exception {
        JourneyDocument document = Samples.load(SampleJourneys.RETAIL_B2C, folder);
        Journey journey = document.journey();
        var diagram = document.diagram().orElseThrow();
        MapScene all = MapScene.build(journey, diagram, MapFilter.ALL);

        MapScene noBadges = MapScene.build(journey, diagram, MapFilter.ALL.withMeasurementPoints(false));
        assertThat(all.badges()).hasSize(6);
        assertThat(noBadges.badges()).isEmpty();
        assertThat(noBadges.nodes()).hasSameSizeAs(all.nodes());

        MapScene direct = MapScene.build(journey, diagram, MapFilter.ALL.withIndirectTouchpoints(false));
        List<Touchpoint> indirect = journey.getTouchpoints().stream().filter(t -> !t.isDirect()).toList();
        assertThat(indirect).hasSize(4);
        assertThat(direct.nodes()).hasSize(all.nodes().size() - 4)
                .noneMatch(n -> !n.touchpoint().isDirect());
        assertThat(direct.edges()).noneMatch(e -> !e.path().getFrom().isDirect() || !e.path().getTo().isDirect());
        assertThat(direct.elementAt(20 + 75, 60 + 35)).as("where Friend's recommendation was: the Need stage")
                .isInstanceOf(Stage.class);

        Channel store = Samples.named(journey, Channel.class, "Store");
        MapScene noStore = MapScene.build(journey, diagram, MapFilter.ALL.withChannel(store, false));
        assertThat(noStore.nodes()).noneMatch(n -> n.touchpoint().getChannel() == store).hasSize(
                (int) journey.getTouchpoints().stream().filter(t -> t.getChannel() != store).count());
        Touchpoint storeCheckout = Samples.named(journey, Touchpoint.class, "Store checkout");
        assertThat(noStore.badge(Samples.named(journey, MeasurementPoint.class, "Mystery shopping in store")))
                .as("the badge goes with its touchpoint").isNull();
        assertThat(noStore.node(storeCheckout)).isNull();
        assertThat(MapFilter.ALL.withChannel(store, false).withChannel(store, true)).isEqualTo(MapFilter.ALL);

        MapScene forward = MapScene.build(journey, diagram, MapFilter.ALL.withBackwardPaths(false));
        long backward = all.edges().stream().filter(EdgeFigure::backward).count();
        assertThat(backward).isEqualTo(3);
        assertThat(forward.edges()).hasSize(all.edges().size() - 3).noneMatch(EdgeFigure::backward);
    }

    @Test
    void aMarqueeSelectsWhatIsWhollyInside() throws Exception {
        JourneyDocument document = Samples.load(SampleJourneys.RETAIL_B2C, folder);
        Journey journey = document.journey();
        MapScene scene = MapScene.build(journey, document.diagram().orElseThrow(), MapFilter.ALL);
        // the Purchase lane's column, 400..590
        var inside = scene.elementsIn(new Rect(400, 0, 190, 600));
        assertThat(inside).contains(Samples.named(journey, Touchpoint.class, "Online checkout"),
                Samples.named(journey, Touchpoint.class, "Store checkout"),
                Samples.named(journey, Touchpoint.class, "Stock check"),
                Samples.named(journey, MeasurementPoint.class, "CES online checkout"));
        assertThat(inside).doesNotContain(Samples.named(journey, Touchpoint.class, "Product pages"));
        assertThat(inside.stream().filter(Touchpoint.class::isInstance)).hasSize(3);
        assertThat(inside.stream().filter(Path.class::isInstance).map(p -> (Path) p))
                .as("Stock check -> Store checkout lies inside").hasSize(1);
    }
}
