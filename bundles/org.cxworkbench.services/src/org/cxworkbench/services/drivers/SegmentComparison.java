package org.cxworkbench.services.drivers;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cxworkbench.metrics.Comparison;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.metrics.ScoringOptions;
import org.cxworkbench.model.journey.CustomerSegment;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.SegmentKind;
import org.cxworkbench.services.scoring.NoResultsStoreException;
import org.cxworkbench.services.scoring.StoreScores;
import org.cxworkbench.store.Dimension;
import org.cxworkbench.store.ScoreQuery;
import org.cxworkbench.store.ScoredGroup;
import org.cxworkbench.store.StoreScoring;

/**
 * Current, former and never-customers compared on each measurement point: every segment's score, and for former and
 * never-customers the difference from the current customers with its significance, by the metric's own test
 * ({@link StoreScoring#compare}: z for shares and NPS, Welch's t for means). The articles warn that asking only
 * current customers hides the most negative views; this puts them side by side.
 *
 * <p>The current customers are the answers of the journey's segments of kind {@code current} (several current
 * segments are compared one by one with the first); a stored segment that is no journey segment is shown without a
 * comparison.
 */
public final class SegmentComparison {

    /**
     * One segment's score on one point.
     *
     * @param pointId     the measurement point
     * @param pointName   its name
     * @param metricId    its metric
     * @param segment     the segment's name
     * @param kind        current, former or never; {@code null} when the stored segment is no journey segment
     * @param group       the scored answers
     * @param baseline    the current segment it is compared with, or {@code null}
     * @param comparison  this segment minus the baseline, or {@code null} (the baseline itself, or not comparable)
     */
    public record Row(String pointId, String pointName, String metricId, String segment, SegmentKind kind,
            ScoredGroup group, String baseline, Comparison comparison) {
    }

    private final Journey journey;
    private final StoreScores scores;
    private final StoreScoring scoring;

    public SegmentComparison(Journey journey, MetricRegistry registry) {
        this.journey = journey;
        this.scores = new StoreScores(journey, registry);
        this.scoring = new StoreScoring(journey, registry);
    }

    /** Every point's segments, in journey order, each point's current segment first. */
    public List<Row> compare(Connection connection, LocalDate from, LocalDate to, double level)
            throws SQLException, NoResultsStoreException {
        List<ScoredGroup> groups = scores.score(connection, new ScoreQuery(List.of(Dimension.MEASUREMENT_POINT,
                Dimension.SEGMENT), from, to, null, null, ScoringOptions.defaults().withLevel(level)));
        Map<String, String> names = scores.pointNames();
        List<Row> rows = new ArrayList<>();
        Map<String, List<ScoredGroup>> byPoint = new java.util.LinkedHashMap<>();
        for (ScoredGroup group : groups) {
            byPoint.computeIfAbsent(group.key(Dimension.MEASUREMENT_POINT), k -> new ArrayList<>()).add(group);
        }
        for (Map.Entry<String, List<ScoredGroup>> point : byPoint.entrySet()) {
            ScoredGroup current = null;
            String currentName = null;
            Map<Integer, List<ScoredGroup>> ordered = new TreeMap<>();
            for (ScoredGroup group : point.getValue()) {
                SegmentKind kind = kind(group);
                ordered.computeIfAbsent(kind == null ? 3 : kind.getValue(), k -> new ArrayList<>()).add(group);
                if (kind == SegmentKind.CURRENT && current == null && !group.score().isEmpty()) {
                    current = group;
                    currentName = group.label(Dimension.SEGMENT);
                }
            }
            for (List<ScoredGroup> ofKind : ordered.values()) {
                for (ScoredGroup group : ofKind) {
                    SegmentKind kind = kind(group);
                    Comparison comparison = null;
                    if (current != null && group != current && kind != null) {
                        try {
                            comparison = scoring.compare(group, current, level);
                        } catch (IllegalArgumentException notComparable) {
                            // a segment with one answer has no standard error: shown, not compared
                            comparison = null;
                        }
                    }
                    rows.add(new Row(point.getKey(), names.get(point.getKey()), group.metricId(),
                            group.label(Dimension.SEGMENT), kind, group,
                            group == current || kind == null ? null : currentName, comparison));
                }
            }
        }
        return rows;
    }

    private SegmentKind kind(ScoredGroup group) {
        String label = group.label(Dimension.SEGMENT);
        String key = group.key(Dimension.SEGMENT);
        for (CustomerSegment segment : journey.getSegments()) {
            if (segment.getId().equals(key) || segment.getName() != null && segment.getName().equals(label)) {
                return segment.getKind();
            }
        }
        return null;
    }
}
