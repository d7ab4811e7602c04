package org.cxworkbench.metrics;

import java.util.Map;
import java.util.Objects;

/**
 * How to score: the confidence level, the minimum sample size under which a score is flagged, the interval method,
 * and metric-specific parameters (churn's {@code period}).
 *
 * @param level      confidence level, strictly between 0 and 1
 * @param minimumN   a score from fewer answers is flagged {@link Score#lowN()}; the measurement point sets it
 * @param method     an interval method the metric knows (NPS: {@code wald}, {@code adjusted-wald}), or
 *                   {@link #DEFAULT_METHOD} for the metric's own choice
 * @param parameters further settings by name; a metric ignores the ones it does not know
 */
public record ScoringOptions(double level, long minimumN, String method, Map<String, String> parameters) {

    public static final String DEFAULT_METHOD = "default";

    /** Below about 30 answers a normal-approximation interval is unreliable and readers over-read differences. */
    public static final long DEFAULT_MINIMUM_N = 30;

    public ScoringOptions {
        Intervals.requireLevel(level);
        if (minimumN < 0) {
            throw new IllegalArgumentException("minimumN must be >= 0 but was " + minimumN);
        }
        Objects.requireNonNull(method, "method");
        parameters = Map.copyOf(parameters);
    }

    public static ScoringOptions defaults() {
        return new ScoringOptions(Intervals.DEFAULT_LEVEL, DEFAULT_MINIMUM_N, DEFAULT_METHOD, Map.of());
    }

    public ScoringOptions withLevel(double newLevel) {
        return new ScoringOptions(newLevel, minimumN, method, parameters);
    }

    public ScoringOptions withMinimumN(long newMinimumN) {
        return new ScoringOptions(level, newMinimumN, method, parameters);
    }

    public ScoringOptions withMethod(String newMethod) {
        return new ScoringOptions(level, minimumN, newMethod, parameters);
    }

    public ScoringOptions withParameter(String name, String value) {
        Map<String, String> copy = new java.util.HashMap<>(parameters);
        copy.put(name, value);
        return new ScoringOptions(level, minimumN, method, copy);
    }

    /** Whether the method is the default or one of {@code accepted}; metrics call it to refuse methods they lack. */
    public String methodOr(String defaultMethod, String... accepted) {
        if (DEFAULT_METHOD.equals(method)) {
            return defaultMethod;
        }
        for (String candidate : accepted) {
            if (candidate.equals(method)) {
                return method;
            }
        }
        throw new IllegalArgumentException("unknown method '" + method + "' for this metric (known: "
                + String.join(", ", accepted) + ")");
    }
}
