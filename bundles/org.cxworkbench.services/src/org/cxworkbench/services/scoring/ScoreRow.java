package org.cxworkbench.services.scoring;

import java.util.Objects;

import org.cxworkbench.metrics.Direction;
import org.cxworkbench.metrics.Score;

/**
 * One metric's figures for one journey element (the journey, a stage, a touchpoint or a measurement point): a row of
 * the Scores view and what the map overlay colours a touchpoint by.
 *
 * @param elementId   the element's id (UUID)
 * @param elementName the element's name
 * @param metricId    the metric's id ({@code nps})
 * @param metricName  the metric's name in the user's language
 * @param score       the score of the window's period; never {@code null}: {@link Score#isEmpty()} with n = 0 when
 *                    the period has no answers
 * @param previous    the score of the previous period, or {@code null} when there is none or it has no answers
 * @param change      score − previous in the metric's unit, or {@code null} without both
 * @param significant whether the change is more than chance by the metric's own test
 *                    ({@link org.cxworkbench.store.StoreScoring#compare}) at the options' confidence level
 * @param better      which way the metric improves
 * @param target      the measurement points' {@code targetValue}; {@code null} when none is set or the element's
 *                    points of this metric set different ones
 * @param targetMet   whether the score reaches the target in the {@code better} direction (equal counts as met);
 *                    {@code null} without a target or a score
 * @param lowN        whether n is under the minimum sample size (the points' own, else the options')
 */
public record ScoreRow(String elementId, String elementName, String metricId, String metricName,
        Score score, Score previous, Double change, boolean significant, Direction better,
        Double target, Boolean targetMet, boolean lowN) {

    public ScoreRow {
        Objects.requireNonNull(elementId, "elementId");
        Objects.requireNonNull(metricId, "metricId");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(better, "better");
    }

    /** Whether the period has answers to score. */
    public boolean hasScore() {
        return !score.isEmpty();
    }
}
