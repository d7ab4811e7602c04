package org.cxworkbench.store.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.LongConsumer;

/**
 * Spools accepted rows while the export is read and checked, then has Derby load them with one
 * {@code INSERT ... SELECT} per table from the table functions over the {@link Spool} (schema step 3). Into empty
 * tables (a new store) that is Derby's bulk insert, the way its import procedures load: the heap first, then each
 * index built by one sort; into tables that hold rows it is still one statement per table, without a JDBC round trip
 * per row.
 *
 * <p>Only for a database in this Java process: Derby runs the table functions where the database is, and the spool
 * files are on this machine. Duplicate respondent ids are found by a {@link KeyTable} (16 bytes per id, exact);
 * respondents of earlier batches by one index probe per row, and only when the store had respondents when the
 * import began.
 */
public final class BulkRowStore implements RowStore {

    private final Connection connection;
    private final Spool spool;
    private final KeyTable seen;
    /** null when the store held no respondent when the import began: nothing to look up then */
    private final PreparedStatement findRespondent;
    private final LongConsumer storing;
    private boolean lookedUpEarlier;

    /**
     * @param storing told how many answers Derby has loaded, while it loads them
     */
    public BulkRowStore(Connection connection, long batchId, String fileName, LongConsumer storing)
            throws SQLException {
        this.connection = connection;
        this.storing = storing;
        try {
            spool = new Spool(batchId, fileName);
        } catch (IOException e) {
            throw new SQLException("cannot write the import's temporary files: " + e.getMessage(), "58030", e);
        }
        seen = new KeyTable(spool::keyAt);
        boolean anyRespondent;
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("select 1 from respondents fetch first row only")) {
            anyRespondent = rs.next();
        }
        findRespondent = anyRespondent
                ? connection.prepareStatement("select 1 from respondents where respondent_key = ?")
                : null;
    }

    @Override
    public boolean isDuplicate(String id) throws SQLException {
        try {
            if (seen.contains(id)) {
                return true;
            }
        } catch (IOException e) {
            throw new SQLException("cannot read the import's temporary files: " + e.getMessage(), "58030", e);
        }
        lookedUpEarlier = false;
        if (findRespondent != null) {
            findRespondent.setString(1, id);
            try (ResultSet rs = findRespondent.executeQuery()) {
                lookedUpEarlier = rs.next();
            }
        }
        return false;
    }

    @Override
    public boolean existsFromEarlierBatch() {
        return lookedUpEarlier;
    }

    @Override
    public void accept(AcceptedRow row) throws SQLException {
        try {
            long at = spool.respondent(row.key(), row.newRespondent(), row.segment(), row.account(), row.contact());
            if (row.fromFile()) {
                seen.add(row.key(), at);
            }
            for (Answer answer : row.answers()) {
                spool.answer(answer.pointId(), row.key(), row.time(), row.channel(), answer.value(),
                        answer.comment(), row.language(), row.weight(), row.line());
            }
        } catch (IOException e) {
            throw new SQLException("cannot write the import's temporary files: " + e.getMessage(), "58030", e);
        }
    }

    /**
     * Respondents first (the answers refer to them). Derby finds the functions' class through the thread's context
     * class loader, which in an OSGi framework is not this bundle's unless set.
     */
    @Override
    public void finish() throws SQLException {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(Spool.class.getClassLoader());
        try {
            spool.publish(storing);
            load("insert into respondents (respondent_key, batch_id, segment, account, contact)"
                    + " select respondent_key, batch_id, segment, account, contact"
                    + " from table(spooled_respondents(?)) s");
            load("insert into answers (measurement_point_id, respondent_key, answered_at, channel, value_num,"
                    + " value_text, language, weight, batch_id, source_file, source_line)"
                    + " select measurement_point_id, respondent_key, answered_at, channel, value_num, value_text,"
                    + " language, weight, batch_id, source_file, source_line from table(spooled_answers(?)) s");
        } catch (IOException e) {
            throw new SQLException("cannot write the import's temporary files: " + e.getMessage(), "58030", e);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private void load(String sql) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            st.setString(1, spool.token());
            st.executeUpdate();
        }
    }

    @Override
    public void close() throws SQLException {
        try (PreparedStatement find = findRespondent) {
            spool.close();
        } catch (IOException e) {
            throw new SQLException("cannot delete the import's temporary files: " + e.getMessage(), "58030", e);
        }
    }
}
