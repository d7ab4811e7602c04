package org.cxworkbench.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.cxworkbench.metrics.ScoringOptions;

/**
 * What {@link StoreScoring#score(java.sql.Connection, ScoreQuery)} scores: the grouping, the answers' date range and
 * segment, and how to score. Immutable; the {@code with...} methods return changed copies:
 *
 * <pre>
 * ScoreQuery.of(Dimension.TOUCHPOINT, Dimension.MONTH).from(LocalDate.of(2026, 1, 1)).segment("Current customers")
 * ScoreQuery.of(Dimension.TOUCHPOINT).period(Dimension.MONTH, LocalDate.of(2026, 11, 1))   // November only
 * </pre>
 *
 * @param by      the dimensions, in the order of the result's keys; may be empty (one group per metric). Without
 *                {@link Dimension#MEASUREMENT_POINT} the points are rolled up, one group per metric.
 * @param from    the first day of answers scored (included), or {@code null} for no lower bound
 * @param to      the last day of answers scored (included), or {@code null} for no upper bound. With either bound,
 *                answers without a time are left out.
 * @param segment only respondents of this segment (the text stored from the file, or a journey segment's name or
 *                id, which then matches both), or {@code null} for all
 * @param metric  only the measurement points of this metric id ({@code nps}), or {@code null} for all
 * @param options confidence level, interval method, minimum n, metric parameters
 */
public record ScoreQuery(List<Dimension> by, LocalDate from, LocalDate to, String segment, String metric,
        ScoringOptions options) {

    public ScoreQuery {
        by = List.copyOf(by);
        if (by.stream().distinct().count() != by.size()) {
            throw new IllegalArgumentException("a dimension is given twice: " + by);
        }
        Objects.requireNonNull(options, "options");
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** All answers, grouped by {@code dimensions}, scored with {@link ScoringOptions#defaults()}. */
    public static ScoreQuery of(Dimension... dimensions) {
        return new ScoreQuery(List.of(dimensions), null, null, null, null, ScoringOptions.defaults());
    }

    public ScoreQuery withBy(List<Dimension> dimensions) {
        return new ScoreQuery(dimensions, from, to, segment, metric, options);
    }

    public ScoreQuery from(LocalDate first) {
        return new ScoreQuery(by, first, to, segment, metric, options);
    }

    public ScoreQuery to(LocalDate last) {
        return new ScoreQuery(by, from, last, segment, metric, options);
    }

    /** The answers of the one period ({@code unit}: day, week, month, quarter) that holds {@code day}. */
    public ScoreQuery period(Dimension unit, LocalDate day) {
        return new ScoreQuery(by, unit.start(day), unit.end(day), segment, metric, options);
    }

    /**
     * The answers of the period before the one this query's range starts in: for a scorecard's comparison with
     * the previous month, score {@code q} and {@code q.previous(Dimension.MONTH)} and compare the two with
     * {@link StoreScoring#compare(ScoredGroup, ScoredGroup, double)}.
     */
    public ScoreQuery previous(Dimension unit) {
        if (from == null) {
            throw new IllegalStateException("a query without a start date has no previous period");
        }
        return period(unit, unit.previousStart(from));
    }

    public ScoreQuery segment(String name) {
        return new ScoreQuery(by, from, to, name, metric, options);
    }

    public ScoreQuery metric(String metricId) {
        return new ScoreQuery(by, from, to, segment, metricId, options);
    }

    public ScoreQuery options(ScoringOptions scoring) {
        return new ScoreQuery(by, from, to, segment, metric, scoring);
    }

}
