package org.cxworkbench.metrics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A metric's score for one group of answers, always with its uncertainty.
 *
 * @param value         the score on the metric's own scale ({@link Unit}): NPS −100..100, shares 0..100, means on the
 *                      answer scale; NaN when there is nothing to score
 * @param n             how many answers were scored (blank ones not included)
 * @param effectiveN    Kish's effective n of weighted answers; equals n without weights
 * @param missing       how many blank answers were left out
 * @param standardError the standard error of {@code value}, in the same unit; NaN when it cannot be estimated
 * @param low           the lower confidence bound; NaN when there is no interval (n = 0, or a mean of one answer)
 * @param high          the upper confidence bound
 * @param level         the confidence level of the bounds, e.g. 0.95
 * @param counts        answers per category (weights not applied), in the metric's order
 * @param secondary     further figures by name, e.g. CSAT's {@code mean}; names are lower case with _
 * @param lowN          whether n is under the minimum sample size the score was asked with
 */
public record Score(double value, long n, double effectiveN, long missing, double standardError, double low,
        double high, double level, Map<String, Long> counts, Map<String, Double> secondary, boolean lowN) {

    public Score {
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(secondary, "secondary");
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        secondary = Collections.unmodifiableMap(new LinkedHashMap<>(secondary));
        if (n < 0 || missing < 0) {
            throw new IllegalArgumentException("n and missing must be >= 0");
        }
    }

    /** Whether there was nothing to score: no answers, or only answers of weight 0. */
    public boolean isEmpty() {
        return Double.isNaN(value);
    }

    /** Whether the score has a confidence interval. */
    public boolean hasInterval() {
        return !Double.isNaN(low) && !Double.isNaN(high);
    }

    /** A named secondary figure, NaN when the metric does not report it. */
    public double secondary(String name) {
        return secondary.getOrDefault(name, Double.NaN);
    }

    /** A builder starting from what a summary already says: n, effective n, missing and the counts. */
    public static Builder from(Summary summary, ScoringOptions options) {
        return new Builder(summary, options);
    }

    /** Collects a score; fields not set stay NaN. */
    public static final class Builder {
        private final Summary summary;
        private final ScoringOptions options;
        private double value = Double.NaN;
        private double standardError = Double.NaN;
        private double low = Double.NaN;
        private double high = Double.NaN;
        private final Map<String, Long> counts;
        private final Map<String, Double> secondary = new LinkedHashMap<>();

        private Builder(Summary summary, ScoringOptions options) {
            this.summary = Objects.requireNonNull(summary, "summary");
            this.options = Objects.requireNonNull(options, "options");
            this.counts = summary.counts();
        }

        public Builder value(double value) {
            this.value = value;
            return this;
        }

        public Builder standardError(double standardError) {
            this.standardError = standardError;
            return this;
        }

        public Builder interval(double low, double high) {
            this.low = low;
            this.high = high;
            return this;
        }

        /** Replaces the counts taken from the summary, e.g. to leave out a technical bucket. */
        public Builder counts(Map<String, Long> counts) {
            this.counts.clear();
            this.counts.putAll(counts);
            return this;
        }

        public Builder secondary(String name, double figure) {
            if (!name.matches("[a-z][a-z0-9_]*")) {
                throw new IllegalArgumentException("a figure's name must be lower case letters, digits and _ but was '"
                        + name + "'");
            }
            secondary.put(name, figure);
            return this;
        }

        public Score build() {
            long n = summary.n();
            return new Score(value, n, summary.effectiveN(), summary.missing(), standardError, low, high,
                    options.level(), counts, secondary, n < options.minimumN());
        }
    }
}
