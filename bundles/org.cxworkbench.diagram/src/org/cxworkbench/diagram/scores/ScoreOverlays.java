package org.cxworkbench.diagram.scores;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.cxworkbench.diagram.MapScene;
import org.cxworkbench.diagram.ScoreOverlay;
import org.cxworkbench.diagram.ScoreOverlay.Change;
import org.cxworkbench.diagram.ScoreOverlay.CurvePoint;
import org.cxworkbench.diagram.ScoreOverlay.Mark;
import org.cxworkbench.diagram.internal.Messages;
import org.cxworkbench.metrics.Direction;
import org.cxworkbench.metrics.MetricDescriptor;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.metrics.Score;
import org.cxworkbench.metrics.Unit;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.Stage;
import org.cxworkbench.model.journey.Touchpoint;
import org.cxworkbench.services.scoring.JourneyScores;
import org.cxworkbench.services.scoring.ScoreRow;
import org.eclipse.osgi.util.NLS;

/**
 * Turns the services' {@link JourneyScores} into the map's {@link ScoreOverlay}: the one adapter the journey editor
 * and {@code cxw map --scores} share (headless: no SWT, no store access of its own).
 * <ul>
 * <li>A touchpoint shows the row of the chosen metric when it has one with answers, else its first row with
 * answers (a target preferred); a touchpoint whose rows have no answers, or that has no points, is drawn "no
 * answers".</li>
 * <li>A stage's curve point is its row of the chosen metric, normalised against that row's target; a row without a
 * target gives no point. With no metric chosen ({@code null}, "all metrics") a stage's point is the mean of the
 * positions of its rows that have a score and a target, and the band the mean of their interval ends (a summary,
 * not an interval of its own).</li>
 * <li>The scale's range for the normalisation: 200 for net points (NPS), 100 for percentages, the answer scale's
 * width for means ({@link MetricDescriptor#scaleMax()} − {@link MetricDescriptor#scaleMin()}).</li>
 * </ul>
 */
public final class ScoreOverlays {

    private ScoreOverlays() {
    }

    /**
     * The overlay of a journey's scores.
     *
     * @param metricId the metric of the curve (and preferred for the touchpoints); {@code null} for all metrics
     * @param registry the metrics, for each one's scale, unit and symbol
     */
    public static ScoreOverlay of(Journey journey, JourneyScores scores, String metricId, MetricRegistry registry) {
        Map<String, Mark> marks = new LinkedHashMap<>();
        for (Touchpoint tp : journey.getTouchpoints()) {
            ScoreRow row = chooseRow(scores.touchpoint(tp.getId()), metricId);
            if (row != null) {
                marks.put(tp.getId(), mark(row, registry));
            }
        }
        Map<String, CurvePoint> points = new LinkedHashMap<>();
        for (Stage stage : journey.getStages()) {
            CurvePoint point = curvePoint(scores.stage(stage.getId()), metricId, registry);
            if (point != null) {
                points.put(stage.getId(), point);
            }
        }
        String name = metricId == null ? Messages.Overlay_allMetrics : metricName(scores, metricId, registry);
        String symbol = metricId == null ? "" : MapScene.symbol(metricId);
        return new ScoreOverlay(name, symbol, marks, points);
    }

    /** The metrics that have a scored row on some stage or touchpoint, by id with their names, in journey order. */
    public static Map<String, String> metrics(JourneyScores scores) {
        Map<String, String> metrics = new LinkedHashMap<>();
        List<List<ScoreRow>> all = new ArrayList<>(scores.stages().values());
        all.addAll(scores.touchpoints().values());
        for (List<ScoreRow> rows : all) {
            for (ScoreRow row : rows) {
                if (row.hasScore()) {
                    metrics.putIfAbsent(row.metricId(), row.metricName() == null ? row.metricId() : row.metricName());
                }
            }
        }
        return metrics;
    }

    /** The width of a metric's score scale, or empty when the metric is not installed. */
    public static Optional<Double> range(String metricId, MetricRegistry registry) {
        Optional<MetricDescriptor> descriptor = registry == null ? Optional.empty() : registry.find(metricId);
        return descriptor.map(d -> switch (d.unit()) {
            case NET_POINTS -> 200.0;
            case PERCENT -> 100.0;
            case MEAN -> d.scaleMax() - d.scaleMin();
        }).filter(r -> r > 0);
    }

    private static ScoreRow chooseRow(List<ScoreRow> rows, String metricId) {
        ScoreRow best = null;
        for (ScoreRow row : rows) {
            if (!row.hasScore()) {
                continue;
            }
            if (metricId != null && metricId.equals(row.metricId())) {
                return row;
            }
            if (best == null || best.target() == null && row.target() != null) {
                best = row;
            }
        }
        return best;
    }

    private static Mark mark(ScoreRow row, MetricRegistry registry) {
        Unit unit = unit(row.metricId(), registry);
        Score score = row.score();
        Double position = position(row, score.value(), registry);
        Change change = row.change() == null || row.change() == 0 ? Change.NONE
                : row.change() > 0 ? Change.UP : Change.DOWN;
        boolean better = change != Change.NONE && (change == Change.UP) == (row.better() == Direction.HIGHER);
        String interval = score.hasInterval() ? format(score.low(), unit) + "\u2013" + format(score.high(), unit)
                : null;
        String target = row.target() == null ? Messages.Overlay_noTarget : format(row.target(), unit);
        String previous = row.previous() == null || row.previous().isEmpty() ? "\u2013"
                : format(row.previous().value(), unit);
        String tooltip = NLS.bind(Messages.Overlay_tooltip,
                new Object[] { row.metricName() == null ? row.metricId() : row.metricName(), target, previous,
                        row.significant() ? Messages.Overlay_significant : Messages.Overlay_notSignificant });
        return new Mark(MapScene.symbol(row.metricId()), format(score.value(), unit), score.n(), interval, position,
                change, row.significant(), better, row.lowN(), tooltip);
    }

    private static CurvePoint curvePoint(List<ScoreRow> rows, String metricId, MetricRegistry registry) {
        double sum = 0, sumLow = 0, sumHigh = 0;
        int count = 0, withInterval = 0;
        boolean lowN = false;
        String label = null;
        for (ScoreRow row : rows) {
            if (!row.hasScore() || metricId != null && !metricId.equals(row.metricId())) {
                continue;
            }
            Double position = position(row, row.score().value(), registry);
            if (position == null) {
                continue;
            }
            sum += position;
            count++;
            lowN |= row.lowN();
            if (row.score().hasInterval()) {
                double a = position(row, row.score().low(), registry), b = position(row, row.score().high(), registry);
                sumLow += Math.min(a, b);
                sumHigh += Math.max(a, b);
                withInterval++;
            }
            label = MapScene.symbol(row.metricId()) + " " + format(row.score().value(), unit(row.metricId(), registry));
        }
        if (count == 0) {
            return null;
        }
        double mean = sum / count;
        if (count > 1) {
            label = String.format(Locale.ROOT, "%+.0f %%", mean * 100);
        }
        boolean banded = withInterval == count;
        return new CurvePoint(mean, banded ? sumLow / count : Double.NaN, banded ? sumHigh / count : Double.NaN, lowN,
                label);
    }

    private static Double position(ScoreRow row, double value, MetricRegistry registry) {
        Optional<Double> range = range(row.metricId(), registry);
        if (row.target() == null || range.isEmpty() || Double.isNaN(value)) {
            return null;
        }
        return ScoreOverlay.position(value, row.target(), range.get(), row.better() == Direction.HIGHER);
    }

    private static Unit unit(String metricId, MetricRegistry registry) {
        return registry == null ? Unit.MEAN : registry.find(metricId).map(MetricDescriptor::unit).orElse(Unit.MEAN);
    }

    private static String metricName(JourneyScores scores, String metricId, MetricRegistry registry) {
        String name = metrics(scores).get(metricId);
        if (name != null) {
            return name;
        }
        return registry == null ? metricId : registry.find(metricId).map(MetricDescriptor::name).orElse(metricId);
    }

    /** A score in its unit: whole net points and percentages ("34", "72 %"), means with two decimals ("4.25"). */
    static String format(double value, Unit unit) {
        return switch (unit) {
            case NET_POINTS -> String.format(Locale.ROOT, "%.0f", value);
            case PERCENT -> String.format(Locale.ROOT, "%.0f %%", value);
            case MEAN -> String.format(Locale.ROOT, "%.2f", value);
        };
    }
}
