package org.cxworkbench.services.scoring;

import java.time.LocalDate;
import java.util.Objects;

import org.cxworkbench.metrics.ScoringOptions;

/**
 * What a {@link ScoreBoard} scores: the answers of {@code [from, to]} (both days included) compared with those of
 * {@code [previousFrom, previousTo]}, of one segment or all, scored with {@code options}.
 *
 * @param from         the first day scored, or {@code null} for no lower bound
 * @param to           the last day scored (included), or {@code null} for no upper bound
 * @param previousFrom the first day of the period compared with, or {@code null} (with {@code previousTo}) for no
 *                     comparison
 * @param previousTo   the last day of the period compared with (included)
 * @param segment      the stored segment text, or a journey segment's name or id; {@code null} for all respondents
 * @param options      confidence level, interval method, minimum n, metric parameters
 */
public record ScoreWindow(LocalDate from, LocalDate to, LocalDate previousFrom, LocalDate previousTo,
        String segment, ScoringOptions options) {

    public ScoreWindow {
        Objects.requireNonNull(options, "options");
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
        if ((previousFrom == null) != (previousTo == null)) {
            throw new IllegalArgumentException("the previous period needs both a first and a last day");
        }
        if (previousFrom != null && previousTo.isBefore(previousFrom)) {
            throw new IllegalArgumentException("the previous period ends (" + previousTo + ") before it starts ("
                    + previousFrom + ")");
        }
    }

    /** Whether there is a previous period to compare with. */
    public boolean hasPrevious() {
        return previousFrom != null;
    }
}
