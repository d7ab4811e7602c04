package org.cxworkbench.services.reports.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import org.cxworkbench.metrics.Comparison;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.metrics.Score;
import org.cxworkbench.metrics.ScoringOptions;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.model.journey.SegmentKind;
import org.cxworkbench.reports.journey.ReportParameters;
import org.cxworkbench.reports.journey.ReportTables;
import org.cxworkbench.services.drivers.AccountRisk;
import org.cxworkbench.services.drivers.AccountRollUp;
import org.cxworkbench.services.drivers.Driver;
import org.cxworkbench.services.drivers.DriverQuery;
import org.cxworkbench.services.drivers.DriverResult;
import org.cxworkbench.services.drivers.DriverWarning;
import org.cxworkbench.services.drivers.KeyDrivers;
import org.cxworkbench.services.drivers.SegmentComparison;
import org.cxworkbench.services.scoring.NoResultsStoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Fills the report tables that the analyses of this bundle own ({@link ReportTables}) after
 * {@code JourneyReports.prepare}: the key drivers of the {@code drivers} report, the segment comparison and the
 * account risk list of the {@code segments} report. Same analyses, same figures as {@code cxw drivers},
 * {@code cxw segments} and {@code cxw accounts} over the report's period and segment.
 */
public final class AnalysisTables {

    /** The drivers' texts (quadrants, warnings), read in the report's language rather than the JVM's. */
    private static final String DRIVER_TEXTS = "org.cxworkbench.services.drivers.internal.messages";

    private final Journey journey;
    private final MetricRegistry metrics;
    private final Connection connection;
    private final ReportParameters parameters;
    private final LocalDate from;
    private final LocalDate to;
    private final ResourceBundle driverTexts;
    private final Map<String, Object> values;

    /**
     * @param values the design's parameter values {@code prepare} returned: their {@code from} and {@code to} are the
     *               report's period as resolved; the drivers report adds where its chart's quadrant lines go
     *               ({@code weightLine}, {@code performanceLine}) and their labels
     */
    public AnalysisTables(Journey journey, MetricRegistry metrics, Connection connection,
            ReportParameters parameters, Map<String, Object> values) {
        this.journey = journey;
        this.metrics = metrics;
        this.connection = connection;
        this.parameters = parameters;
        this.values = values;
        this.from = LocalDate.parse(String.valueOf(values.get("from")));
        this.to = LocalDate.parse(String.valueOf(values.get("to")));
        this.driverTexts = ResourceBundle.getBundle(DRIVER_TEXTS, parameters.language(),
                AnalysisTables.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Fills what report {@code name} needs from this bundle; nothing for the others. */
    public void fill(String name, IProgressMonitor monitor) throws SQLException {
        switch (name) {
            case "drivers" -> fillDrivers(monitor);
            case "segments" -> fillSegments(monitor);
            default -> {
                // the other reports are complete after prepare
            }
        }
    }

    private void fillDrivers(IProgressMonitor monitor) throws SQLException {
        DriverQuery query = new DriverQuery(parameters.outcome(), parameters.drivers(), from, to,
                parameters.segment());
        DriverResult result;
        try {
            result = new KeyDrivers(journey, metrics).analyse(connection, query, monitor);
        } catch (NoResultsStoreException e) {
            throw new SQLException(e.getMessage(), e);
        }
        int no = 0;
        double performanceSum = 0;
        int performing = 0;
        int weighted = 0;
        for (Driver d : result.drivers()) {
            Score score = d.score();
            boolean scored = score != null && !score.isEmpty();
            String key = d.quadrant() == null ? null : d.quadrant().key();
            ReportTables.insert(connection, ReportTables.DRIVERS, ++no, d.pointName(), d.touchpointName(),
                    d.metricId(), d.correlation(), d.rawWeight(), d.importance(), d.vif(),
                    scored ? score.value() : null, score == null ? null : score.n(), d.target(), d.performance(),
                    key, key == null ? null : quadrantLabel(d), result.n());
            if (Double.isFinite(d.performance())) {
                performanceSum += d.performance();
                performing++;
            }
            if (Double.isFinite(d.importance())) {
                weighted++;
            }
        }
        Double weightLine = weighted == 0 ? null : 100.0 / weighted;
        Double performanceLine = performing == 0 ? null : performanceSum / performing;
        ReportTables.insert(connection, ReportTables.DRIVER_SUMMARY, result.outcomeName(), result.n(),
                result.rSquared(), result.drivers().size(), weightLine, performanceLine);
        Locale language = parameters.language();
        values.put("weightLine", weightLine == null ? "" : Double.toString(weightLine));
        values.put("weightLineLabel", weightLine == null ? ""
                : ReportTables.label(language, "drivers.line.weight") + " " + oneDecimal(weightLine) + " %");
        values.put("performanceLine", performanceLine == null ? "" : Double.toString(performanceLine));
        values.put("performanceLineLabel", performanceLine == null ? ""
                : ReportTables.label(language, "drivers.line.performance") + " " + oneDecimal(performanceLine));
        int warningNo = 0;
        for (DriverWarning warning : result.warnings()) {
            ReportTables.insert(connection, ReportTables.WARNINGS, ++warningNo, warningText(warning));
        }
        if (warningNo == 0) {
            ReportTables.insert(connection, ReportTables.WARNINGS, 1,
                    ReportTables.label(language, "drivers.nowarnings"));
        }
        SubMonitor.convert(monitor).done();
    }

    private String quadrantLabel(Driver d) {
        return switch (d.quadrant()) {
            case FIX_FIRST -> text("Quadrant_fixFirst");
            case KEEP_UP -> text("Quadrant_keepUp");
            case MAINTAIN -> text("Quadrant_maintain");
            case LOW_PRIORITY -> text("Quadrant_lowPriority");
        };
    }

    /** As {@link DriverWarning#message()}, in the report's language. */
    private String warningText(DriverWarning w) {
        return switch (w.kind()) {
            case THIN -> text("Warning_thin", (long) w.figure(), (long) w.limit());
            case TOO_FEW -> text("Warning_tooFew", (long) w.figure(), (long) w.limit());
            case COLLINEAR -> text("Warning_collinear", w.subject(), oneDecimal(w.figure()));
            case SINGULAR -> text("Warning_singular");
            case NO_SPREAD -> text("Warning_noSpread", w.subject());
            case LEFT_OUT -> text("Warning_leftOut", w.subject());
        };
    }

    private String oneDecimal(double v) {
        NumberFormat format = NumberFormat.getNumberInstance(parameters.language());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(v);
    }

    private String text(String key, Object... arguments) {
        String pattern;
        try {
            pattern = driverTexts.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        // plain arguments: numbers as given (no grouping), as NLS.bind puts them
        Object[] plain = java.util.Arrays.stream(arguments).map(String::valueOf).toArray();
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, plain);
    }

    private void fillSegments(IProgressMonitor monitor) throws SQLException {
        SubMonitor progress = SubMonitor.convert(monitor, 2);
        Locale language = parameters.language();
        List<SegmentComparison.Row> rows;
        try {
            rows = new SegmentComparison(journey, metrics).compare(connection, from, to,
                    ScoringOptions.defaults().level());
        } catch (NoResultsStoreException e) {
            throw new SQLException(e.getMessage(), e);
        }
        List<MeasurementPoint> points = journey.getMeasurementPoints();
        for (SegmentComparison.Row row : rows) {
            Score s = row.group().score();
            boolean has = !s.isEmpty();
            Comparison c = row.comparison();
            SegmentKind kind = row.kind();
            int kindNo = kind == null ? 4 : switch (kind) {
                case CURRENT -> 1;
                case FORMER -> 2;
                case NEVER -> 3;
            };
            int pointNo = 1 + points.stream().map(MeasurementPoint::getId).toList().indexOf(row.pointId());
            String significant = c == null ? ""
                    : ReportTables.label(language, c.significant() ? "diff.significant" : "diff.notsignificant");
            ReportTables.insert(connection, ReportTables.SEGMENT_DIFFS, pointNo, row.pointName(), row.metricId(),
                    kindNo, ReportTables.label(language, "kind." + (kind == null ? "other" : kind.getLiteral())),
                    row.segment(), has ? s.value() : null, s.n(), row.baseline(), c == null ? null : c.difference(),
                    c == null ? null : c.test(), c == null ? null : c.statistic(), c == null ? null : c.pValue(),
                    significant);
        }
        progress.worked(1);
        AccountRollUp rollUp = new AccountRollUp(journey, metrics);
        MeasurementPoint point = rollUp.defaultPoint().orElse(null);
        if (point == null) {
            return; // a journey without a relationship point has no account list
        }
        List<AccountRisk> accounts = rollUp.accounts(connection, point.getId(), from, to, parameters.segment(),
                progress.split(1));
        int rank = 0;
        for (AccountRisk a : accounts) {
            String groups = a.groups().stream().map(g -> (g.group() == null
                    ? ReportTables.label(language, "accounts.nogroup") : g.group()) + " " + oneDecimal(g.mean())
                    + " (" + g.persons() + "/" + g.contacts() + ")").collect(Collectors.joining("; "));
            ReportTables.insert(connection, ReportTables.ACCOUNT_RISK, ++rank, a.account(), point.getName(),
                    a.persons(), a.unweighted(), a.weighted(), a.detractorShare(), a.churnFlags(), groups);
        }
    }
}
