package org.cxworkbench.example.metric;

import java.util.List;

import org.cxworkbench.metrics.Aggregation;
import org.cxworkbench.metrics.Bucket;
import org.cxworkbench.metrics.Estimates;
import org.cxworkbench.metrics.Metric;
import org.cxworkbench.metrics.Score;
import org.cxworkbench.metrics.ScoringOptions;
import org.cxworkbench.metrics.Summary;

/**
 * First-contact resolution rate: the % of customers whose matter was resolved on their first contact, with its
 * Wilson interval. An unresolved answer calls for a follow-up, because the customer is still waiting.
 */
public final class FirstContactResolution implements Metric {

    // yes/no answers arrive as 1 and 0 (the descriptor's answerType="yes-no" parses them)
    private static final Aggregation AGGREGATION = Aggregation.of(new Bucket("resolved", 1, 1),
            new Bucket("unresolved", 0, 0));

    @Override
    public Aggregation aggregation() {
        return AGGREGATION;
    }

    @Override
    public Score score(Summary summary, ScoringOptions options) {
        // only the Wilson interval is offered; refuse any other --method instead of ignoring it
        options.methodOr("wilson", "wilson");
        return Estimates.percentage(summary, List.of("resolved"), options).build();
    }

    @Override
    public boolean needsFollowUp(double answer) {
        return answer == 0;
    }
}
