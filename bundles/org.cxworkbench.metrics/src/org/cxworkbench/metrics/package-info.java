/**
 * The statistics core of CX Workbench: how sure we are of a score. Every metric (NPS, CSAT, CES, churn, ...) reports
 * its value together with the number of answers and an {@link Interval}, because a score from 30 answers and one from
 * 3,000 must not look equally certain in a report or on the journey diagram.
 * <p>
 * No UI and no database here: the store may aggregate in SQL and hand over only counts, means and standard
 * deviations, so every interval can be computed from those summaries as well as from raw values.
 */
package org.cxworkbench.metrics;
