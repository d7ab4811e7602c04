package org.cxworkbench.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.cxworkbench.metrics.Aggregation;
import org.cxworkbench.metrics.AnswerType;
import org.cxworkbench.metrics.Bucket;
import org.cxworkbench.metrics.Comparison;
import org.cxworkbench.metrics.GroupOrder;
import org.cxworkbench.metrics.Metric;
import org.cxworkbench.metrics.MetricDescriptor;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.metrics.MetricUnavailableException;
import org.cxworkbench.metrics.Moments;
import org.cxworkbench.metrics.Score;
import org.cxworkbench.metrics.ScoringOptions;
import org.cxworkbench.metrics.Summary;
import org.cxworkbench.model.journey.CustomerSegment;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.MeasurableElement;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.model.journey.Stage;
import org.cxworkbench.model.journey.Touchpoint;
import org.cxworkbench.store.internal.AnswerSummary;

/**
 * Scores the answers stored for a journey's measurement points, grouped by any of measurement point, touchpoint,
 * stage, channel, segment, account and period ({@link Dimension}), optionally for a date range and one segment
 * ({@link ScoreQuery}). The answers are never read into Java: the database does the counting.
 *
 * <h2>How</h2>
 * <ol>
 * <li>For each metric used by the journey's points, one SQL query over {@code answers} (joined with
 * {@code respondents} only when segment or account is asked for) sorts every answer into the metric's buckets with
 * {@link Aggregation#sqlBucket(String)} and returns, per measurement point × stored dimension × bucket,
 * {@code COUNT(*)}, {@code SUM(w)}, {@code SUM(w*w)}, {@code SUM(w*v)}, {@code SUM(w*v*v)}: the {@link Moments}.
 * A metric whose answers are whole numbers on a scale of at most 100 steps (NPS, CSAT, CES) or yes/no is grouped by
 * the answer itself instead, with {@code COUNT(*)}, {@code SUM(w)}, {@code SUM(w*w)}: the value is the same for the
 * whole group, so {@code SUM(w*v)} is v·{@code SUM(w)}, and Java puts each value in its bucket. Both give the same
 * moments; the second asks less of the database.
 * Periods are grouped in SQL by day ({@code DATE(answered_at)}) for days and weeks, by year and month for months
 * and quarters.</li>
 * <li>In Java those few rows are rolled up to the asked groups by adding {@link Moments}: points to their touchpoint
 * or stage (a point attached to a stage belongs to that stage; a point attached to a touchpoint to the
 * touchpoint's stage; one attached to the journey has neither), days to weeks, months to quarters. Points of
 * different metrics are never added: each group has one metric, so a touchpoint with an NPS and a CSAT point gives
 * two groups.</li>
 * <li>Each group's {@link Summary} is scored by its metric ({@link Metric#score(Summary, ScoringOptions)}): n,
 * value, standard error, confidence interval, counts and secondary figures, exactly as for answers scored from a
 * file. Blank answers (a comment without a rating) count as {@link Score#missing()}.</li>
 * </ol>
 *
 * <h2>Scoring options per group</h2>
 * The minimum sample size for the {@link Score#lowN()} flag is the largest {@code minimumSampleSize} of the
 * group's measurement points, or the query's {@link ScoringOptions#minimumN()} when none sets one. A metric that
 * needs the period it covers (churn's {@code period} parameter) gets the query's own parameter when given,
 * otherwise the group's period label, or the query's date range ({@code 2026-01-01..2026-03-31}, {@code all}).
 *
 * <h2>What is left out</h2>
 * Only the journey's measurement points are scored; answers stored for other ids are ignored. A point whose metric
 * is not installed is left out and named in {@link #problems()}. Groups without answers are not returned, so an
 * empty database or a range without answers gives an empty list.
 *
 * <h2>Comparing periods</h2>
 * A scorecard's "this month against last month" is two calls, {@code query.period(MONTH, day)} and
 * {@code query.previous(MONTH)}, whose groups with equal {@link ScoredGroup#keys()} and metric are compared with
 * {@link #compare(ScoredGroup, ScoredGroup, double)} (the metric's own test: z for shares and NPS, Welch's t for
 * means).
 *
 * <p>Only our own SQL text is built; every value (ids, dates, segment) is a parameter. Thread-safe: an instance
 * holds only what it read from the journey and the registry; the caller owns the connection.
 */
public final class StoreScoring {

    /** Before any answer time Derby can hold. */
    private static final LocalDateTime EARLIEST = LocalDateTime.of(1, 1, 1, 0, 0);

    /** The widest scale whose answers are grouped by value: NPS has 11 values, a percentage 101. */
    private static final int FEW_VALUES = 100;

    private final List<PointInfo> points = new ArrayList<>();
    private final Map<String, PointInfo> pointsById = new HashMap<>();
    private final Map<String, Metric> metrics = new LinkedHashMap<>();
    /** metrics whose answers are whole numbers on a short scale: grouped by the value itself in SQL */
    private final Set<String> fewValues = new HashSet<>();
    private volatile boolean useSummary = true;
    private final List<String> problems = new ArrayList<>();
    private final Journey journey;

    /** What the scoring needs of one measurement point, read once from the journey. */
    private record PointInfo(String id, String name, String metricId, Metric metric, int order, String touchpointId,
            String touchpointName, int touchpointOrder, String stageId, String stageName, int stageOrder,
            Integer minimumSampleSize) {
    }

    /**
     * @param journey the journey whose measurement points are scored; read now, later changes are not seen
     * @param metrics where the points' metric ids are looked up
     */
    public StoreScoring(Journey journey, MetricRegistry metrics) {
        this.journey = Objects.requireNonNull(journey, "journey");
        List<Touchpoint> touchpoints = journey.getTouchpoints();
        List<Stage> stages = journey.getStages();
        int order = 0;
        for (MeasurementPoint point : journey.getMeasurementPoints()) {
            order++;
            Optional<MetricDescriptor> descriptor = metrics.find(point.getMetricId());
            if (descriptor.isEmpty()) {
                problems.add("measurement point '" + point.getName() + "' (" + point.getId() + "): metric '"
                        + point.getMetricId() + "' is not installed; its answers are not scored");
                continue;
            }
            Metric metric;
            try {
                metric = descriptor.get().metric();
            } catch (MetricUnavailableException e) {
                problems.add("measurement point '" + point.getName() + "' (" + point.getId() + "): "
                        + e.getMessage());
                continue;
            }
            this.metrics.putIfAbsent(descriptor.get().id(), metric);
            if (fewValues(descriptor.get())) {
                fewValues.add(descriptor.get().id());
            }
            MeasurableElement attached = point.getAttachedTo();
            Touchpoint touchpoint = attached instanceof Touchpoint t ? t : null;
            Stage stage = attached instanceof Stage s ? s : touchpoint != null ? touchpoint.getStage() : null;
            PointInfo info = new PointInfo(point.getId(), point.getName(), descriptor.get().id(), metric, order,
                    touchpoint == null ? null : touchpoint.getId(), touchpoint == null ? null : touchpoint.getName(),
                    touchpoint == null ? Integer.MAX_VALUE : touchpoints.indexOf(touchpoint),
                    stage == null ? null : stage.getId(), stage == null ? null : stage.getName(),
                    stage == null ? Integer.MAX_VALUE : stages.indexOf(stage), point.getMinimumSampleSize());
            points.add(info);
            pointsById.put(info.id(), info);
        }
    }

    /** The measurement points left out because their metric is missing, one line each. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /**
     * Scores the stored answers.
     *
     * @param connection a connection to a store at {@link Schema#CURRENT_VERSION}; only read
     * @return one group per combination of keys and metric that has answers, sorted by the keys in the query's
     *         order (journey order for points, touchpoints and stages; {@link GroupOrder} otherwise: time for
     *         periods, numbers by value, text alphabetically, segments by the name shown; missing keys last) and
     *         then by metric id
     * @throws IllegalArgumentException when the metric refuses the query's options (an unknown interval method)
     */
    public List<ScoredGroup> score(Connection connection, ScoreQuery query) throws SQLException {
        return scoreEach(connection, query, List.of(query.by())).get(0);
    }

    /**
     * Scores the stored answers once for several groupings of the same answers: the rows are read once (per
     * measurement point) and rolled up to each grouping in Java, so touchpoints and stages of one period cost one
     * read, not two. Each list is what {@link #score(Connection, ScoreQuery)} gives for {@code query.withBy(by)}.
     *
     * @param groupings the dimensions of each result, in its keys' order
     */
    public List<List<ScoredGroup>> scoreEach(Connection connection, ScoreQuery query, List<List<Dimension>> groupings)
            throws SQLException {
        List<ScoreQuery> queries = groupings.stream().map(query::withBy).toList();
        List<Map<List<Object>, Group>> groups = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            groups.add(new LinkedHashMap<>());
        }
        Map<String, Rows> fromSummary = new LinkedHashMap<>();
        boolean summaryFits = summaryFits(query, groupings);
        for (Map.Entry<String, Metric> metric : metrics.entrySet()) {
            if (query.metric() != null && !query.metric().equals(metric.getKey())) {
                continue;
            }
            List<PointInfo> ofMetric = points.stream().filter(p -> p.metricId().equals(metric.getKey())).toList();
            if (ofMetric.isEmpty()) {
                continue;
            }
            Rows rows = rows(query, metric.getKey(), metric.getValue(), queries, groups);
            if (summaryFits && rows.byValue) {
                fromSummary.put(metric.getKey(), rows);
            } else {
                collect(connection, query, ofMetric, rows);
            }
        }
        if (!fromSummary.isEmpty()) {
            collectFromSummary(connection, query, fromSummary);
        }
        List<List<ScoredGroup>> results = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            List<Group> sorted = new ArrayList<>(groups.get(i).values());
            sorted.sort(order(queries.get(i)));
            List<ScoredGroup> result = new ArrayList<>(sorted.size());
            for (Group group : sorted) {
                result.add(group.score(queries.get(i)));
            }
            results.add(result);
        }
        return results;
    }

    /**
     * Whether scoring reads {@code answer_summary} (schema step 7) where it can: on by default. Off, every metric is
     * scored from the answers themselves, which is what the tests and the benchmark compare the summary with.
     */
    public StoreScoring useSummary(boolean use) {
        this.useSummary = use;
        return this;
    }

    /**
     * The summary holds points, months and segments: it answers a query grouped by those (and by what the journey
     * makes of points: touchpoints, stages; months make quarters) whose range is whole months.
     */
    private boolean summaryFits(ScoreQuery query, List<List<Dimension>> groupings) {
        if (!useSummary) {
            return false;
        }
        for (List<Dimension> by : groupings) {
            for (Dimension dimension : by) {
                if (!SUMMARY_DIMENSIONS.contains(dimension)) {
                    return false;
                }
            }
        }
        return (query.from() == null || query.from().getDayOfMonth() == 1)
                && (query.to() == null || query.to().plusDays(1).getDayOfMonth() == 1);
    }

    /**
     * The metrics' points from the summary in one read: its rows of the query's months (and segment), each
     * handed to its point's metric. Rows of points not in the journey, or of metrics scored otherwise, are skipped.
     */
    private void collectFromSummary(Connection connection, ScoreQuery query, Map<String, Rows> rowsOfMetric)
            throws SQLException {
        Set<String> segmentValues = segmentValues(query.segment());
        StringBuilder sql = new StringBuilder("select measurement_point_id, period_month, segment, value_num,"
                + " answers, weight_sum, weight_square_sum from answer_summary where 1 = 1");
        if (query.from() != null) {
            sql.append(" and period_month >= ?");
        }
        if (query.to() != null) {
            sql.append(" and period_month <= ?");
        }
        if (!segmentValues.isEmpty()) {
            sql.append(" and segment in (").append(String.join(", ", segmentValues.stream().map(s -> "?").toList()))
                    .append(')');
        }
        try (PreparedStatement st = connection.prepareStatement(sql.toString())) {
            int i = 1;
            if (query.from() != null) {
                st.setInt(i++, AnswerSummary.month(query.from().atStartOfDay()));
            }
            if (query.to() != null) {
                st.setInt(i++, AnswerSummary.month(query.to().atStartOfDay()));
            }
            bindSegments(st, i, segmentValues);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    PointInfo point = pointsById.get(rs.getString(1));
                    Rows rows = point == null ? null : rowsOfMetric.get(point.metricId());
                    if (rows == null) {
                        continue;
                    }
                    int month = rs.getInt(2);
                    LocalDate day = rs.wasNull() ? null : LocalDate.of(month / 100, month % 100, 1);
                    String segmentKey = rs.getString(3);
                    double value = rs.getDouble(4);
                    boolean valued = !rs.wasNull();
                    rows.addValue(point, null, segmentKey, null, day, value, valued, rs.getLong(5),
                            rs.getBigDecimal(6), rs.getBigDecimal(7));
                }
            }
        }
    }

    /** How the rows of one metric's points are rolled up into each query's groups. */
    private Rows rows(ScoreQuery query, String metricId, Metric metric, List<ScoreQuery> queries,
            List<Map<List<Object>, Group>> groups) {
        // the buckets may depend on the query's parameters (a threshold): the SQL then sorts into those buckets
        Aggregation aggregation = metric.aggregation(query.options().parameters());
        return new Rows(metricId, metric, aggregation, fewValues.contains(metricId), queries, groups);
    }

    /**
     * Whether two scores of the same metric differ by more than chance, by the metric's own test.
     *
     * @throws IllegalArgumentException when the groups have different metrics, or one cannot be compared (no
     *         answers, or too few for a standard error)
     */
    public Comparison compare(ScoredGroup first, ScoredGroup second, double level) {
        if (!first.metricId().equals(second.metricId())) {
            throw new IllegalArgumentException("cannot compare " + first.metricId() + " with " + second.metricId());
        }
        return metrics.get(first.metricId()).compare(first.score(), second.score(), level);
    }

    /** Whole numbers on a scale of at most {@value #FEW_VALUES} steps, or yes and no. */
    private static boolean fewValues(MetricDescriptor descriptor) {
        return descriptor.answerType() == AnswerType.YES_NO || descriptor.answerType() == AnswerType.INTEGER
                && descriptor.scaleMax() - descriptor.scaleMin() <= FEW_VALUES;
    }

    /** One SQL query for the points of one metric; its rows are added to the groups of {@code rows}. */
    private void collect(Connection connection, ScoreQuery query, List<PointInfo> ofMetric, Rows rows)
            throws SQLException {
        boolean channel = rows.channel;
        boolean segment = rows.segment;
        boolean account = rows.account;
        boolean days = rows.days;
        boolean months = rows.months;
        Set<String> segmentValues = segmentValues(query.segment());
        boolean join = segment || account || !segmentValues.isEmpty();

        // the inner select names what to group by; the outer one groups (Derby's GROUP BY takes column names)
        StringBuilder inner = new StringBuilder("select a.measurement_point_id as p");
        List<String> columns = new ArrayList<>(List.of("p"));
        if (channel) {
            inner.append(", a.channel as ch");
            columns.add("ch");
        }
        if (segment) {
            inner.append(", r.segment as seg");
            columns.add("seg");
        }
        if (account) {
            inner.append(", r.account as acc");
            columns.add("acc");
        }
        if (days) {
            inner.append(", date(a.answered_at) as d");
            columns.add("d");
        }
        // few values: grouped by the value, whose bucket Java knows, and Σw·v = v·Σw within a group, so two sums
        // do; otherwise by the bucket, with the four sums
        boolean byValue = rows.byValue;
        if (byValue) {
            // exact decimal sums, as the summary keeps them: the same figures whichever is read
            inner.append(", ").append(String.format(Locale.ROOT, AnswerSummary.WEIGHT, "a.weight")).append(" as w, ")
                    .append(String.format(Locale.ROOT, AnswerSummary.SQUARED_WEIGHT, "a.weight")).append(" as ww");
        } else {
            inner.append(", ").append(rows.aggregation.sqlBucket("a.value_num")).append(" as b, a.weight as w");
        }
        inner.append(", a.value_num as v from answers a");
        if (join) {
            inner.append(" join respondents r on r.respondent_key = a.respondent_key");
        }
        String segmentFilter = segmentValues.isEmpty() ? "" : " and r.segment in (" + String.join(", ",
                segmentValues.stream().map(s -> "?").toList()) + ")";
        String from = " from (" + inner + " where %s" + segmentFilter + ") t group by ";
        if (months) {
            // one point per query: not grouped by point, which would compare its id in every step of the sort
            List<String> keys = columns.subList(1, columns.size());
            collectByMonth(connection, query, ofMetric, aggregate(keys, byValue, from), segmentValues, rows);
            return;
        }
        String select = aggregate(columns, byValue, from);
        StringBuilder where = new StringBuilder("a.measurement_point_id in (")
                .append(String.join(", ", ofMetric.stream().map(p -> "?").toList())).append(')');
        if (query.from() != null) {
            where.append(" and a.answered_at >= ?");
        }
        if (query.to() != null) {
            where.append(" and a.answered_at < ?");
        }
        String sql = String.format(Locale.ROOT, select, where);

        try (PreparedStatement st = connection.prepareStatement(sql)) {
            int i = 1;
            for (PointInfo point : ofMetric) {
                st.setString(i++, point.id());
            }
            if (query.from() != null) {
                st.setTimestamp(i++, Timestamp.valueOf(query.from().atStartOfDay()));
            }
            if (query.to() != null) {
                st.setTimestamp(i++, Timestamp.valueOf(query.to().plusDays(1).atStartOfDay()));
            }
            bindSegments(st, i, segmentValues);
            try (ResultSet rs = st.executeQuery()) {
                rows.add(rs, null, null);
            }
        }
    }

    /** The outer query: per group of {@code keys} and answer value (or bucket), the count and sums. */
    private static String aggregate(List<String> keys, boolean byValue, String from) {
        String prefix = keys.isEmpty() ? "" : String.join(", ", keys) + ", ";
        return byValue
                ? "select " + prefix + "v, count(*), sum(w), sum(ww)" + from + prefix + "v"
                : "select " + prefix + "b, count(*), sum(w), sum(w * w), sum(w * v), sum(w * v * v)" + from + prefix
                        + "b";
    }

    /**
     * Months and quarters: per measurement point, one query per month with answers, over the range of the month,
     * which the index on (point, time) reads directly, instead of one query computing every answer's year and
     * month and sorting all of them. After a month without answers the next month with some is found through the
     * same index (the first time from a given one), so a gap costs one lookup and nothing is read twice. Answers without a time form
     * a group of their own when no date range is asked for.
     */
    private void collectByMonth(Connection connection, ScoreQuery query, List<PointInfo> ofMetric, String select,
            Set<String> segmentValues, Rows rows) throws SQLException {
        LocalDateTime from = query.from() == null ? null : query.from().atStartOfDay();
        LocalDateTime to = query.to() == null ? null : query.to().plusDays(1).atStartOfDay();
        try (PreparedStatement month = connection.prepareStatement(String.format(Locale.ROOT, select,
                "a.measurement_point_id = ? and a.answered_at >= ? and a.answered_at < ?"));
                PreparedStatement untimed = connection.prepareStatement(String.format(Locale.ROOT, select,
                        "a.measurement_point_id = ? and a.answered_at is null"));
                PreparedStatement next = connection.prepareStatement(
                        "select min(answered_at) from answers where measurement_point_id = ? and answered_at >= ?")) {
            for (PointInfo point : ofMetric) {
                LocalDateTime at = firstTime(next, point.id(), from == null ? EARLIEST : from);
                while (at != null && (to == null || at.isBefore(to))) {
                    LocalDate start = at.toLocalDate().withDayOfMonth(1);
                    LocalDateTime end = start.plusMonths(1).atStartOfDay();
                    month.setString(1, point.id());
                    month.setTimestamp(2, Timestamp.valueOf(from != null && from.isAfter(start.atStartOfDay()) ? from
                            : start.atStartOfDay()));
                    month.setTimestamp(3, Timestamp.valueOf(to != null && to.isBefore(end) ? to : end));
                    bindSegments(month, 4, segmentValues);
                    boolean any;
                    try (ResultSet rs = month.executeQuery()) {
                        any = rows.add(rs, point, start);
                    }
                    // answers go on month after month, mostly; after a month without any, jump to the next one
                    at = any ? end : firstTime(next, point.id(), end);
                }
                if (from == null && to == null) {
                    untimed.setString(1, point.id());
                    bindSegments(untimed, 2, segmentValues);
                    try (ResultSet rs = untimed.executeQuery()) {
                        rows.add(rs, point, null);
                    }
                }
            }
        }
    }

    /** The first answer time of a point at or after {@code from}, found through the index. */
    private static LocalDateTime firstTime(PreparedStatement st, String pointId, LocalDateTime from)
            throws SQLException {
        st.setString(1, pointId);
        st.setTimestamp(2, Timestamp.valueOf(from));
        try (ResultSet rs = st.executeQuery()) {
            Timestamp time = rs.next() ? rs.getTimestamp(1) : null;
            return time == null ? null : time.toLocalDateTime();
        }
    }

    private static void bindSegments(PreparedStatement st, int first, Set<String> segmentValues) throws SQLException {
        int i = first;
        for (String value : segmentValues) {
            st.setString(i++, value);
        }
    }

    /** The dimensions the summary holds, or the journey makes of them. */
    private static final Set<Dimension> SUMMARY_DIMENSIONS = Set.of(Dimension.MEASUREMENT_POINT,
            Dimension.TOUCHPOINT, Dimension.STAGE, Dimension.SEGMENT, Dimension.MONTH, Dimension.QUARTER);

    /**
     * Adds the rows of one metric's queries to the groups of every query asked for: a row is a point × stored
     * dimensions × bucket (or answer value), and each query rolls it up to its own keys.
     */
    private final class Rows {
        private final String metricId;
        private final Metric metric;
        private final Aggregation aggregation;
        private final boolean byValue;
        private final List<ScoreQuery> queries;
        private final List<Map<List<Object>, Group>> groups;
        /** what the SQL must group by: what any of the queries asks for */
        private final boolean channel;
        private final boolean segment;
        private final boolean account;
        private final boolean days;
        private final boolean months;

        Rows(String metricId, Metric metric, Aggregation aggregation, boolean byValue, List<ScoreQuery> queries,
                List<Map<List<Object>, Group>> groups) {
            this.metricId = metricId;
            this.metric = metric;
            this.aggregation = aggregation;
            this.byValue = byValue;
            this.queries = queries;
            this.groups = groups;
            Set<Dimension> all = new HashSet<>();
            queries.forEach(q -> all.addAll(q.by()));
            channel = all.contains(Dimension.CHANNEL);
            segment = all.contains(Dimension.SEGMENT);
            account = all.contains(Dimension.ACCOUNT);
            days = all.contains(Dimension.DAY) || all.contains(Dimension.WEEK);
            months = !days && (all.contains(Dimension.MONTH) || all.contains(Dimension.QUARTER));
        }

        /**
         * @param of    the measurement point the query covered, or null when the rows name it
         * @param month the month the query covered, or null when the rows name their day (or have no time)
         * @return whether there was any row
         */
        boolean add(ResultSet rs, PointInfo of, LocalDate month) throws SQLException {
            boolean any = false;
            while (rs.next()) {
                any = true;
                int c = 1;
                PointInfo point = of != null ? of : pointsById.get(rs.getString(c++));
                String channelKey = channel ? rs.getString(c++) : null;
                String segmentKey = segment ? rs.getString(c++) : null;
                String accountKey = account ? rs.getString(c++) : null;
                LocalDate day = month;
                if (days) {
                    Date date = rs.getDate(c++);
                    day = date == null ? null : date.toLocalDate();
                }
                if (byValue) {
                    double value = rs.getDouble(c++);
                    boolean valued = !rs.wasNull();
                    long count = rs.getLong(c++);
                    addValue(point, channelKey, segmentKey, accountKey, day, value, valued, count,
                            rs.getBigDecimal(c++), rs.getBigDecimal(c++));
                } else {
                    String bucket = rs.getString(c++);
                    long count = rs.getLong(c++);
                    double sumWeights = rs.getDouble(c++);
                    double sumSquaredWeights = rs.getDouble(c++);
                    double sumWeightedValues = rs.getDouble(c++);
                    // SUM skips NULLs: a sum of values in the no-bucket group means values outside every bucket
                    boolean valued = !rs.wasNull();
                    Sums sums = new Sums(count, exact(sumWeights), exact(sumSquaredWeights),
                            exact(sumWeightedValues), exact(rs.getDouble(c++)));
                    addSums(point, channelKey, segmentKey, accountKey, day, bucket, valued, sums);
                }
            }
            return any;
        }

        /** The answers of one value (or without one): Σw·v = v·Σw and Σw·v² = v²·Σw, exactly. */
        void addValue(PointInfo point, String channelKey, String segmentKey, String accountKey, LocalDate day,
                double value, boolean valued, long count, BigDecimal sumWeights, BigDecimal sumSquaredWeights) {
            Bucket in = valued ? aggregation.bucketOf(value) : null;
            Sums sums;
            if (valued) {
                BigDecimal v = exact(value);
                BigDecimal weighted = sumWeights.multiply(v);
                sums = new Sums(count, sumWeights, sumSquaredWeights, weighted, weighted.multiply(v));
            } else {
                sums = new Sums(count, sumWeights, sumSquaredWeights, BigDecimal.ZERO, BigDecimal.ZERO);
            }
            addSums(point, channelKey, segmentKey, accountKey, day, in == null ? null : in.name(), valued, sums);
        }

        private void addSums(PointInfo point, String channelKey, String segmentKey, String accountKey,
                LocalDate day, String bucket, boolean valued, Sums sums) {
            if (bucket == null && valued) {
                throw new IllegalStateException("stored answers of measurement point '" + point.name()
                        + "' are in none of the categories of metric " + metricId);
            }
            for (int q = 0; q < queries.size(); q++) {
                List<Dimension> by = queries.get(q).by();
                List<Object> key = new ArrayList<>(by.size() + 1);
                Map<Dimension, String> groupKeys = new LinkedHashMap<>();
                Map<Dimension, String> labels = new LinkedHashMap<>();
                List<Object> sortKey = new ArrayList<>(by.size());
                for (Dimension dimension : by) {
                    String value;
                    String label;
                    Object sort;
                    switch (dimension) {
                        case MEASUREMENT_POINT -> {
                            value = point.id();
                            label = point.name();
                            sort = point.order();
                        }
                        case TOUCHPOINT -> {
                            value = point.touchpointId();
                            label = point.touchpointName();
                            sort = point.touchpointOrder();
                        }
                        case STAGE -> {
                            value = point.stageId();
                            label = point.stageName();
                            sort = point.stageOrder();
                        }
                        case CHANNEL -> {
                            value = channelKey;
                            label = value;
                            sort = value;
                        }
                        case SEGMENT -> {
                            value = segmentKey;
                            label = segmentLabel(value);
                            // by what the user sees: a journey segment's name, not its UUID
                            sort = label;
                        }
                        case ACCOUNT -> {
                            value = accountKey;
                            label = value;
                            sort = value;
                        }
                        default -> {
                            value = day == null ? null : dimension.label(day);
                            label = value;
                            sort = value;
                        }
                    }
                    key.add(value);
                    groupKeys.put(dimension, value);
                    labels.put(dimension, label);
                    sortKey.add(sort);
                }
                key.add(metricId);
                Group group = groups.get(q).computeIfAbsent(key, k -> new Group(groupKeys, labels, sortKey,
                        metricId, metric, aggregation));
                group.add(point, bucket, sums);
            }
        }
    }

    /** A double as the exact decimal it is. */
    private static BigDecimal exact(double value) {
        return value == 0 ? BigDecimal.ZERO : new BigDecimal(value);
    }

    /**
     * {@link Moments} added up exactly: decimal sums do not depend on the order they are added in, so a group's
     * figures are the same whether its answers were counted in one query, month by month, or from the summary.
     * Converted to doubles once, when the group is scored.
     */
    private static final class Sums {
        long count;
        BigDecimal sumWeights;
        BigDecimal sumSquaredWeights;
        BigDecimal sumWeightedValues;
        BigDecimal sumWeightedSquares;

        Sums(long count, BigDecimal sumWeights, BigDecimal sumSquaredWeights, BigDecimal sumWeightedValues,
                BigDecimal sumWeightedSquares) {
            this.count = count;
            this.sumWeights = sumWeights == null ? BigDecimal.ZERO : sumWeights;
            this.sumSquaredWeights = sumSquaredWeights == null ? BigDecimal.ZERO : sumSquaredWeights;
            this.sumWeightedValues = sumWeightedValues;
            this.sumWeightedSquares = sumWeightedSquares;
        }

        void add(Sums other) {
            count += other.count;
            sumWeights = sumWeights.add(other.sumWeights);
            sumSquaredWeights = sumSquaredWeights.add(other.sumSquaredWeights);
            sumWeightedValues = sumWeightedValues.add(other.sumWeightedValues);
            sumWeightedSquares = sumWeightedSquares.add(other.sumWeightedSquares);
        }

        Moments moments() {
            return new Moments(count, sumWeights.doubleValue(), sumSquaredWeights.doubleValue(),
                    sumWeightedValues.doubleValue(), sumWeightedSquares.doubleValue());
        }
    }

    /**
     * The stored segment texts that the user's segment means: a journey segment's name or id matches both (the file
     * may have held either), any other text only itself.
     */
    private Set<String> segmentValues(String wanted) {
        Set<String> values = new LinkedHashSet<>();
        if (wanted == null) {
            return values;
        }
        values.add(wanted);
        for (CustomerSegment segment : journey.getSegments()) {
            if (wanted.equals(segment.getId()) || segment.getName() != null
                    && wanted.strip().toLowerCase(Locale.ROOT).equals(segment.getName().toLowerCase(Locale.ROOT))) {
                values.add(segment.getId());
                values.add(segment.getName());
            }
        }
        return values;
    }

    private String segmentLabel(String stored) {
        if (stored == null) {
            return null;
        }
        for (CustomerSegment segment : journey.getSegments()) {
            if (stored.equals(segment.getId())) {
                return segment.getName();
            }
        }
        return stored;
    }

    private static Comparator<Group> order(ScoreQuery query) {
        Comparator<Group> order = (a, b) -> 0;
        for (int i = 0; i < query.by().size(); i++) {
            int index = i;
            order = order.thenComparing(g -> g.sortKey.get(index), StoreScoring::compareKeys);
        }
        return order.thenComparing(g -> g.metricId);
    }

    /** Journey order for journey elements; {@link GroupOrder} for stored texts and periods; missing keys last. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareKeys(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        if (a instanceof String first && b instanceof String second) {
            return GroupOrder.compare(first, second);
        }
        return ((Comparable) a).compareTo(b);
    }

    /** The moments of one group as they are added up; scored once complete. */
    private final class Group {
        final Map<Dimension, String> keys;
        final Map<Dimension, String> labels;
        final List<Object> sortKey;
        final String metricId;
        final Metric metric;
        final Map<String, Sums> buckets = new LinkedHashMap<>();
        final Map<Integer, PointInfo> points = new TreeMap<>();
        long missing;

        Group(Map<Dimension, String> keys, Map<Dimension, String> labels, List<Object> sortKey, String metricId,
                Metric metric, Aggregation aggregation) {
            this.keys = keys;
            this.labels = labels;
            this.sortKey = sortKey;
            this.metricId = metricId;
            this.metric = metric;
            for (Bucket bucket : aggregation.buckets()) {
                buckets.put(bucket.name(), new Sums(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                        BigDecimal.ZERO));
            }
        }

        void add(PointInfo point, String bucket, Sums sums) {
            points.put(point.order(), point);
            if (bucket == null) {
                missing += sums.count;
            } else {
                buckets.computeIfAbsent(bucket, b -> new Sums(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                        BigDecimal.ZERO)).add(sums);
            }
        }

        ScoredGroup score(ScoreQuery query) {
            ScoringOptions options = query.options();
            long minimum = points.values().stream().map(PointInfo::minimumSampleSize).filter(Objects::nonNull)
                    .mapToLong(Integer::longValue).max().orElse(options.minimumN());
            options = options.withMinimumN(minimum);
            if (!options.parameters().containsKey("period")) {
                options = options.withParameter("period", periodLabel(query));
            }
            Map<String, Moments> moments = new LinkedHashMap<>();
            buckets.forEach((name, sums) -> moments.put(name, sums.moments()));
            Score score = metric.score(new Summary(moments, missing), options);
            return new ScoredGroup(keys, labels, metricId, points.values().stream().map(PointInfo::id).toList(),
                    score);
        }

        private String periodLabel(ScoreQuery query) {
            for (Dimension dimension : query.by()) {
                if (dimension.isPeriod() && keys.get(dimension) != null) {
                    return keys.get(dimension);
                }
            }
            if (query.from() == null && query.to() == null) {
                return "all";
            }
            return (query.from() == null ? "" : query.from().toString()) + ".."
                    + (query.to() == null ? "" : query.to().toString());
        }
    }
}
