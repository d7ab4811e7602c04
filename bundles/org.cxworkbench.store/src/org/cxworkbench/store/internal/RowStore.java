package org.cxworkbench.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where an import puts the rows it accepted and rejected: {@link JdbcRowStore} inserts them as they come,
 * {@link BulkRowStore} spools them and has Derby load them. The import reads and checks the rows; a row store
 * answers the questions about respondents and answers that need what was stored, and writes.
 *
 * <p>A respondent is identified by its scope (a journey's source, or the journey's persons) and its id;
 * {@code respondent_key}, which answers refer to, is opaque: see {@link #find(int, String)} and
 * {@link #keyTaken(String)}.
 */
public interface RowStore extends AutoCloseable {

    /** What reads the export, checks each row and hands it to the row store. */
    @FunctionalInterface
    interface Reading {
        void readAll() throws SQLException;
    }

    /** One answer of an accepted row. */
    record Answer(String pointId, Double value, String comment) {
    }

    /** An answer as far as "already stored" goes: its measurement point and its time (null: none given). */
    record PointTime(String pointId, LocalDateTime time) {
    }

    /**
     * A row that passed every check.
     *
     * @param key           the respondent's key
     * @param fromFile      whether the key stands for an id of the file (then it is remembered against duplicates)
     * @param newRespondent false for a respondent of an earlier batch, which is reused and not written again
     * @param scopeId       the respondent's scope
     * @param respondentId  the respondent's id within its scope; null when the file has none
     */
    record AcceptedRow(String key, boolean fromFile, boolean newRespondent, int scopeId, String respondentId,
            String segment, String account, String contact, LocalDateTime time, String channel, String language,
            double weight, long line, List<Answer> answers) {
    }

    /** A respondent the store holds: its key, and the batch that wrote it. */
    record Known(String key, long batchId) {
    }

    /**
     * Whether the store may hold respondents this import has to look up; false for a store that held none when
     * the import began ({@link #find} and {@link #keyTaken} are then never asked).
     */
    boolean looksUp();

    /** The respondent with this id in this scope, written by an earlier batch or by this one. */
    Optional<Known> find(int scopeId, String respondentId) throws SQLException;

    /** Whether some respondent, of any scope, has this key already. */
    boolean keyTaken(String key) throws SQLException;

    /** Whether an accepted row of this file had the respondent key before. */
    boolean isDuplicate(String key) throws SQLException;

    /** The answers of a respondent that batches of this source scope (other than this one) stored. */
    Set<PointTime> storedAnswers(String key, int sourceScopeId) throws SQLException;

    void accept(AcceptedRow row) throws SQLException;

    /** One problem of a rejected row. */
    void reject(long line, String column, String raw, String reason) throws SQLException;

    /**
     * Runs {@code reading} (on this thread or another one) and stores everything it accepted and rejected; the
     * import's transaction commits afterwards. A failure of the reading is thrown as it was thrown.
     */
    void store(Reading reading) throws SQLException;

    /** Frees what the store holds (statements, files), whether it finished or not. */
    @Override
    void close() throws SQLException;

    /** The lookups both row stores make through the tables. */
    final class Lookups implements AutoCloseable {
        private final long batchId;
        private final PreparedStatement find;
        private final PreparedStatement key;
        private final PreparedStatement answers;

        Lookups(Connection connection, long batchId) throws SQLException {
            this.batchId = batchId;
            find = connection.prepareStatement(
                    "select respondent_key, batch_id from respondents where scope_id = ? and respondent_id = ?");
            key = connection.prepareStatement("select 1 from respondents where respondent_key = ?");
            answers = connection.prepareStatement("select a.measurement_point_id, a.answered_at from answers a"
                    + " join import_batches b on b.id = a.batch_id where a.respondent_key = ? and b.scope_id = ?"
                    + " and b.id <> ?");
        }

        Optional<Known> find(int scopeId, String respondentId) throws SQLException {
            find.setInt(1, scopeId);
            find.setString(2, respondentId);
            try (ResultSet rs = find.executeQuery()) {
                return rs.next() ? Optional.of(new Known(rs.getString(1), rs.getLong(2))) : Optional.empty();
            }
        }

        boolean keyTaken(String respondentKey) throws SQLException {
            key.setString(1, respondentKey);
            try (ResultSet rs = key.executeQuery()) {
                return rs.next();
            }
        }

        Set<PointTime> storedAnswers(String respondentKey, int sourceScopeId) throws SQLException {
            answers.setString(1, respondentKey);
            answers.setInt(2, sourceScopeId);
            answers.setLong(3, batchId);
            Set<PointTime> stored = new HashSet<>();
            try (ResultSet rs = answers.executeQuery()) {
                while (rs.next()) {
                    Timestamp time = rs.getTimestamp(2);
                    stored.add(new PointTime(rs.getString(1), time == null ? null : time.toLocalDateTime()));
                }
            }
            return stored;
        }

        @Override
        public void close() throws SQLException {
            try (PreparedStatement a = find; PreparedStatement b = key; PreparedStatement c = answers) {
                // closed by the try
            }
        }
    }
}
