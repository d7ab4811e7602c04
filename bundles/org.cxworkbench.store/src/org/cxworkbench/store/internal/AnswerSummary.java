package org.cxworkbench.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The summary table {@code answer_summary} (schema step 7): per measurement point, month, respondent segment and
 * answer value, how many answers there are and the exact sums of their weights and squared weights. Scoring a
 * metric whose answers are whole numbers on a short scale needs nothing else ({@code StoreScoring}), and a month of
 * a point is one row per value and segment instead of every answer.
 *
 * <p><b>Exactness.</b> Sums of {@code double} weights depend on the order they are added in, so a sum kept here
 * and added up later would differ in its last bits from one sum over the answers. Both therefore sum
 * {@link #WEIGHT} and {@link #SQUARED_WEIGHT}: the weight (and its square, computed as a double the same way in
 * both) as a {@code DECIMAL(31,18)}, whose sums are exact in any order. Scoring converts to double only at the end.
 *
 * <p><b>Kept up to date</b> by whatever adds or removes answers, in its transaction: the import (the answers of its
 * batch, and the answers of the batches a forced import replaces), and step 7 for the answers stored before it.
 * What is refreshed is the span of months each point's changed answers cover, recounted from {@code answers}, so
 * the table is always what a count of the answers would give.
 */
public final class AnswerSummary {

    /** A weight as summed by the summary and by the scoring's scan: exact decimal, so sums do not depend on order. */
    public static final String WEIGHT = "cast(%s as decimal(31,18))";
    /** The squared weight likewise; the square is the double product, as the scan computed it before. */
    public static final String SQUARED_WEIGHT = "cast(%1$s * %1$s as decimal(31,18))";

    /** The month key of an answer time: {@code 202611} for November 2026, null without a time. */
    public static final String MONTH = "year(%1$s) * 100 + month(%1$s)";

    /** The columns and what the table's rows group. */
    public static final String CREATE_TABLE = """
            create table answer_summary (
                measurement_point_id varchar(64) not null,
                period_month int,
                segment varchar(200),
                value_num double,
                answers bigint not null,
                weight_sum decimal(31,18) not null,
                weight_square_sum decimal(31,18) not null
            )""";

    private static final String SELECT = "select p, m, seg, v, count(*), sum(w), sum(ww) from (select"
            + " a.measurement_point_id as p, " + String.format(MONTH, "a.answered_at") + " as m, r.segment as seg,"
            + " a.value_num as v, " + String.format(WEIGHT, "a.weight") + " as w, "
            + String.format(SQUARED_WEIGHT, "a.weight") + " as ww from answers a join respondents r"
            + " on r.respondent_key = a.respondent_key%s) t group by p, m, seg, v";

    private static final String INSERT = "insert into answer_summary (measurement_point_id, period_month, segment,"
            + " value_num, answers, weight_sum, weight_square_sum) ";

    /**
     * The answers of one point that changed: their first and last time (null when all were without a time) and
     * whether some were without a time.
     */
    public record Span(String pointId, LocalDateTime first, LocalDateTime last, boolean untimed) {

        public Span merge(Span other) {
            LocalDateTime from = first == null ? other.first
                    : other.first == null || first.isBefore(other.first) ? first : other.first;
            LocalDateTime to = last == null ? other.last
                    : other.last == null || last.isAfter(other.last) ? last : other.last;
            return new Span(pointId, from, to, untimed || other.untimed);
        }
    }

    private AnswerSummary() {
    }

    /** Fills the summary from all stored answers, replacing what it held (schema step 7). */
    public static void rebuild(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("delete from answer_summary");
            st.executeUpdate(INSERT + String.format(SELECT, ""));
        }
    }

    /** What the answers of these batches cover, per point: read before they are deleted, or after they are stored. */
    public static Map<String, Span> spansOf(Connection connection, List<Long> batchIds) throws SQLException {
        Map<String, Span> spans = new LinkedHashMap<>();
        try (PreparedStatement st = connection.prepareStatement("select measurement_point_id, min(answered_at),"
                + " max(answered_at), count(*) - count(answered_at) from answers where batch_id = ?"
                + " group by measurement_point_id")) {
            for (long batch : batchIds) {
                st.setLong(1, batch);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        Timestamp first = rs.getTimestamp(2);
                        Timestamp last = rs.getTimestamp(3);
                        Span span = new Span(rs.getString(1), first == null ? null : first.toLocalDateTime(),
                                last == null ? null : last.toLocalDateTime(), rs.getLong(4) > 0);
                        spans.merge(span.pointId(), span, Span::merge);
                    }
                }
            }
        }
        return spans;
    }

    /**
     * Recounts the summary rows of the given spans from the answers as they are now: the months from each point's
     * first to its last changed answer, and its answers without a time when some changed.
     *
     * @param cancelled checked between points; throws to stop (the caller's transaction then rolls back)
     */
    public static void refresh(Connection connection, Iterable<Span> spans, Runnable cancelled)
            throws SQLException {
        try (PreparedStatement deleteMonths = connection.prepareStatement("delete from answer_summary where"
                + " measurement_point_id = ? and period_month >= ? and period_month <= ?");
                PreparedStatement deleteUntimed = connection.prepareStatement("delete from answer_summary where"
                        + " measurement_point_id = ? and period_month is null");
                PreparedStatement insertMonths = connection.prepareStatement(INSERT + String.format(SELECT,
                        " where a.measurement_point_id = ? and a.answered_at >= ? and a.answered_at < ?"));
                PreparedStatement insertUntimed = connection.prepareStatement(INSERT + String.format(SELECT,
                        " where a.measurement_point_id = ? and a.answered_at is null"))) {
            for (Span span : spans) {
                cancelled.run();
                if (span.first() != null) {
                    LocalDateTime start = span.first().toLocalDate().withDayOfMonth(1).atStartOfDay();
                    LocalDateTime end = span.last().toLocalDate().withDayOfMonth(1).plusMonths(1).atStartOfDay();
                    deleteMonths.setString(1, span.pointId());
                    deleteMonths.setInt(2, month(start));
                    deleteMonths.setInt(3, month(span.last()));
                    deleteMonths.executeUpdate();
                    insertMonths.setString(1, span.pointId());
                    insertMonths.setTimestamp(2, Timestamp.valueOf(start));
                    insertMonths.setTimestamp(3, Timestamp.valueOf(end));
                    insertMonths.executeUpdate();
                }
                if (span.untimed()) {
                    deleteUntimed.setString(1, span.pointId());
                    deleteUntimed.executeUpdate();
                    insertUntimed.setString(1, span.pointId());
                    insertUntimed.executeUpdate();
                }
            }
        }
    }

    /** The month key of a time, as {@link #MONTH} computes it in SQL. */
    public static int month(LocalDateTime time) {
        return time.getYear() * 100 + time.getMonthValue();
    }
}
