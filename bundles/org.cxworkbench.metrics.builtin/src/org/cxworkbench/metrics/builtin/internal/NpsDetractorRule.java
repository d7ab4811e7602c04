package org.cxworkbench.metrics.builtin.internal;

import java.util.Optional;

import org.cxworkbench.metrics.FollowUpRule;
import org.cxworkbench.metrics.MetricDescriptor;

/** An NPS detractor: 0 to 6 on the 0-10 scale ({@link NetPromoterScore}'s bucket). */
public final class NpsDetractorRule implements FollowUpRule {

    @Override
    public Optional<Trigger> trigger(MetricDescriptor metric) {
        return "nps".equals(metric.id()) ? Optional.of(new Trigger(0, 6)) : Optional.empty();
    }
}
