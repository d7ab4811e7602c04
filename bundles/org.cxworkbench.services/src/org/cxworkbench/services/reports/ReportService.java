package org.cxworkbench.services.reports;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.reports.ReportException;
import org.cxworkbench.reports.ReportFormat;
import org.cxworkbench.reports.journey.JourneyReports;
import org.cxworkbench.reports.journey.ReportParameters;
import org.cxworkbench.services.reports.internal.AnalysisTables;
import org.cxworkbench.services.reports.internal.Messages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Rendering the journey reports ({@link JourneyReports#NAMES}) over the results store into a file, with progress and
 * cancellation. For the {@code drivers} report ({@link ReportParameters#outcome()} names the outcome) and the
 * {@code segments} report, the key-driver analysis, segment comparison and account roll-up of this bundle fill the
 * report's tables between preparing and rendering. The work is {@value #WORK} units: {@value #PREPARING} for scoring
 * the answers in the store, the rest
 * for BIRT writing the report (advanced as it writes). A cancelled render throws {@link OperationCanceledException};
 * it writes no file, not even a partial one, and an older report at the target is left byte for byte as it was. A
 * report is never half-written either way: it is written beside the target and moved into place when complete.
 *
 * <p>The connection is the caller's (opened with the store's read access); one render at a time per connection. The
 * BIRT engine starts with the first render and is shared by later ones; {@link #close()} shuts it down. Headless:
 * <pre>
 * try (ReportService reports = new ReportService()) {
 *     reports.render("scorecard", journey, connection, ReportParameters.defaults(), ReportFormat.PDF,
 *             Path.of("scorecard.pdf"), monitor);
 * }
 * </pre>
 */
public final class ReportService implements AutoCloseable {

    /** The units of work of one render. */
    public static final int WORK = 100;
    /** The units of scoring the answers, before BIRT runs. */
    public static final int PREPARING = 40;

    private final JourneyReports reports;
    private final MetricRegistry metrics;

    /** Reports scored with the running platform's metrics. */
    public ReportService() {
        this(MetricRegistry.getDefault());
    }

    public ReportService(MetricRegistry metrics) {
        this.reports = new JourneyReports(metrics);
        this.metrics = metrics;
    }

    /** The report names, in the order of the user's guide. */
    public static List<String> names() {
        return JourneyReports.NAMES;
    }

    /**
     * Renders report {@code name} of {@code journey} into {@code target}.
     *
     * @param monitor progress and cancellation, or {@code null}
     * @return the absolute path of the report written
     * @throws OperationCanceledException when {@code monitor} was cancelled; nothing was written
     * @throws IllegalArgumentException   for an unknown report, or a touchpoint or measure the journey does not have
     * @throws SQLException               when the store cannot be read
     * @throws ReportException            when BIRT fails, or the target cannot be written
     */
    public Path render(String name, Journey journey, Connection connection, ReportParameters parameters,
            ReportFormat format, Path target, IProgressMonitor monitor) throws SQLException, ReportException {
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Report_task, name, journey.getName()),
                WORK);
        Path absolute = target.toAbsolutePath();
        SubMonitor preparing = progress.split(PREPARING);
        preparing.subTask(Messages.Report_preparing);
        Map<String, Object> values = reports.prepare(name, journey, connection, parameters);
        // the drivers and segments reports: the analyses of this bundle fill their tables
        new AnalysisTables(journey, metrics, connection, parameters, values).fill(name, preparing.split(1));
        preparing.done();

        SubMonitor rendering = progress.split(WORK - PREPARING);
        rendering.subTask(Messages.Report_rendering);
        try {
            reports.renderPrepared(name, values, connection, parameters, format, absolute, () -> {
                // how much BIRT will write is not known: each write moves the bar a share of what is left
                rendering.setWorkRemaining(100);
                rendering.worked(1);
                return rendering.isCanceled();
            });
        } catch (CancellationException e) {
            OperationCanceledException cancelled = new OperationCanceledException(e.getMessage());
            cancelled.initCause(e);
            throw cancelled;
        }
        progress.done();
        return absolute;
    }

    @Override
    public void close() {
        reports.close();
    }
}
