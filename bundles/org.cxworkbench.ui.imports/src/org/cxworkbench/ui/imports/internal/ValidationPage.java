package org.cxworkbench.ui.imports.internal;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.services.imports.BadRow;
import org.cxworkbench.services.imports.ImportValidation;
import org.cxworkbench.services.imports.ValidationReport;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;

/**
 * Step 4: the whole file read and checked as the import will, storing nothing ({@link ImportValidation}), in the
 * wizard's progress part with Cancel; the rows that would be rejected are listed with their lines and reasons.
 */
public final class ValidationPage extends WizardPage {

    private final SurveyImportWizard wizard;
    private Label counts;
    private Table table;
    private Button again;
    private boolean running;

    ValidationPage(SurveyImportWizard wizard) {
        super("validation");
        this.wizard = wizard;
        setTitle(Messages.Validation_title);
        setDescription(Messages.Validation_description);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        counts = new Label(body, SWT.WRAP);
        counts.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        again = new Button(body, SWT.PUSH);
        again.setText(Messages.Validation_again);
        again.addListener(SWT.Selection, e -> validate());
        table = new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        tableData.heightHint = 250;
        table.setLayoutData(tableData);
        setControl(body);
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            if (wizard.report() != null) {
                show(wizard.report());
            } else {
                // after the page is shown, so that the progress part runs in a settled dialog
                getShell().getDisplay().asyncExec(() -> {
                    if (!getControl().isDisposed() && isCurrentPage() && wizard.report() == null) {
                        validate();
                    }
                });
            }
        }
    }

    /** Runs the dry run in the wizard's progress part, cancellable. */
    public void validate() {
        if (running) {
            return;
        }
        running = true;
        setPageComplete(false);
        setErrorMessage(null);
        counts.setText(Messages.Validation_running);
        table.removeAll();
        var request = wizard.request().build();
        ValidationReport[] report = new ValidationReport[1];
        try {
            getContainer().run(true, true, monitor -> {
                monitor.beginTask(NLS.bind(Messages.Validation_task, request.file().getFileName()), 100);
                try {
                    report[0] = ImportValidation.dryRun(request, monitor);
                } catch (OperationCanceledException e) {
                    throw new InterruptedException();
                } catch (Exception e) {
                    throw new InvocationTargetException(e);
                } finally {
                    monitor.done();
                }
            });
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String message = NLS.bind(Messages.Validation_failed, SurveyImportWizard.describe(cause));
            SurveyImportWizard.log(message, cause);
            counts.setText(message);
            setErrorMessage(message);
        } catch (InterruptedException e) {
            counts.setText(Messages.Validation_cancelled);
            setMessage(Messages.Validation_cancelled, WARNING);
        } finally {
            running = false;
        }
        if (report[0] != null) {
            wizard.setReport(report[0]);
            show(report[0]);
        }
        counts.getParent().layout(true, true);
    }

    private void show(ValidationReport report) {
        String text = NLS.bind(Messages.Validation_counts, new Object[] {String.valueOf(report.rowsRead()),
                String.valueOf(report.rowsValid()), String.valueOf(report.answers()),
                String.valueOf(report.rowsRejected())});
        if (report.truncated()) {
            text += " " + NLS.bind(Messages.Validation_truncated, String.valueOf(report.badRows().size()));
        }
        counts.setText(text);
        List<List<String>> rows = new ArrayList<>();
        for (BadRow row : report.badRows()) {
            rows.add(List.of(Long.toString(row.line()), row.reasons(), String.join(" | ", row.cells())));
        }
        PreviewTables.fill(table, List.of(Messages.Table_line, Messages.Validation_reason, Messages.Validation_row),
                rows);
        counts.getParent().layout(true, true);
        if (report.rowsRead() == 0) {
            setErrorMessage(Messages.Validation_empty);
            setPageComplete(false);
        } else if (report.rowsValid() == 0) {
            setErrorMessage(Messages.Validation_allRejected);
            setPageComplete(false);
        } else {
            setErrorMessage(null);
            setMessage(report.rowsRejected() == 0 ? Messages.Validation_allGood
                    : NLS.bind(Messages.Validation_someBad, String.valueOf(report.rowsRejected())),
                    report.rowsRejected() == 0 ? INFORMATION : WARNING);
            setPageComplete(true);
        }
    }

    public Table table() {
        return table;
    }

    public Label counts() {
        return counts;
    }
}
