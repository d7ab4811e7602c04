package org.cxworkbench.services.comments;

import java.util.List;

/**
 * The comments of one group and what they say.
 *
 * @param key      the group (a score group, a segment, a month {@code 2026-03}); {@code none} for comments
 *                 without one
 * @param comments how many comments
 * @param positive comments of positive sentiment
 * @param neutral  comments of neutral sentiment
 * @param negative comments of negative sentiment
 * @param keywords the group's keywords, most over-represented first (z descending; by count with a single group)
 */
public record CommentGroup(String key, int comments, int positive, int neutral, int negative,
        List<Keyword> keywords) {

    /** The share of positive comments, 0 without comments. */
    public double positiveShare() {
        return comments == 0 ? 0 : (double) positive / comments;
    }

    public double neutralShare() {
        return comments == 0 ? 0 : (double) neutral / comments;
    }

    public double negativeShare() {
        return comments == 0 ? 0 : (double) negative / comments;
    }
}
