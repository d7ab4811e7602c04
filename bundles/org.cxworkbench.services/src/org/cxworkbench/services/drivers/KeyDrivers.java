package org.cxworkbench.services.drivers;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.cxworkbench.metrics.MetricDescriptor;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.metrics.Score;
import org.cxworkbench.metrics.ScoringOptions;
import org.cxworkbench.metrics.Tier;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.JourneyPackage;
import org.cxworkbench.model.journey.MeasurableElement;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.model.journey.NamedElement;
import org.cxworkbench.services.scoring.NoResultsStoreException;
import org.cxworkbench.services.scoring.StoreScores;
import org.cxworkbench.services.store.ResultsStore;
import org.cxworkbench.store.Dimension;
import org.cxworkbench.store.RespondentAnswers;
import org.cxworkbench.store.ScoreQuery;
import org.cxworkbench.store.ScoredGroup;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Which touchpoint experience metrics explain an outcome metric: per respondent, the outcome's answer is joined with
 * the same respondent's answers on the drivers; over the respondents who answered all of them (complete cases,
 * listwise), Pearson's correlations and {@link RelativeWeights Johnson's relative weights} of R² are computed, and each
 * driver is placed in the importance × performance grid ({@link Quadrant}).
 *
 * <h2>Rules</h2>
 * <ul>
 * <li>A respondent who answered a point more than once (a person across surveys) counts with the mean of those
 * answers. Survey weights are not used: the weights describe the relation between the answers, not a population
 * total.</li>
 * <li>Every variable is oriented so that higher is better ({@link PointScale#position}), so that a positive r always
 * means "a better experience goes with a better outcome", also for churn and effort.</li>
 * <li>Warnings: fewer than {@value #CASES_PER_DRIVER} complete respondents per driver (thin); fewer than drivers + 2
 * (no weights); a variance inflation factor above {@value #MAX_VIF} (collinear); a singular correlation matrix; a
 * variable without spread.</li>
 * </ul>
 */
public final class KeyDrivers {

    /** The thin-data rule: at least this many complete respondents per driver. */
    public static final int CASES_PER_DRIVER = 10;
    /** The collinearity rule: a driver's VIF above this. */
    public static final double MAX_VIF = 10;

    private final Journey journey;
    private final MetricRegistry registry;
    private final StoreScores scores;

    public KeyDrivers(Journey journey, MetricRegistry registry) {
        this.journey = journey;
        this.registry = registry;
        this.scores = new StoreScores(journey, registry);
    }

    /** The journey's point with this id, or else this name (case ignored). */
    public Optional<MeasurementPoint> point(String idOrName) {
        if (idOrName == null) {
            return Optional.empty();
        }
        String wanted = idOrName.strip();
        for (MeasurementPoint point : journey.getMeasurementPoints()) {
            if (wanted.equals(point.getId())) {
                return Optional.of(point);
            }
        }
        for (MeasurementPoint point : journey.getMeasurementPoints()) {
            if (point.getName() != null && point.getName().strip().equalsIgnoreCase(wanted)) {
                return Optional.of(point);
            }
        }
        return Optional.empty();
    }

    /**
     * The tier of a point: its own when the journey sets one, else its metric's (experience when the metric is not
     * installed).
     */
    public static Tier tier(MeasurementPoint point, MetricRegistry registry) {
        if (point.eIsSet(JourneyPackage.Literals.MEASUREMENT_POINT__TIER)) {
            return Tier.fromKey(point.getTier().getLiteral());
        }
        return registry.find(point.getMetricId()).map(MetricDescriptor::tier).orElse(Tier.EXPERIENCE);
    }

    /**
     * The default drivers of {@code outcome}: the experience-tier points attached to a touchpoint or a stage whose
     * metric is installed, in journey order.
     */
    public List<MeasurementPoint> defaultDrivers(MeasurementPoint outcome) {
        List<MeasurementPoint> drivers = new ArrayList<>();
        for (MeasurementPoint point : journey.getMeasurementPoints()) {
            if (point != outcome && point.getAttachedTo() != null && point.getAttachedTo() != journey
                    && registry.find(point.getMetricId()).isPresent() && tier(point, registry) == Tier.EXPERIENCE) {
                drivers.add(point);
            }
        }
        return drivers;
    }

    /**
     * Analyses the answers in {@code store}.
     *
     * @throws IllegalArgumentException when the outcome or a driver is not a point of the journey, or there is no
     *                                  driver
     * @throws OperationCanceledException when the monitor is cancelled
     */
    public DriverResult analyse(ResultsStore store, DriverQuery query, IProgressMonitor monitor)
            throws SQLException, NoResultsStoreException {
        return analyse(store.connection(), query, monitor);
    }

    /** As {@link #analyse(ResultsStore, DriverQuery, IProgressMonitor)} on a connection of a results store. */
    public DriverResult analyse(Connection connection, DriverQuery query, IProgressMonitor monitor)
            throws SQLException, NoResultsStoreException {
        SubMonitor progress = SubMonitor.convert(monitor, 4);
        MeasurementPoint outcome = point(query.outcome()).orElseThrow(() -> new IllegalArgumentException(
                "no measurement point '" + query.outcome() + "' in journey '" + journey.getName() + "'"));
        List<MeasurementPoint> drivers = new ArrayList<>();
        for (String name : query.drivers()) {
            MeasurementPoint driver = point(name).orElseThrow(() -> new IllegalArgumentException(
                    "no measurement point '" + name + "' in journey '" + journey.getName() + "'"));
            if (driver != outcome && !drivers.contains(driver)) {
                drivers.add(driver);
            }
        }
        if (query.drivers().isEmpty()) {
            drivers.addAll(defaultDrivers(outcome));
        }
        if (drivers.isEmpty()) {
            throw new IllegalArgumentException("journey '" + journey.getName() + "' has no experience measurement"
                    + " point on a touchpoint to explain '" + outcome.getName() + "' with");
        }
        List<String> ids = new ArrayList<>();
        ids.add(outcome.getId());
        drivers.forEach(d -> ids.add(d.getId()));
        Map<String, PointScale> scales = new HashMap<>();
        scales.put(outcome.getId(), PointScale.of(outcome, registry));
        drivers.forEach(d -> scales.put(d.getId(), PointScale.of(d, registry)));

        // performance: each driver's own score over every answer in the range (this also checks the schema)
        Map<String, Score> pointScores = new LinkedHashMap<>();
        ScoreQuery scoreQuery = new ScoreQuery(List.of(Dimension.MEASUREMENT_POINT), query.from(), query.to(),
                query.segment(), null, ScoringOptions.defaults());
        for (ScoredGroup group : scores.score(connection, scoreQuery)) {
            pointScores.put(group.key(Dimension.MEASUREMENT_POINT), group.score());
        }
        List<RespondentAnswers.Answer> answers = RespondentAnswers.read(connection, journey, ids, query.from(),
                query.to(), query.segment());
        progress.worked(1);
        checkCancel(progress);

        // respondent -> point -> (sum, count) of oriented positions; and each point's positions over everybody
        Map<String, Map<String, double[]>> byRespondent = new TreeMap<>();
        Map<String, double[]> performanceSums = new HashMap<>();
        for (RespondentAnswers.Answer answer : answers) {
            double position = scales.get(answer.pointId()).position(answer.value());
            double[] sum = byRespondent.computeIfAbsent(answer.respondentKey(), k -> new HashMap<>())
                    .computeIfAbsent(answer.pointId(), k -> new double[2]);
            sum[0] += position;
            sum[1]++;
            double[] all = performanceSums.computeIfAbsent(answer.pointId(), k -> new double[2]);
            all[0] += position;
            all[1]++;
        }
        List<DriverWarning> warnings = new ArrayList<>();
        if (query.drivers().isEmpty()) {
            // a default driver that none of the outcome's respondents answered would leave no complete case at all
            for (MeasurementPoint driver : List.copyOf(drivers)) {
                boolean joined = byRespondent.values().stream().anyMatch(
                        v -> v.containsKey(outcome.getId()) && v.containsKey(driver.getId()));
                if (!joined) {
                    drivers.remove(driver);
                    warnings.add(new DriverWarning(DriverWarning.Kind.LEFT_OUT, driver.getName(), 0, 0));
                }
            }
            if (drivers.isEmpty()) {
                throw new IllegalArgumentException("no respondent who answered '" + outcome.getName()
                        + "' answered any experience measurement point on a touchpoint");
            }
        }
        int p = drivers.size();
        List<double[]> rows = new ArrayList<>();
        List<Double> outcomes = new ArrayList<>();
        for (Map<String, double[]> values : byRespondent.values()) {
            double[] y = values.get(outcome.getId());
            if (y == null) {
                continue;
            }
            double[] row = new double[p];
            boolean complete = true;
            for (int j = 0; j < p && complete; j++) {
                double[] x = values.get(drivers.get(j).getId());
                if (x == null) {
                    complete = false;
                } else {
                    row[j] = x[0] / x[1];
                }
            }
            if (complete) {
                rows.add(row);
                outcomes.add(y[0] / y[1]);
            }
        }
        int n = rows.size();
        progress.worked(1);
        checkCancel(progress);

        RelativeWeights.Result weights;
        if (n < p + 2) {
            warnings.add(new DriverWarning(DriverWarning.Kind.TOO_FEW, null, n, p + 2));
            double[] nan = new double[p];
            java.util.Arrays.fill(nan, Double.NaN);
            double[][] x = rows.toArray(double[][]::new);
            double[] correlations = new double[p];
            for (int j = 0; j < p; j++) {
                correlations[j] = RelativeWeights.pearson(column(x, j), outcomes.stream().mapToDouble(d -> d)
                        .toArray());
            }
            weights = new RelativeWeights.Result(nan, Double.NaN, correlations, nan.clone(), Double.NaN);
        } else {
            weights = RelativeWeights.of(rows.toArray(double[][]::new),
                    outcomes.stream().mapToDouble(d -> d).toArray());
            if (n < CASES_PER_DRIVER * p) {
                warnings.add(new DriverWarning(DriverWarning.Kind.THIN, null, n, CASES_PER_DRIVER * p));
            }
        }
        double[] yAll = outcomes.stream().mapToDouble(d -> d).toArray();
        if (n >= 2 && Double.isNaN(RelativeWeights.pearson(yAll, yAll))) {
            warnings.add(new DriverWarning(DriverWarning.Kind.NO_SPREAD, outcome.getName(), n, 0));
        }
        double[][] x = rows.toArray(double[][]::new);
        for (int j = 0; j < p && n >= 2; j++) {
            double[] column = column(x, j);
            if (Double.isNaN(RelativeWeights.pearson(column, column))) {
                warnings.add(new DriverWarning(DriverWarning.Kind.NO_SPREAD, drivers.get(j).getName(), n, 0));
            }
        }
        if (Double.isInfinite(weights.conditionNumber())) {
            warnings.add(new DriverWarning(DriverWarning.Kind.SINGULAR, null, weights.conditionNumber(), 0));
        }
        for (int j = 0; j < p; j++) {
            if (weights.vif()[j] > MAX_VIF) {
                warnings.add(new DriverWarning(DriverWarning.Kind.COLLINEAR, drivers.get(j).getName(),
                        weights.vif()[j], MAX_VIF));
            }
        }

        progress.worked(1);
        checkCancel(progress);

        double[] percent = weights.percentOfRSquared();
        double meanWeight = weights.rSquared() / p;
        double[] performance = new double[p];
        double performanceTotal = 0;
        int performanceCount = 0;
        for (int j = 0; j < p; j++) {
            double[] sum = performanceSums.get(drivers.get(j).getId());
            performance[j] = sum == null ? Double.NaN : 100 * sum[0] / sum[1];
            if (!Double.isNaN(performance[j])) {
                performanceTotal += performance[j];
                performanceCount++;
            }
        }
        double meanPerformance = performanceCount == 0 ? Double.NaN : performanceTotal / performanceCount;
        List<Driver> result = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            MeasurementPoint driver = drivers.get(j);
            Score score = pointScores.get(driver.getId());
            Double target = driver.getTargetValue();
            boolean performing;
            if (target != null && score != null && !Double.isNaN(score.value())) {
                performing = scales.get(driver.getId()).lowIsGood() ? score.value() <= target
                        : score.value() >= target;
            } else {
                performing = performance[j] >= meanPerformance;
            }
            boolean important = weights.rawWeights()[j] >= meanWeight;
            Quadrant quadrant = Double.isNaN(weights.rawWeights()[j]) || Double.isNaN(performance[j]) ? null
                    : Quadrant.of(important, performing);
            MeasurableElement at = driver.getAttachedTo();
            result.add(new Driver(driver.getId(), driver.getName(),
                    at instanceof NamedElement named && at != journey ? named.getName() : null,
                    driver.getMetricId(), weights.correlations()[j], weights.rawWeights()[j], percent[j],
                    weights.vif()[j], score, target, performance[j], quadrant));
        }
        result.sort(Comparator.comparing((Driver d) -> Double.isNaN(d.rawWeight()))
                .thenComparing(Comparator.comparingDouble((Driver d) -> Double.isNaN(d.rawWeight()) ? 0
                        : -d.rawWeight()))
                .thenComparing(d -> d.pointName() == null ? "" : d.pointName().toLowerCase(Locale.ROOT)));
        progress.worked(1);
        return new DriverResult(outcome.getId(), outcome.getName(), n, weights.rSquared(), weights.conditionNumber(),
                result, warnings);
    }

    private static double[] column(double[][] x, int j) {
        double[] column = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            column[i] = x[i][j];
        }
        return column;
    }

    private static void checkCancel(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
