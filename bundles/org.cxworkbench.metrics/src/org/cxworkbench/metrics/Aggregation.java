package org.cxworkbench.metrics;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How a metric wants its answers summarised before it scores them: the answers are sorted into {@link Bucket}s and
 * each bucket is reduced to its {@link Moments}. Every built-in metric scores from such a {@link Summary} alone, so
 * the store can compute the summary in SQL ({@link #sqlBucket(String)}) over a million stored answers and hand over
 * a few numbers instead of the rows; scoring raw answers in Java goes through the very same summary.
 *
 * @param buckets the categories, without overlaps; an answer outside every bucket is an error, not a silent drop
 */
public record Aggregation(List<Bucket> buckets) {

    /** The name of the bucket of {@link #whole()}. */
    public static final String ALL = "all";

    public Aggregation {
        buckets = List.copyOf(buckets);
        if (buckets.isEmpty()) {
            throw new IllegalArgumentException("an aggregation needs at least one bucket");
        }
        for (int i = 0; i < buckets.size(); i++) {
            for (int j = i + 1; j < buckets.size(); j++) {
                Bucket a = buckets.get(i);
                Bucket b = buckets.get(j);
                if (a.name().equals(b.name()) || a.low() <= b.high() && b.low() <= a.high()) {
                    throw new IllegalArgumentException("buckets " + a.name() + " and " + b.name() + " overlap");
                }
            }
        }
    }

    public static Aggregation of(Bucket... buckets) {
        return new Aggregation(List.of(buckets));
    }

    /** One bucket holding every value: for metrics that need only the mean and variance. */
    public static Aggregation whole() {
        return of(new Bucket(ALL, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
    }

    /** The bucket a value falls in, or {@code null} when none does. */
    public Bucket bucketOf(double value) {
        for (Bucket bucket : buckets) {
            if (bucket.contains(value)) {
                return bucket;
            }
        }
        return null;
    }

    /**
     * A SQL expression naming the bucket of {@code valueExpression}, for the store to {@code GROUP BY}. Per bucket it
     * then selects {@code COUNT(*), SUM(w), SUM(w*w), SUM(w*v), SUM(w*v*v)} (w = 1 without weights) and builds a
     * {@link Moments} from them; NULL answers are counted as missing, as in Java.
     *
     * @param valueExpression a column or expression of the answer value; trusted SQL, never user input
     */
    public String sqlBucket(String valueExpression) {
        Objects.requireNonNull(valueExpression, "valueExpression");
        StringBuilder sql = new StringBuilder("CASE");
        for (Bucket bucket : buckets) {
            sql.append(" WHEN ");
            boolean bounded = false;
            if (Double.isFinite(bucket.low())) {
                sql.append(valueExpression).append(" >= ").append(number(bucket.low()));
                bounded = true;
            }
            if (Double.isFinite(bucket.high())) {
                sql.append(bounded ? " AND " : "").append(valueExpression).append(" <= ").append(number(bucket.high()));
                bounded = true;
            }
            if (!bounded) {
                sql.append(valueExpression).append(" IS NOT NULL");
            }
            sql.append(" THEN '").append(bucket.name()).append('\'');
        }
        return sql.append(" END").toString();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%s", value);
    }
}
