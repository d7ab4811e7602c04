package org.cxworkbench.ui.imports.internal;

import java.nio.file.Path;

import org.cxworkbench.services.imports.RejectedRowsFile;
import org.cxworkbench.services.imports.SurveyImportRequest;
import org.cxworkbench.services.imports.SurveyImportResult;
import org.cxworkbench.services.imports.SurveyImports;
import org.cxworkbench.services.store.ResultsStore;
import org.cxworkbench.services.store.StoreAccess;
import org.cxworkbench.services.store.StoreLocation;
import org.cxworkbench.ui.preferences.CxPreferences;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

/**
 * Step 5: the import itself, as a background {@link Job} into the store the preferences name
 * ({@link CxPreferences}), with its progress on this page and a Cancel button. The service imports the whole file in
 * one transaction, so a cancelled (or failed) import leaves the store as it was.
 */
public final class ImportPage extends WizardPage {

    /** The job family of imports, for whoever waits for them. */
    public static final Object FAMILY = ImportPage.class;
    private static final int BAR = 1000;

    private final SurveyImportWizard wizard;
    private Label store;
    private Label status;
    private ProgressBar bar;
    private Button cancel;
    private Button again;
    private volatile Job job;
    /** The job's progress, polled by the display's timer: done / total in the job's units, and the current task. */
    private volatile double worked;
    private volatile double total = 1;
    private volatile String task = "";

    ImportPage(SurveyImportWizard wizard) {
        super("import");
        this.wizard = wizard;
        setTitle(Messages.Import_title);
        setDescription(Messages.Import_description);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        store = new Label(body, SWT.WRAP);
        store.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        bar = new ProgressBar(body, SWT.HORIZONTAL | SWT.SMOOTH);
        bar.setMaximum(BAR);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        cancel = new Button(body, SWT.PUSH);
        cancel.setText(Messages.Import_cancel);
        cancel.setEnabled(false);
        cancel.addListener(SWT.Selection, e -> cancelImport());
        status = new Label(body, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        again = new Button(body, SWT.PUSH);
        again.setText(Messages.Import_again);
        again.setEnabled(false);
        again.addListener(SWT.Selection, e -> start());
        setControl(body);
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible && job == null && wizard.result() == null) {
            start();
        }
    }

    @Override
    public IWizardPage getPreviousPage() {
        // while importing, and once imported, there is no going back to change what was imported
        return job != null || wizard.result() != null ? null : super.getPreviousPage();
    }

    /** Starts the import job. */
    public void start() {
        if (job != null) {
            return;
        }
        StoreLocation location = CxPreferences.storeLocation();
        String user = CxPreferences.storeUser();
        String password;
        try {
            password = location.isNetwork() ? CxPreferences.storePassword() : null;
        } catch (StorageException e) {
            String message = NLS.bind(Messages.Import_noPassword, e.getMessage());
            SurveyImportWizard.log(message, e);
            setErrorMessage(message);
            again.setEnabled(true);
            return;
        }
        SurveyImportRequest request = wizard.request().build();
        store.setText(NLS.bind(Messages.Import_store, location, request.file().getFileName()));
        setErrorMessage(null);
        setMessage(null);
        worked = 0;
        total = 1;
        task = "";
        bar.setSelection(0);
        status.setText(Messages.Import_starting);
        cancel.setEnabled(true);
        again.setEnabled(false);
        Display display = getShell().getDisplay();
        Job importJob = new Job(NLS.bind(Messages.Import_job, request.file().getFileName())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                return runImport(request, location, user, password, new Watched(monitor));
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        importJob.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                display.asyncExec(() -> finished(event.getResult()));
            }
        });
        job = importJob;
        importJob.setUser(false);
        importJob.schedule();
        poll(display);
        getContainer().updateButtons();
    }

    private IStatus runImport(SurveyImportRequest request, StoreLocation location, String user, String password,
            IProgressMonitor monitor) {
        try (ResultsStore opened = ResultsStore.open(location, user, password, StoreAccess.WRITE)) {
            SurveyImportResult result = new SurveyImports().run(request, opened, monitor);
            Path rejected = null;
            if (result.rowsRejected() > 0 && !result.alreadyImported()) {
                rejected = RejectedRowsFile.besides(request.file());
                try {
                    RejectedRowsFile.write(opened, result.batchId(), rejected);
                } catch (java.io.IOException e) {
                    // the rows are in the store either way; only the file for fixing the export is missing
                    SurveyImportWizard.log(NLS.bind(Messages.Import_rejectedFileFailed, rejected, e.getMessage()), e);
                    rejected = null;
                }
            }
            wizard.setResult(result, rejected);
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (Exception e) {
            String message = NLS.bind(Messages.Import_failed, SurveyImportWizard.describe(e));
            return Status.error(message, e);
        }
    }

    private void poll(Display display) {
        display.timerExec(100, () -> {
            if (bar.isDisposed()) {
                return;
            }
            bar.setSelection((int) Math.min(BAR, BAR * worked / Math.max(1, total)));
            if (!task.isEmpty() && job != null) {
                status.setText(task);
            }
            if (job != null) {
                poll(display);
            }
        });
    }

    private void finished(IStatus result) {
        job = null;
        if (bar.isDisposed()) {
            return;
        }
        cancel.setEnabled(false);
        if (result.isOK() && wizard.result() != null) {
            bar.setSelection(BAR);
            bar.redraw();
            SurveyImportResult done = wizard.result();
            status.setText(done.alreadyImported() ? Messages.Import_alreadyImported
                    : NLS.bind(Messages.Import_done, String.valueOf(done.rowsStored()),
                            String.valueOf(done.rowsRejected())));
            setMessage(Messages.Import_next, INFORMATION);
            setPageComplete(true);
        } else if (result.getSeverity() == IStatus.CANCEL) {
            bar.setSelection(0);
            status.setText(Messages.Import_cancelled);
            setMessage(Messages.Import_cancelled, WARNING);
            again.setEnabled(true);
        } else {
            SurveyImportWizard.log(result.getMessage(), result.getException());
            status.setText(result.getMessage());
            setErrorMessage(result.getMessage());
            again.setEnabled(true);
        }
        status.getParent().layout(true, true);
        getContainer().updateButtons();
    }

    /** Asks the import under way to stop; it rolls back. */
    public void cancelImport() {
        Job running = job;
        if (running != null) {
            running.cancel();
            status.setText(Messages.Import_cancelling);
            cancel.setEnabled(false);
        }
    }

    public Job job() {
        return job;
    }

    public ProgressBar bar() {
        return bar;
    }

    public Button cancelButton() {
        return cancel;
    }

    public Label status() {
        return status;
    }

    /** The job's monitor, whose progress this page shows. */
    private final class Watched extends ProgressMonitorWrapper {

        Watched(IProgressMonitor monitor) {
            super(monitor);
        }

        @Override
        public void beginTask(String name, int totalWork) {
            super.beginTask(name, totalWork);
            if (totalWork > 0) {
                total = totalWork;
            }
            task = name == null ? "" : name;
        }

        @Override
        public void internalWorked(double work) {
            super.internalWorked(work);
            worked += work;
        }

        @Override
        public void worked(int work) {
            internalWorked(work);
        }

        @Override
        public void subTask(String name) {
            super.subTask(name);
            if (name != null && !name.isEmpty()) {
                task = name;
            }
        }
    }
}
