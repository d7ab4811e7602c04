package org.cxworkbench.core.journey;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What validation needs to know about metrics: which ids exist and which scales each accepts. The metric registry
 * ({@code org.cxworkbench.metrics}) will provide one; core does not depend on it, so that the model validates
 * without the metrics bundle and the registry can be wired in by whoever has both.
 */
@FunctionalInterface
public interface MetricCatalog {

    /** The metric with this id, or empty when the catalog does not know it. */
    Optional<Metric> find(String metricId);

    /**
     * A metric as validation sees it.
     *
     * @param acceptedScales the scales a measurement point of this metric may use; empty means any scale (or none,
     *        e.g. churn, which is counted rather than asked)
     */
    record Metric(String id, List<ScaleRange> acceptedScales) {

        public Metric {
            acceptedScales = List.copyOf(acceptedScales);
        }

        public static Metric anyScale(String id) {
            return new Metric(id, List.of());
        }

        public static Metric withScales(String id, ScaleRange... scales) {
            return new Metric(id, List.of(scales));
        }

        public boolean accepts(int min, int max) {
            return acceptedScales.isEmpty() || acceptedScales.contains(new ScaleRange(min, max));
        }
    }

    /** An answer scale by its ends, e.g. 0..10 for NPS. */
    record ScaleRange(int min, int max) {

        @Override
        public String toString() {
            return min + ".." + max;
        }
    }

    /** A catalog of exactly these metrics. */
    static MetricCatalog of(Metric... metrics) {
        Map<String, Metric> byId = Arrays.stream(metrics).collect(Collectors.toMap(Metric::id, Function.identity()));
        return id -> Optional.ofNullable(byId.get(id));
    }
}
