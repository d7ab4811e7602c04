package org.cxworkbench.ui.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;

import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.JourneyLoadException;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.reports.ReportException;
import org.cxworkbench.reports.ReportFormat;
import org.cxworkbench.reports.journey.ReportParameters;
import org.cxworkbench.services.reports.ReportService;
import org.cxworkbench.services.store.ResultsStore;
import org.cxworkbench.services.store.StoreAccess;
import org.cxworkbench.services.store.StoreException;
import org.cxworkbench.ui.analysis.AnalysisContext;
import org.cxworkbench.ui.analysis.AnalysisPeriod;
import org.cxworkbench.ui.preferences.CxPreferences;
import org.cxworkbench.ui.reports.internal.Messages;
import org.cxworkbench.ui.reports.internal.ReportOpener;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.progress.IProgressConstants;

/**
 * The workbench's one way to run a journey report: {@link #schedule(Request)} renders it with
 * {@link ReportService} in a background {@link Job} (cancellable from the Progress view), over the results store the
 * preferences name ({@link CxPreferences}), writes it into the journey's project folder {@value #FOLDER} (or the file
 * the request names), refreshes the workspace and opens it: HTML in the workbench's internal browser, PDF and XLSX
 * with the system's viewer. A failure ends the job with an error status, which the workbench shows in a dialog and
 * writes to the Error Log; a cancelled report leaves no file.
 *
 * <p>The map overlay's double-click, for example:
 * <pre>
 * ReportRuns.schedule(ReportRuns.touchpointReport(journeyFile, touchpoint.getId()));
 * </pre>
 */
public final class ReportRuns {

    /** The family of every report job ({@link Job#belongsTo}), e.g. to wait for them or cancel them. */
    public static final Object FAMILY = ReportRuns.class;
    /** This bundle's id. */
    public static final String PLUGIN_ID = "org.cxworkbench.ui.reports";
    /** The project folder reports go to. */
    public static final String FOLDER = "reports";

    /**
     * One report to run.
     *
     * @param report      a name of {@link ReportService#names()}
     * @param journeyFile the {@code .journey} file in the workspace: the report's journey (unless {@code journey} is
     *                    given) and where its project's {@value ReportRuns#FOLDER} folder is
     * @param journey     the journey to report on as it is now (copied when the request is made, so an editor may go
     *                    on changing it), or {@code null} to read {@code journeyFile}
     * @param parameters  period, segment, touchpoint, ...; its language is used only when {@code language} is null
     * @param language    the report's language, or {@code null} for {@link CxPreferences#reportLocale()}
     * @param format      HTML, PDF or XLSX
     * @param target      the file to write, or {@code null} for {@link ReportRuns#defaultTarget}
     * @param open        whether to open the report when it is written
     */
    public record Request(String report, IFile journeyFile, Journey journey, ReportParameters parameters,
            Locale language, ReportFormat format, Path target, boolean open) {

        public Request {
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(journeyFile, "journeyFile");
            Objects.requireNonNull(parameters, "parameters");
            Objects.requireNonNull(format, "format");
            if (!ReportService.names().contains(report)) {
                throw new IllegalArgumentException("unknown report '" + report + "' (" + String.join(", ",
                        ReportService.names()) + ")");
            }
            journey = journey == null ? null : EcoreUtil.copy(journey);
        }

        /** This request, not opening the report when done (for tests and batch runs). */
        public Request withoutOpening() {
            return new Request(report, journeyFile, journey, parameters, language, format, target, false);
        }

        public Request withTarget(Path newTarget) {
            return new Request(report, journeyFile, journey, parameters, language, format, newTarget, open);
        }

        public Request withFormat(ReportFormat newFormat) {
            return new Request(report, journeyFile, journey, parameters, language, newFormat, target, open);
        }
    }

    private ReportRuns() {
    }

    /**
     * The parameters the workbench shows now: the period and segment of {@link AnalysisContext} (the report's own
     * defaults where none is chosen), the report language of the preferences.
     */
    public static ReportParameters currentParameters() {
        ReportParameters parameters = ReportParameters.defaults().withLanguage(CxPreferences.reportLocale());
        AnalysisPeriod period = AnalysisContext.get().period();
        if (period != null) {
            parameters = parameters.withFrom(period.from()).withTo(period.to());
        }
        return parameters.withSegment(AnalysisContext.get().segment());
    }

    /** The touchpoint report of touchpoint {@code touchpointId} (an id or a name), as HTML, opened when done. */
    public static Request touchpointReport(IFile journeyFile, String touchpointId) {
        return new Request("touchpoint", journeyFile, null, currentParameters().withTouchpoint(touchpointId), null,
                ReportFormat.HTML, null, true);
    }

    /**
     * Where a report goes unless told otherwise: {@code reports/<journey>-<report>[-<touchpoint>].<ext>} in the
     * journey file's project.
     */
    public static IFile defaultTarget(IFile journeyFile, String report, ReportParameters parameters,
            ReportFormat format) {
        IContainer project = journeyFile.getProject() != null ? journeyFile.getProject() : journeyFile.getParent();
        String base = journeyFile.getFullPath().removeFileExtension().lastSegment();
        StringBuilder name = new StringBuilder(base).append('-').append(report);
        if ("touchpoint".equals(report) && parameters.touchpoint() != null) {
            name.append('-').append(parameters.touchpoint());
        }
        if ("trend".equals(report) && parameters.metric() != null) {
            name.append('-').append(parameters.metric());
        }
        String safe = name.toString().replaceAll("[^\\p{L}\\p{N}._-]+", "_");
        return project.getFile(IPath.fromOSString(FOLDER).append(safe + '.' + format.fileExtension()));
    }

    /** Schedules {@code request} as a user job and returns it (already scheduled). */
    public static Job schedule(Request request) {
        Job job = new ReportJob(request);
        job.setUser(true);
        job.setProperty(IProgressConstants.KEEP_PROPERTY, Boolean.FALSE);
        job.schedule();
        return job;
    }

    /** The file the job of {@code request} writes. */
    public static Path targetOf(Request request) {
        if (request.target() != null) {
            return request.target().toAbsolutePath();
        }
        IFile file = defaultTarget(request.journeyFile(), request.report(), request.parameters(), request.format());
        IPath location = file.getLocation();
        if (location == null) {
            throw new IllegalArgumentException("the project of " + request.journeyFile().getFullPath()
                    + " is not on the local file system");
        }
        return location.toPath();
    }

    /** The background job of one report. */
    private static final class ReportJob extends Job {

        private final Request request;

        ReportJob(Request request) {
            super(NLS.bind(Messages.Run_job, request.report(), request.journeyFile().getName()));
            this.request = request;
        }

        @Override
        public boolean belongsTo(Object family) {
            return family == FAMILY;
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            SubMonitor progress = SubMonitor.convert(monitor, getName(), 110);
            Path target;
            try {
                target = targetOf(request);
                Files.createDirectories(target.getParent());
            } catch (IllegalArgumentException | java.io.IOException e) {
                return error(NLS.bind(Messages.Run_noFolder, e.getMessage()), e);
            }
            try {
                Journey journey = request.journey();
                if (journey == null) {
                    IPath location = request.journeyFile().getLocation();
                    if (location == null) {
                        return error(NLS.bind(Messages.Run_noJourney, request.journeyFile().getFullPath(),
                                "not on the local file system"), null);
                    }
                    journey = JourneyFiles.load(location.toPath()).journey();
                }
                progress.worked(5);
                Locale language = request.language() != null ? request.language() : CxPreferences.reportLocale();
                ReportParameters parameters = request.parameters().withLanguage(language);
                try (ResultsStore store = ResultsStore.open(CxPreferences.storeLocation(), CxPreferences.storeUser(),
                        CxPreferences.storePassword(), StoreAccess.READ); ReportService reports = new ReportService()) {
                    if (!store.hasResults()) {
                        return error(NLS.bind(Messages.Run_noResults, store.location().target()), null);
                    }
                    reports.render(request.report(), journey, store.connection(), parameters, request.format(),
                            target, progress.split(100));
                }
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (JourneyLoadException e) {
                return error(NLS.bind(Messages.Run_noJourney, request.journeyFile().getFullPath(), oneLine(e)), e);
            } catch (StoreException e) {
                return error(NLS.bind(Messages.Run_noStore, oneLine(e)), e);
            } catch (StorageException e) {
                return error(NLS.bind(Messages.Run_noPassword, oneLine(e)), e);
            } catch (SQLException e) {
                return error(NLS.bind(Messages.Run_storeFailed, oneLine(e)), e);
            } catch (ReportException | IllegalArgumentException e) {
                return error(NLS.bind(Messages.Run_failed, request.report(), oneLine(e)), e);
            }
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            refresh(target, progress.split(5));
            if (request.open()) {
                ReportOpener.open(target, request.format());
            }
            return new Status(IStatus.OK, PLUGIN_ID, NLS.bind(Messages.Run_done, target));
        }

        /** Tells the workspace about the new file, when it lies in the workspace. */
        private static void refresh(Path target, IProgressMonitor monitor) {
            IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(target.toUri());
            for (IFile file : files) {
                try {
                    file.getParent().refreshLocal(IResource.DEPTH_ONE, monitor);
                } catch (CoreException e) {
                    // the report was written; the Workspace view shows it at its next refresh
                    ILog.of(ReportRuns.class).log(new Status(IStatus.WARNING, PLUGIN_ID, NLS.bind(Messages.Run_refreshFailed,
                            file.getFullPath(), e.getMessage()), e));
                }
            }
        }

        private static IStatus error(String message, Throwable cause) {
            return new Status(IStatus.ERROR, PLUGIN_ID, message, cause);
        }
    }

    /** An exception's message on one line (BIRT quotes failing queries over several lines). */
    static String oneLine(Throwable e) {
        String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return message.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
