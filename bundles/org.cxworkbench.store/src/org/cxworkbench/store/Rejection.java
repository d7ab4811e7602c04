package org.cxworkbench.store;

/**
 * Why one row of a file was not stored.
 *
 * @param line   the row's line in the file (1-based, the header counted)
 * @param column the header of the offending column; null when the row as a whole is wrong
 * @param raw    the offending cell's text; null when there is none
 */
public record Rejection(long line, String column, String raw, String reason) {
}
