package org.cxworkbench.metrics;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A mystery shopper's checklist: criteria with weights. A visit scores the weighted percentage of the maximum, and a
 * criterion that did not apply to the visit (N/A) is left out of the divisor, so a visit is not penalised for a
 * question that had no chance to arise. The criteria are data, editable per study; {@link #STANDARD} is a starting
 * point.
 */
public record Checklist(List<Criterion> criteria) {

    /** One item of the checklist. @param weight relative importance, more than 0 */
    public record Criterion(String name, double weight) {
        public Criterion {
            Objects.requireNonNull(name, "name");
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("criterion " + name + ": weight must be > 0 but was " + weight);
            }
        }
    }

    /** The eight criteria customer-service evaluations commonly use, equally weighted. */
    public static final Checklist STANDARD = new Checklist(List.of(new Criterion("first_impression", 1),
            new Criterion("tone_of_voice", 1), new Criterion("response_guideline", 1), new Criterion("listening", 1),
            new Criterion("salesmanship", 1), new Criterion("resolution", 1), new Criterion("professionalism", 1),
            new Criterion("closing_greeting", 1)));

    public Checklist {
        criteria = List.copyOf(criteria);
        if (criteria.isEmpty()) {
            throw new IllegalArgumentException("a checklist needs at least one criterion");
        }
        if (criteria.stream().map(Criterion::name).distinct().count() != criteria.size()) {
            throw new IllegalArgumentException("two criteria have the same name");
        }
    }

    /**
     * One visit's score, 0..100.
     *
     * @param achieved per criterion name, the share of its points the visit earned (0..1); a criterion that is absent
     *                 or NaN is N/A
     * @return NaN when every criterion was N/A
     */
    public double visitScore(Map<String, Double> achieved) {
        for (String name : achieved.keySet()) {
            if (criteria.stream().noneMatch(c -> c.name().equals(name))) {
                throw new IllegalArgumentException("no criterion named " + name + " on the checklist");
            }
        }
        double earned = 0;
        double possible = 0;
        for (Criterion criterion : criteria) {
            Double share = achieved.get(criterion.name());
            if (share == null || share.isNaN()) {
                continue;
            }
            if (share < 0 || share > 1) {
                throw new IllegalArgumentException("criterion " + criterion.name() + ": " + share
                        + " is outside 0..1");
            }
            earned += criterion.weight() * share;
            possible += criterion.weight();
        }
        return possible == 0 ? Double.NaN : 100 * earned / possible;
    }
}
