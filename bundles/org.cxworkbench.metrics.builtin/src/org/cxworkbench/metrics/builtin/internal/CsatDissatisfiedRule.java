package org.cxworkbench.metrics.builtin.internal;

import java.util.Optional;

import org.cxworkbench.metrics.FollowUpRule;
import org.cxworkbench.metrics.MetricDescriptor;

/** A dissatisfied customer: CSAT 1 or 2 on the 1-5 scale; contributed with high priority (contact immediately). */
public final class CsatDissatisfiedRule implements FollowUpRule {

    @Override
    public Optional<Trigger> trigger(MetricDescriptor metric) {
        return "csat".equals(metric.id()) ? Optional.of(new Trigger(1, 2)) : Optional.empty();
    }
}
