/**
 * The metric registry as the rest of the application needs it: {@link org.cxworkbench.services.metrics.RegisteredMetrics}
 * is core's {@link org.cxworkbench.core.journey.MetricCatalog} over the registered metrics, so that journey
 * validation can use them without core depending on the metrics bundle.
 */
package org.cxworkbench.services.metrics;
