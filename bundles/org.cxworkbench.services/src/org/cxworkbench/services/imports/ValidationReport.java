package org.cxworkbench.services.imports;

import java.util.List;

import org.cxworkbench.store.ColumnMapping;

/**
 * What importing a file would do, found by {@link ImportValidation#dryRun}.
 *
 * @param rowsRead     rows read after the headers
 * @param rowsValid    rows the import would store
 * @param answers      answers those rows hold
 * @param rowsRejected rows it would reject
 * @param badRows      the first rejected rows, in file order, at most the request's rejection limit
 * @param mapping      the mapping used (the given one, or the one matched)
 */
public record ValidationReport(long rowsRead, long rowsValid, long answers, long rowsRejected, List<BadRow> badRows,
        ColumnMapping mapping) {

    public ValidationReport {
        badRows = List.copyOf(badRows);
    }

    /** Whether more rows are rejected than {@link #badRows()} lists. */
    public boolean truncated() {
        return rowsRejected > badRows.size();
    }
}
