package org.cxworkbench.services.comments;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which comments {@link CommentAnalysis} reads and how it groups them. Immutable; the {@code with...} methods return
 * changed copies.
 *
 * @param touchpoint only comments on the measurement points of this touchpoint (its name, case-insensitive, or id), or
 *                   null for every point of the journey
 * @param segment    only respondents of this segment (the stored text, or a journey segment's name or id), or null
 * @param from       first day (included), or null
 * @param to         last day (included), or null; with either bound, comments without a time are left out
 * @param grouping   how the comments are grouped
 * @param top        how many keywords per group (at least 1)
 */
public record CommentQuery(String touchpoint, String segment, LocalDate from, LocalDate to, CommentGrouping grouping,
        int top) {

    /** Keywords per group when nothing else is asked. */
    public static final int DEFAULT_TOP = 10;

    public CommentQuery {
        Objects.requireNonNull(grouping, "grouping");
        if (top < 1) {
            throw new IllegalArgumentException("the number of keywords must be at least 1: " + top);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** Every comment of the journey, by score group, ten keywords each. */
    public static CommentQuery all() {
        return new CommentQuery(null, null, null, null, CommentGrouping.SCORE_GROUP, DEFAULT_TOP);
    }

    public CommentQuery withTouchpoint(String value) {
        return new CommentQuery(value, segment, from, to, grouping, top);
    }

    public CommentQuery withSegment(String value) {
        return new CommentQuery(touchpoint, value, from, to, grouping, top);
    }

    public CommentQuery withRange(LocalDate first, LocalDate last) {
        return new CommentQuery(touchpoint, segment, first, last, grouping, top);
    }

    public CommentQuery withGrouping(CommentGrouping value) {
        return new CommentQuery(touchpoint, segment, from, to, value, top);
    }

    public CommentQuery withTop(int value) {
        return new CommentQuery(touchpoint, segment, from, to, grouping, value);
    }
}
