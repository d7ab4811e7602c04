package org.cxworkbench.services.imports;

import java.time.Duration;
import java.util.List;

import org.cxworkbench.store.ImportResult;
import org.cxworkbench.store.Rejection;

/**
 * What an import did, for a dialog or a summary line.
 *
 * @param fileName          the file's name as recorded with the batch
 * @param batchId           the batch that holds the rows; for a file imported before (not forced), that import's
 * @param alreadyImported   the same content was imported before: nothing was changed
 * @param rowsRead          rows read from the file (without its header)
 * @param rowsStored        rows stored, one respondent each
 * @param answersStored     answers stored
 * @param rowsRejected      rows rejected, each with one or more {@link Rejection}s (reasons)
 * @param rowsAlreadyStored rows whose every answer the same source stored before (a cumulative export)
 * @param rejections        the first rejections in file order, at most the request's limit; all are in the store
 * @param elapsed           how long it took
 */
public record SurveyImportResult(String fileName, long batchId, boolean alreadyImported, long rowsRead,
        long rowsStored, long answersStored, long rowsRejected, long rowsAlreadyStored, List<Rejection> rejections,
        Duration elapsed) {

    static SurveyImportResult of(String fileName, ImportResult result) {
        return new SurveyImportResult(fileName, result.batchId(), result.skipped(), result.rowsRead(),
                result.rowsStored(), result.answersStored(), result.rowsRejected(), result.rowsAlreadyStored(),
                result.firstRejections(), result.elapsed());
    }

    /** The file had no rows after its header: nothing was recorded. */
    public boolean empty() {
        return !alreadyImported && rowsRead == 0;
    }

    /** Every row was rejected: nothing of the file is stored, only its rejections. */
    public boolean allRejected() {
        return !alreadyImported && rowsRead > 0 && rowsStored == 0 && rowsAlreadyStored == 0 && rowsRejected > 0;
    }
}
