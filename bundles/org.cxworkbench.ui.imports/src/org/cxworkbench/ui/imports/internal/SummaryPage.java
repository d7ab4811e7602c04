package org.cxworkbench.ui.imports.internal;

import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.services.imports.SurveyImportResult;
import org.cxworkbench.store.Rejection;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

/** Step 6: what the import did: rows stored and rejected, the rejected rows, and where their file is. */
public final class SummaryPage extends WizardPage {

    private final SurveyImportWizard wizard;
    private Label counts;
    private Text rejectedFile;
    private Table table;

    SummaryPage(SurveyImportWizard wizard) {
        super("summary");
        this.wizard = wizard;
        setTitle(Messages.Summary_title);
        setDescription(Messages.Summary_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        counts = new Label(body, SWT.WRAP);
        counts.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        new Label(body, SWT.NONE).setText(Messages.Summary_rejectedFile);
        rejectedFile = new Text(body, SWT.READ_ONLY | SWT.BORDER);
        rejectedFile.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        table = new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        tableData.heightHint = 250;
        table.setLayoutData(tableData);
        setControl(body);
    }

    @Override
    public IWizardPage getPreviousPage() {
        return null;
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible && wizard.result() != null) {
            show(wizard.result());
        }
    }

    private void show(SurveyImportResult result) {
        String text = result.alreadyImported() ? NLS.bind(Messages.Summary_alreadyImported, result.fileName(),
                String.valueOf(result.batchId()))
                : NLS.bind(Messages.Summary_counts, new Object[] {result.fileName(), String.valueOf(result.rowsRead()),
                        String.valueOf(result.rowsStored()), String.valueOf(result.answersStored()),
                        String.valueOf(result.rowsRejected()), String.valueOf(result.rowsAlreadyStored()),
                        String.valueOf(result.batchId()),
                        String.format("%.1f", result.elapsed().toMillis() / 1000.0)});
        counts.setText(text);
        rejectedFile.setText(wizard.rejectedFile() != null ? wizard.rejectedFile().toString()
                : result.rowsRejected() > 0 ? Messages.Summary_inStoreOnly : Messages.Summary_noRejected);
        List<List<String>> rows = new ArrayList<>();
        for (Rejection rejection : result.rejections()) {
            rows.add(List.of(Long.toString(rejection.line()), rejection.column() == null ? "" : rejection.column(),
                    rejection.raw() == null ? "" : rejection.raw(), rejection.reason()));
        }
        PreviewTables.fill(table, List.of(Messages.Table_line, Messages.Summary_column, Messages.Summary_value,
                Messages.Validation_reason), rows);
        counts.getParent().layout(true, true);
        setMessage(result.rowsRejected() > 0 ? NLS.bind(Messages.Summary_someRejected,
                String.valueOf(result.rowsRejected())) : Messages.Summary_allStored,
                result.rowsRejected() > 0 ? WARNING : INFORMATION);
    }

    public Label counts() {
        return counts;
    }

    public Text rejectedFileText() {
        return rejectedFile;
    }

    public Table table() {
        return table;
    }
}
