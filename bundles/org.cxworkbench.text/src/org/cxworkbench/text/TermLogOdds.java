package org.cxworkbench.text;

/**
 * One term of a {@link LogOdds} comparison of a group's comments with other comments.
 *
 * @param term       the analysed term (a stem)
 * @param count      how often it occurs in the group
 * @param otherCount how often it occurs in the other comments
 * @param prior      its prior count α<sub>w</sub>
 * @param delta      the log-odds ratio δ<sub>w</sub> (positive: over-represented in the group)
 * @param variance   its approximate variance σ²(δ<sub>w</sub>)
 * @param z          δ<sub>w</sub> / σ(δ<sub>w</sub>); |z| above 1.96 is what the literature calls distinctive
 */
public record TermLogOdds(String term, long count, long otherCount, double prior, double delta, double variance,
        double z) {
}
