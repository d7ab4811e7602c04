package org.cxworkbench.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The terms that tell one group of comments from another: weighted log-odds ratios with an informative Dirichlet
 * prior (B. L. Monroe, M. P. Colaresi, K. M. Quinn, "Fightin' Words", Political Analysis 16(4), 2008, section
 * 3.5). For a term w with counts y<sub>w</sub><sup>i</sup> and y<sub>w</sub><sup>j</sup> in groups i and j of n
 * <sup>i</sup> and n<sup>j</sup> terms, and prior counts α<sub>w</sub> summing to α<sub>0</sub>:
 *
 * <pre>
 * δw = ln((yᵢ + αw) / (nᵢ + α₀ − yᵢ − αw)) − ln((yⱼ + αw) / (nⱼ + α₀ − yⱼ − αw))
 * σ²(δw) ≈ 1/(yᵢ + αw) + 1/(yⱼ + αw)
 * zw = δw / √σ²(δw)
 * </pre>
 *
 * Unlike raw frequencies, z does not rank rare terms first (the prior shrinks them) nor the most frequent ones (the
 * variance grows less than the difference). The informative prior is usually a background corpus; here
 * {@link #pooledPrior} makes one of the two groups together, scaled to a chosen α<sub>0</sub>.
 */
public final class LogOdds {

    private LogOdds() {
    }

    /**
     * The prior of {@link #compare}: every term's pooled count in {@code group} and {@code other} as a share of the
     * pooled total, times {@code alpha0}. With {@code alpha0} equal to the pooled total each term's prior count is
     * its pooled count, which is what {@link #compare(Map, Map)} uses.
     *
     * @throws IllegalArgumentException if {@code alpha0} is not positive
     */
    public static Map<String, Double> pooledPrior(Map<String, Long> group, Map<String, Long> other, double alpha0) {
        if (!(alpha0 > 0)) {
            throw new IllegalArgumentException("the prior's size must be positive: " + alpha0);
        }
        Map<String, Long> pooled = new HashMap<>(group);
        other.forEach((term, count) -> pooled.merge(term, count, Long::sum));
        double total = pooled.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Double> prior = new HashMap<>();
        if (total > 0) {
            pooled.forEach((term, count) -> prior.put(term, alpha0 * count / total));
        }
        return prior;
    }

    /** {@link #compare(Map, Map, Map)} with the pooled counts as the prior (α<sub>0</sub> = the pooled total). */
    public static List<TermLogOdds> compare(Map<String, Long> group, Map<String, Long> other) {
        long total = group.values().stream().mapToLong(Long::longValue).sum()
                + other.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return List.of();
        }
        return compare(group, other, pooledPrior(group, other, total));
    }

    /**
     * Every term of either group with its counts, δ, variance and z, the group's most over-represented first (z
     * descending, then term).
     *
     * @param group term counts of the group
     * @param other term counts of what it is compared with (say, all other comments)
     * @param prior a positive prior count for every term of either group (other terms of the prior add to
     *              α<sub>0</sub> only)
     * @throws IllegalArgumentException when a term of the groups has no positive prior
     */
    public static List<TermLogOdds> compare(Map<String, Long> group, Map<String, Long> other,
            Map<String, Double> prior) {
        Objects.requireNonNull(prior, "prior");
        long ni = group.values().stream().mapToLong(Long::longValue).sum();
        long nj = other.values().stream().mapToLong(Long::longValue).sum();
        double alpha0 = prior.values().stream().mapToDouble(Double::doubleValue).sum();
        TreeSet<String> terms = new TreeSet<>(group.keySet());
        terms.addAll(other.keySet());
        List<TermLogOdds> result = new ArrayList<>(terms.size());
        for (String term : terms) {
            double alpha = prior.getOrDefault(term, 0.0);
            if (!(alpha > 0)) {
                throw new IllegalArgumentException("the prior has no positive count for '" + term + "'");
            }
            long yi = group.getOrDefault(term, 0L);
            long yj = other.getOrDefault(term, 0L);
            double delta = Math.log((yi + alpha) / (ni + alpha0 - yi - alpha))
                    - Math.log((yj + alpha) / (nj + alpha0 - yj - alpha));
            double variance = 1 / (yi + alpha) + 1 / (yj + alpha);
            result.add(new TermLogOdds(term, yi, yj, alpha, delta, variance, delta / Math.sqrt(variance)));
        }
        result.sort(Comparator.comparingDouble(TermLogOdds::z).reversed().thenComparing(TermLogOdds::term));
        return result;
    }
}
