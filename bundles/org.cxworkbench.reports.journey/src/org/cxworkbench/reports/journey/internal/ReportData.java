package org.cxworkbench.reports.journey.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.cxworkbench.metrics.Comparison;
import org.cxworkbench.metrics.Direction;
import org.cxworkbench.metrics.MetricDescriptor;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.metrics.Score;
import org.cxworkbench.metrics.ScoringOptions;
import org.cxworkbench.metrics.Tier;
import org.cxworkbench.model.journey.Account;
import org.cxworkbench.model.journey.CustomerSegment;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.JourneyPackage;
import org.cxworkbench.model.journey.MeasurableElement;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.model.journey.SegmentKind;
import org.cxworkbench.model.journey.Stage;
import org.cxworkbench.model.journey.Touchpoint;
import org.cxworkbench.reports.journey.ReportParameters;
import org.cxworkbench.reports.journey.ReportParameters.PeriodUnit;
import org.cxworkbench.store.Dimension;
import org.cxworkbench.store.ScoreQuery;
import org.cxworkbench.store.ScoredGroup;
import org.cxworkbench.store.StoreScoring;

/**
 * Puts what a journey report shows on the connection BIRT will read: Derby declared temporary tables in the
 * {@code SESSION} schema (private to the connection, no log), filled with parameterized inserts. The scores in them
 * are the metrics' own, computed by {@link StoreScoring} (SQL aggregates, then the metric's score and test); the
 * designs add plain SQL over the store for
 * answer distributions, comments and follow-ups, filtered through {@code SESSION.CXW_FILTER}.
 *
 * <p>Tables (every report gets all of them, empty where it does not need them):
 * <ul>
 * <li>{@code CXW_FILTER}: one row, the period, previous period, segment and journey as values and labels, and how
 * many answers the report rests on ({@code ANSWERS}; 0 makes the designs say that there is no data)</li>
 * <li>{@code CXW_POINTS}: the journey's measurement points with stage and touchpoint, {@code SELECTED} for the
 * touchpoint report's points</li>
 * <li>{@code CXW_SCORES}: the scorecard, one row per measurement point (and per stage or touchpoint without one)</li>
 * <li>{@code CXW_TREND}: score per series and period</li>
 * <li>{@code CXW_SEGMENTS}, {@code CXW_ACCOUNTS}: scores per segment (with its kind) and per B2B account</li>
 * <li>{@code CXW_DRIVERS}, {@code CXW_DRIVER_SUMMARY}, {@code CXW_WARNINGS}, {@code CXW_SEGMENT_DIFFS},
 * {@code CXW_ACCOUNT_RISK}: declared here, empty; the analyses above this bundle (key drivers, segment comparison,
 * account roll-up in the services bundle) fill them through {@link org.cxworkbench.reports.journey.ReportTables}</li>
 * </ul>
 */
public final class ReportData {

    /** The tables' DDL. Only our own text; values always go in as parameters. */
    private static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("CXW_FILTER", "FROM_TS timestamp, TO_TS timestamp, PREV_FROM_TS timestamp, PREV_TO_TS timestamp,"
                + " SEGMENT varchar(200), JOURNEY varchar(400), PERIOD_LABEL varchar(200),"
                + " PREVIOUS_LABEL varchar(200), SEGMENT_LABEL varchar(400), SUBJECT varchar(400),"
                + " ANSWERS bigint, NO_DATA varchar(1000), CONFIDENCE varchar(20)");
        TABLES.put("CXW_POINTS", "POINT_ID varchar(64), POINT_NO int, POINT_NAME varchar(400), STAGE_NO int,"
                + " STAGE varchar(400), TP_NO int, TOUCHPOINT varchar(400), METRIC varchar(100),"
                + " SELECTED char(1)");
        TABLES.put("CXW_SCORES", "ROW_NO int, STAGE_NO int, STAGE varchar(400), TP_NO int, TOUCHPOINT varchar(400),"
                + " CHANNEL varchar(200), POINT_NO int, POINT varchar(400), METRIC varchar(100), UNIT varchar(100),"
                + " SCORE double, N bigint, CI_LOW double, CI_HIGH double, CI_TEXT varchar(100),"
                + " PREV_SCORE double, PREV_N bigint, CHANGE double, CHANGE_TEXT varchar(100),"
                + " SIGNIFICANT char(1)," // U significantly better, D significantly worse, N not significant
                + " P_VALUE double, TARGET double, TARGET_MET char(1), TARGET_TEXT varchar(200), LOW_N char(1),"
                + " MIN_N int, NOTE varchar(400), TIER_NO int");
        TABLES.put("CXW_TREND", "POINT_NO int, POINT varchar(400), SERIES_NO int, SERIES varchar(400),"
                + " PERIOD_NO int, PERIOD varchar(40), UNIT varchar(100), SCORE double, N bigint, CI_LOW double,"
                + " CI_HIGH double, CI_TEXT varchar(100), LOW_N char(1)");
        TABLES.put("CXW_SEGMENTS", "KIND_NO int, KIND varchar(200), SEGMENT varchar(400), POINT_NO int,"
                + " POINT varchar(400), METRIC varchar(100), UNIT varchar(100), SCORE double, N bigint,"
                + " CI_LOW double, CI_HIGH double, CI_TEXT varchar(100), LOW_N char(1)");
        TABLES.put("CXW_ACCOUNTS", "ACCOUNT varchar(400), SEGMENT varchar(400), POINT_NO int, POINT varchar(400),"
                + " METRIC varchar(100), UNIT varchar(100), SCORE double, N bigint, CI_LOW double, CI_HIGH double,"
                + " CI_TEXT varchar(100), LOW_N char(1), RESPONDENTS bigint");
    }

    /** The tables this class declares but leaves to the callers above it to fill (see ReportTables). */
    public static final List<String> FILLED_ABOVE = List.of("CXW_DRIVERS", "CXW_DRIVER_SUMMARY", "CXW_WARNINGS",
            "CXW_SEGMENT_DIFFS", "CXW_ACCOUNT_RISK");

    static {
        TABLES.put("CXW_DRIVERS", "DRIVER_NO int, DRIVER varchar(400), TOUCHPOINT varchar(400), METRIC varchar(100),"
                + " R double, WEIGHT double, WEIGHT_PCT double, VIF double, SCORE double, SCORE_N bigint,"
                + " TARGET double, PERFORMANCE double, QUADRANT_KEY varchar(20), QUADRANT varchar(200), N bigint");
        TABLES.put("CXW_DRIVER_SUMMARY", "OUTCOME varchar(400), N bigint, R_SQUARED double, DRIVERS int,"
                + " WEIGHT_LINE double, PERFORMANCE_LINE double");
        TABLES.put("CXW_WARNINGS", "WARNING_NO int, WARNING varchar(1000)");
        TABLES.put("CXW_SEGMENT_DIFFS", "POINT_NO int, POINT varchar(400), METRIC varchar(100), KIND_NO int,"
                + " KIND varchar(200), SEGMENT varchar(400), SCORE double, N bigint, BASELINE varchar(400),"
                + " DIFFERENCE double, TEST varchar(10), STATISTIC double, P_VALUE double, SIGNIFICANT varchar(100)");
        TABLES.put("CXW_ACCOUNT_RISK", "RANK_NO int, ACCOUNT varchar(400), POINT varchar(400), PERSONS bigint,"
                + " MEAN_UNWEIGHTED double, MEAN_WEIGHTED double, DETRACTOR_SHARE double, CHURN_FLAGS bigint,"
                + " GROUPS varchar(2000)");
    }

    /** Trends show at least this many periods, ending with the report's period. */
    static final int TREND_MONTHS = 12;
    static final int TREND_QUARTERS = 8;

    private final Connection connection;
    private final Journey journey;
    private final ReportParameters parameters;
    private final MetricRegistry metrics;
    private final Labels labels;
    private final NumberFormat oneDecimal;
    private final StoreScoring scoring;

    private LocalDate from;
    private LocalDate to;
    private LocalDate previousFrom;
    private LocalDate previousTo;

    /** The journey's points in report order, with where they sit. */
    private final List<PointRow> points = new ArrayList<>();

    private record PointRow(MeasurementPoint point, int pointNo, int stageNo, String stage, int touchpointNo,
            String touchpoint, String channel) {
    }

    public ReportData(Connection connection, Journey journey, ReportParameters parameters, MetricRegistry metrics) {
        this.connection = connection;
        this.journey = journey;
        this.parameters = parameters;
        this.metrics = metrics;
        this.labels = new Labels(parameters.language());
        this.scoring = new StoreScoring(journey, metrics);
        this.oneDecimal = NumberFormat.getNumberInstance(parameters.language());
        oneDecimal.setMinimumFractionDigits(1);
        oneDecimal.setMaximumFractionDigits(1);
    }

    /**
     * Fills the tables for {@code report} and returns the design's parameter values.
     *
     * @throws IllegalArgumentException when a selector the report needs is missing or names nothing in the journey
     */
    public Map<String, Object> prepare(String report) throws SQLException {
        Touchpoint touchpoint = "touchpoint".equals(report) ? touchpoint() : null;
        MeasurementPoint outcome = "drivers".equals(report) ? outcome() : null;
        List<MeasurementPoint> trendPoints = "trend".equals(report) ? trendPoints() : List.of();
        declareTables();
        collectPoints();
        resolvePeriod();
        insertPoints(touchpoint);
        String subject = "";
        long answers;
        switch (report) {
            case "scorecard" -> {
                insertScorecard();
                answers = countAnswers(ids(allPoints()), from, to.plusDays(1));
            }
            case "touchpoint" -> {
                List<MeasurementPoint> own = pointsOf(touchpoint);
                subject = touchpoint.getName();
                insertScorecard();
                insertPointTrends(own);
                answers = countAnswers(ids(own), from, to.plusDays(1));
            }
            case "trend" -> {
                subject = trendSubject(trendPoints);
                insertMeasureTrend(trendPoints);
                answers = countAnswers(ids(trendPoints), trendStart(), to.plusDays(1));
            }
            case "segments" -> {
                insertSegments();
                answers = countAnswers(ids(allPoints()), from, to.plusDays(1));
            }
            case "comments" -> answers = countComments();
            case "drivers" -> {
                // the analysis itself runs above this bundle (services: KeyDrivers) and fills CXW_DRIVERS
                subject = outcome.getName();
                answers = countAnswers(List.of(outcome.getId()), from, to.plusDays(1));
            }
            default -> throw new IllegalArgumentException("unknown report '" + report + "'");
        }
        insertFilter(subject, answers, report);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("journey", journey.getName());
        values.put("from", from.toString());
        values.put("to", to.toString());
        values.put("segment", parameters.segment() == null ? "" : parameters.segment());
        values.put("subject", subject);
        return values;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    // --- tables -------------------------------------------------------------------------------------------------

    private void declareTables() throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (Map.Entry<String, String> table : TABLES.entrySet()) {
                try {
                    st.executeUpdate("delete from SESSION." + table.getKey());
                } catch (SQLException e) {
                    if (!"42X05".equals(e.getSQLState())) {
                        throw e;
                    }
                    st.executeUpdate("declare global temporary table SESSION." + table.getKey() + " ("
                            + table.getValue() + ") on commit preserve rows not logged");
                }
            }
        }
    }

    /** The outcome of the drivers report: a point by id or name; the message lists the choices. */
    private MeasurementPoint outcome() {
        String wanted = parameters.outcome();
        List<String> choices = new ArrayList<>();
        for (MeasurementPoint p : journey.getMeasurementPoints()) {
            if (wanted != null && (wanted.equals(p.getId()) || wanted.equalsIgnoreCase(p.getName()))) {
                return p;
            }
            choices.add(p.getName());
        }
        throw new IllegalArgumentException((wanted == null ? "the drivers report needs an outcome"
                : "the journey has no measurement point '" + wanted + "'") + " (choose from: "
                + String.join(", ", choices) + ")");
    }

    /**
     * Inserts one row into a session table the callers above fill ({@link #FILLED_ABOVE}); the values in the
     * table's column order, NaN as null.
     */
    public static void insertRow(Connection connection, String table, Object... values) throws SQLException {
        if (!FILLED_ABOVE.contains(table)) {
            throw new IllegalArgumentException("no table " + table + " to fill (tables: " + FILLED_ABOVE + ")");
        }
        insertInto(connection, table, values);
    }

    private void insert(String table, Object... values) throws SQLException {
        insertInto(connection, table, values);
    }

    private static void insertInto(Connection connection, String table, Object... values) throws SQLException {
        StringBuilder sql = new StringBuilder("insert into SESSION.").append(table).append(" values (");
        for (int i = 0; i < values.length; i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        try (PreparedStatement st = connection.prepareStatement(sql.append(')').toString())) {
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v instanceof Double d && !Double.isFinite(d)) {
                    v = null; // Derby has no NaN or infinity: an empty cell
                }
                if (v == null) {
                    st.setNull(i + 1, st.getParameterMetaData().getParameterType(i + 1));
                } else if (v instanceof LocalDate date) {
                    st.setTimestamp(i + 1, Timestamp.valueOf(date.atStartOfDay()));
                } else {
                    st.setObject(i + 1, v);
                }
            }
            st.executeUpdate();
        }
    }

    // --- the journey --------------------------------------------------------------------------------------------

    private void collectPoints() {
        int pointNo = 0;
        // relationship measures of the whole journey first
        for (MeasurementPoint p : journey.getMeasurementPoints()) {
            if (p.getAttachedTo() == journey) {
                points.add(new PointRow(p, ++pointNo, 0, labels.get("stage.journey"), 0, "", channel(p)));
            }
        }
        int stageNo = 0;
        for (Stage stage : journey.getStages()) {
            stageNo++;
            for (MeasurementPoint p : attached(stage)) {
                points.add(new PointRow(p, ++pointNo, stageNo, stage.getName(), 0, labels.get("stage.whole"),
                        channel(p)));
            }
            int tpNo = 0;
            for (Touchpoint t : journey.getTouchpoints()) {
                if (t.getStage() == stage) {
                    tpNo++;
                    List<MeasurementPoint> own = attached(t);
                    if (own.isEmpty()) {
                        points.add(new PointRow(null, 0, stageNo, stage.getName(), tpNo, t.getName(),
                                t.getChannel() == null ? "" : t.getChannel().getName()));
                    }
                    for (MeasurementPoint p : own) {
                        points.add(new PointRow(p, ++pointNo, stageNo, stage.getName(), tpNo, t.getName(),
                                channel(p)));
                    }
                }
            }
        }
        int tpNo = 0;
        for (Touchpoint t : journey.getTouchpoints()) {
            if (t.getStage() == null) {
                tpNo++;
                for (MeasurementPoint p : attached(t)) {
                    points.add(new PointRow(p, ++pointNo, stageNo + 1, labels.get("stage.none"), tpNo, t.getName(),
                            channel(p)));
                }
            }
        }
    }

    private List<MeasurementPoint> attached(MeasurableElement element) {
        List<MeasurementPoint> list = new ArrayList<>();
        for (MeasurementPoint p : journey.getMeasurementPoints()) {
            if (p.getAttachedTo() == element) {
                list.add(p);
            }
        }
        return list;
    }

    private static String channel(MeasurementPoint p) {
        if (p.getChannel() != null) {
            return p.getChannel().getName();
        }
        if (p.getAttachedTo() instanceof Touchpoint t && t.getChannel() != null) {
            return t.getChannel().getName();
        }
        return "";
    }

    private List<MeasurementPoint> allPoints() {
        return points.stream().map(PointRow::point).filter(p -> p != null).toList();
    }

    private List<MeasurementPoint> pointsOf(Touchpoint touchpoint) {
        return attached(touchpoint);
    }

    private static List<String> ids(Collection<MeasurementPoint> list) {
        return list.stream().map(MeasurementPoint::getId).toList();
    }

    private Touchpoint touchpoint() {
        String wanted = parameters.touchpoint();
        List<String> names = new ArrayList<>();
        for (Touchpoint t : journey.getTouchpoints()) {
            if (wanted != null && (wanted.equals(t.getId()) || wanted.equalsIgnoreCase(t.getName()))) {
                return t;
            }
            names.add(t.getName());
        }
        throw new IllegalArgumentException((wanted == null ? "the touchpoint report needs a touchpoint"
                : "the journey has no touchpoint '" + wanted + "'") + " (touchpoints: " + String.join(", ", names)
                + ")");
    }

    private List<MeasurementPoint> trendPoints() {
        String wanted = parameters.metric();
        List<String> choices = new ArrayList<>();
        List<MeasurementPoint> byMetric = new ArrayList<>();
        for (MeasurementPoint p : journey.getMeasurementPoints()) {
            if (wanted != null && (wanted.equals(p.getId()) || wanted.equalsIgnoreCase(p.getName()))) {
                return List.of(p);
            }
            if (wanted != null && wanted.equalsIgnoreCase(p.getMetricId())) {
                byMetric.add(p);
            }
            choices.add(p.getName());
            if (!choices.contains(p.getMetricId())) {
                choices.add(p.getMetricId());
            }
        }
        if (!byMetric.isEmpty()) {
            return byMetric;
        }
        throw new IllegalArgumentException((wanted == null ? "the trend report needs a measure"
                : "the journey has no measurement point or metric '" + wanted + "'") + " (choose from: "
                + String.join(", ", choices) + ")");
    }

    private String trendSubject(List<MeasurementPoint> list) {
        if (list.size() == 1) {
            return list.get(0).getName();
        }
        return labels.get("trend.pooled", metricLabel(list.get(0).getMetricId()), list.size());
    }

    private String metricLabel(String metricId) {
        return labels.has("metric." + metricId) ? labels.get("metric." + metricId) : metricId;
    }

    private Optional<MetricDescriptor> descriptor(MeasurementPoint p) {
        return p.getMetricId() == null ? Optional.empty() : metrics.find(p.getMetricId());
    }

    private void insertPoints(Touchpoint selected) throws SQLException {
        for (PointRow row : points) {
            if (row.point() != null) {
                boolean chosen = selected != null && row.point().getAttachedTo() == selected;
                insert("CXW_POINTS", row.point().getId(), row.pointNo(), row.point().getName(), row.stageNo(),
                        row.stage(), row.touchpointNo(), row.touchpoint(), row.point().getMetricId(),
                        chosen ? "Y" : "N");
            }
        }
    }

    // --- periods ------------------------------------------------------------------------------------------------

    private void resolvePeriod() throws SQLException {
        to = parameters.to();
        if (to == null) {
            to = latestAnswer().orElse(LocalDate.now());
        }
        from = parameters.from();
        if (from == null) {
            from = to.withDayOfMonth(1).minusMonths(2);
            if (from.isAfter(to)) {
                from = to;
            }
        }
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("the period starts (" + from + ") after it ends (" + to + ")");
        }
        boolean wholeMonths = from.getDayOfMonth() == 1 && to.plusDays(1).getDayOfMonth() == 1;
        previousTo = from.minusDays(1);
        if (wholeMonths) {
            long months = ChronoUnit.MONTHS.between(from, to.plusDays(1));
            previousFrom = from.minusMonths(months);
        } else {
            previousFrom = from.minusDays(ChronoUnit.DAYS.between(from, to) + 1);
        }
    }

    private Optional<LocalDate> latestAnswer() throws SQLException {
        List<String> ids = ids(allPoints());
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        String sql = "select max(answered_at) from answers where measurement_point_id in ("
                + String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ")";
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            for (int i = 0; i < ids.size(); i++) {
                st.setString(i + 1, ids.get(i));
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                Timestamp latest = rs.getTimestamp(1);
                return latest == null ? Optional.empty() : Optional.of(latest.toLocalDateTime().toLocalDate());
            }
        }
    }

    /** Where trends start: 12 months (8 quarters) before the period's end, or the period's start if earlier. */
    private LocalDate trendStart() {
        Dimension unit = periodUnit();
        LocalDate start = unit.start(to);
        for (int i = 1; i < (unit == Dimension.MONTH ? TREND_MONTHS : TREND_QUARTERS); i++) {
            start = unit.previousStart(start);
        }
        return start.isBefore(from) ? start : unit.start(from);
    }

    private String periodLabel(LocalDate a, LocalDate b) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(parameters.language());
        return format.format(a) + " \u2013 " + format.format(b);
    }

    private static Timestamp start(LocalDate day) {
        return Timestamp.valueOf(day.atStartOfDay());
    }

    private long countAnswers(List<String> ids, LocalDate start, LocalDate end) throws SQLException {
        if (ids.isEmpty()) {
            return 0;
        }
        String sql = "select count(*) from answers a join respondents r on r.respondent_key = a.respondent_key"
                + " where a.measurement_point_id in (" + String.join(", ", java.util.Collections.nCopies(ids.size(),
                        "?")) + ") and a.answered_at >= ? and a.answered_at < ?"
                + (parameters.segment() == null ? "" : " and r.segment = ?");
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            int i = 1;
            for (String id : ids) {
                st.setString(i++, id);
            }
            st.setTimestamp(i++, start(start));
            st.setTimestamp(i++, start(end));
            if (parameters.segment() != null) {
                st.setString(i, parameters.segment());
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Comments plus follow-ups on answers of the period (and segment): what the comments report lists. */
    private long countComments() throws SQLException {
        String sql = "select count(*), count(a.value_text), sum(case when exists (select 1 from follow_ups f"
                + " where f.answer_id = a.id) then 1 else 0 end) from answers a"
                + " join respondents r on r.respondent_key = a.respondent_key"
                + " join SESSION.CXW_POINTS p on p.POINT_ID = a.measurement_point_id"
                + " where a.answered_at >= ? and a.answered_at < ?"
                + (parameters.segment() == null ? "" : " and r.segment = ?");
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            st.setTimestamp(1, start(from));
            st.setTimestamp(2, start(to.plusDays(1)));
            if (parameters.segment() != null) {
                st.setString(3, parameters.segment());
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(2) + rs.getLong(3);
            }
        }
    }

    private void insertFilter(String subject, long answers, String report) throws SQLException {
        String segmentLabel = parameters.segment() == null ? labels.get("segment.all") : parameters.segment();
        String noData = labels.get("nodata." + report, journey.getName(), periodLabel(from, to), segmentLabel,
                subject);
        insert("CXW_FILTER", from, to.plusDays(1), previousFrom, previousTo.plusDays(1), parameters.segment(),
                journey.getName(), periodLabel(from, to), periodLabel(previousFrom, previousTo), segmentLabel,
                subject, answers, noData, "95 %");
    }

    // --- scores ---------------------------------------------------------------------------------------------

    private ScoreQuery query(Dimension... by) {
        return ScoreQuery.of(by).segment(parameters.segment());
    }

    /** The groups of a query by the key of one dimension (groups without that key are left out). */
    private static Map<String, ScoredGroup> byKey(List<ScoredGroup> groups, Dimension dimension) {
        Map<String, ScoredGroup> map = new LinkedHashMap<>();
        for (ScoredGroup g : groups) {
            if (g.key(dimension) != null) {
                map.put(g.key(dimension), g);
            }
        }
        return map;
    }

    private static long minimumN(MeasurementPoint p) {
        return p.getMinimumSampleSize() == null ? ScoringOptions.DEFAULT_MINIMUM_N : p.getMinimumSampleSize();
    }

    private String unit(MetricDescriptor d) {
        return switch (d.unit()) {
            case NET_POINTS -> labels.get("unit.net-points");
            case PERCENT -> labels.get("unit.percent");
            case MEAN -> Double.isFinite(d.scaleMin()) && Double.isFinite(d.scaleMax())
                    ? labels.get("unit.mean-scale", format0(d.scaleMin()), format0(d.scaleMax()))
                    : labels.get("unit.mean");
        };
    }

    private String format0(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : number(v);
    }

    /** One decimal in the report's language; a plain hyphen for minus, which every PDF font has. */
    private String number(double v) {
        return oneDecimal.format(v).replace('\u2212', '-');
    }

    private String ciText(Score s) {
        return s.hasInterval() ? number(s.low()) + " \u2013 " + number(s.high()) : "";
    }

    /**
     * The tier of a point for the scorecard's side-by-side tiers: 1 outcome, 2 experience, 3 operational. The point's
     * own tier when the journey sets one, else its metric's (experience when the metric is not installed).
     */
    private static int tierNo(MeasurementPoint p, MetricDescriptor d) {
        Tier tier;
        if (p.eIsSet(JourneyPackage.Literals.MEASUREMENT_POINT__TIER)) {
            tier = Tier.fromKey(p.getTier().getLiteral());
        } else {
            tier = d == null ? Tier.EXPERIENCE : d.tier();
        }
        return tier.ordinal() + 1;
    }

    private void insertScorecard() throws SQLException {
        Map<String, ScoredGroup> current = byKey(scoring.score(connection,
                query(Dimension.MEASUREMENT_POINT).from(from).to(to)), Dimension.MEASUREMENT_POINT);
        Map<String, ScoredGroup> previous = byKey(scoring.score(connection,
                query(Dimension.MEASUREMENT_POINT).from(previousFrom).to(previousTo)), Dimension.MEASUREMENT_POINT);
        int rowNo = 0;
        for (PointRow row : points) {
            rowNo++;
            MeasurementPoint p = row.point();
            if (p == null) {
                insert("CXW_SCORES", rowNo, row.stageNo(), row.stage(), row.touchpointNo(), row.touchpoint(),
                        row.channel(), 0, "", "", "", null, null, null, null, "", null, null, null, "", null, null,
                        null, null, "", null, null, labels.get("note.unmeasured"), 0);
                continue;
            }
            Optional<MetricDescriptor> found = descriptor(p);
            if (found.isEmpty()) {
                insert("CXW_SCORES", rowNo, row.stageNo(), row.stage(), row.touchpointNo(), row.touchpoint(),
                        row.channel(), row.pointNo(), p.getName(), metricLabel(p.getMetricId()), "", null, null,
                        null, null, "", null, null, null, "", null, null, p.getTargetValue(), null, "", null, null,
                        labels.get("note.nometric", p.getMetricId()), tierNo(p, null));
                continue;
            }
            MetricDescriptor d = found.get();
            ScoredGroup nowGroup = current.get(p.getId());
            ScoredGroup beforeGroup = previous.get(p.getId());
            Score now = nowGroup == null ? null : nowGroup.score();
            Score before = beforeGroup == null ? null : beforeGroup.score();
            boolean hasNow = now != null && !now.isEmpty();
            boolean hasBefore = before != null && !before.isEmpty();
            Double change = null;
            String changeText = "";
            String significant = null;
            Double pValue = null;
            if (hasNow && hasBefore) {
                change = now.value() - before.value();
                changeText = (change > 0 ? "+" : change < 0 ? "-" : "\u00b1") + number(Math.abs(change));
                try {
                    Comparison c = scoring.compare(nowGroup, beforeGroup, now.level());
                    // U: significantly better, D: significantly worse (by the metric's direction), N: not significant
                    boolean better = d.better() == Direction.LOWER ? change < 0 : change > 0;
                    significant = !c.significant() ? "N" : better ? "U" : "D";
                    pValue = c.pValue();
                    if (c.significant()) {
                        changeText += " *";
                    }
                } catch (IllegalArgumentException tooSmall) {
                    // no standard error on one side: the change is shown, its significance is not claimed
                }
            }
            Double target = p.getTargetValue();
            String met = null;
            String targetText = "";
            if (target != null) {
                targetText = format0(target);
                if (hasNow) {
                    boolean ok = d.better() == Direction.LOWER ? now.value() <= target : now.value() >= target;
                    met = ok ? "Y" : "N";
                    targetText = labels.get(ok ? "target.met" : "target.missed", format0(target));
                }
            }
            String note = !hasNow ? labels.get("note.noanswers")
                    : now.lowN() ? labels.get("note.lown", minimumN(p)) : "";
            insert("CXW_SCORES", rowNo, row.stageNo(), row.stage(), row.touchpointNo(), row.touchpoint(),
                    row.channel(), row.pointNo(), p.getName(), metricLabel(d.id()), unit(d),
                    hasNow ? now.value() : null, now == null ? 0L : now.n(), hasNow ? now.low() : null,
                    hasNow ? now.high() : null, hasNow ? ciText(now) : "", hasBefore ? before.value() : null,
                    before == null ? 0L : before.n(), change, changeText, significant, pValue, target, met,
                    targetText, hasNow ? now.lowN() ? "Y" : "N" : null, (int) minimumN(p), note, tierNo(p, d));
        }
    }

    /** The periods of a trend: their labels (as the scoring keys them), oldest first. */
    private List<String> periods(Dimension unit, LocalDate start) {
        List<String> list = new ArrayList<>();
        for (LocalDate d = unit.start(start); !d.isAfter(to); d = unit.end(d).plusDays(1)) {
            list.add(unit.label(d));
        }
        return list;
    }

    private Dimension periodUnit() {
        return parameters.period() == PeriodUnit.MONTH ? Dimension.MONTH : Dimension.QUARTER;
    }

    /** The touchpoint report: one trend per measurement point of the touchpoint, every answer. */
    private void insertPointTrends(List<MeasurementPoint> list) throws SQLException {
        if (list.isEmpty()) {
            return;
        }
        Dimension unit = periodUnit();
        LocalDate start = trendStart();
        List<ScoredGroup> groups = scoring.score(connection,
                query(Dimension.MEASUREMENT_POINT, unit).from(start).to(to));
        List<String> periods = periods(unit, start);
        for (MeasurementPoint p : list) {
            Optional<MetricDescriptor> found = descriptor(p);
            if (found.isEmpty()) {
                continue;
            }
            for (int i = 0; i < periods.size(); i++) {
                Score s = null;
                for (ScoredGroup g : groups) {
                    if (p.getId().equals(g.key(Dimension.MEASUREMENT_POINT)) && periods.get(i).equals(g.key(unit))) {
                        s = g.score();
                    }
                }
                insertTrendRow(pointNoOf(p), p.getName(), 0, labels.get("series.all"), i + 1, periods.get(i),
                        found.get(), s);
            }
        }
    }

    /** The trend report: one measure (a point, or every point of a metric pooled), all answers and per group. */
    private void insertMeasureTrend(List<MeasurementPoint> measure) throws SQLException {
        MeasurementPoint first = measure.get(0);
        Optional<MetricDescriptor> found = descriptor(first);
        if (found.isEmpty()) {
            return;
        }
        Dimension unit = periodUnit();
        Dimension split = parameters.by() == ReportParameters.Breakdown.SEGMENT ? Dimension.SEGMENT
                : Dimension.CHANNEL;
        LocalDate start = trendStart();
        boolean pooled = measure.size() > 1;
        List<ScoredGroup> all;
        List<ScoredGroup> byGroup;
        if (pooled) {
            // without the point dimension the scoring rolls every point of the metric up into one group
            all = scoring.score(connection, query(unit).from(start).to(to).metric(first.getMetricId()));
            byGroup = scoring.score(connection, query(split, unit).from(start).to(to).metric(first.getMetricId()));
        } else {
            all = onlyPoint(scoring.score(connection, query(Dimension.MEASUREMENT_POINT, unit).from(start).to(to)),
                    first);
            byGroup = onlyPoint(scoring.score(connection,
                    query(Dimension.MEASUREMENT_POINT, split, unit).from(start).to(to)), first);
        }
        String name = trendSubject(measure);
        List<String> periods = periods(unit, start);
        List<String> keys = new ArrayList<>();
        for (ScoredGroup g : byGroup) {
            String key = g.key(split) == null ? "" : g.key(split);
            if (!keys.contains(key)) {
                keys.add(key);
            }
        }
        for (int i = 0; i < periods.size(); i++) {
            String period = periods.get(i);
            insertTrendRow(1, name, 0, labels.get("series.all"), i + 1, period, found.get(), find(all, unit, period,
                    null, null));
            for (int k = 0; k < keys.size(); k++) {
                String key = keys.get(k);
                insertTrendRow(1, name, k + 1, key.isEmpty() ? labels.get("series.unknown") : key, i + 1, period,
                        found.get(), find(byGroup, unit, period, split, key));
            }
        }
    }

    private static List<ScoredGroup> onlyPoint(List<ScoredGroup> groups, MeasurementPoint p) {
        return groups.stream().filter(g -> p.getId().equals(g.key(Dimension.MEASUREMENT_POINT))).toList();
    }

    private static Score find(List<ScoredGroup> groups, Dimension unit, String period, Dimension split,
            String key) {
        for (ScoredGroup g : groups) {
            String groupKey = split == null ? null : g.key(split) == null ? "" : g.key(split);
            if (period.equals(g.key(unit)) && (split == null || key.equals(groupKey))) {
                return g.score();
            }
        }
        return null;
    }

    private int pointNoOf(MeasurementPoint p) {
        return points.stream().filter(r -> r.point() == p).mapToInt(PointRow::pointNo).findFirst().orElse(0);
    }

    /** One trend row; {@code s} null or empty for a period without answers. */
    private void insertTrendRow(int pointNo, String point, int seriesNo, String series, int periodNo,
            String period, MetricDescriptor d, Score s) throws SQLException {
        boolean has = s != null && !s.isEmpty();
        insert("CXW_TREND", pointNo, point, seriesNo, series, periodNo, period, unit(d), has ? s.value() : null,
                s == null ? 0L : s.n(), has ? s.low() : null, has ? s.high() : null, has ? ciText(s) : "",
                has ? s.lowN() ? "Y" : "N" : null);
    }

    private void insertSegments() throws SQLException {
        // segments are compared with each other: the segment parameter does not filter this part
        List<ScoredGroup> bySegment = scoring.score(connection,
                ScoreQuery.of(Dimension.MEASUREMENT_POINT, Dimension.SEGMENT).from(from).to(to));
        List<ScoredGroup> byAccount = scoring.score(connection,
                query(Dimension.MEASUREMENT_POINT, Dimension.ACCOUNT).from(from).to(to));
        for (PointRow row : points) {
            MeasurementPoint p = row.point();
            if (p == null || descriptor(p).isEmpty()) {
                continue;
            }
            MetricDescriptor d = descriptor(p).get();
            for (ScoredGroup g : onlyPoint(bySegment, p)) {
                String stored = g.key(Dimension.SEGMENT) == null ? "" : g.key(Dimension.SEGMENT);
                SegmentKind kind = kindOf(stored);
                int kindNo = kind == null ? 4 : switch (kind) {
                    case CURRENT -> 1;
                    case FORMER -> 2;
                    case NEVER -> 3;
                };
                Score s = g.score();
                boolean has = !s.isEmpty();
                insert("CXW_SEGMENTS", kindNo, labels.get("kind." + (kind == null ? "other" : kind.getLiteral())),
                        stored.isEmpty() ? labels.get("series.unknown") : stored, row.pointNo(), p.getName(),
                        metricLabel(d.id()), unit(d), has ? s.value() : null, s.n(), has ? s.low() : null,
                        has ? s.high() : null, has ? ciText(s) : "", has ? s.lowN() ? "Y" : "N" : null);
            }
            for (ScoredGroup g : onlyPoint(byAccount, p)) {
                String account = g.key(Dimension.ACCOUNT);
                if (account == null || account.isEmpty()) {
                    continue;
                }
                Score s = g.score();
                boolean has = !s.isEmpty();
                insert("CXW_ACCOUNTS", account, accountSegment(account), row.pointNo(), p.getName(),
                        metricLabel(d.id()), unit(d), has ? s.value() : null, s.n(), has ? s.low() : null,
                        has ? s.high() : null, has ? ciText(s) : "", has ? s.lowN() ? "Y" : "N" : null,
                        respondents(p.getId(), account));
            }
        }
    }

    private long respondents(String pointId, String account) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("select count(distinct a.respondent_key)"
                + " from answers a join respondents r on r.respondent_key = a.respondent_key"
                + " where a.measurement_point_id = ? and r.account = ? and a.answered_at >= ? and a.answered_at < ?"
                + (parameters.segment() == null ? "" : " and r.segment = ?"))) {
            st.setString(1, pointId);
            st.setString(2, account);
            st.setTimestamp(3, start(from));
            st.setTimestamp(4, start(to.plusDays(1)));
            if (parameters.segment() != null) {
                st.setString(5, parameters.segment());
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private SegmentKind kindOf(String stored) {
        for (CustomerSegment s : journey.getSegments()) {
            if (stored.equalsIgnoreCase(s.getName()) || stored.equals(s.getId())) {
                return s.getKind();
            }
        }
        return null;
    }

    private String accountSegment(String account) {
        for (Account a : journey.getAccounts()) {
            if ((account.equalsIgnoreCase(a.getName()) || account.equals(a.getId())) && a.getSegment() != null) {
                return a.getSegment().getName();
            }
        }
        return "";
    }
}
