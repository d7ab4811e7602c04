package org.cxworkbench.services.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every touchpoint's and every stage's rows of one journey for one {@link ScoreWindow}, keyed by the element's id.
 * An element without measurement points (of an installed metric) has no entry; one whose points have no answers in
 * the period has rows with empty scores. A stage's rows hold the points attached to it and to its touchpoints.
 * Both maps are in journey order.
 */
public record JourneyScores(Map<String, List<ScoreRow>> touchpoints, Map<String, List<ScoreRow>> stages) {

    public JourneyScores {
        touchpoints = Collections.unmodifiableMap(new LinkedHashMap<>(touchpoints));
        stages = Collections.unmodifiableMap(new LinkedHashMap<>(stages));
    }

    /** The rows of a touchpoint, none when it has no measurement points. */
    public List<ScoreRow> touchpoint(String id) {
        return touchpoints.getOrDefault(id, List.of());
    }

    /** The rows of a stage, none when neither it nor its touchpoints have measurement points. */
    public List<ScoreRow> stage(String id) {
        return stages.getOrDefault(id, List.of());
    }
}
