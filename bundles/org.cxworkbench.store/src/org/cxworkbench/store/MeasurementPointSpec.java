package org.cxworkbench.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.cxworkbench.metrics.AnswerValues;
import org.cxworkbench.metrics.MetricDescriptor;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.model.journey.Scale;

/**
 * What the import needs to know of a measurement point: its id, its name for messages, and how an answer cell
 * becomes a number.
 *
 * @param parser turns a non-blank cell into the stored value; throws {@link IllegalArgumentException} saying what
 *               is wrong with the cell (the row is then rejected). Any other exception aborts the whole import.
 */
public record MeasurementPointSpec(String id, String name, String metricId, AnswerParser parser) {

    /** How an answer cell becomes a number. */
    @FunctionalInterface
    public interface AnswerParser {
        double parse(String text);
    }

    /**
     * The measurement points of a journey, by id, checked by their metric's answer type and scale and, when the
     * point sets a scale of its own, by that scale too. A point whose metric is not registered is left out, so a
     * column mapped to it fails the import with a message naming it.
     */
    public static Map<String, MeasurementPointSpec> of(Journey journey, MetricRegistry metrics) {
        Map<String, MeasurementPointSpec> specs = new LinkedHashMap<>();
        for (MeasurementPoint point : journey.getMeasurementPoints()) {
            Optional<MetricDescriptor> metric = metrics.find(point.getMetricId());
            if (metric.isEmpty()) {
                continue;
            }
            MetricDescriptor descriptor = metric.get();
            Scale scale = point.getScale();
            // the value as scoring a file reads it (AnswerValues), then the point's own scale
            AnswerParser parser = scale == null ? text -> AnswerValues.value(descriptor, text) : text -> {
                double value = AnswerValues.value(descriptor, text);
                if (value < scale.getMin() || value > scale.getMax()) {
                    throw new IllegalArgumentException(text.strip() + " is outside the scale " + scale.getMin()
                            + ".." + scale.getMax() + " of " + point.getName());
                }
                return value;
            };
            specs.put(point.getId(), new MeasurementPointSpec(point.getId(), point.getName(), descriptor.id(),
                    parser));
        }
        return specs;
    }
}
