package org.cxworkbench.services.metrics;

import java.util.List;
import java.util.Optional;

import org.cxworkbench.core.journey.MetricCatalog;
import org.cxworkbench.core.journey.MetricCatalog.ScaleRange;
import org.cxworkbench.metrics.AnswerType;
import org.cxworkbench.metrics.MetricDescriptor;
import org.cxworkbench.metrics.MetricRegistry;

/**
 * The metrics contributed through the {@code org.cxworkbench.metrics.metrics} extension point, as journey
 * validation sees them: a measurement point must name one of them, and a metric answered on a fixed integer scale
 * (NPS 0–10, CSAT 1–5, CES 1–5 or 1–7) accepts exactly that scale. Yes/no and decimal metrics (churn, mystery
 * shopping, the generic proportion and mean) accept any scale the researcher sets.
 *
 * <p>Here, not in core, so that core (the model and its validation) does not depend on the metrics bundle.
 */
public final class RegisteredMetrics implements MetricCatalog {

    private final MetricRegistry registry;

    private RegisteredMetrics(MetricRegistry registry) {
        this.registry = registry;
    }

    /** The catalog of the running product's registry; it follows plug-ins installed later. */
    public static MetricCatalog catalog() {
        return new RegisteredMetrics(MetricRegistry.getDefault());
    }

    @Override
    public Optional<Metric> find(String metricId) {
        return registry.find(metricId).map(RegisteredMetrics::asCatalogMetric);
    }

    private static Metric asCatalogMetric(MetricDescriptor descriptor) {
        boolean fixedIntegerScale = descriptor.answerType() == AnswerType.INTEGER
                && Double.isFinite(descriptor.scaleMin()) && Double.isFinite(descriptor.scaleMax());
        if (!fixedIntegerScale) {
            return Metric.anyScale(descriptor.id());
        }
        return new Metric(descriptor.id(),
                List.of(new ScaleRange((int) descriptor.scaleMin(), (int) descriptor.scaleMax())));
    }
}
