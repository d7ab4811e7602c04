package org.cxworkbench.store.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.LongConsumer;

/**
 * Spools accepted and rejected rows while the export is read and checked, and has Derby load them with one
 * {@code INSERT ... SELECT} per table from the table functions over the {@link Spool} (schema step 3). Into empty
 * tables (a new store) that is Derby's bulk insert, the way its import procedures load: the heap first, then each
 * index built by one sort; into tables that hold rows it is still one statement per table, without a JDBC round trip
 * per row.
 *
 * <p>Into a store without respondents, the export is read on a thread of its own while Derby loads the respondents
 * as they are spooled: the reading and checking costs no time of its own then. When the store has respondents, each
 * row's respondent is looked up (a respondent of an earlier wave is not written again), which needs the connection,
 * so the export is read first and loaded afterwards.
 *
 * <p>Only for a database in this Java process: Derby runs the table functions where the database is, and the spool
 * files are on this machine. Duplicate respondent ids are found by a {@link KeyTable} (16 bytes per id, exact).
 */
public final class BulkRowStore implements RowStore {

    private static final String LOAD_RESPONDENTS = "insert into respondents (respondent_key, batch_id, segment,"
            + " account, contact, scope_id, respondent_id) select respondent_key, batch_id, segment, account, contact,"
            + " scope_id, respondent_id from table(spooled_scoped_respondents(?)) s";

    private final Connection connection;
    private final String fileName;
    private final Spool spool;
    private final KeyTable seen;
    /** null when the store held no respondent when the import began: nothing to look up then */
    private final Lookups lookups;
    private final LongConsumer storing;

    /**
     * @param storing told how many answers Derby has loaded, while it loads them
     */
    public BulkRowStore(Connection connection, long batchId, String fileName, LongConsumer storing)
            throws SQLException {
        this.connection = connection;
        this.fileName = fileName;
        this.storing = storing;
        try {
            spool = new Spool(batchId, fileName);
        } catch (IOException e) {
            throw spoolFailure(e);
        }
        seen = new KeyTable(spool::keyAt);
        boolean anyRespondent;
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("select 1 from respondents fetch first row only")) {
            anyRespondent = rs.next();
        }
        lookups = anyRespondent ? new Lookups(connection, batchId) : null;
    }

    @Override
    public boolean looksUp() {
        return lookups != null;
    }

    @Override
    public Optional<Known> find(int scopeId, String respondentId) throws SQLException {
        return lookups == null ? Optional.empty() : lookups.find(scopeId, respondentId);
    }

    @Override
    public boolean keyTaken(String key) throws SQLException {
        return lookups != null && lookups.keyTaken(key);
    }

    /** Only this file's rows: the store is written after the reading, or holds nothing of this import yet. */
    @Override
    public boolean isDuplicate(String key) throws SQLException {
        try {
            return seen.contains(key);
        } catch (IOException e) {
            throw spoolFailure(e);
        }
    }

    @Override
    public Set<PointTime> storedAnswers(String key, int sourceScopeId) throws SQLException {
        return lookups == null ? Set.of() : lookups.storedAnswers(key, sourceScopeId);
    }

    @Override
    public void accept(AcceptedRow row) throws SQLException {
        try {
            long at = spool.respondent(row.key(), row.newRespondent(), row.segment(), row.account(), row.contact(),
                    row.scopeId(), row.respondentId());
            if (row.fromFile()) {
                seen.add(row.key(), at);
            }
            for (Answer answer : row.answers()) {
                spool.answer(answer.pointId(), row.key(), row.time(), row.channel(), answer.value(),
                        answer.comment(), row.language(), row.weight(), row.line());
            }
        } catch (IOException e) {
            throw spoolFailure(e);
        }
    }

    @Override
    public void reject(long line, String column, String raw, String reason) throws SQLException {
        try {
            spool.rejection(line, column, raw, reason);
        } catch (IOException e) {
            throw spoolFailure(e);
        }
    }

    /**
     * Respondents first (the answers refer to them). Derby finds the functions' class through the thread's context
     * class loader, which in an OSGi framework is not this bundle's unless set.
     */
    @Override
    public void store(Reading reading) throws SQLException {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(Spool.class.getClassLoader());
        try {
            if (lookups != null) {
                reading.readAll();
                endWriting();
                spool.publish(false, storing);
                load(LOAD_RESPONDENTS);
            } else {
                spool.publish(true, storing);
                readWhileLoadingRespondents(reading);
            }
            load("insert into answers (measurement_point_id, respondent_key, answered_at, channel, value_num,"
                    + " value_text, language, weight, batch_id, source_file, source_line)"
                    + " select measurement_point_id, respondent_key, answered_at, channel, value_num, value_text,"
                    + " language, weight, batch_id, source_file, source_line from table(spooled_answers(?)) s");
            load("insert into rejected_rows (batch_id, line_number, column_name, raw_text, reason)"
                    + " select batch_id, line_number, column_name, raw_text, reason"
                    + " from table(spooled_rejections(?)) s");
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private void readWhileLoadingRespondents(Reading reading) throws SQLException {
        Throwable[] failure = new Throwable[1];
        Thread reader = new Thread(() -> {
            try {
                reading.readAll();
                spool.endWriting();
            } catch (Throwable e) {
                failure[0] = e;
                spool.failWriting(e);
            }
        }, "cxw import reading " + fileName);
        reader.setDaemon(true);
        reader.start();
        try {
            load(LOAD_RESPONDENTS);
        } catch (SQLException | RuntimeException e) {
            spool.cancel();
            await(reader);
            // the reading's own failure, when it failed first, is what made Derby's statement fail; a reading
            // stopped by the cancel is not
            if (!(failure[0] instanceof CancellationException)) {
                rethrow(failure[0]);
            }
            throw e;
        }
        await(reader);
        rethrow(failure[0]);
    }

    private static void await(Thread reader) {
        boolean interrupted = false;
        while (reader.isAlive()) {
            try {
                reader.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void rethrow(Throwable failure) throws SQLException {
        if (failure instanceof SQLException e) {
            throw e;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new SQLException("reading the export failed: " + failure.getMessage(), failure);
        }
    }

    private void endWriting() throws SQLException {
        try {
            spool.endWriting();
        } catch (IOException e) {
            throw spoolFailure(e);
        }
    }

    private void load(String sql) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            st.setString(1, spool.token());
            st.executeUpdate();
        }
    }

    private static SQLException spoolFailure(IOException e) {
        return new SQLException("the import's temporary files failed: " + e.getMessage(), "58030", e);
    }

    @Override
    public void close() throws SQLException {
        try (Lookups closing = lookups) {
            spool.close();
        } catch (IOException e) {
            throw spoolFailure(e);
        }
    }
}
