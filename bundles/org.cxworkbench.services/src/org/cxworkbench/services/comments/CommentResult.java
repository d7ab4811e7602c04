package org.cxworkbench.services.comments;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * What {@link CommentAnalysis#analyse} found.
 *
 * @param comments  every comment read, in answer order
 * @param groups    the groups in their natural order (score groups worst first, months in time order, segments
 *                  alphabetically; {@code none} last)
 * @param overall   all comments as one group (keywords by count, no log-odds)
 * @param periods   the months that have comments, in order
 * @param trend     for each of the overall top keywords, its occurrences in each of {@code periods}
 * @param languages how many comments were analysed in each language
 */
public record CommentResult(List<StoredComment> comments, List<CommentGroup> groups, CommentGroup overall,
        List<YearMonth> periods, Map<String, List<Long>> trend, Map<String, Integer> languages) {
}
