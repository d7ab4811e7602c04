package org.cxworkbench.store.tests.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.metrics.AnswerType;
import org.cxworkbench.metrics.Direction;
import org.cxworkbench.metrics.Metric;
import org.cxworkbench.metrics.MetricDescriptor;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.metrics.Tier;
import org.cxworkbench.metrics.Unit;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.store.Dimension;
import org.cxworkbench.store.EmbeddedDatabase;
import org.cxworkbench.store.ScoreQuery;
import org.cxworkbench.store.ScoredGroup;
import org.cxworkbench.store.StoreScoring;

/**
 * NPS with its confidence interval per touchpoint × month through {@link StoreScoring}, against the plain SQL
 * {@code GROUP BY} that counts the same promoters, passives and detractors, on a store filled by {@code cxw import}.
 * Run by {@code releng/benchmarks/store-import.sh} on a plain JVM (no OSGi: the metrics are created directly);
 * {@code ScoringBenchmarkTest} keeps it working inside OSGi without timing anything.
 *
 * <p>Usage: {@code ScoringBenchmark <database folder> <file.journey> [rounds]}; prints one line of figures.
 */
public final class ScoringBenchmark {

    /** Median times of the two ways, and whether both counted the same answers. */
    public record Result(long answers, int groups, double storeScoringMs, double plainSqlMs, boolean sameCounts) {
        public double ratio() {
            return storeScoringMs / plainSqlMs;
        }
    }

    private ScoringBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ScoringBenchmark <database folder> <file.journey> [rounds]");
            System.exit(2);
        }
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        Journey journey = JourneyFiles.load(Path.of(args[1])).journey();
        try (EmbeddedDatabase db = EmbeddedDatabase.open(Path.of(args[0]));
                Connection connection = db.connection()) {
            Result r = run(connection, journey, BuiltInMetrics.INSTANCE, 3, rounds);
            System.out.println(String.format(Locale.ROOT, "answers=%d groups=%d storescoring_ms=%.1f plainsql_ms=%.1f"
                    + " ratio=%.3f same_counts=%s", r.answers(), r.groups(), r.storeScoringMs(), r.plainSqlMs(),
                    r.ratio(), r.sameCounts()));
        }
    }

    /**
     * Scores NPS per touchpoint × month both ways, alternating, and returns the medians of {@code rounds} rounds
     * after {@code warmUp} rounds.
     */
    public static Result run(Connection connection, Journey journey, MetricRegistry metrics, int warmUp, int rounds)
            throws SQLException {
        StoreScoring scoring = new StoreScoring(journey, metrics);
        ScoreQuery query = ScoreQuery.of(Dimension.TOUCHPOINT, Dimension.MONTH).metric("nps");
        List<String> npsPoints = new ArrayList<>();
        for (MeasurementPoint point : journey.getMeasurementPoints()) {
            if ("nps".equals(point.getMetricId())) {
                npsPoints.add(point.getId());
            }
        }
        // the same categories, counted by the database alone; the touchpoint of a point is a lookup, as in Java
        String sql = "select p, y, m, b, count(*) from (select a.measurement_point_id as p,"
                + " year(a.answered_at) as y, month(a.answered_at) as m, case when a.value_num >= 9 then 'promoters'"
                + " when a.value_num >= 7 then 'passives' when a.value_num >= 0 then 'detractors' end as b"
                + " from answers a where a.measurement_point_id in ("
                + String.join(", ", npsPoints.stream().map(p -> "?").toList()) + ")) t group by p, y, m, b";
        double[] ours = new double[rounds];
        double[] plain = new double[rounds];
        List<ScoredGroup> groups = List.of();
        long plainTotal = 0;
        for (int i = -warmUp; i < rounds; i++) {
            long t0 = System.nanoTime();
            groups = scoring.score(connection, query);
            long t1 = System.nanoTime();
            long counted = 0;
            try (PreparedStatement st = connection.prepareStatement(sql)) {
                for (int k = 0; k < npsPoints.size(); k++) {
                    st.setString(k + 1, npsPoints.get(k));
                }
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        counted += rs.getString(4) == null ? 0 : rs.getLong(5);
                    }
                }
            }
            long t2 = System.nanoTime();
            plainTotal = counted;
            if (i >= 0) {
                ours[i] = (t1 - t0) / 1e6;
                plain[i] = (t2 - t1) / 1e6;
            }
        }
        long scored = groups.stream().mapToLong(g -> g.score().n()).sum();
        return new Result(scored, groups.size(), median(ours), median(plain), scored == plainTotal);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2];
    }

    /** The built-in metrics created by class name, for a JVM without the extension registry. */
    enum BuiltInMetrics implements MetricRegistry {
        INSTANCE;

        private static final Map<String, String> CLASSES = Map.of("nps", "NetPromoterScore", "csat",
                "CustomerSatisfaction", "ces5", "EffortScore", "ces7", "EaseAgreement", "ces-yesno", "Proportion",
                "churn", "ChurnRate", "mystery", "MysteryShopping", "proportion", "Proportion", "mean", "Mean");

        @Override
        public List<MetricDescriptor> descriptors() {
            return CLASSES.keySet().stream().sorted().map(id -> find(id).orElseThrow()).toList();
        }

        @Override
        public Optional<MetricDescriptor> find(String id) {
            String name = CLASSES.get(id);
            if (name == null) {
                return Optional.empty();
            }
            Metric metric;
            try {
                metric = (Metric) Class.forName("org.cxworkbench.metrics.builtin.internal." + name)
                        .getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("the built-in metrics are not on the class path", e);
            }
            return Optional.of(new MetricDescriptor() {
                @Override
                public String id() {
                    return id;
                }

                @Override
                public String name() {
                    return id;
                }

                @Override
                public String description() {
                    return "";
                }

                @Override
                public Tier tier() {
                    return Tier.EXPERIENCE;
                }

                @Override
                public AnswerType answerType() {
                    return AnswerType.DECIMAL;
                }

                @Override
                public double scaleMin() {
                    return Double.NEGATIVE_INFINITY;
                }

                @Override
                public double scaleMax() {
                    return Double.POSITIVE_INFINITY;
                }

                @Override
                public Direction better() {
                    return Direction.HIGHER;
                }

                @Override
                public Unit unit() {
                    return Unit.MEAN;
                }

                @Override
                public OptionalDouble good() {
                    return OptionalDouble.empty();
                }

                @Override
                public OptionalDouble bad() {
                    return OptionalDouble.empty();
                }

                @Override
                public String contributor() {
                    return "org.cxworkbench.metrics.builtin";
                }

                @Override
                public Metric metric() {
                    return metric;
                }
            });
        }

        @Override
        public List<String> problems() {
            return List.of();
        }
    }
}
