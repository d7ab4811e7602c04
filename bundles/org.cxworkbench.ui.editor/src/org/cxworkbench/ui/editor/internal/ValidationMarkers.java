package org.cxworkbench.ui.editor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.cxworkbench.core.journey.Finding;
import org.cxworkbench.core.journey.JourneyValidation;
import org.cxworkbench.core.journey.MetricCatalog;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.services.metrics.RegisteredMetrics;
import org.cxworkbench.ui.editor.FindingsListener;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/**
 * Validates the edited journey after edits settle and keeps the file's problem markers in step with the findings.
 * The validation itself runs on the display thread (the model belongs to it; validating a journey of 1000
 * touchpoints takes milliseconds), the marker update in a job, so typing is never held up by the workspace.
 */
public final class ValidationMarkers {

    /** Our marker type: a problem marker with the element's id ({@link #ELEMENT_ID}). */
    public static final String MARKER_TYPE = "org.cxworkbench.ui.editor.problem";
    /** The marker attribute holding the id of the element a finding is about. */
    public static final String ELEMENT_ID = "elementId";
    /** The job family, so tests and shutdown can wait for validation. */
    public static final Object FAMILY = ValidationMarkers.class;
    private static final long DELAY_MS = 300;

    private final Display display;
    private final Supplier<IFile> file;
    private final Supplier<Journey> journey;
    private final MetricCatalog catalog = RegisteredMetrics.catalog();
    private final ListenerList<FindingsListener> listeners = new ListenerList<>();
    private volatile List<Finding> findings = List.of();
    private final Job job;

    public ValidationMarkers(Display display, Supplier<IFile> file, Supplier<Journey> journey) {
        this.display = display;
        this.file = file;
        this.journey = journey;
        this.job = new Job(Messages.Validation_job) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                return validate(monitor);
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setSystem(true);
    }

    /** Validates again after a short pause; edits in between postpone it. */
    public void schedule() {
        job.cancel();
        job.schedule(DELAY_MS);
    }

    public List<Finding> findings() {
        return findings;
    }

    public void addListener(FindingsListener listener) {
        listeners.add(listener);
    }

    public void removeListener(FindingsListener listener) {
        listeners.remove(listener);
    }

    public void dispose() {
        job.cancel();
        listeners.clear();
    }

    private IStatus validate(IProgressMonitor monitor) {
        if (display.isDisposed()) {
            return Status.CANCEL_STATUS;
        }
        AtomicReference<List<Finding>> result = new AtomicReference<>();
        AtomicReference<IFile> target = new AtomicReference<>();
        display.syncExec(() -> {
            Journey j = journey.get();
            target.set(file.get());
            result.set(j == null ? List.of() : JourneyValidation.findings(JourneyValidation.validate(j, catalog)));
        });
        if (monitor.isCanceled() || result.get() == null) {
            return Status.CANCEL_STATUS;
        }
        List<Finding> computed = result.get();
        IFile where = target.get();
        if (where != null && where.exists()) {
            List<MarkerData> markers = new ArrayList<>();
            for (Finding finding : computed) {
                markers.add(MarkerData.of(finding));
            }
            IWorkspace workspace = where.getWorkspace();
            IWorkspaceRunnable update = m -> {
                where.deleteMarkers(MARKER_TYPE, false, IResource.DEPTH_ZERO);
                for (MarkerData data : markers) {
                    IMarker marker = where.createMarker(MARKER_TYPE);
                    marker.setAttributes(
                            new String[] {IMarker.SEVERITY, IMarker.MESSAGE, IMarker.LOCATION, ELEMENT_ID},
                            new Object[] {data.severity(), data.message(), data.location(), data.elementId()});
                }
            };
            try {
                workspace.run(update, workspace.getRuleFactory().markerRule(where), IWorkspace.AVOID_UPDATE,
                        monitor);
            } catch (CoreException e) {
                ILog.of(getClass()).log(e.getStatus());
            }
        }
        findings = List.copyOf(computed);
        display.asyncExec(() -> {
            for (FindingsListener listener : listeners) {
                listener.findingsChanged(findings);
            }
        });
        return Status.OK_STATUS;
    }

    /** What a marker says, taken from a finding on the display thread. */
    private record MarkerData(int severity, String message, String location, String elementId) {

        static MarkerData of(Finding finding) {
            int severity = switch (finding.severity()) {
                case ERROR -> IMarker.SEVERITY_ERROR;
                case WARNING -> IMarker.SEVERITY_WARNING;
                case INFO -> IMarker.SEVERITY_INFO;
            };
            String label = finding.elementLabel();
            String message = label.isEmpty() ? finding.message() : label + ": " + finding.message();
            return new MarkerData(severity, message, label, finding.elementId());
        }
    }
}
