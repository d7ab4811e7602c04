package org.cxworkbench.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.cxworkbench.metrics.Score;

/**
 * One group of stored answers and its score: a row of a scorecard.
 *
 * @param keys              the group's key per dimension of the query, in its order: UUIDs for measurement points,
 *                          touchpoints and stages, the stored text for channel, segment and account, a label for a
 *                          period ({@code 2026-11}). A value is {@code null} when the answers have none: no time,
 *                          no segment, or a point attached to the journey or a stage has no touchpoint.
 * @param labels            what to show for each key: the element's name for journey elements, the key otherwise
 * @param metricId          the metric every answer of the group was scored with; points of different metrics are
 *                          never in one group
 * @param measurementPoints ids of the measurement points whose answers the group holds, in journey order
 * @param score             n, value, standard error, interval, counts, low-n flag
 */
public record ScoredGroup(Map<Dimension, String> keys, Map<Dimension, String> labels, String metricId,
        List<String> measurementPoints, Score score) {

    public ScoredGroup {
        keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
        labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        Objects.requireNonNull(metricId, "metricId");
        measurementPoints = List.copyOf(measurementPoints);
        Objects.requireNonNull(score, "score");
    }

    /** The key of one dimension; {@code null} when the group has none for it (or the query did not group by it). */
    public String key(Dimension dimension) {
        return keys.get(dimension);
    }

    /** The label of one dimension; {@code null} as for {@link #key(Dimension)}. */
    public String label(Dimension dimension) {
        return labels.get(dimension);
    }
}
