package org.cxworkbench.metrics.builtin.internal;

import org.cxworkbench.metrics.Aggregation;
import org.cxworkbench.metrics.Bucket;

/**
 * CES on the 1-5 effort scale ("how much effort did you have to put in"), where lower is better: the value is the
 * mean effort with its t-interval; {@code low_effort_pct} is the share of answers 1-2 in %.
 */
public final class EffortScore extends MeanWithShare {

    public EffortScore() {
        super(Aggregation.of(new Bucket("low_effort", 1, 2), new Bucket("neutral", 3, 3),
                new Bucket("high_effort", 4, 5)), "low_effort", "low_effort_pct");
    }
}
