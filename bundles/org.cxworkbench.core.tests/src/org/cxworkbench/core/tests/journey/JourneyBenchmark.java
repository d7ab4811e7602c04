package org.cxworkbench.core.tests.journey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.cxworkbench.core.journey.JourneyDocument;
import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.JourneyValidation;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.SegmentKind;
import org.cxworkbench.model.journey.Stage;
import org.cxworkbench.model.journey.Timing;
import org.cxworkbench.model.journey.Touchpoint;
import org.eclipse.emf.common.util.Diagnostic;

/**
 * Times load, validate and save of a large journey (default 1000 touchpoints, 3000 paths). Not a test: timings
 * depend on the machine. Run by {@code releng/benchmarks/journey-model.sh}; the figures go to docs/benchmarks.md.
 */
public final class JourneyBenchmark {

    private JourneyBenchmark() {
    }

    /** Median milliseconds of the measured rounds, after warm-up rounds. */
    public record Result(int touchpoints, int paths, long bytes, double loadMs, double validateMs, double saveMs,
            int errors) {
    }

    public static void main(String[] args) throws IOException {
        int touchpoints = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int paths = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Path dir = Files.createTempDirectory("cxw-benchmark");
        // The first round in a fresh JVM is what a user opening one file with cxw sees.
        Result cold = run(dir, touchpoints, paths, 0, 1);
        Result result = run(dir, touchpoints, paths, 5, rounds);
        System.out.printf("journey with %d touchpoints, %d paths: file %d KB%n", result.touchpoints(),
                result.paths(), result.bytes() / 1024);
        System.out.printf("first round (cold JVM): load %.1f ms, validate %.1f ms, save %.1f ms%n", cold.loadMs(),
                cold.validateMs(), cold.saveMs());
        System.out.printf("load %.1f ms, validate %.1f ms, save %.1f ms (median of %d, after 5 warm-up rounds;"
                + " %d validation errors)%n", result.loadMs(), result.validateMs(), result.saveMs(), rounds,
                result.errors());
    }

    public static Result run(Path dir, int touchpointCount, int pathCount, int warmUp, int rounds)
            throws IOException {
        Path file = dir.resolve("large.journey");
        Files.deleteIfExists(file);
        JourneyFiles.create(file, generate(touchpointCount, pathCount), null);
        List<Double> load = new ArrayList<>();
        List<Double> validate = new ArrayList<>();
        List<Double> save = new ArrayList<>();
        int errors = 0;
        for (int round = 0; round < warmUp + rounds; round++) {
            long t0 = System.nanoTime();
            JourneyDocument document = JourneyFiles.load(file);
            long t1 = System.nanoTime();
            Diagnostic diagnostic = JourneyValidation.validate(document.journey());
            long t2 = System.nanoTime();
            JourneyFiles.save(document);
            long t3 = System.nanoTime();
            errors = (int) JourneyValidation.findings(diagnostic).stream()
                    .filter(f -> f.severity() == org.cxworkbench.core.journey.Finding.Severity.ERROR).count();
            if (round >= warmUp) {
                load.add((t1 - t0) / 1e6);
                validate.add((t2 - t1) / 1e6);
                save.add((t3 - t2) / 1e6);
            }
        }
        return new Result(touchpointCount, pathCount, Files.size(file), median(load), median(validate),
                median(save), errors);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** A valid journey: 20 stages, touchpoints spread over them, random paths (loops included), 200 points. */
    static Journey generate(int touchpointCount, int pathCount) {
        Random random = new Random(42);
        Journey journey = TestJourneys.F.createJourney();
        journey.setName("Large");
        for (int i = 0; i < 8; i++) {
            TestJourneys.channel(journey, "Channel " + i);
        }
        List<Stage> stages = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            stages.add(TestJourneys.stage(journey, "Stage " + i));
        }
        List<Touchpoint> touchpoints = new ArrayList<>();
        for (int i = 0; i < touchpointCount; i++) {
            Touchpoint touchpoint = TestJourneys.touchpoint(stages.get(i % stages.size()), "Touchpoint " + i);
            touchpoint.setChannel(journey.getChannels().get(i % 8));
            touchpoint.setDescription("Touchpoint number " + i + " of the benchmark journey");
            touchpoint.setMomentOfTruth(i % 5 == 0);
            touchpoints.add(touchpoint);
        }
        for (int i = 0; i < pathCount; i++) {
            TestJourneys.path(touchpoints.get(random.nextInt(touchpointCount)),
                    touchpoints.get(random.nextInt(touchpointCount)), i % 3 == 0 ? "path " + i : null)
                    .setShare(i % 2 == 0 ? random.nextDouble() : null);
        }
        TestJourneys.segment(journey, "Current", SegmentKind.CURRENT);
        TestJourneys.segment(journey, "Former", SegmentKind.FORMER);
        for (int i = 0; i < touchpointCount; i += 5) {
            var point = TestJourneys.measure(journey, touchpoints.get(i), "csat", 1, 5);
            point.setTiming(Timing.WITHIN_HOURS);
            point.setWithinHours(24);
            point.getQuestions().add(TestJourneys.text("fi", "Kuinka tyytyväinen olit?"));
            point.getQuestions().add(TestJourneys.text("sv", "Hur nöjd var du?"));
            point.getQuestions().add(TestJourneys.text("en", "How satisfied were you?"));
        }
        return journey;
    }
}
