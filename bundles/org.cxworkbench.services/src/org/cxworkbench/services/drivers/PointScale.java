package org.cxworkbench.services.drivers;

import java.util.Optional;

import org.cxworkbench.metrics.Direction;
import org.cxworkbench.metrics.MetricDescriptor;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.model.journey.GoodEnd;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.model.journey.Scale;

/**
 * A measurement point's answer range and good end, to put answers of different metrics on one footing: the position
 * of an answer on its scale, 0 at the bad end and 1 at the good end. The point's own scale when it has one, else the
 * metric's default scale (yes/no metrics 0..1; an open scale is taken as 0..100), turned round when the metric's
 * better direction is lower (churn, effort).
 *
 * @param min       the scale's bottom
 * @param max       the scale's top
 * @param lowIsGood whether the good end is the bottom
 */
public record PointScale(double min, double max, boolean lowIsGood) {

    /** The scale of {@code point}. */
    public static PointScale of(MeasurementPoint point, MetricRegistry registry) {
        Optional<MetricDescriptor> metric = registry.find(point.getMetricId());
        boolean lowIsGood = metric.map(m -> m.better() == Direction.LOWER).orElse(false)
                || "churn".equals(point.getMetricId());
        Scale scale = point.getScale();
        if (scale != null) {
            return new PointScale(scale.getMin(), scale.getMax(), scale.getGoodEnd() == GoodEnd.LOW);
        }
        double min = metric.map(MetricDescriptor::scaleMin).orElse(0.0);
        double max = metric.map(MetricDescriptor::scaleMax).orElse(100.0);
        if (Double.isInfinite(min) || Double.isInfinite(max) || max <= min) {
            min = 0;
            max = 100;
        }
        return new PointScale(min, max, lowIsGood);
    }

    /** Where {@code value} is on the scale: 0 at the bad end, 1 at the good end (not clipped). */
    public double position(double value) {
        double position = (value - min) / (max - min);
        return lowIsGood ? 1 - position : position;
    }
}
