package org.cxworkbench.store.internal;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Where an import puts the rows it accepted and rejected: {@link JdbcRowStore} inserts them as they come,
 * {@link BulkRowStore} spools them and has Derby load them. The import reads and checks the rows; a row store
 * answers the two questions about respondents that need what was stored, and writes.
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

    /**
     * A row that passed every check.
     *
     * @param key           the respondent's key: the file's id, or one made from batch and line
     * @param fromFile      whether the key is the file's respondent id (then it is remembered against duplicates)
     * @param newRespondent false for a respondent of an earlier batch, which is reused and not written again
     */
    record AcceptedRow(String key, boolean fromFile, boolean newRespondent, String segment, String account,
            String contact, LocalDateTime time, String channel, String language, double weight, long line,
            List<Answer> answers) {
    }

    /** Whether an accepted row of this file had the respondent id before. */
    boolean isDuplicate(String respondentId) throws SQLException;

    /**
     * Whether the respondent id {@link #isDuplicate(String)} was last asked about (and said no to) belongs to a
     * respondent of an earlier batch.
     */
    boolean existsFromEarlierBatch();

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
}
