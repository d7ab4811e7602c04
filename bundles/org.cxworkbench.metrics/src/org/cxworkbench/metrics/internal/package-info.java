/**
 * The metric registry on the Eclipse extension registry. Internal: contributors see only
 * {@link org.cxworkbench.metrics.MetricRegistry} and {@link org.cxworkbench.metrics.MetricDescriptor}.
 */
package org.cxworkbench.metrics.internal;
