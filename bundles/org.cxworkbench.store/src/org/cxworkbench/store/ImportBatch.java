package org.cxworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One import attempt as the {@code import_batches} table records it.
 *
 * <p>The states: {@code done} (committed; its answers count), {@code replaced} (a forced import of the same content
 * replaced its answers), {@code failed} (the store failed half-way; nothing of it was kept, the row only records
 * the attempt). {@code running} is only ever seen uncommitted: the batch row is written in the import's own
 * transaction, so while an import runs other connections see it only when they read uncommitted data, as
 * {@link #list(Connection)} does, and an import whose process dies (a crash, {@code kill -9}) leaves no row and no
 * answer behind: Derby's recovery rolls the whole transaction back when the database is opened next.
 *
 * @param id           the batch id, in the order the imports started
 * @param fileName     the file's name as given to the import
 * @param contentHash  the SHA-256 of the file's content
 * @param state        done, replaced, failed or running
 * @param rowsStored   rows stored (0 unless done or replaced)
 * @param rowsRejected rows rejected
 * @param started      when the import started
 * @param finished     when it ended; null while running
 * @param failure      why it failed; null unless failed
 */
public record ImportBatch(long id, String fileName, String contentHash, String state, long rowsStored,
        long rowsRejected, Instant started, Instant finished, String failure) {

    /**
     * Every batch of the store, oldest first. It reads uncommitted rows, so an import under way on another
     * connection of a network server shows as {@code running} instead of making the listing wait for its locks.
     */
    public static List<ImportBatch> list(Connection connection) throws SQLException {
        int isolation = connection.getTransactionIsolation();
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_UNCOMMITTED);
        try (PreparedStatement st = connection.prepareStatement("select id, file_name, content_hash, state,"
                + " rows_stored, rows_rejected, started_at, finished_at, failure from import_batches order by id");
                ResultSet rs = st.executeQuery()) {
            List<ImportBatch> batches = new ArrayList<>();
            while (rs.next()) {
                batches.add(new ImportBatch(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getLong(6), instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)),
                        rs.getString(9)));
            }
            return batches;
        } finally {
            connection.setTransactionIsolation(isolation);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
