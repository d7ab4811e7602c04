package org.cxworkbench.reports.journey;

import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;

import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.reports.ReportException;
import org.cxworkbench.reports.ReportFormat;
import org.cxworkbench.reports.ReportRenderer;
import org.cxworkbench.reports.journey.internal.ReportData;

/**
 * The journey reports over the results store: {@code scorecard}, {@code touchpoint}, {@code trend},
 * {@code segments}, {@code drivers} and {@code comments}, rendered to HTML, PDF or XLSX. The key-driver analysis,
 * the segment comparison and the account roll-up live in the services bundle, which requires this one: for
 * {@link #FILLED_ABOVE} those fill their tables after {@link #prepare} ({@link ReportTables}).
 *
 * <p>The scores are computed in Java, by the metrics themselves, before BIRT runs, and put on the connection the
 * report reads as Derby temporary tables; the designs ({@code reports/*.rptdesign} in this bundle) read those and
 * plain SQL over the store. So the connection must be a results store connection (embedded or network server); it
 * stays open and the caller closes it. One render at a time per connection.
 *
 * <p>The BIRT engine starts with the first render and is reused; {@link #close()} shuts it down. Usage:
 * <pre>
 * try (JourneyReports reports = new JourneyReports()) {
 *     reports.render("scorecard", journey, connection, ReportParameters.defaults(), ReportFormat.PDF, out);
 * }
 * </pre>
 */
public final class JourneyReports implements AutoCloseable {

    /** The report names, in the order of the user's guide. */
    public static final List<String> NAMES = List.of("scorecard", "touchpoint", "trend", "segments", "drivers",
            "comments");

    /**
     * The reports whose analysis runs above this bundle: after {@link #prepare} the caller fills their tables
     * through {@link ReportTables} (the services bundle's {@code ReportService} does), then renders with
     * {@link #renderPrepared}. Rendered straight through {@link #render}, {@code drivers} shows no drivers and
     * {@code segments} no comparison or account risk.
     */
    public static final List<String> FILLED_ABOVE = List.of("drivers", "segments");

    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private final ReportRenderer renderer = new ReportRenderer(() -> borrowed(current.get()));
    private final MetricRegistry metrics;

    /** Reports scored with the running platform's metrics. */
    public JourneyReports() {
        this(MetricRegistry.getDefault());
    }

    public JourneyReports(MetricRegistry metrics) {
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    /** The design of a report, e.g. for the BIRT designer or a test of the design itself. */
    public static URL design(String name) {
        requireKnown(name);
        URL url = JourneyReports.class.getResource("/reports/" + name + ".rptdesign");
        if (url == null) {
            throw new IllegalStateException("reports/" + name + ".rptdesign is missing from the bundle");
        }
        return url;
    }

    /**
     * Renders the report {@code name} of {@code journey} into the file {@code out} (written completely or not at
     * all).
     *
     * @throws IllegalArgumentException for an unknown report name, or a touchpoint or measure the journey does not
     *         have (the message lists the choices)
     * @throws SQLException when the store cannot be read
     * @throws ReportException when BIRT fails
     */
    public void render(String name, Journey journey, Connection connection, ReportParameters parameters,
            ReportFormat format, Path out) throws SQLException, ReportException {
        Map<String, Object> values = prepare(name, journey, connection, parameters);
        current.set(connection);
        try {
            renderer.render(design(name), values, parameters.language(), format, out);
        } finally {
            current.remove();
        }
    }

    /**
     * Renders report {@code name} from the data {@link #prepare} put on {@code connection} into the file {@code out}
     * (written completely or not at all), and can be cancelled: see
     * {@link ReportRenderer#render(URL, Map, java.util.Locale, ReportFormat, Path, BooleanSupplier)}. For callers that
     * show the two steps, preparing (the scores, in the store) and rendering (BIRT), as progress.
     *
     * @param values the design's parameter values that {@link #prepare} returned for this connection
     * @throws java.util.concurrent.CancellationException when {@code cancelled} said so; no file was written and an
     *         older one is as it was
     */
    public void renderPrepared(String name, Map<String, Object> values, Connection connection,
            ReportParameters parameters, ReportFormat format, Path out, BooleanSupplier cancelled)
            throws ReportException {
        Objects.requireNonNull(connection, "connection");
        current.set(connection);
        try {
            renderer.render(design(name), values, parameters.language(), format, out, cancelled);
        } finally {
            current.remove();
        }
    }

    /** Renders into a stream, which stays open; see {@link #render(String, Journey, Connection, ReportParameters, ReportFormat, Path)}. */
    public void render(String name, Journey journey, Connection connection, ReportParameters parameters,
            ReportFormat format, OutputStream out) throws SQLException, ReportException {
        Map<String, Object> values = prepare(name, journey, connection, parameters);
        current.set(connection);
        try {
            renderer.render(design(name), values, parameters.language(), format, out);
        } finally {
            current.remove();
        }
    }

    /**
     * Puts the data of report {@code name} on {@code connection} (the session tables the design reads) without
     * rendering; returns the design's parameter values. For tests of the designs and for benchmarks.
     */
    public Map<String, Object> prepare(String name, Journey journey, Connection connection,
            ReportParameters parameters) throws SQLException {
        requireKnown(name);
        Objects.requireNonNull(journey, "journey");
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(parameters, "parameters");
        return new ReportData(connection, journey, parameters, metrics).prepare(name);
    }

    @Override
    public void close() {
        renderer.close();
    }

    private static void requireKnown(String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("unknown report '" + name + "' (reports: " + String.join(", ", NAMES)
                    + ")");
        }
    }

    /** The caller's connection for BIRT, whose close() leaves it open: the temporary tables live on it. */
    private static Connection borrowed(Connection connection) throws SQLException {
        if (connection == null) {
            throw new SQLException("no connection for this report");
        }
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close":
                            return null;
                        case "isClosed":
                            return connection.isClosed();
                        default:
                            try {
                                return method.invoke(connection, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                    }
                });
    }
}
