/**
 * The metrics CX Workbench ships with (NPS, CSAT, three CES variants, churn rate, mystery shopping, a generic
 * proportion and a generic mean). Internal: they reach the rest of the product only through the extension point
 * {@code org.cxworkbench.metrics.metrics} and the public API of {@code org.cxworkbench.metrics}, exactly as a
 * third-party metric does, which keeps that mechanism honest.
 */
package org.cxworkbench.metrics.builtin.internal;
