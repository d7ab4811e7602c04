package org.cxworkbench.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Scores raw answers held in memory (a CSV file, a test): splits them by group key, summarises each group with the
 * metric's {@link Aggregation} and scores the summary. The store does the same with SQL aggregates instead.
 */
public final class Scoring {

    private Scoring() {
    }

    /** One answer: its value (NaN for a blank), its survey weight (1 unless weighted) and its group key. */
    public record Answer(double value, double weight, String group) {
        public Answer {
            Objects.requireNonNull(group, "group");
        }

        public static Answer of(double value) {
            return new Answer(value, 1, "");
        }

        public boolean isMissing() {
            return Double.isNaN(value);
        }
    }

    /** Scores all answers as one group. */
    public static Score score(Metric metric, List<Answer> answers, ScoringOptions options) {
        return metric.score(summarise(metric.aggregation(options.parameters()), answers), options);
    }

    /** Scores unweighted values; NaN values count as missing. */
    public static Score score(Metric metric, double[] values, ScoringOptions options) {
        List<Answer> answers = new ArrayList<>(values.length);
        for (double value : values) {
            answers.add(Answer.of(value));
        }
        return score(metric, answers, options);
    }

    /**
     * Scores each group key separately; the map lists the groups sorted by key ({@link GroupOrder}), whatever order
     * the answers came in.
     */
    public static Map<String, Score> scoreByGroup(Metric metric, List<Answer> answers, ScoringOptions options) {
        Map<String, List<Answer>> groups = new TreeMap<>(GroupOrder.KEYS);
        for (Answer answer : answers) {
            groups.computeIfAbsent(answer.group(), g -> new ArrayList<>()).add(answer);
        }
        Map<String, Score> scores = new LinkedHashMap<>();
        groups.forEach((group, list) -> scores.put(group, score(metric, list, options)));
        return scores;
    }

    /** The summary of answers; blanks become {@link Summary#missing()}. */
    public static Summary summarise(Aggregation aggregation, List<Answer> answers) {
        int present = 0;
        for (Answer answer : answers) {
            present += answer.isMissing() ? 0 : 1;
        }
        double[] values = new double[present];
        double[] weights = new double[present];
        int i = 0;
        for (Answer answer : answers) {
            if (!answer.isMissing()) {
                values[i] = answer.value();
                weights[i++] = answer.weight();
            }
        }
        return Summary.of(aggregation, values, weights, answers.size() - present);
    }
}
