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
 */
public record ImportResult(long batchId, boolean skipped, long rowsRead, long rowsStored, long answersStored,
        long rowsRejected, List<Rejection> firstRejections, Duration elapsed) {
}
