package org.cxworkbench.services.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cxworkbench.metrics.Comparison;
import org.cxworkbench.metrics.Metric;
import org.cxworkbench.metrics.Score;

/**
 * Whether a metric differs between groups: every pair of the groups given, in their order (the first of a pair is the
 * earlier group), tested by the metric itself (z test for shares and NPS, Welch's t for means).
 */
public final class ScoreComparisons {

    private ScoreComparisons() {
    }

    /**
     * @param scores the groups' scores in the order to pair them (e.g. {@link FileScoring#scoreByGroup}'s, or two
     *               files')
     * @param level  the confidence level of the test, e.g. 0.95
     */
    public static List<GroupComparison> eachPair(Metric metric, Map<String, Score> scores, double level)
            throws IncomparableException {
        List<String> groups = new ArrayList<>(scores.keySet());
        List<GroupComparison> comparisons = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            for (int j = i + 1; j < groups.size(); j++) {
                Score first = scores.get(groups.get(i));
                Score second = scores.get(groups.get(j));
                Comparison comparison;
                try {
                    comparison = metric.compare(first, second, level);
                } catch (IllegalArgumentException e) {
                    throw new IncomparableException(groups.get(i), groups.get(j), e);
                }
                comparisons.add(new GroupComparison(groups.get(i), groups.get(j), first, second, comparison));
            }
        }
        return comparisons;
    }
}
