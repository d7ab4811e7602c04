package org.cxworkbench.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.cxworkbench.store.internal.FollowUpMessages;
import org.eclipse.osgi.util.NLS;

/**
 * The follow-ups of a results store: read them with filters, and change them (owner and due date, a note, the
 * state) with their history. Follow-ups are created by the rules during an import, never here.
 *
 * <p><b>No lost update.</b> Every change names the {@link FollowUp#version()} the caller read. The update only
 * applies to that version and raises it, in one statement; when someone else changed the follow-up in between
 * (another client of the same network server), nothing is written and a {@link FollowUpConflictException} names who
 * changed it and when. Each change and its history rows are one transaction. The user recorded is the connection's
 * store user (Derby's {@code CURRENT_USER}: the user of a network connection, {@code APP} for an embedded store).
 */
public final class FollowUps {

    /** The longest note; longer history values are cut to this. */
    public static final int MAX_NOTE = 4000;
    /** The longest owner name. */
    public static final int MAX_OWNER = 200;

    private static final String SELECT = "select f.id, f.version, f.state, f.rule_id, f.priority, f.owner,"
            + " f.due_date, f.created_at, f.updated_at, f.updated_by, cast(f.note as varchar(4000)), f.answer_id,"
            + " coalesce(a.measurement_point_id, f.measurement_point_id), a.answered_at, a.value_num, a.value_text,"
            + " r.respondent_key, r.respondent_id, r.segment, r.account, r.contact"
            + " from follow_ups f left join answers a on a.id = f.answer_id"
            + " left join respondents r on r.respondent_key = a.respondent_key";

    private final Connection connection;

    /** @param connection a connection to a store at schema version 5 or later */
    public FollowUps(Connection connection) {
        this.connection = Objects.requireNonNull(connection);
    }

    /** The store user changes are recorded under. */
    public String user() throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("values current_user");
                ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The follow-ups that pass {@code filter}, newest first (then by id). */
    public List<FollowUp> list(FollowUpFilter filter) throws SQLException {
        StringBuilder sql = new StringBuilder(SELECT).append(" where 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (!filter.states().isEmpty()) {
            sql.append(" and f.state in (");
            String comma = "";
            for (FollowUpState state : FollowUpState.values()) {
                if (filter.states().contains(state)) {
                    sql.append(comma).append('?');
                    parameters.add(state.key());
                    comma = ", ";
                }
            }
            sql.append(')');
        }
        if (filter.owner() != null) {
            if (filter.owner().isEmpty()) {
                sql.append(" and f.owner is null");
            } else {
                sql.append(" and f.owner = ?");
                parameters.add(filter.owner());
            }
        }
        if (filter.points() != null) {
            if (filter.points().isEmpty()) {
                return List.of();
            }
            sql.append(" and coalesce(a.measurement_point_id, f.measurement_point_id) in (");
            String comma = "";
            for (String point : filter.points().stream().sorted().toList()) {
                sql.append(comma).append('?');
                parameters.add(point);
                comma = ", ";
            }
            sql.append(')');
        }
        if (filter.overdueOn() != null) {
            sql.append(" and f.state in ('new', 'contacted') and f.due_date < ?");
            parameters.add(Date.valueOf(filter.overdueOn()));
        }
        sql.append(" order by f.created_at desc, f.id desc");
        if (filter.limit() > 0) {
            sql.append(" fetch first ").append(filter.limit()).append(" rows only");
        }
        try (PreparedStatement st = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                st.setObject(i + 1, parameters.get(i));
            }
            List<FollowUp> result = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    result.add(read(rs));
                }
            }
            return result;
        }
    }

    /** The follow-up with this id, if there is one. */
    public Optional<FollowUp> find(long id) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(SELECT + " where f.id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** The history of a follow-up, oldest first. */
    public List<FollowUpChange> history(long id) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("select follow_up_id, changed_at, changed_by, field,"
                + " old_value, new_value from follow_up_history where follow_up_id = ? order by id")) {
            st.setLong(1, id);
            List<FollowUpChange> result = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    result.add(new FollowUpChange(rs.getLong(1), rs.getTimestamp(2).toLocalDateTime(),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
            return result;
        }
    }

    /**
     * Gives the follow-up an owner and a due date (null: none).
     *
     * @throws FollowUpConflictException when it is no longer at {@code version}
     * @throws IllegalArgumentException  when there is no such follow-up or the owner is too long
     */
    public FollowUp assign(long id, int version, String owner, LocalDate due)
            throws SQLException, FollowUpConflictException {
        String newOwner = owner == null || owner.isBlank() ? null : owner.strip();
        if (newOwner != null && newOwner.length() > MAX_OWNER) {
            throw new IllegalArgumentException(NLS.bind(FollowUpMessages.FollowUp_ownerTooLong, MAX_OWNER));
        }
        return change(id, version, (current, changes) -> {
            if (!Objects.equals(current.owner(), newOwner)) {
                changes.add(new String[] {FollowUpChange.OWNER, current.owner(), newOwner});
            }
            if (!Objects.equals(current.due(), due)) {
                changes.add(new String[] {FollowUpChange.DUE, Objects.toString(current.due(), null),
                        Objects.toString(due, null)});
            }
        }, "owner = ?, due_date = ?", st -> {
            st.setString(1, newOwner);
            st.setDate(2, due == null ? null : Date.valueOf(due));
        });
    }

    /**
     * Adds a note; it is kept in the history and shown as the follow-up's latest note.
     *
     * @throws FollowUpConflictException when it is no longer at {@code version}
     * @throws IllegalArgumentException  when there is no such follow-up, or the note is blank or too long
     */
    public FollowUp note(long id, int version, String text) throws SQLException, FollowUpConflictException {
        String note = text == null ? "" : text.strip();
        if (note.isEmpty()) {
            throw new IllegalArgumentException(FollowUpMessages.FollowUp_noteEmpty);
        }
        if (note.length() > MAX_NOTE) {
            throw new IllegalArgumentException(NLS.bind(FollowUpMessages.FollowUp_noteTooLong, MAX_NOTE,
                    note.length()));
        }
        return change(id, version, (current, changes) -> changes.add(new String[] {FollowUpChange.NOTE, null, note}),
                "note = ?", st -> st.setString(1, note));
    }

    /**
     * Moves the follow-up to {@code state}; resolved and no response close it (its closing time is kept), new and
     * contacted open it again.
     *
     * @throws FollowUpConflictException when it is no longer at {@code version}
     * @throws IllegalArgumentException  when there is no such follow-up
     */
    public FollowUp setState(long id, int version, FollowUpState state)
            throws SQLException, FollowUpConflictException {
        Objects.requireNonNull(state);
        Timestamp closed = state.isOpen() ? null : Timestamp.valueOf(LocalDateTime.now());
        return change(id, version, (current, changes) -> {
            if (current.state() != state) {
                changes.add(new String[] {FollowUpChange.STATE, current.state().key(), state.key()});
            }
        }, "state = ?, closed_at = ?", st -> {
            st.setString(1, state.key());
            st.setTimestamp(2, closed);
        });
    }

    @FunctionalInterface
    private interface Diff {
        void collect(FollowUp current, List<String[]> changes);
    }

    @FunctionalInterface
    private interface Setter {
        void set(PreparedStatement st) throws SQLException;
    }

    /**
     * One change: the row's columns set only where the version is still the caller's, the version raised, and a
     * history row per changed field, committed together. A change that changes nothing writes nothing.
     */
    private FollowUp change(long id, int version, Diff diff, String assignments, Setter setter)
            throws SQLException, FollowUpConflictException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        boolean done = false;
        try {
            FollowUp current = find(id).orElseThrow(() -> new IllegalArgumentException(NLS.bind(
                    FollowUpMessages.FollowUp_notFound, id)));
            if (current.version() != version) {
                throw conflict(current, version);
            }
            List<String[]> changes = new ArrayList<>();
            diff.collect(current, changes);
            if (changes.isEmpty()) {
                done = true;
                connection.commit();
                return current;
            }
            Timestamp now = Timestamp.valueOf(LocalDateTime.now());
            int count = assignments.split("\\?", -1).length - 1;
            try (PreparedStatement st = connection.prepareStatement("update follow_ups set " + assignments
                    + ", version = version + 1, updated_at = ?, updated_by = current_user"
                    + " where id = ? and version = ?")) {
                setter.set(st);
                st.setTimestamp(count + 1, now);
                st.setLong(count + 2, id);
                st.setInt(count + 3, version);
                if (st.executeUpdate() == 0) {
                    // changed between the read and the update: the update waited for the other's commit
                    connection.rollback();
                    FollowUp other = find(id).orElseThrow(() -> new IllegalArgumentException(NLS.bind(
                            FollowUpMessages.FollowUp_notFound, id)));
                    throw conflict(other, version);
                }
            }
            try (PreparedStatement st = connection.prepareStatement("insert into follow_up_history (follow_up_id,"
                    + " changed_at, changed_by, field, old_value, new_value) values (?, ?, current_user, ?, ?, ?)")) {
                for (String[] change : changes) {
                    st.setLong(1, id);
                    st.setTimestamp(2, now);
                    st.setString(3, change[0]);
                    st.setString(4, cut(change[1]));
                    st.setString(5, cut(change[2]));
                    st.addBatch();
                }
                st.executeBatch();
            }
            FollowUp result = find(id).orElseThrow();
            connection.commit();
            done = true;
            return result;
        } finally {
            if (!done) {
                try {
                    connection.rollback();
                } catch (SQLException e) {
                    // the original failure matters more; the connection is probably gone
                }
            }
            connection.setAutoCommit(autoCommit);
        }
    }

    private static FollowUpConflictException conflict(FollowUp current, int expected) {
        return new FollowUpConflictException(current.id(), expected, current.version(), current.updatedBy(),
                current.updatedAt());
    }

    private static String cut(String value) {
        return value == null || value.length() <= MAX_NOTE ? value : value.substring(0, MAX_NOTE);
    }

    private static FollowUp read(ResultSet rs) throws SQLException {
        Date due = rs.getDate(7);
        Timestamp updated = rs.getTimestamp(9);
        long answer = rs.getLong(12);
        Long answerId = rs.wasNull() ? null : answer;
        Timestamp answered = rs.getTimestamp(14);
        double value = rs.getDouble(15);
        Double answerValue = rs.wasNull() ? null : value;
        return new FollowUp(rs.getLong(1), rs.getInt(2), FollowUpState.fromKey(rs.getString(3)), rs.getString(4),
                "high".equals(rs.getString(5)), rs.getString(6), due == null ? null : due.toLocalDate(),
                rs.getTimestamp(8).toLocalDateTime(), updated == null ? null : updated.toLocalDateTime(),
                rs.getString(10), rs.getString(11), answerId, rs.getString(13),
                answered == null ? null : answered.toLocalDateTime(), answerValue, rs.getString(16), rs.getString(17),
                rs.getString(18), rs.getString(19), rs.getString(20), rs.getString(21));
    }
}
