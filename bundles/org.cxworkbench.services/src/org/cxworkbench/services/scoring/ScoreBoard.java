package org.cxworkbench.services.scoring;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.cxworkbench.metrics.Direction;
import org.cxworkbench.metrics.MetricDescriptor;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.metrics.Score;
import org.cxworkbench.metrics.ScoringOptions;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.MeasurableElement;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.model.journey.NamedElement;
import org.cxworkbench.model.journey.Stage;
import org.cxworkbench.model.journey.Touchpoint;
import org.cxworkbench.services.store.ResultsStore;
import org.cxworkbench.store.Dimension;
import org.cxworkbench.store.ScoreQuery;
import org.cxworkbench.store.ScoredGroup;
import org.cxworkbench.store.StoreScoring;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EObject;

/**
 * The scores the workbench shows for a journey: per element and metric, the score of a period with n and interval,
 * the previous period's score, the change and whether it is significant, the target and whether it is met. One
 * service for the Scores view, the map overlay and the experience curve, headless, on the same scoring as
 * {@code cxw score --journey} ({@link StoreScoring}): a touchpoint's score here is the row of
 * {@code cxw score --journey <file> --by touchpoint --from <from> --to <to>}.
 *
 * <p>Which points are under an element: all of them for the journey; for a stage those attached to it and to its
 * touchpoints; for a touchpoint those attached to it; a measurement point itself. Points of one metric are scored
 * together (their answers added), points of different metrics never: one row per metric, in the order the metrics
 * first appear among the journey's points. Points whose metric is not installed are left out
 * ({@link #problems()}).
 *
 * <p>Reads the journey once, in the constructor; later changes to it are not seen (make a new board). Thread-safe;
 * the caller owns the store and runs the board off the UI thread.
 */
public final class ScoreBoard {

    private final Journey journey;
    private final StoreScoring scoring;
    private final Map<String, MetricDescriptor> descriptors = new HashMap<>();
    /** the installed points, in journey order */
    private final List<PointInfo> points = new ArrayList<>();

    /** What a row needs of a point, read once. */
    private record PointInfo(String id, String metricId, String touchpointId, String stageId, Double target) {
    }

    public ScoreBoard(Journey journey, MetricRegistry metrics) {
        this.journey = Objects.requireNonNull(journey, "journey");
        this.scoring = new StoreScoring(journey, metrics);
        for (MeasurementPoint point : journey.getMeasurementPoints()) {
            Optional<MetricDescriptor> descriptor = point.getMetricId() == null ? Optional.empty()
                    : metrics.find(point.getMetricId());
            if (descriptor.isEmpty()) {
                continue;
            }
            descriptors.putIfAbsent(descriptor.get().id(), descriptor.get());
            MeasurableElement attached = point.getAttachedTo();
            Touchpoint touchpoint = attached instanceof Touchpoint t ? t : null;
            Stage stage = attached instanceof Stage s ? s : touchpoint != null ? touchpoint.getStage() : null;
            points.add(new PointInfo(point.getId(), descriptor.get().id(), touchpoint == null ? null
                    : touchpoint.getId(), stage == null ? null : stage.getId(), point.getTargetValue()));
        }
    }

    /** The journey this board scores. */
    public Journey journey() {
        return journey;
    }

    /** The measurement points left out because their metric is not installed, one line each. */
    public List<String> problems() {
        return scoring.problems();
    }

    /**
     * One row per metric of the measurement points under {@code element} (Journey, Stage, Touchpoint or
     * MeasurementPoint), for [from,to] compared with [previousFrom,previousTo]. None for an element without
     * points; rows with empty scores when the store has no answers (or no tables) for them.
     *
     * @throws IllegalArgumentException when the element is of another kind or journey, or the metric refuses the
     *         options (an unknown interval method)
     * @throws OperationCanceledException when {@code monitor} is cancelled between the queries
     */
    public List<ScoreRow> rows(ResultsStore store, EObject element, ScoreWindow window, IProgressMonitor monitor)
            throws SQLException, OperationCanceledException {
        Dimension dimension = dimension(element);
        String id = ((NamedElement) element).getId();
        List<PointInfo> under = points.stream().filter(p -> isUnder(p, dimension, id)).toList();
        if (under.isEmpty()) {
            return List.of();
        }
        SubMonitor progress = SubMonitor.convert(monitor, 2);
        List<Dimension> by = dimension == null ? List.of() : List.of(dimension);
        Map<String, ScoredGroup> current = byMetric(score(store, by, window.from(), window.to(), window),
                dimension, id);
        progress.split(1);
        Map<String, ScoredGroup> previous = window.hasPrevious() ? byMetric(score(store, by, window.previousFrom(),
                window.previousTo(), window), dimension, id) : Map.of();
        progress.split(1);
        return rows(id, ((NamedElement) element).getName(), under, current, previous, window.options());
    }

    /**
     * Every touchpoint's and every stage's rows in one pass: one scoring of this period and one of the previous,
     * each rolled up to touchpoints and to stages from the same read ({@link StoreScoring#scoreEach}), not one per
     * element. Keys are the elements' ids.
     *
     * @throws OperationCanceledException when {@code monitor} is cancelled between the queries
     */
    public JourneyScores journey(ResultsStore store, ScoreWindow window, IProgressMonitor monitor)
            throws SQLException {
        SubMonitor progress = SubMonitor.convert(monitor, 2);
        // touchpoints and stages from one read of each period: the stages are rolled up from the same rows
        List<List<Dimension>> groupings = List.of(List.of(Dimension.TOUCHPOINT), List.of(Dimension.STAGE));
        List<List<ScoredGroup>> now = scoreEach(store, groupings, window.from(), window.to(), window);
        progress.split(1);
        List<List<ScoredGroup>> before = window.hasPrevious() ? scoreEach(store, groupings, window.previousFrom(),
                window.previousTo(), window) : List.of(List.of(), List.of());
        progress.split(1);
        List<List<ScoredGroup>> results = List.of(now.get(0), before.get(0), now.get(1), before.get(1));
        Map<String, List<ScoreRow>> touchpoints = new LinkedHashMap<>();
        for (Touchpoint touchpoint : journey.getTouchpoints()) {
            List<PointInfo> under = points.stream().filter(p -> touchpoint.getId().equals(p.touchpointId()))
                    .toList();
            if (!under.isEmpty()) {
                touchpoints.put(touchpoint.getId(), rows(touchpoint.getId(), touchpoint.getName(), under,
                        byMetric(results.get(0), Dimension.TOUCHPOINT, touchpoint.getId()),
                        byMetric(results.get(1), Dimension.TOUCHPOINT, touchpoint.getId()), window.options()));
            }
        }
        Map<String, List<ScoreRow>> stages = new LinkedHashMap<>();
        for (Stage stage : journey.getStages()) {
            List<PointInfo> under = points.stream().filter(p -> stage.getId().equals(p.stageId())).toList();
            if (!under.isEmpty()) {
                stages.put(stage.getId(), rows(stage.getId(), stage.getName(), under,
                        byMetric(results.get(2), Dimension.STAGE, stage.getId()),
                        byMetric(results.get(3), Dimension.STAGE, stage.getId()), window.options()));
            }
        }
        return new JourneyScores(touchpoints, stages);
    }

    /** The day of the latest stored answer with a time; empty for a store without answers (or tables). */
    public static Optional<LocalDate> latestAnswerDay(ResultsStore store) throws SQLException {
        if (!store.hasResults()) {
            return Optional.empty();
        }
        try (PreparedStatement st = store.connection().prepareStatement("select max(answered_at) from answers");
                ResultSet rs = st.executeQuery()) {
            Timestamp latest = rs.next() ? rs.getTimestamp(1) : null;
            return latest == null ? Optional.empty() : Optional.of(latest.toLocalDateTime().toLocalDate());
        }
    }

    /** The segments stored with the respondents, sorted; none for a store without them (or tables). */
    public static List<String> segments(ResultsStore store) throws SQLException {
        if (!store.hasResults()) {
            return List.of();
        }
        List<String> segments = new ArrayList<>();
        try (PreparedStatement st = store.connection().prepareStatement(
                "select distinct segment from respondents where segment is not null order by segment");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                segments.add(rs.getString(1));
            }
        }
        return segments;
    }

    private List<List<ScoredGroup>> scoreEach(ResultsStore store, List<List<Dimension>> groupings, LocalDate from,
            LocalDate to, ScoreWindow window) throws SQLException {
        if (!store.hasResults()) {
            return groupings.stream().map(g -> List.<ScoredGroup>of()).toList();
        }
        return scoring.scoreEach(store.connection(), new ScoreQuery(List.of(), from, to, window.segment(), null,
                window.options()), groupings);
    }

    private List<ScoredGroup> score(ResultsStore store, List<Dimension> by, LocalDate from, LocalDate to,
            ScoreWindow window) throws SQLException {
        if (!store.hasResults()) {
            return List.of();
        }
        return scoring.score(store.connection(), new ScoreQuery(by, from, to, window.segment(), null,
                window.options()));
    }

    /** The element's dimension; {@code null} for the journey itself. */
    private Dimension dimension(EObject element) {
        if (element instanceof Journey j) {
            requireOurs(j);
            return null;
        }
        if (element instanceof Stage || element instanceof Touchpoint || element instanceof MeasurementPoint) {
            requireOurs(journeyOf(element));
            return element instanceof Stage ? Dimension.STAGE
                    : element instanceof Touchpoint ? Dimension.TOUCHPOINT : Dimension.MEASUREMENT_POINT;
        }
        throw new IllegalArgumentException("not a journey, stage, touchpoint or measurement point: " + element);
    }

    private static Journey journeyOf(EObject element) {
        EObject container = element.eContainer();
        return container instanceof Journey j ? j : null;
    }

    private void requireOurs(Journey other) {
        if (other != journey && (other == null || !Objects.equals(other.getId(), journey.getId()))) {
            throw new IllegalArgumentException("the element is not of the journey this board scores");
        }
    }

    private static boolean isUnder(PointInfo point, Dimension dimension, String id) {
        if (dimension == null) {
            return true;
        }
        return switch (dimension) {
            case STAGE -> id.equals(point.stageId());
            case TOUCHPOINT -> id.equals(point.touchpointId());
            default -> id.equals(point.id());
        };
    }

    /** The element's groups by metric id. */
    private static Map<String, ScoredGroup> byMetric(List<ScoredGroup> groups, Dimension dimension, String id) {
        Map<String, ScoredGroup> result = new HashMap<>();
        for (ScoredGroup group : groups) {
            if (dimension == null || id.equals(group.key(dimension))) {
                result.put(group.metricId(), group);
            }
        }
        return result;
    }

    private List<ScoreRow> rows(String id, String name, List<PointInfo> under, Map<String, ScoredGroup> current,
            Map<String, ScoredGroup> previous, ScoringOptions options) {
        Set<String> metricIds = new LinkedHashSet<>();
        under.forEach(p -> metricIds.add(p.metricId()));
        List<ScoreRow> rows = new ArrayList<>();
        for (String metricId : metricIds) {
            MetricDescriptor descriptor = descriptors.get(metricId);
            Direction better = descriptor.better();
            ScoredGroup now = current.get(metricId);
            ScoredGroup before = previous.get(metricId);
            Score score = now == null ? empty(options) : now.score();
            Score last = before == null || before.score().isEmpty() ? null : before.score();
            Double change = null;
            boolean significant = false;
            if (!score.isEmpty() && last != null) {
                change = score.value() - last.value();
                try {
                    significant = scoring.compare(now, before, options.level()).significant();
                } catch (IllegalArgumentException e) {
                    // too few answers for a standard error: a change, but no test of it
                    significant = false;
                }
            }
            Double target = target(under, metricId);
            Boolean met = target == null || score.isEmpty() ? null
                    : better == Direction.HIGHER ? score.value() >= target : score.value() <= target;
            rows.add(new ScoreRow(id, name, metricId, descriptor.name(), score, last, change, significant, better,
                    target, met, score.lowN()));
        }
        return rows;
    }

    /** The points' common target for the metric; {@code null} when one has none or they differ. */
    private static Double target(List<PointInfo> under, String metricId) {
        Double target = null;
        for (PointInfo point : under) {
            if (!point.metricId().equals(metricId)) {
                continue;
            }
            if (point.target() == null || target != null && !target.equals(point.target())) {
                return null;
            }
            target = point.target();
        }
        return target;
    }

    /** The score of a period without answers: n = 0, no value, flagged low n when any minimum is asked. */
    private static Score empty(ScoringOptions options) {
        return new Score(Double.NaN, 0, 0, 0, Double.NaN, Double.NaN, Double.NaN, options.level(), Map.of(),
                Map.of(), options.minimumN() > 0);
    }
}
