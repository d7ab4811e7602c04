package org.cxworkbench.metrics.builtin.internal;

import java.util.Optional;

import org.cxworkbench.metrics.Direction;
import org.cxworkbench.metrics.FollowUpRule;
import org.cxworkbench.metrics.MetricDescriptor;

/**
 * High effort on a Customer Effort Score: the two steps at the effort end of the scale. On {@code ces5} (1 very
 * easy .. 5 very difficult, lower is better) that is 4-5; on {@code ces7} (agreement that it was easy, 1-7, higher
 * is better) it is 1-2. The end is taken from the metric's direction, so a rescaled CES is read the right way.
 */
public final class HighEffortRule implements FollowUpRule {

    @Override
    public Optional<Trigger> trigger(MetricDescriptor metric) {
        if (!"ces5".equals(metric.id()) && !"ces7".equals(metric.id())) {
            return Optional.empty();
        }
        if (!Double.isFinite(metric.scaleMin()) || !Double.isFinite(metric.scaleMax())) {
            return Optional.empty();
        }
        return Optional.of(metric.better() == Direction.LOWER
                ? new Trigger(metric.scaleMax() - 1, metric.scaleMax())
                : new Trigger(metric.scaleMin(), metric.scaleMin() + 1));
    }
}
