package org.cxworkbench.metrics.builtin.internal;

import org.cxworkbench.metrics.Aggregation;
import org.cxworkbench.metrics.Bucket;

/**
 * CES on the 7-point agreement scale "the company made it easy for me", where higher is better: the value is the
 * mean with its t-interval; {@code agree_pct} is the share of answers 5-7 in %.
 */
public final class EaseAgreement extends MeanWithShare {

    public EaseAgreement() {
        super(Aggregation.of(new Bucket("agree", 5, 7), new Bucket("neutral", 4, 4), new Bucket("disagree", 1, 3)),
                "agree", "agree_pct");
    }
}
