package org.cxworkbench.metrics.builtin.internal;

import java.util.List;

import org.cxworkbench.metrics.Aggregation;
import org.cxworkbench.metrics.Bucket;
import org.cxworkbench.metrics.Intervals;
import org.cxworkbench.metrics.Metric;
import org.cxworkbench.metrics.Score;
import org.cxworkbench.metrics.ScoringOptions;
import org.cxworkbench.metrics.Summary;

/**
 * NPS: % promoters (9-10) minus % detractors (0-6) on −100..100; passives (7-8) count in n only. The standard error
 * is the trinomial one, Var = p_pro(1−p_pro) + p_det(1−p_det) + 2·p_pro·p_det, SE = sqrt(Var/n), with Kish's
 * effective n for weighted answers.
 * <p>
 * Intervals: {@code wald} (score ± z·SE) and {@code adjusted-wald} (the same on n + 3 with ¾ added to promoters and
 * ¾ to detractors), the default because its coverage stays near the nominal level for small samples and extreme
 * scores where the Wald interval shrinks to a point. Bounds are clipped to −100..100.
 */
public final class NetPromoterScore implements Metric {

    static final String WALD = "wald";
    static final String ADJUSTED_WALD = "adjusted-wald";

    private static final Aggregation AGGREGATION = Aggregation.of(new Bucket("promoters", 9, 10),
            new Bucket("passives", 7, 8), new Bucket("detractors", 0, 6));

    @Override
    public Aggregation aggregation() {
        return AGGREGATION;
    }

    @Override
    public boolean needsFollowUp(double answer) {
        return answer <= 6;
    }

    @Override
    public Score score(Summary summary, ScoringOptions options) {
        String method = options.methodOr(ADJUSTED_WALD, WALD, ADJUSTED_WALD);
        Score.Builder score = Score.from(summary, options);
        double n = summary.effectiveN();
        double pro = summary.share(List.of("promoters"));
        double det = summary.share(List.of("detractors"));
        if (!(n > 0) || Double.isNaN(pro)) {
            return score.build();
        }
        score.secondary("promoters_pct", 100 * pro).secondary("passives_pct", 100 * (1 - pro - det))
                .secondary("detractors_pct", 100 * det);
        double se = Math.sqrt(variance(pro, det) / n);
        double z = Intervals.normalQuantile(options.level());
        double centre = pro - det;
        double half = z * se;
        if (ADJUSTED_WALD.equals(method)) {
            double nAdjusted = n + 3;
            double proAdjusted = (pro * n + 0.75) / nAdjusted;
            double detAdjusted = (det * n + 0.75) / nAdjusted;
            centre = proAdjusted - detAdjusted;
            half = z * Math.sqrt(variance(proAdjusted, detAdjusted) / nAdjusted);
        }
        return score.value(100 * (pro - det)).standardError(100 * se)
                .interval(Math.max(-100, 100 * (centre - half)), Math.min(100, 100 * (centre + half))).build();
    }

    private static double variance(double pro, double det) {
        return pro * (1 - pro) + det * (1 - det) + 2 * pro * det;
    }
}
