package org.cxworkbench.services.comments;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.YearMonth;
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
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.cxworkbench.model.journey.CustomerSegment;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.MeasurableElement;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.model.journey.Scale;
import org.cxworkbench.model.journey.Touchpoint;
import org.cxworkbench.services.scoring.NoResultsStoreException;
import org.cxworkbench.services.store.ResultsStore;
import org.cxworkbench.store.Schema;
import org.cxworkbench.store.SchemaTooNewException;
import org.cxworkbench.text.CommentProcessor;
import org.cxworkbench.text.LogOdds;
import org.cxworkbench.text.ProcessedComment;
import org.cxworkbench.text.Sentiment;
import org.cxworkbench.text.SentimentLexicon;
import org.cxworkbench.text.SentimentLexicons;
import org.cxworkbench.text.SurfaceForms;
import org.cxworkbench.text.TermLogOdds;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The open comments of a journey in the results store: read (a reader; it never writes), analysed in their language
 * (the imported one, or detected), grouped, with each group's keywords by weighted log-odds against the other
 * groups, sentiment shares, and the trend of the top keywords by month. Usage:
 *
 * <pre>
 * CommentResult result = new CommentAnalysis(journey).analyse(store, CommentQuery.all().withTop(5), monitor);
 * </pre>
 *
 * The comments are the {@code value_text} of the journey's answers; a comment's language is the answer's
 * {@code language} when it names Finnish, Swedish or English, else {@link org.cxworkbench.text.LanguageDetector
 * detected} (English when nothing tells).
 */
public final class CommentAnalysis {

    /** The key of comments without a group (no rating, segment or time). */
    public static final String NONE = "none";

    /** Score groups in the order they are shown: worst first. */
    private static final List<String> SCORE_ORDER = List.of("detractor", "low", "passive", "middle", "promoter",
            "high", "unrated");

    private final Journey journey;
    private final Map<String, SentimentLexicon> lexicons;

    /** What the analysis needs of one measurement point. */
    private record PointInfo(String id, String metricId, String touchpointId, String touchpointName, Scale scale) {
    }

    private final Map<String, PointInfo> points = new LinkedHashMap<>();

    /** An analysis of a journey's comments with the installed sentiment lexicons. */
    public CommentAnalysis(Journey journey) {
        this(journey, SentimentLexicons.installed());
    }

    /** An analysis with the given lexicons (by language code). */
    public CommentAnalysis(Journey journey, Map<String, SentimentLexicon> lexicons) {
        this.journey = Objects.requireNonNull(journey, "journey");
        this.lexicons = Map.copyOf(lexicons);
        for (MeasurementPoint point : journey.getMeasurementPoints()) {
            MeasurableElement attached = point.getAttachedTo();
            Touchpoint touchpoint = attached instanceof Touchpoint t ? t : null;
            points.put(point.getId(), new PointInfo(point.getId(), point.getMetricId(),
                    touchpoint == null ? null : touchpoint.getId(), touchpoint == null ? null : touchpoint.getName(),
                    point.getScale()));
        }
    }

    /**
     * Reads and analyses the comments of a store opened through {@link ResultsStore#open}.
     *
     * @throws NoResultsStoreException    when the database holds no results store
     * @throws IllegalArgumentException   when the query names a touchpoint the journey does not have
     * @throws OperationCanceledException when the monitor is cancelled
     */
    public CommentResult analyse(ResultsStore store, CommentQuery query, IProgressMonitor monitor)
            throws SQLException, NoResultsStoreException {
        if (!store.hasResults()) {
            throw new NoResultsStoreException();
        }
        return analyse(store.connection(), query, monitor);
    }

    /**
     * Reads and analyses the comments on a connection opened elsewhere (its schema is checked here).
     *
     * @throws NoResultsStoreException    when the database holds no results store
     * @throws SchemaTooNewException      when a newer program made the store
     * @throws IllegalArgumentException   when the query names a touchpoint the journey does not have
     * @throws OperationCanceledException when the monitor is cancelled
     */
    public CommentResult analyse(Connection connection, CommentQuery query, IProgressMonitor monitor)
            throws SQLException, NoResultsStoreException {
        int version = Schema.version(connection);
        if (version == 0) {
            throw new NoResultsStoreException();
        }
        if (version > Schema.CURRENT_VERSION) {
            throw new SchemaTooNewException(version, Schema.CURRENT_VERSION);
        }
        SubMonitor progress = SubMonitor.convert(monitor, 100);
        List<String> pointIds = pointsOf(query.touchpoint());
        List<StoredComment> comments = read(connection, query, pointIds, progress.split(70));
        return summarise(comments, query, progress.split(30));
    }

    /** The ids of the points whose comments are read: all, or those of one touchpoint. */
    private List<String> pointsOf(String touchpoint) {
        if (touchpoint == null || touchpoint.isBlank()) {
            return List.copyOf(points.keySet());
        }
        String wanted = touchpoint.strip();
        Touchpoint found = null;
        for (Touchpoint t : journey.getTouchpoints()) {
            if (wanted.equals(t.getId()) || t.getName() != null && t.getName().strip().equalsIgnoreCase(wanted)) {
                found = t;
                break;
            }
        }
        if (found == null) {
            throw new IllegalArgumentException(org.eclipse.osgi.util.NLS.bind(Messages.Comments_unknownTouchpoint,
                    wanted));
        }
        String id = found.getId();
        return points.values().stream().filter(p -> id.equals(p.touchpointId())).map(PointInfo::id).toList();
    }

    private List<StoredComment> read(Connection connection, CommentQuery query, List<String> pointIds,
            SubMonitor progress) throws SQLException {
        List<StoredComment> comments = new ArrayList<>();
        if (pointIds.isEmpty()) {
            return comments;
        }
        Set<String> segments = segmentValues(query.segment());
        StringBuilder sql = new StringBuilder("select a.id, a.measurement_point_id, a.value_num, a.value_text,"
                + " a.language, a.answered_at, r.segment from answers a join respondents r"
                + " on r.respondent_key = a.respondent_key where a.value_text is not null and a.measurement_point_id"
                + " in (").append(String.join(", ", pointIds.stream().map(p -> "?").toList())).append(')');
        if (query.from() != null) {
            sql.append(" and a.answered_at >= ?");
        }
        if (query.to() != null) {
            sql.append(" and a.answered_at < ?");
        }
        if (!segments.isEmpty()) {
            sql.append(" and r.segment in (").append(String.join(", ", segments.stream().map(s -> "?").toList()))
                    .append(')');
        }
        sql.append(" order by a.id");
        progress.setWorkRemaining(1000);
        try (PreparedStatement st = connection.prepareStatement(sql.toString());
                CommentProcessor processor = new CommentProcessor(lexicons, "en")) {
            int i = 1;
            for (String id : pointIds) {
                st.setString(i++, id);
            }
            if (query.from() != null) {
                st.setTimestamp(i++, Timestamp.valueOf(query.from().atStartOfDay()));
            }
            if (query.to() != null) {
                st.setTimestamp(i++, Timestamp.valueOf(query.to().plusDays(1).atStartOfDay()));
            }
            for (String segment : segments) {
                st.setString(i++, segment);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    if (progress.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                    String text = rs.getString(4);
                    if (text.isBlank()) {
                        continue;
                    }
                    PointInfo point = points.get(rs.getString(2));
                    double number = rs.getDouble(3);
                    Double value = rs.wasNull() ? null : number;
                    Timestamp at = rs.getTimestamp(6);
                    ProcessedComment processed = processor.process(text, rs.getString(5));
                    comments.add(new StoredComment(rs.getLong(1), point.id(), point.touchpointName(),
                            segmentName(rs.getString(7)), at == null ? null : at.toLocalDateTime(), value,
                            scoreGroup(point, value), processed.language(), processed.languageDetected(), text,
                            processed.terms(), processed.sentiment(), processed.surfaces()));
                    if (comments.size() % 100 == 0) {
                        progress.setWorkRemaining(1000);
                        progress.worked(1);
                    }
                }
            }
        }
        return comments;
    }

    /** The score group of a rating on a point, by its metric: see {@link CommentGrouping#SCORE_GROUP}. */
    static String scoreGroup(String metricId, int min, int max, Double value) {
        if (value == null) {
            return "unrated";
        }
        double v = value;
        if ("nps".equals(metricId)) {
            return v <= 6 ? "detractor" : v <= 8 ? "passive" : "promoter";
        }
        if ("csat".equals(metricId) && min == 1 && max == 5) {
            return v <= 2 ? "low" : v >= 4 ? "high" : "middle";
        }
        double third = (max - min) / 3.0;
        return v <= min + third ? "low" : v >= max - third ? "high" : "middle";
    }

    private static String scoreGroup(PointInfo point, Double value) {
        int min = point.scale() == null ? 0 : point.scale().getMin();
        int max = point.scale() == null ? 10 : point.scale().getMax();
        return scoreGroup(point.metricId(), min, max, value);
    }

    /** A stored segment text as shown: the journey segment's name when it names one by id or name. */
    private String segmentName(String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        for (CustomerSegment segment : journey.getSegments()) {
            if (stored.equals(segment.getId()) || segment.getName() != null
                    && stored.strip().equalsIgnoreCase(segment.getName().strip())) {
                return segment.getName();
            }
        }
        return stored;
    }

    /** The stored texts that mean a segment: itself, and a journey segment's id and name. */
    private Set<String> segmentValues(String wanted) {
        Set<String> values = new LinkedHashSet<>();
        if (wanted == null || wanted.isBlank()) {
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

    private static String groupOf(StoredComment comment, CommentGrouping grouping) {
        return switch (grouping) {
            case SCORE_GROUP -> comment.scoreGroup();
            case SEGMENT -> comment.segment() == null ? NONE : comment.segment();
            case PERIOD -> comment.answeredAt() == null ? NONE : YearMonth.from(comment.answeredAt()).toString();
        };
    }

    private static Comparator<String> groupOrder(CommentGrouping grouping) {
        Comparator<String> none = Comparator.comparing(NONE::equals);
        return switch (grouping) {
            case SCORE_GROUP -> Comparator.comparingInt(SCORE_ORDER::indexOf);
            case SEGMENT -> none.thenComparing(String.CASE_INSENSITIVE_ORDER).thenComparing(Comparator.naturalOrder());
            case PERIOD -> none.thenComparing(Comparator.naturalOrder());
        };
    }

    /** The grouping, keywords, sentiment and trend of comments already read; no database. */
    static CommentResult summarise(List<StoredComment> comments, CommentQuery query, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, 3);
        Map<String, List<StoredComment>> byGroup = new TreeMap<>(groupOrder(query.grouping()));
        for (StoredComment comment : comments) {
            byGroup.computeIfAbsent(groupOf(comment, query.grouping()), g -> new ArrayList<>()).add(comment);
        }
        Map<String, Long> all = counts(comments);
        Map<String, String> surfaces = surfaceForms(comments);
        List<CommentGroup> groups = new ArrayList<>();
        for (Map.Entry<String, List<StoredComment>> group : byGroup.entrySet()) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            Map<String, Long> inGroup = counts(group.getValue());
            Map<String, Long> rest = new HashMap<>(all);
            inGroup.forEach((term, count) -> rest.merge(term, -count, (a, b) -> a + b == 0 ? null : a + b));
            List<Keyword> keywords;
            if (byGroup.size() == 1) {
                keywords = byCount(group.getValue(), inGroup, query.top(), surfaces);
            } else {
                Map<String, Long> documents = documentCounts(group.getValue());
                keywords = LogOdds.compare(inGroup, rest).stream().filter(t -> t.count() > 0).limit(query.top())
                        .map(t -> keyword(t, documents, surfaces)).toList();
            }
            groups.add(group(group.getKey(), group.getValue(), keywords));
        }
        progress.worked(1);
        CommentGroup overall = group("all", comments, byCount(comments, all, query.top(), surfaces));
        progress.worked(1);

        TreeSet<YearMonth> months = new TreeSet<>();
        comments.stream().filter(c -> c.answeredAt() != null).forEach(c -> months.add(YearMonth.from(c
                .answeredAt())));
        List<YearMonth> periods = List.copyOf(months);
        Map<String, List<Long>> trend = new LinkedHashMap<>();
        for (Keyword keyword : overall.keywords()) {
            long[] perMonth = new long[periods.size()];
            for (StoredComment comment : comments) {
                if (comment.answeredAt() != null) {
                    int index = periods.indexOf(YearMonth.from(comment.answeredAt()));
                    perMonth[index] += comment.terms().stream().filter(keyword.term()::equals).count();
                }
            }
            trend.put(keyword.term(), java.util.Arrays.stream(perMonth).boxed().toList());
        }
        Map<String, Integer> languages = new TreeMap<>();
        comments.forEach(c -> languages.merge(c.language(), 1, Integer::sum));
        progress.worked(1);
        return new CommentResult(List.copyOf(comments), List.copyOf(groups), overall, periods, trend, languages);
    }

    private static Keyword keyword(TermLogOdds t, Map<String, Long> documents, Map<String, String> surfaces) {
        return new Keyword(t.term(), t.count(), documents.getOrDefault(t.term(), 0L), t.otherCount(), t.delta(),
                t.z(), surfaces.getOrDefault(t.term(), t.term()));
    }

    /**
     * Each term's most frequent surface form over {@code comments} (the same for every group, so a keyword reads the
     * same everywhere): see {@link SurfaceForms#of}.
     */
    private static Map<String, String> surfaceForms(List<StoredComment> comments) {
        SurfaceForms forms = new SurfaceForms();
        comments.forEach(c -> forms.add(c.terms(), c.surfaces()));
        Map<String, String> best = new HashMap<>();
        comments.forEach(c -> c.terms().forEach(t -> best.computeIfAbsent(t, forms::of)));
        return best;
    }

    private static List<Keyword> byCount(List<StoredComment> comments, Map<String, Long> counts, int top,
            Map<String, String> surfaces) {
        Map<String, Long> documents = documentCounts(comments);
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(top).map(e -> new Keyword(e.getKey(), e.getValue(), documents.getOrDefault(e.getKey(), 0L), 0,
                        Double.NaN, Double.NaN, surfaces.getOrDefault(e.getKey(), e.getKey())))
                .toList();
    }

    private static CommentGroup group(String key, List<StoredComment> comments, List<Keyword> keywords) {
        int positive = 0;
        int neutral = 0;
        int negative = 0;
        for (StoredComment comment : comments) {
            if (comment.sentiment() == Sentiment.POSITIVE) {
                positive++;
            } else if (comment.sentiment() == Sentiment.NEGATIVE) {
                negative++;
            } else {
                neutral++;
            }
        }
        return new CommentGroup(key, comments.size(), positive, neutral, negative, keywords);
    }

    private static Map<String, Long> counts(List<StoredComment> comments) {
        Map<String, Long> counts = new HashMap<>();
        for (StoredComment comment : comments) {
            for (String term : comment.terms()) {
                counts.merge(term, 1L, Long::sum);
            }
        }
        return counts;
    }

    private static Map<String, Long> documentCounts(List<StoredComment> comments) {
        Map<String, Long> counts = new HashMap<>();
        for (StoredComment comment : comments) {
            for (String term : new HashSet<>(comment.terms())) {
                counts.merge(term, 1L, Long::sum);
            }
        }
        return counts;
    }
}
