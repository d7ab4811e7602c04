package org.cxworkbench.ui.drivers.internal;

import java.time.LocalDate;
import java.util.function.Consumer;

import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.JourneyLoadException;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.services.store.ResultsStore;
import org.cxworkbench.services.store.StoreException;
import org.cxworkbench.ui.analysis.AnalysisContext;
import org.cxworkbench.ui.analysis.AnalysisPeriod;
import org.cxworkbench.ui.preferences.CxPreferences;
import org.cxworkbench.ui.results.JourneySelection;
import org.cxworkbench.ui.results.PeriodSegmentBar;
import org.cxworkbench.ui.results.Stores;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

/**
 * What the Key Drivers and Accounts views share: they follow the journey element selected in the workbench through
 * {@link JourneySelection} (a journey, stage, touchpoint or measurement point in a journey editor, or a
 * {@code .journey} file in the Workspace view), the period and segment of {@link AnalysisContext} and the store of
 * {@link CxPreferences}, and compute in one cancellable {@link Job} at a time under {@link Stores#RULE}. A failure is shown in the view's message line and
 * written to the Error Log.
 */
abstract class JourneyResultsView extends ViewPart {

    static final String BUNDLE = "org.cxworkbench.ui.drivers"; //$NON-NLS-1$

    private Composite top;
    private Label message;
    /** The selected element (journey, stage, touchpoint, measurement point) or null. */
    private EObject element;
    /** The journey shown: the editor's own, or read from the selected file. */
    private Journey journey;
    private IFile journeyFile;
    private Job job;

    private JourneySelection selection;

    @Override
    public final void createPartControl(Composite parent) {
        top = new Composite(parent, SWT.NONE);
        top.setLayout(new GridLayout(1, false));
        PlatformUI.getWorkbench().getHelpSystem().setHelp(top, helpContextId());
        createControls(top);
        message = new Label(top, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        message.moveBelow(top.getChildren()[0]);
        createContents(top);
        showMessage(Messages.View_nothingSelected);
        selection = JourneySelection.track(this, top, s -> selected()).refreshOnAnalysisContext(this::refreshShown)
                .refreshOnPreferences(this::refreshShown);
        selection.selectFromActivePart();
    }

    /** The id of the view's context help (F1), a context of org.cxworkbench.help. */
    abstract String helpContextId();

    /** The first row of the view (pickers); the message line goes below it. */
    abstract void createControls(Composite parent);

    /** The rest of the view, below the message line. */
    abstract void createContents(Composite parent);

    /** The journey changed (or was selected the first time): compute again. */
    abstract void journeyChanged(Journey shown);

    /** Another element of the same journey was selected. */
    abstract void elementChanged(EObject selected);

    /** The period, segment or store changed: compute again. */
    abstract void refresh();

    @Override
    public void dispose() {
        if (selection != null) {
            selection.dispose();
        }
        if (job != null) {
            job.cancel();
        }
        super.dispose();
    }

    /** What {@link JourneySelection} tells: a journey element, or a journey file, was selected elsewhere. */
    private void selected() {
        Journey root = selection.journey();
        if (root != null) {
            element = selection.element();
            journeyFile = null;
            if (root != journey) {
                journey = root;
                journeyChanged(root);
            } else {
                elementChanged(element);
            }
            return;
        }
        IFile file = selection.journeyFile();
        if (file != null && !file.equals(journeyFile)) {
            try {
                // a small XML file; reading it here gives the pickers their points at once
                Journey read = JourneyFiles.load(file.getLocation().toFile().toPath()).journey();
                journeyFile = file;
                element = read;
                journey = read;
                journeyChanged(read);
            } catch (JourneyLoadException | RuntimeException e) {
                showMessage(error(NLS.bind(Messages.View_journeyUnreadable, file.getFullPath(), e.getMessage()), e));
            }
        }
    }

    private void refreshShown() {
        if (journey != null) {
            refresh();
        }
    }

    Journey journey() {
        return journey;
    }

    EObject element() {
        return element;
    }

    /** The first day of the period of {@link AnalysisContext}, or null for all answers. */
    static LocalDate from() {
        AnalysisPeriod period = AnalysisContext.get().period();
        return period == null ? null : period.from();
    }

    static LocalDate to() {
        AnalysisPeriod period = AnalysisContext.get().period();
        return period == null ? null : period.to();
    }

    static String segment() {
        return AnalysisContext.get().segment();
    }

    /** The period and segment in words, for the header. */
    static String scope() {
        AnalysisPeriod period = AnalysisContext.get().period();
        String when = period == null ? Messages.View_allAnswers : PeriodSegmentBar.label(period);
        String segment = segment();
        return segment == null ? when : NLS.bind(Messages.View_scopeSegment, when, segment);
    }

    /** What a job found: a value, or a message saying why there is none. */
    record Outcome<T>(T value, String message) {
    }

    /** Something a job does with the open store; may throw, the job turns that into a message. */
    @FunctionalInterface
    interface StoreWork<T> {
        T run(ResultsStore store, IProgressMonitor monitor) throws Exception;
    }

    /**
     * Runs {@code work} on the store of the preferences in a new job, cancelling the one running; {@code done} gets
     * its outcome on the UI thread unless a newer job has started since.
     */
    <T> void compute(String jobName, String subject, StoreWork<T> work, Consumer<Outcome<T>> done) {
        if (job != null) {
            job.cancel();
        }
        Job computing = new Job(jobName) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Outcome<T> outcome = open(subject, store -> work.run(store, monitor));
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                if (!top.isDisposed()) {
                    top.getDisplay().asyncExec(() -> {
                        if (job == this && !top.isDisposed()) {
                            done.accept(outcome);
                        }
                    });
                }
                return Status.OK_STATUS;
            }
        };
        computing.setRule(Stores.RULE);
        job = computing;
        computing.schedule();
    }

    private interface Work<T> {
        T run(ResultsStore store) throws Exception;
    }

    private static <T> Outcome<T> open(String subject, Work<T> work) {
        ResultsStore store;
        try {
            store = Stores.openForReading();
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.NOT_FOUND) {
                return new Outcome<>(null, NLS.bind(Messages.View_noStore, CxPreferences.storeLocation()));
            }
            return new Outcome<>(null, error(NLS.bind(Messages.View_failed, subject, e.getMessage()), e));
        }
        try (store) {
            if (!store.hasResults() || store.batches().isEmpty()) {
                return new Outcome<>(null, NLS.bind(Messages.View_emptyStore, store.location()));
            }
            return new Outcome<>(work.run(store), null);
        } catch (org.eclipse.core.runtime.OperationCanceledException e) {
            return new Outcome<>(null, null);
        } catch (IllegalArgumentException e) {
            // the analysis refuses the journey or its points: the user's to fix, not an error of the workbench
            return new Outcome<>(null, NLS.bind(Messages.View_failed, subject, e.getMessage()));
        } catch (Exception e) {
            return new Outcome<>(null, error(NLS.bind(Messages.View_failed, subject, e.getMessage()), e));
        }
    }

    /** Writes {@code line} with its cause to the Error Log and returns it for the view. */
    static String error(String line, Throwable cause) {
        ILog.of(JourneyResultsView.class).log(Status.error(line, cause));
        return line;
    }

    void showMessage(String text) {
        message.setText(text == null ? "" : text); //$NON-NLS-1$
        message.setToolTipText(text);
        top.layout(true, true);
    }

    /** A column at least as wide as {@code width} and as its header's text (which is longer in Finnish). */
    static void fitHeader(org.eclipse.swt.widgets.TableColumn column, int width) {
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(column.getParent());
        try {
            column.setWidth(Math.max(width, gc.textExtent(column.getText()).x + 32));
        } finally {
            gc.dispose();
        }
    }

    /** Shows or hides (and leaves out of the layout) {@code control}. */
    static void show(Control control, boolean visible) {
        control.setVisible(visible);
        ((GridData) control.getLayoutData()).exclude = !visible;
    }

    Composite top() {
        return top;
    }

    // for tests

    /** The job running or last run, for callers (tests) that wait for it. */
    public Job job() {
        return job;
    }

    public String messageText() {
        return message.getText();
    }
}
