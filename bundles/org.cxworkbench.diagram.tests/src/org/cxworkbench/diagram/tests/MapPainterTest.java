package org.cxworkbench.diagram.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.cxworkbench.diagram.ChannelIcon;
import org.cxworkbench.diagram.MapGraphics.MapFont;
import org.cxworkbench.diagram.MapPainter;
import org.cxworkbench.diagram.MapScene;
import org.cxworkbench.diagram.SvgGraphics;
import org.cxworkbench.core.journey.JourneyDocument;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.diagram.MapExport;
import org.cxworkbench.diagram.MapFilter;
import org.cxworkbench.diagram.MapLayout;
import org.cxworkbench.diagram.MapPainter.LabelFigure;
import org.cxworkbench.diagram.MapScene.Rect;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.Path;
import org.cxworkbench.model.notation.Diagram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Label fitting and placement with real font metrics, and the channel pictures chosen by name. */
class MapPainterTest {

    @TempDir
    java.nio.file.Path folder;

    private final SvgGraphics g = new SvgGraphics();
    private final MapFont font = MapFont.plain(12);

    @Test
    void aLongNameIsWrappedIntoTwoLinesThatFitAndTheRestIsEllipsized() {
        double width = MapScene.NODE_WIDTH - 22;
        List<String> lines = MapPainter.wrap(g, "Loyalty membership renewal with a very long explanation of it", font,
                width, 2);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("Loyalty");
        assertThat(lines.get(1)).endsWith("\u2026");
        for (String line : lines) {
            assertThat(g.textExtent(line, font).width()).as(line).isLessThanOrEqualTo(width);
        }
        assertThat(MapPainter.wrap(g, "Web", font, width, 2)).containsExactly("Web");
        assertThat(MapPainter.wrap(g, "Supercalifragilisticexpialidociousness", font, 60, 2)).hasSize(1)
                .allSatisfy(l -> assertThat(g.textExtent(l, font).width()).isLessThanOrEqualTo(60));
    }

    @Test
    void ellipsizingKeepsWhatFitsAndWidthsGrowWithText() {
        assertThat(MapPainter.ellipsize(g, "Buys online", font, 500)).isEqualTo("Buys online");
        String cut = MapPainter.ellipsize(g, "Straight to checkout from an offer", font, 80);
        assertThat(cut).startsWith("Straight").endsWith("\u2026");
        assertThat(g.textExtent(cut, font).width()).isLessThanOrEqualTo(80);
        assertThat(MapPainter.ellipsize(g, "anything", font, 1)).isEmpty();
        assertThat(g.textExtent("WWWW", font).width()).isGreaterThan(g.textExtent("iiii", font).width());
        assertThat(g.textExtent("Ag", MapFont.plain(24)).height()).isGreaterThan(g.textExtent("Ag", font).height());
    }

    @Test
    void noPathLabelCoversABoxABadgeOrAnotherLabelInEitherSampleAndADroppedOneIsATitle() throws Exception {
        for (String sample : SampleJourneys.names()) {
            JourneyDocument document = Samples.load(sample, folder.resolve(sample + ".d"));
            Journey journey = document.journey();
            // the sample's own notation, and the map laid out afresh (what Arrange All gives)
            for (Diagram diagram : List.of(MapLayout.completeCopy(journey, document.diagram().orElse(null)),
                    MapLayout.layout(journey))) {
                MapScene scene = MapScene.build(journey, diagram, MapFilter.ALL);
                List<LabelFigure> labels = MapPainter.placeLabels(scene, g, null);
                long labelled = journey.getPaths().stream().map(Path::getLabel)
                        .filter(l -> l != null && !l.isBlank()).count();
                assertThat(labels).as("%s: one figure per labelled path", sample).hasSize((int) labelled);
                List<Rect> placed = labels.stream().map(LabelFigure::bounds).filter(b -> b != null).toList();
                assertThat(placed).as("%s: labels drawn", sample).isNotEmpty();
                for (LabelFigure label : labels) {
                    Rect at = label.bounds();
                    if (at == null) {
                        continue;
                    }
                    String full = label.edge().path().getLabel();
                    assertThat(label.text().equals(full) || label.text().endsWith("\u2026")
                            && full.startsWith(label.text().substring(0, label.text().length() - 1)))
                            .as("%s: '%s' is '%s' or its start", sample, label.text(), full).isTrue();
                    assertThat(at.x() >= scene.bounds().x() && at.right() <= scene.bounds().right()
                            && at.y() >= scene.bounds().y() && at.bottom() <= scene.bounds().bottom())
                            .as("%s: '%s' inside the map", sample, full).isTrue();
                    for (var node : scene.nodes()) {
                        assertThat(at.intersects(node.bounds())).as("%s: label '%s' over box '%s'", sample,
                                label.text(), node.touchpoint().getName()).isFalse();
                    }
                    for (var badge : scene.badges()) {
                        assertThat(at.intersects(badge.bounds())).as("%s: label '%s' over a badge", sample,
                                label.text()).isFalse();
                    }
                    for (LabelFigure other : labels) {
                        if (other != label && other.bounds() != null) {
                            assertThat(at.intersects(other.bounds())).as("%s: label '%s' over label '%s'", sample,
                                    label.text(), other.text()).isFalse();
                        }
                    }
                }
            }
            // in the export, every label shortened or left out is there whole as a title
            java.nio.file.Path svg = MapExportTest.keep().resolve(sample.replace(".journey", "-labels.svg"));
            MapExport.exportSvg(document, svg, MapFilter.ALL);
            String text = java.nio.file.Files.readString(svg);
            MapScene scene = MapScene.build(journey,
                    MapLayout.completeCopy(journey, document.diagram().orElse(null)), MapFilter.ALL);
            for (LabelFigure label : MapPainter.placeLabels(scene, g, null)) {
                String full = label.edge().path().getLabel();
                if (label.bounds() == null || !label.text().equals(full)) {
                    assertThat(text).as("%s: title of '%s'", sample, full)
                            .contains("<title>" + full.replace("&", "&amp;").replace("<", "&lt;") + "</title>");
                }
            }
        }
    }

    @Test
    void aLabelWithNoRoomIsShortenedThenDropped() throws Exception {
        JourneyDocument document = Samples.load(SampleJourneys.RETAIL_B2C, folder);
        Journey journey = document.journey();
        Path first = journey.getPaths().get(0);
        first.setLabel("A very long label that explains at length why the customer takes this path at all");
        MapScene scene = MapScene.build(journey, MapLayout.layout(journey), MapFilter.ALL);
        LabelFigure label = MapPainter.placeLabels(scene, g, null).stream().filter(l -> l.edge().path() == first)
                .findFirst().orElseThrow();
        assertThat(label.text()).endsWith("\u2026");
        assertThat(g.textExtent(label.text(), org.cxworkbench.diagram.MapStyle.DEFAULT.labelFont()).width())
                .isLessThanOrEqualTo(140);
        // a map with no room at all: one box far larger than the map covers every place a label could go
        Diagram diagram = MapLayout.layout(journey);
        diagram.getNodes().get(0).setX(-50_000);
        diagram.getNodes().get(0).setY(-50_000);
        diagram.getNodes().get(0).setWidth(100_000);
        diagram.getNodes().get(0).setHeight(100_000);
        MapScene covered = MapScene.build(journey, diagram, MapFilter.ALL);
        Rect big = covered.nodes().get(0).bounds();
        List<LabelFigure> labels = MapPainter.placeLabels(covered, g, null);
        // forward paths run inside the big box: their labels are left out; backward ones run below all boxes
        assertThat(labels).filteredOn(l -> !l.edge().backward()).isNotEmpty()
                .allSatisfy(l -> assertThat(l.bounds()).as("'%s' dropped", l.edge().path().getLabel()).isNull());
        assertThat(labels).filteredOn(l -> l.bounds() != null).isNotEmpty()
                .allSatisfy(l -> assertThat(l.bounds().intersects(big)).isFalse());
    }

    @Test
    void channelPicturesAreChosenByWordsInTheNameInThreeLanguages() {
        assertThat(ChannelIcon.of("Web")).isEqualTo(ChannelIcon.WEB);
        assertThat(ChannelIcon.of("Mobile app")).isEqualTo(ChannelIcon.APP);
        assertThat(ChannelIcon.of("Email")).isEqualTo(ChannelIcon.EMAIL);
        assertThat(ChannelIcon.of("Sähköposti")).isEqualTo(ChannelIcon.EMAIL);
        assertThat(ChannelIcon.of("Phone")).isEqualTo(ChannelIcon.PHONE);
        assertThat(ChannelIcon.of("Puhelin")).isEqualTo(ChannelIcon.PHONE);
        assertThat(ChannelIcon.of("Store")).isEqualTo(ChannelIcon.STORE);
        assertThat(ChannelIcon.of("Butik")).isEqualTo(ChannelIcon.STORE);
        assertThat(ChannelIcon.of("Chat")).isEqualTo(ChannelIcon.CHAT);
        assertThat(ChannelIcon.of("Letter mail")).isEqualTo(ChannelIcon.MAIL);
        assertThat(ChannelIcon.of("Social media")).isEqualTo(ChannelIcon.SOCIAL);
        assertThat(ChannelIcon.of("Partner")).isEqualTo(ChannelIcon.PARTNER);
        assertThat(ChannelIcon.of("Account manager")).isEqualTo(ChannelIcon.PERSON);
        assertThat(ChannelIcon.of("Service portal")).isEqualTo(ChannelIcon.PORTAL);
        assertThat(ChannelIcon.of("Events")).isEqualTo(ChannelIcon.EVENT);
        assertThat(ChannelIcon.of("Carrier pigeon")).isEqualTo(ChannelIcon.PARTNER);
        assertThat(ChannelIcon.of("Telepathy")).isEqualTo(ChannelIcon.GENERIC);
        assertThat(ChannelIcon.of(null)).isEqualTo(ChannelIcon.GENERIC);
    }
}
