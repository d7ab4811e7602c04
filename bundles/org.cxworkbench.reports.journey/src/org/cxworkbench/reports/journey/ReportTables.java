package org.cxworkbench.reports.journey;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import org.cxworkbench.reports.journey.internal.Labels;
import org.cxworkbench.reports.journey.internal.ReportData;

/**
 * The session tables of the journey reports that the analyses above this bundle fill: this bundle declares them (and
 * empties them) in {@link JourneyReports#prepare}, the services bundle fills them, then
 * {@link JourneyReports#renderPrepared} renders. Columns, in order:
 * <ul>
 * <li>{@value #DRIVERS}: DRIVER_NO int, DRIVER, TOUCHPOINT, METRIC, R, WEIGHT (raw relative weight), WEIGHT_PCT (% of
 * R²), VIF, SCORE, SCORE_N, TARGET, PERFORMANCE (0-100), QUADRANT_KEY (fix-first...), QUADRANT (label), N</li>
 * <li>{@value #DRIVER_SUMMARY}: one row; OUTCOME, N, R_SQUARED, DRIVERS (how many), WEIGHT_LINE (the mean weight in %
 * of R², where the chart's vertical quadrant line goes), PERFORMANCE_LINE (the drivers' mean performance)</li>
 * <li>{@value #WARNINGS}: WARNING_NO int, WARNING (one line, in the report's language)</li>
 * <li>{@value #SEGMENT_DIFFS}: POINT_NO int, POINT, METRIC, KIND_NO (1 current, 2 former, 3 never, 4 other), KIND,
 * SEGMENT, SCORE, N, BASELINE, DIFFERENCE, TEST (z, t), STATISTIC, P_VALUE, SIGNIFICANT (label)</li>
 * <li>{@value #ACCOUNT_RISK}: RANK_NO int, ACCOUNT, POINT, PERSONS, MEAN_UNWEIGHTED, MEAN_WEIGHTED (by contacts),
 * DETRACTOR_SHARE (0-1), CHURN_FLAGS, GROUPS (text)</li>
 * </ul>
 * Values: String, Integer, Long, Double (NaN and infinities become empty cells) or null.
 */
public final class ReportTables {

    public static final String DRIVERS = "CXW_DRIVERS";
    public static final String DRIVER_SUMMARY = "CXW_DRIVER_SUMMARY";
    public static final String WARNINGS = "CXW_WARNINGS";
    public static final String SEGMENT_DIFFS = "CXW_SEGMENT_DIFFS";
    public static final String ACCOUNT_RISK = "CXW_ACCOUNT_RISK";

    private ReportTables() {
    }

    /** The tables this class fills. */
    public static List<String> names() {
        return ReportData.FILLED_ABOVE;
    }

    /**
     * Inserts one row into {@code table} on the connection {@link JourneyReports#prepare} prepared.
     *
     * @throws IllegalArgumentException for a table that is not one of {@link #names()}
     */
    public static void insert(Connection connection, String table, Object... values) throws SQLException {
        ReportData.insertRow(connection, table, values);
    }

    /**
     * A label of the reports' resource files in {@code language} (English where it has none), with {0}... filled
     * in: so that data the services put in the tables reads in the report's language.
     */
    public static String label(Locale language, String key, Object... arguments) {
        return new Labels(language).get(key, arguments);
    }
}
