package org.cxworkbench.diagram.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.diagram.ScoreOverlay;
import org.cxworkbench.diagram.ScoreOverlay.Change;
import org.cxworkbench.diagram.ScoreOverlay.Level;
import org.cxworkbench.diagram.ScoreOverlay.Mark;
import org.cxworkbench.diagram.scores.ScoreOverlays;
import org.cxworkbench.metrics.Direction;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.metrics.Score;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.Stage;
import org.cxworkbench.model.journey.Touchpoint;
import org.cxworkbench.services.scoring.JourneyScores;
import org.cxworkbench.services.scoring.ScoreRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The adapter from the services' journey scores to the overlay, against hand-computed positions. */
class ScoreOverlaysTest {

    @TempDir
    Path folder;

    private static Score score(double value, long n, double low, double high, boolean lowN) {
        return new Score(value, n, n, 0, Double.NaN, low, high, 0.95, Map.of(), Map.of(), lowN);
    }

    private static Score empty() {
        return score(Double.NaN, 0, Double.NaN, Double.NaN, true);
    }

    @Test
    void rowsBecomeMarksAndCurvePointsNormalisedByTheMetricsScale() throws Exception {
        Journey journey = Samples.load(SampleJourneys.RETAIL_B2C, folder).journey();
        Touchpoint chat = Samples.named(journey, Touchpoint.class, "Customer service chat");
        Touchpoint checkout = Samples.named(journey, Touchpoint.class, "Online checkout");
        Touchpoint review = Samples.named(journey, Touchpoint.class, "Review site");
        Stage support = chat.getStage(), purchase = checkout.getStage();
        // CSAT 90 % (82-98) against 85, before 50 %, significant: (90 - 85) / 100 = 0.05
        ScoreRow csat = new ScoreRow(chat.getId(), chat.getName(), "csat", "CSAT", score(90, 60, 82, 98, false),
                score(50, 60, 37, 63, false), 40.0, true, Direction.HIGHER, 85.0, true, false);
        // CES (1-5, lower is better) 2.5 (2.1-2.9) against 2: -(2.5 - 2) / 4 = -0.125
        ScoreRow ces = new ScoreRow(checkout.getId(), checkout.getName(), "ces5", "CES", score(2.5, 20, 2.1, 2.9, true),
                null, null, false, Direction.LOWER, 2.0, false, true);
        ScoreRow none = new ScoreRow(review.getId(), review.getName(), "nps", "NPS", empty(), null, null, false,
                Direction.HIGHER, 30.0, null, true);
        JourneyScores scores = new JourneyScores(
                Map.of(chat.getId(), List.of(csat), checkout.getId(), List.of(ces), review.getId(), List.of(none)),
                Map.of(support.getId(), List.of(csat), purchase.getId(), List.of(ces)));
        MetricRegistry registry = MetricRegistry.getDefault();
        assertThat(ScoreOverlays.range("nps", registry)).contains(200.0);
        assertThat(ScoreOverlays.range("csat", registry)).contains(100.0);
        assertThat(ScoreOverlays.range("ces5", registry)).contains(4.0);

        ScoreOverlay all = ScoreOverlays.of(journey, scores, null, registry);
        Mark chatMark = all.touchpoint(chat.getId());
        assertThat(chatMark.position()).isCloseTo(0.05, within(1e-12));
        assertThat(chatMark.level()).isEqualTo(Level.ABOVE);
        assertThat(chatMark.change()).isEqualTo(Change.UP);
        assertThat(chatMark.better()).isTrue();
        assertThat(chatMark.significant()).isTrue();
        assertThat(chatMark.text()).isEqualTo("CSAT 90 % n=60 [82 %\u201398 %]");
        Mark cesMark = all.touchpoint(checkout.getId());
        assertThat(cesMark.position()).isCloseTo(-0.125, within(1e-12));
        assertThat(cesMark.level()).isEqualTo(Level.WELL_BELOW);
        assertThat(cesMark.lowN()).isTrue();
        assertThat(cesMark.fill()).isEqualTo(ScoreOverlay.LOW_N);
        assertThat(cesMark.text()).isEqualTo("CES 2.50 n=20 [2.10\u20132.90]");
        assertThat(all.touchpoint(review.getId())).as("no answers: no mark, drawn hatched").isNull();

        // the curve: CES's band flips with its direction, (2.9 - 2) / 4 below and (2.1 - 2) / 4
        var purchasePoint = all.stage(purchase.getId());
        assertThat(purchasePoint.position()).isCloseTo(-0.125, within(1e-12));
        assertThat(purchasePoint.low()).isCloseTo(-0.225, within(1e-12));
        assertThat(purchasePoint.high()).isCloseTo(-0.025, within(1e-12));
        assertThat(purchasePoint.lowN()).isTrue();
        assertThat(all.stage(support.getId()).position()).isCloseTo(0.05, within(1e-12));
        assertThat(all.metricName()).startsWith("all metrics");

        ScoreOverlay onlyCsat = ScoreOverlays.of(journey, scores, "csat", registry);
        assertThat(onlyCsat.stage(purchase.getId())).as("no CSAT in Purchase").isNull();
        assertThat(onlyCsat.stage(support.getId()).low()).isCloseTo(-0.03, within(1e-12));
        assertThat(onlyCsat.metricName()).isEqualTo("CSAT");
        assertThat(onlyCsat.touchpoint(checkout.getId())).as("its only row is shown, CES").isNotNull();
        assertThat(ScoreOverlays.metrics(scores)).containsOnlyKeys("csat", "ces5");
    }
}
