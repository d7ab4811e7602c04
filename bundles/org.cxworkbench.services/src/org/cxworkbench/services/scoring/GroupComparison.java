package org.cxworkbench.services.scoring;

import org.cxworkbench.metrics.Comparison;
import org.cxworkbench.metrics.Score;

/** Two groups' scores and the metric's test of their difference (first minus second). */
public record GroupComparison(String first, String second, Score firstScore, Score secondScore,
        Comparison comparison) {
}
