package org.cxworkbench.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Inserts accepted rows through JDBC batches of {@link #BATCH_SIZE} rows: what works through a network server, whose
 * Derby cannot read files of the client's machine. Duplicate respondent ids are found in the rows not sent yet and,
 * for the rows sent, by Derby through the respondents' and answers' indexes, so memory does not grow with the file.
 */
public final class JdbcRowStore implements RowStore {

    /** Rows per JDBC batch: large enough to amortize the round trips, small enough to keep memory flat. */
    public static final int BATCH_SIZE = 1000;

    private final long batchId;
    private final String fileName;
    private final PreparedStatement insertRespondent;
    private final PreparedStatement insertAnswer;
    private final PreparedStatement findRespondent;
    private final PreparedStatement answeredInThisBatch;
    private final PreparedStatement insertRejection;
    private int pendingRejections;
    /** respondent ids of the rows in the JDBC batch not yet sent; earlier ones are found in the table */
    private final Set<String> pendingRespondents = new HashSet<>();
    private int pendingRows;
    private final Lookups lookups;

    public JdbcRowStore(Connection connection, long batchId, String fileName) throws SQLException {
        this.batchId = batchId;
        this.fileName = fileName;
        insertRespondent = connection.prepareStatement("insert into respondents (respondent_key, batch_id, segment,"
                + " account, contact, scope_id, respondent_id) values (?, ?, ?, ?, ?, ?, ?)");
        insertAnswer = connection.prepareStatement("insert into answers (measurement_point_id, respondent_key,"
                + " answered_at, channel, value_num, value_text, language, weight, batch_id, source_file,"
                + " source_line) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        findRespondent = connection.prepareStatement("select batch_id from respondents where respondent_key = ?");
        answeredInThisBatch = connection.prepareStatement(
                "select 1 from answers where respondent_key = ? and batch_id = ?");
        insertRejection = connection.prepareStatement("insert into rejected_rows (batch_id, line_number,"
                + " column_name, raw_text, reason) values (?, ?, ?, ?, ?)");
        lookups = new Lookups(connection, batchId);
    }

    @Override
    public boolean looksUp() {
        return true;
    }

    /** Respondents of this file not sent yet are found by their key in {@link #isDuplicate(String)}. */
    @Override
    public Optional<Known> find(int scopeId, String respondentId) throws SQLException {
        return lookups.find(scopeId, respondentId);
    }

    /**
     * In the tables only: a key of the rows not sent yet is this file's and the same scope's (person keys are never
     * a file's id), so {@link #isDuplicate(String)} finds it.
     */
    @Override
    public boolean keyTaken(String key) throws SQLException {
        return lookups.keyTaken(key);
    }

    @Override
    public Set<PointTime> storedAnswers(String key, int sourceScopeId) throws SQLException {
        return lookups.storedAnswers(key, sourceScopeId);
    }

    /**
     * Within this file: in the rows not yet sent, or written by this batch already. A respondent of an earlier
     * batch (another survey wave) is a duplicate when this batch has answers of it already.
     */
    @Override
    public boolean isDuplicate(String key) throws SQLException {
        if (pendingRespondents.contains(key)) {
            return true;
        }
        findRespondent.setString(1, key);
        Optional<Long> lookedUp;
        try (ResultSet rs = findRespondent.executeQuery()) {
            lookedUp = rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
        }
        if (lookedUp.isEmpty()) {
            return false;
        }
        if (lookedUp.get() == batchId) {
            return true;
        }
        answeredInThisBatch.setString(1, key);
        answeredInThisBatch.setLong(2, batchId);
        try (ResultSet rs = answeredInThisBatch.executeQuery()) {
            return rs.next();
        }
    }

    @Override
    public void accept(AcceptedRow row) throws SQLException {
        if (row.newRespondent()) {
            insertRespondent.setString(1, row.key());
            insertRespondent.setLong(2, batchId);
            insertRespondent.setString(3, row.segment());
            insertRespondent.setString(4, row.account());
            insertRespondent.setString(5, row.contact());
            insertRespondent.setInt(6, row.scopeId());
            insertRespondent.setString(7, row.respondentId());
            insertRespondent.addBatch();
        }
        if (row.fromFile()) {
            pendingRespondents.add(row.key());
        }
        for (Answer answer : row.answers()) {
            insertAnswer.setString(1, answer.pointId());
            insertAnswer.setString(2, row.key());
            insertAnswer.setTimestamp(3, row.time() == null ? null : Timestamp.valueOf(row.time()));
            insertAnswer.setString(4, row.channel());
            if (answer.value() == null) {
                insertAnswer.setNull(5, Types.DOUBLE);
            } else {
                insertAnswer.setDouble(5, answer.value());
            }
            insertAnswer.setString(6, answer.comment());
            insertAnswer.setString(7, row.language());
            insertAnswer.setDouble(8, row.weight());
            insertAnswer.setLong(9, batchId);
            insertAnswer.setString(10, fileName);
            insertAnswer.setLong(11, row.line());
            insertAnswer.addBatch();
        }
        if (++pendingRows >= BATCH_SIZE) {
            send();
        }
    }

    @Override
    public void reject(long line, String column, String raw, String reason) throws SQLException {
        insertRejection.setLong(1, batchId);
        insertRejection.setLong(2, line);
        insertRejection.setString(3, column);
        insertRejection.setString(4, raw);
        insertRejection.setString(5, reason);
        insertRejection.addBatch();
        if (++pendingRejections >= BATCH_SIZE) {
            insertRejection.executeBatch();
            pendingRejections = 0;
        }
    }

    @Override
    public void store(Reading reading) throws SQLException {
        reading.readAll();
        send();
        insertRejection.executeBatch();
    }

    /** Respondents first: the answers refer to them. */
    private void send() throws SQLException {
        insertRespondent.executeBatch();
        insertAnswer.executeBatch();
        pendingRespondents.clear();
        pendingRows = 0;
    }

    @Override
    public void close() throws SQLException {
        try (PreparedStatement a = insertRespondent; PreparedStatement b = insertAnswer;
                PreparedStatement c = findRespondent; PreparedStatement d = answeredInThisBatch;
                PreparedStatement e = insertRejection; Lookups f = lookups) {
            // closed by the try
        }
    }
}
