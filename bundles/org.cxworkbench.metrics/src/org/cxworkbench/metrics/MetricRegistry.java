package org.cxworkbench.metrics;

import java.util.List;
import java.util.Optional;

import org.cxworkbench.metrics.internal.ExtensionMetricRegistry;

/**
 * The metrics contributed to the extension point {@code org.cxworkbench.metrics.metrics}, built-in and third-party
 * alike. It follows bundles installed or uninstalled while running. A broken contribution is logged with its bundle's
 * name and left out (or, when only its class is broken, fails alone on {@link MetricDescriptor#metric()}).
 */
public interface MetricRegistry {

    /** The id of the extension point. */
    String EXTENSION_POINT = "org.cxworkbench.metrics.metrics";

    /**
     * The registry of the running platform. Inside OSGi it is also registered as a service under this interface by
     * the bundle's activator (and withdrawn when the bundle stops), for code that tracks services.
     */
    static MetricRegistry getDefault() {
        return ExtensionMetricRegistry.getDefault();
    }

    /** Every well-formed contribution, sorted by id. */
    List<MetricDescriptor> descriptors();

    Optional<MetricDescriptor> find(String id);

    /** The problems found in contributions so far, one line each, naming the bundle; also written to the log. */
    List<String> problems();
}
