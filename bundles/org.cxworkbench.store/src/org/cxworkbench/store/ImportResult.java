package org.cxworkbench.store;

import java.time.Duration;
import java.util.List;

/**
 * What an import did.
 *
 * @param batchId         the batch that holds the rows; for a skipped file, the batch that imported it before
 * @param skipped         the same content was imported before and not forced: nothing was changed
 * @param rowsRead        rows read from the file (without the header)
 * @param rowsStored      rows stored (each row is one respondent with one or more answers)
 * @param answersStored   answers stored
 * @param rowsRejected    rows rejected; each has one or more {@link Rejection}s
 * @param firstRejections the first rejections, in file order, at most the limit the import was given
 * @param rowsAlreadyStored rows not stored because every answer of theirs was stored before from the same source
 *                          (same respondent, measurement point and time): what a cumulative export repeats
 *
 * <p>A file without rows (only its header) is not recorded: its result has batch id 0, is not skipped and read
 * no row ({@link #empty()}).
 */
public record ImportResult(long batchId, boolean skipped, long rowsRead, long rowsStored, long answersStored,
        long rowsRejected, List<Rejection> firstRejections, Duration elapsed, long rowsAlreadyStored) {

    /** The file had no rows after its header: nothing was recorded. */
    public boolean empty() {
        return !skipped && rowsRead == 0;
    }

    /** Every row the file had was rejected: nothing of it is stored, only its rejections. */
    public boolean allRejected() {
        return !skipped && rowsRead > 0 && rowsStored == 0 && rowsAlreadyStored == 0 && rowsRejected > 0;
    }
}
