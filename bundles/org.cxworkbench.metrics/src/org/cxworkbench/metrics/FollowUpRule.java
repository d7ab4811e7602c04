package org.cxworkbench.metrics;

import java.util.Optional;

/**
 * A rule that turns one answer into a follow-up: someone should contact the customer. Contributed to the extension
 * point {@code org.cxworkbench.metrics.followUpRules}; its id, name and priority are in plugin.xml
 * ({@link FollowUpRules.Rule}). The store runs each rule as one SQL statement per measurement point during an
 * import, so a rule does not see answers one by one: it says which range of values calls for a follow-up on a
 * point of a given metric. One instance serves every import, from any thread: implementations must be stateless.
 */
public interface FollowUpRule {

    /**
     * The closed range of answer values that call for a follow-up on a measurement point of {@code metric}, or
     * empty when the rule does not apply to that metric.
     */
    Optional<Trigger> trigger(MetricDescriptor metric);

    /** Answers from {@code min} to {@code max}, both included. */
    record Trigger(double min, double max) {

        public Trigger {
            if (Double.isNaN(min) || Double.isNaN(max) || min > max) {
                throw new IllegalArgumentException("not a range of answers: " + min + ".." + max);
            }
        }

        public boolean contains(double value) {
            return value >= min && value <= max;
        }
    }
}
