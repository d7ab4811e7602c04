/**
 * The metric API of CX Workbench and its statistics core: how a metric is contributed (the extension point
 * {@code org.cxworkbench.metrics.metrics}, read through {@link org.cxworkbench.metrics.MetricRegistry}), how it
 * scores ({@link org.cxworkbench.metrics.Metric} turns a {@link org.cxworkbench.metrics.Summary} into a
 * {@link org.cxworkbench.metrics.Score}), and how sure we are of a score. Every score carries its value, n, standard
 * error and confidence interval, because a score from 30 answers and one from 3,000 must not look equally certain in
 * a report or on the journey diagram; {@link org.cxworkbench.metrics.Comparisons} says whether a change is more than
 * chance.
 * <p>
 * No UI and no database here: metrics score summaries (counts and sums per category) that the store can compute in
 * SQL, so a million answers never have to be read into Java.
 */
package org.cxworkbench.metrics;
