package org.cxworkbench.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.cxworkbench.metrics.FollowUpRule;
import org.cxworkbench.metrics.FollowUpRules;
import org.cxworkbench.metrics.MetricDescriptor;
import org.cxworkbench.metrics.MetricRegistry;

/**
 * Creates the follow-ups of one import's answers, inside the import's transaction, in set-based statements (one per
 * measurement point and rule) whatever the number of answers:
 * <ol>
 * <li>a forced re-import replaced the answers of the same content: the follow-ups that lost their answer then
 * find the same answer again (same measurement point and line of the same file content) and keep their state,
 * owner and history;</li>
 * <li>one {@code INSERT ... SELECT} per measurement point and rule over the batch's answers in the rule's range,
 * skipping an answer that has a follow-up of that rule already (the unique constraint on answer and rule is the
 * guarantee behind it).</li>
 * </ol>
 */
public final class FollowUpCreation {

    /** One rule on one measurement point. */
    public record Trigger(String pointId, String ruleId, boolean high, double min, double max) {
    }

    private FollowUpCreation() {
    }

    /**
     * What the contributed rules ask of the points: for each point whose metric is registered, each rule that
     * applies to that metric.
     *
     * @param points measurement point id and metric id of each point
     */
    public static List<Trigger> triggers(Collection<String[]> points, MetricRegistry metrics,
            List<FollowUpRules.Rule> rules) {
        List<Trigger> result = new ArrayList<>();
        for (String[] point : points) {
            Optional<MetricDescriptor> metric = metrics.find(point[1]);
            if (metric.isEmpty()) {
                continue;
            }
            for (FollowUpRules.Rule rule : rules) {
                Optional<FollowUpRule.Trigger> trigger = rule.triggerFor(metric.get());
                trigger.ifPresent(t -> result.add(new Trigger(point[0], rule.id(),
                        rule.priority() == FollowUpRules.Priority.HIGH, t.min(), t.max())));
            }
        }
        return result;
    }

    /**
     * Creates the follow-ups of batch {@code batchId}.
     *
     * @return how many were created (not counting those found again after a forced re-import)
     */
    public static int create(Connection connection, long batchId, String contentHash, List<Trigger> triggers)
            throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("update follow_ups set answer_id ="
                + " (select min(a.id) from answers a where a.batch_id = ?"
                + " and a.measurement_point_id = follow_ups.measurement_point_id"
                + " and a.source_line = follow_ups.source_line), answer_batch_id = ?"
                + " where answer_id is null and answer_batch_id in (select b.id from import_batches b"
                + " where b.content_hash = ? and b.id <> ?) and exists (select 1 from answers a"
                + " where a.batch_id = ? and a.measurement_point_id = follow_ups.measurement_point_id"
                + " and a.source_line = follow_ups.source_line)")) {
            st.setLong(1, batchId);
            st.setLong(2, batchId);
            st.setString(3, contentHash);
            st.setLong(4, batchId);
            st.setLong(5, batchId);
            st.executeUpdate();
        }
        if (triggers.isEmpty()) {
            return 0;
        }
        // one statement per (point, rule) through the answers_point_time index (point first, value_num in it), so
        // that only the answers in the range are read from the table; a single join of the batch's answers to a
        // VALUES table of all triggers took 17 % of a 200,000-row import (docs/followups.md)
        String sql = "insert into follow_ups (answer_id, created_at, state, rule_id, priority, version, updated_at,"
                + " updated_by, measurement_point_id, answer_batch_id, source_line)"
                + " select a.id, ?, 'new', ?, ?, 1, ?, current_user, a.measurement_point_id, a.batch_id,"
                + " a.source_line from answers a --DERBY-PROPERTIES index=ANSWERS_POINT_TIME\n"
                + " where a.measurement_point_id = ? and a.value_num between ? and ?"
                + " and a.batch_id = ?"
                + " and not exists (select 1 from follow_ups f where f.answer_id = a.id and f.rule_id = ?)";
        int created = 0;
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            Timestamp now = Timestamp.from(Instant.now());
            for (Trigger trigger : triggers) {
                st.setTimestamp(1, now);
                st.setString(2, trigger.ruleId());
                st.setString(3, trigger.high() ? "high" : "normal");
                st.setTimestamp(4, now);
                st.setString(5, trigger.pointId());
                st.setDouble(6, trigger.min());
                st.setDouble(7, trigger.max());
                st.setLong(8, batchId);
                st.setString(9, trigger.ruleId());
                created += st.executeUpdate();
            }
        }
        return created;
    }
}
