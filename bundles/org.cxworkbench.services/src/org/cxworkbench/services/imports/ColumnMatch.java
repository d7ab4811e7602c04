package org.cxworkbench.services.imports;

/**
 * One column of a file that the automatic matching took for something: a measurement point's answers or a role
 * (respondent, time, segment, ...).
 *
 * @param column the column's header
 * @param target the measurement point's id, or the role ({@link org.cxworkbench.store.ColumnMapping#RESPONDENT}, ...)
 * @param role   whether {@code target} is a role rather than a measurement point
 * @param why    why, in the user's language ("the question of ... in fi")
 */
public record ColumnMatch(String column, String target, boolean role, String why) {
}
