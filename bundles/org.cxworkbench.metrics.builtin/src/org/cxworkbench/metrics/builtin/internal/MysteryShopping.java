package org.cxworkbench.metrics.builtin.internal;

/**
 * Mystery shopping averaged over visits: each answer is one visit's score, the weighted % of the checklist's maximum
 * with N/A criteria left out of the divisor ({@link org.cxworkbench.metrics.Checklist#visitScore}); the value is the
 * mean over visits with its t-interval.
 */
public final class MysteryShopping extends Mean {
}
