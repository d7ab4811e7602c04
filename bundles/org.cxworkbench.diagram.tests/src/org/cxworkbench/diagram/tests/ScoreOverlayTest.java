package org.cxworkbench.diagram.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import org.cxworkbench.core.journey.JourneyDocument;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.diagram.MapExport;
import org.cxworkbench.diagram.MapFilter;
import org.cxworkbench.diagram.MapPainter;
import org.cxworkbench.diagram.MapScene;
import org.cxworkbench.diagram.MapScene.Rect;
import org.cxworkbench.diagram.ScoreOverlay;
import org.cxworkbench.diagram.ScoreOverlay.Change;
import org.cxworkbench.diagram.ScoreOverlay.CurvePoint;
import org.cxworkbench.diagram.ScoreOverlay.Level;
import org.cxworkbench.diagram.ScoreOverlay.Mark;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.Stage;
import org.cxworkbench.model.journey.Touchpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The score overlay: positions against target, levels and their colours as Batik renders them into the PNG, the
 * experience curve's geometry against hand-computed values, and the legend and tags in the SVG.
 */
class ScoreOverlayTest {

    @TempDir
    Path folder;

    @Test
    void positionsAreTheDistanceFromTargetAsAShareOfTheScaleWithBetterUp() {
        // NPS 40 against 20 on -100..100: 20 / 200
        assertThat(ScoreOverlay.position(40, 20, 200, true)).isCloseTo(0.10, within(1e-12));
        // CES 3.5 against 3 on a 1..7 effort scale, lower is better: -(0.5 / 6)
        assertThat(ScoreOverlay.position(3.5, 3, 6, false)).isCloseTo(-0.0833333333, within(1e-9));
        assertThat(ScoreOverlay.level(-0.11)).isEqualTo(Level.WELL_BELOW);
        assertThat(ScoreOverlay.level(-0.0833)).isEqualTo(Level.BELOW);
        assertThat(ScoreOverlay.level(-0.02)).isEqualTo(Level.AT);
        assertThat(ScoreOverlay.level(0.0)).isEqualTo(Level.AT);
        assertThat(ScoreOverlay.level(0.02)).isEqualTo(Level.AT);
        assertThat(ScoreOverlay.level(0.10)).isEqualTo(Level.ABOVE);
        assertThat(ScoreOverlay.level(0.1001)).isEqualTo(Level.WELL_ABOVE);
    }

    @Test
    void touchpointsAreFilledByTheirLevelInTheRenderedPng() throws Exception {
        JourneyDocument document = Samples.load(SampleJourneys.RETAIL_B2C, folder);
        Journey journey = document.journey();
        Touchpoint above = Samples.named(journey, Touchpoint.class, "Product pages");
        Touchpoint below = Samples.named(journey, Touchpoint.class, "Advertising");
        Touchpoint few = Samples.named(journey, Touchpoint.class, "Review site");
        Map<String, Mark> marks = new LinkedHashMap<>();
        // NPS 52 against 20: 32 / 200 = 0.16, well above
        marks.put(above.getId(), mark(52, 20, 200, true, false));
        // CSAT 70 % against 80 %: -10 / 100 = -0.10, below (not well below: the threshold is strict)
        marks.put(below.getId(), mark(70, 80, 100, true, false));
        marks.put(few.getId(), mark(90, 80, 100, true, true));
        ScoreOverlay overlay = new ScoreOverlay("Net Promoter Score", "NPS", marks, Map.of());
        assertThat(marks.get(above.getId()).level()).isEqualTo(Level.WELL_ABOVE);
        assertThat(marks.get(below.getId()).level()).isEqualTo(Level.BELOW);

        MapExport.Picture picture = MapExport.picture(document, MapFilter.ALL, null);
        picture.decorations().setScores(overlay);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(MapExport.png(MapExport.svg(picture), 1)));
        Rect all = MapPainter.bounds(picture.scene(), picture.decorations());
        assertThat(pixel(image, all, picture.scene(), above)).isEqualTo(0x6BAED6);
        assertThat(pixel(image, all, picture.scene(), below)).isEqualTo(0xFEE0B6);
        assertThat(pixel(image, all, picture.scene(), few)).as("low n is grey").isEqualTo(ScoreOverlay.LOW_N);
        Files.write(MapExportTest.keep().resolve("retail-b2c-overlay.png"), MapExport.png(MapExport.svg(picture), 1));
    }

    @Test
    void theCurvesPointsLieWhereTheFormulaPutsThem() throws Exception {
        JourneyDocument document = Samples.load(SampleJourneys.RETAIL_B2C, folder);
        Journey journey = document.journey();
        Stage need = journey.getStages().get(0), search = journey.getStages().get(1);
        Map<String, CurvePoint> stages = new LinkedHashMap<>();
        stages.put(need.getId(), new CurvePoint(0.05, 0.0, 0.10, false, "NPS 30"));
        stages.put(search.getId(), new CurvePoint(-0.20, -0.25, -0.15, true, "NPS -20"));
        ScoreOverlay overlay = new ScoreOverlay("Net Promoter Score", "NPS", Map.of(), stages);
        MapScene scene = MapExport.picture(document, MapFilter.ALL, null).scene();
        ScoreOverlay.CurveLayout layout = overlay.layout(scene);

        double lanesBottom = scene.lanes().get(0).bounds().bottom();
        assertThat(layout.band().y()).isEqualTo(lanesBottom + 16);
        // plot: band top + 4 + legend row 24 + title row 22 + 6, 130 high
        double plotTop = lanesBottom + 16 + 4 + 24 + 22 + 6;
        assertThat(layout.plot().y()).isEqualTo(plotTop);
        assertThat(layout.extent()).as("the largest interval end, 0.25").isCloseTo(0.25, within(1e-12));
        double zero = plotTop + 65;
        assertThat(layout.zeroY()).isEqualTo(zero);
        // y = zero - position / extent * 65
        assertThat(layout.points().get(0).y()).isCloseTo(zero - 13, within(1e-9));
        assertThat(layout.points().get(1).y()).isCloseTo(zero + 52, within(1e-9));
        assertThat(layout.points().get(0).x()).isEqualTo(scene.lane(need).bounds().centerX());
        assertThat(layout.points().get(2)).as("a stage without a score has no point").isNull();

        // a small spread keeps the extent at 0.10
        ScoreOverlay flat = new ScoreOverlay("NPS", "NPS", Map.of(),
                Map.of(need.getId(), new CurvePoint(0.01, Double.NaN, Double.NaN, false, "NPS 22")));
        assertThat(flat.layout(scene).extent()).isCloseTo(0.10, within(1e-12));
        assertThat(flat.layout(scene).points().get(0).y()).isCloseTo(zero - 6.5, within(1e-9));
    }

    @Test
    void theSvgHasTheLegendTheTagsAndTheCurveAndGrowsByTheBand() throws Exception {
        JourneyDocument document = Samples.load(SampleJourneys.RETAIL_B2C, folder);
        Journey journey = document.journey();
        Touchpoint tp = Samples.named(journey, Touchpoint.class, "Product pages");
        Mark mark = new Mark("NPS", "34", 118, "22\u201346", 0.07, Change.DOWN, true, false, false,
                "target 20, previously 41");
        ScoreOverlay overlay = new ScoreOverlay("Net Promoter Score", "NPS", Map.of(tp.getId(), mark),
                Map.of(journey.getStages().get(0).getId(), new CurvePoint(0.07, 0.01, 0.13, false, "NPS 34")));
        MapExport.Picture plain = MapExport.picture(document, MapFilter.ALL, null);
        String without = MapExport.svg(plain);
        plain.decorations().setScores(overlay);
        String svg = MapExport.svg(plain);
        assertThat(svg).contains(">well above target<").contains(">well below target<").contains(">on target<")
                .contains(">too few answers<").contains(">no answers<").contains(">worse than before<");
        assertThat(svg).contains(">NPS 34 n=118 [22\u201346]<").contains("target 20, previously 41");
        assertThat(svg).contains("Experience curve: Net Promoter Score");
        assertThat(svg).contains("#C6DBEF".toLowerCase()).contains("#d55e00");
        assertThat(without).doesNotContain("Experience curve").doesNotContain("no answers");
        double heightWith = Double.parseDouble(attribute(svg, "height"));
        double heightWithout = Double.parseDouble(attribute(without, "height"));
        assertThat(heightWith).isGreaterThanOrEqualTo(heightWithout + ScoreOverlay.CURVE_HEIGHT);
        Files.writeString(MapExportTest.keep().resolve("retail-b2c-overlay.svg"), svg);
    }

    private static Mark mark(double score, double target, double range, boolean higher, boolean lowN) {
        return new Mark("NPS", String.valueOf((long) score), 100, null,
                ScoreOverlay.position(score, target, range, higher), Change.NONE, false, false, lowN, null);
    }

    /** The colour drawn 5 pixels inside the box's right border, at its middle height. */
    private static int pixel(BufferedImage image, Rect all, MapScene scene, Touchpoint tp) {
        Rect b = scene.node(tp).bounds();
        int x = (int) Math.round(b.right() - 5 - all.x() + MapExport.MARGIN);
        int y = (int) Math.round(b.y() + b.height() * 0.75 - all.y() + MapExport.MARGIN);
        if (scene.nodes().stream().noneMatch(n -> n.touchpoint() == tp)) {
            throw new AssertionError(tp.getName() + " not on the map");
        }
        return image.getRGB(x, y) & 0xFFFFFF;
    }

    private static String attribute(String svg, String name) {
        int root = svg.indexOf("<svg ");
        int at = svg.indexOf(" " + name + "=\"", root);
        int start = at + name.length() + 3;
        return svg.substring(start, svg.indexOf('"', start));
    }
}
