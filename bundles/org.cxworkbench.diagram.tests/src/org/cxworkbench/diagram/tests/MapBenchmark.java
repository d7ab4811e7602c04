package org.cxworkbench.diagram.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.cxworkbench.core.journey.JourneyModel;
import org.cxworkbench.diagram.MapDecorations;
import org.cxworkbench.diagram.MapFilter;
import org.cxworkbench.diagram.MapLayout;
import org.cxworkbench.diagram.MapPainter;
import org.cxworkbench.diagram.MapScene;
import org.cxworkbench.diagram.MapStyle;
import org.cxworkbench.diagram.ScoreOverlay;
import org.cxworkbench.diagram.SvgGraphics;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.JourneyFactory;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.model.journey.Path;
import org.cxworkbench.model.journey.Stage;
import org.cxworkbench.model.journey.Touchpoint;
import org.cxworkbench.model.journey.TouchpointKind;
import org.cxworkbench.model.notation.Diagram;

/**
 * Times the journey map of a large journey (default 1000 touchpoints, 3000 paths over 20 stages): ELK layout into
 * a new notation, the scene built from it, and the scene painted to SVG. Not a test: the figures depend on the
 * machine. Run by {@code releng/benchmarks/journey-map.sh}; the figures go to docs/benchmarks.md.
 * <p>
 * The generated journey is shaped like a real one, only bigger: most paths go to the same or one of the next
 * two stages, one in ten goes back to an earlier stage, one in twenty is a jump anywhere, and every fifth
 * touchpoint has a measurement point.
 */
public final class MapBenchmark {

    private MapBenchmark() {
    }

    public static void main(String[] args) {
        int touchpoints = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int paths = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        Journey journey = generate(touchpoints, paths, 20);
        System.out.printf("journey map of %d touchpoints, %d paths, %d stages, %d measurement points%n",
                journey.getTouchpoints().size(), journey.getPaths().size(), journey.getStages().size(),
                journey.getMeasurementPoints().size());
        double[] first = round(journey);
        System.out.printf("first run (cold JVM): layout %.0f ms, scene %.0f ms, paint to SVG %.0f ms, total %.0f ms"
                + " (SVG %d KB)%n", first[0], first[1], first[2], first[0] + first[1] + first[2], (long) first[3] / 1024);
        int warmUp = 3;
        List<double[]> measured = new ArrayList<>();
        for (int i = 0; i < warmUp + rounds; i++) {
            double[] r = round(journey);
            if (i >= warmUp) {
                measured.add(r);
            }
        }
        double layout = median(measured, 0), scene = median(measured, 1), paint = median(measured, 2);
        System.out.printf("warm (median of %d after %d warm-up runs): layout %.0f ms, scene %.0f ms, paint to SVG"
                + " %.0f ms, scene + paint %.0f ms, total %.0f ms%n", rounds, warmUp, layout, scene, paint,
                scene + paint, layout + scene + paint);
        System.out.printf("with the score overlay (every touchpoint scored, the experience curve): first run %.0f ms,"
                + " warm paint to SVG %.0f ms (SVG %d KB)%n", first[4], median(measured, 4),
                (long) measured.get(0)[5] / 1024);
    }

    /** One run: {layout ms, scene ms, paint ms, SVG characters}. */
    static double[] round(Journey journey) {
        long t0 = System.nanoTime();
        Diagram diagram = MapLayout.layout(journey);
        long t1 = System.nanoTime();
        MapScene scene = MapScene.build(journey, diagram, MapFilter.ALL);
        long t2 = System.nanoTime();
        SvgGraphics svg = new SvgGraphics();
        MapPainter.paint(scene, svg, MapStyle.DEFAULT, MapDecorations.none(), List.of());
        String text = svg.toSvg(scene.bounds(), 16, 1);
        long t3 = System.nanoTime();
        MapDecorations decorations = MapDecorations.none();
        decorations.setScores(overlay(journey));
        SvgGraphics withScores = new SvgGraphics();
        MapPainter.paint(scene, withScores, MapStyle.DEFAULT, decorations, List.of());
        String scored = withScores.toSvg(MapPainter.bounds(scene, decorations), 16, 1);
        long t4 = System.nanoTime();
        return new double[] { (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, text.length(), (t4 - t3) / 1e6,
                scored.length() };
    }

    /** Scores for every touchpoint (all five levels, some low n, every fifth changed) and every stage. */
    static ScoreOverlay overlay(Journey journey) {
        java.util.Map<String, ScoreOverlay.Mark> marks = new java.util.HashMap<>();
        int i = 0;
        for (Touchpoint tp : journey.getTouchpoints()) {
            double position = (i % 9 - 4) * 0.04;
            marks.put(tp.getId(), new ScoreOverlay.Mark("CSAT", (80 + i % 20) + " %", 100 + i, "71 %\u201389 %",
                    position, i % 5 == 0 ? ScoreOverlay.Change.UP : ScoreOverlay.Change.NONE, i % 5 == 0, true,
                    i % 13 == 0, "target 80 %"));
            i++;
        }
        java.util.Map<String, ScoreOverlay.CurvePoint> points = new java.util.HashMap<>();
        int s = 0;
        for (Stage stage : journey.getStages()) {
            double p = Math.sin(s++) * 0.1;
            points.put(stage.getId(), new ScoreOverlay.CurvePoint(p, p - 0.03, p + 0.03, false, "CSAT 80 %"));
        }
        return new ScoreOverlay("CSAT", "CSAT", marks, points);
    }

    private static double median(List<double[]> runs, int index) {
        List<Double> values = runs.stream().map(r -> r[index]).sorted().toList();
        return values.get(values.size() / 2);
    }

    /** A journey of {@code stageCount} stages with touchpoints spread evenly and paths mostly forward. */
    static Journey generate(int touchpointCount, int pathCount, int stageCount) {
        JourneyFactory f = JourneyFactory.eINSTANCE;
        Random random = new Random(7);
        Journey journey = JourneyModel.newJourney("Benchmark journey");
        List<Stage> stages = new ArrayList<>();
        for (int i = 0; i < stageCount; i++) {
            Stage stage = f.createStage();
            stage.setName("Stage " + (i + 1));
            journey.getStages().add(stage);
            stages.add(stage);
        }
        List<List<Touchpoint>> byStage = new ArrayList<>();
        stages.forEach(s -> byStage.add(new ArrayList<>()));
        List<Touchpoint> touchpoints = new ArrayList<>();
        TouchpointKind[] kinds = TouchpointKind.values();
        for (int i = 0; i < touchpointCount; i++) {
            Touchpoint tp = f.createTouchpoint();
            tp.setName("Touchpoint " + (i + 1) + " of the benchmark");
            int stage = i % stageCount;
            journey.getTouchpoints().add(tp);
            tp.setStage(stages.get(stage));
            tp.setChannel(journey.getChannels().get(i % journey.getChannels().size()));
            tp.setKind(kinds[i % kinds.length]);
            tp.setDirect(i % 7 != 0);
            tp.setMomentOfTruth(i % 11 == 0);
            byStage.get(stage).add(tp);
            touchpoints.add(tp);
            if (i % 5 == 0) {
                MeasurementPoint point = f.createMeasurementPoint();
                point.setName("CSAT " + (i + 1));
                point.setMetricId("csat");
                point.setAttachedTo(tp);
                journey.getMeasurementPoints().add(point);
            }
        }
        for (int i = 0; i < pathCount; i++) {
            Touchpoint from = touchpoints.get(random.nextInt(touchpointCount));
            int fromStage = stages.indexOf(from.getStage());
            int r = random.nextInt(20);
            int toStage;
            if (r < 2) { // back to an earlier stage
                toStage = Math.max(0, fromStage - 1 - random.nextInt(3));
            } else if (r < 3) { // a jump anywhere
                toStage = random.nextInt(stageCount);
            } else { // the same or one of the next two stages
                toStage = Math.min(stageCount - 1, fromStage + random.nextInt(3));
            }
            List<Touchpoint> candidates = byStage.get(toStage);
            Path path = f.createPath();
            path.setFrom(from);
            path.setTo(candidates.get(random.nextInt(candidates.size())));
            if (i % 10 == 0) {
                path.setLabel("path " + (i + 1));
            }
            journey.getPaths().add(path);
        }
        return journey;
    }
}
