package org.cxworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.cxworkbench.model.journey.CustomerSegment;
import org.cxworkbench.model.journey.Journey;

/**
 * The stored numeric answers of some measurement points, one row per answer with who gave it (respondent key,
 * segment, account and contact as stored from the file): what analyses that join answers per respondent need (key
 * drivers, the account roll-up), where {@link StoreScoring} only ever returns sums. Blank answers (a comment without
 * a rating) are left out.
 *
 * <p>The rows are read into memory: a driver analysis or an account list needs every respondent's values. Only our own
 * SQL text is built; ids, dates and segments are parameters.
 */
public final class RespondentAnswers {

    /** One stored answer and who gave it. */
    public record Answer(String respondentKey, String pointId, double value, double weight, String segment,
            String account, String contact) {
    }

    private RespondentAnswers() {
    }

    /**
     * The answers to {@code pointIds} given from {@code from} to {@code to} (days included; {@code null} for no bound,
     * and with a bound answers without a time are left out) by respondents of {@code segment} ({@code null} for all;
     * a journey segment's name or id matches both, as in {@link ScoreQuery#segment()}), ordered by respondent.
     */
    public static List<Answer> read(Connection connection, Journey journey, Collection<String> pointIds,
            LocalDate from, LocalDate to, String segment) throws SQLException {
        Objects.requireNonNull(connection, "connection");
        List<Answer> answers = new ArrayList<>();
        if (pointIds.isEmpty()) {
            return answers;
        }
        List<String> ids = List.copyOf(new LinkedHashSet<>(pointIds));
        Set<String> segments = segmentValues(journey, segment);
        StringBuilder sql = new StringBuilder("select a.respondent_key, a.measurement_point_id, a.value_num,"
                + " a.weight, r.segment, r.account, r.contact from answers a join respondents r"
                + " on r.respondent_key = a.respondent_key where a.value_num is not null"
                + " and a.measurement_point_id in (");
        sql.append(String.join(", ", ids.stream().map(i -> "?").toList())).append(')');
        if (from != null) {
            sql.append(" and a.answered_at >= ?");
        }
        if (to != null) {
            sql.append(" and a.answered_at < ?");
        }
        if (!segments.isEmpty()) {
            sql.append(" and r.segment in (").append(String.join(", ", segments.stream().map(s -> "?").toList()))
                    .append(')');
        }
        sql.append(" order by a.respondent_key, a.measurement_point_id, a.id");
        try (PreparedStatement st = connection.prepareStatement(sql.toString())) {
            int i = 1;
            for (String id : ids) {
                st.setString(i++, id);
            }
            if (from != null) {
                st.setTimestamp(i++, Timestamp.valueOf(from.atStartOfDay()));
            }
            if (to != null) {
                st.setTimestamp(i++, Timestamp.valueOf(to.plusDays(1).atStartOfDay()));
            }
            for (String value : segments) {
                st.setString(i++, value);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    answers.add(new Answer(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4),
                            rs.getString(5), rs.getString(6), rs.getString(7)));
                }
            }
        }
        return answers;
    }

    /** The stored segment texts the user's segment means: a journey segment's name or id matches both. */
    static Set<String> segmentValues(Journey journey, String wanted) {
        Set<String> values = new LinkedHashSet<>();
        if (wanted == null || wanted.isBlank()) {
            return values;
        }
        values.add(wanted);
        for (CustomerSegment segment : journey.getSegments()) {
            if (wanted.equals(segment.getId()) || segment.getName() != null
                    && wanted.strip().toLowerCase(Locale.ROOT).equals(segment.getName().toLowerCase(Locale.ROOT))) {
                values.add(segment.getId());
                values.add(segment.getName());
            }
        }
        return values;
    }
}
