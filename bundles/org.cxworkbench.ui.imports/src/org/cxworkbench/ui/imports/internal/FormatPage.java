package org.cxworkbench.ui.imports.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.JourneyLoadException;
import org.cxworkbench.imports.DateOrder;
import org.cxworkbench.imports.Dialect;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.services.imports.ImportOverrides;
import org.cxworkbench.services.imports.ImportPreview;
import org.cxworkbench.services.imports.PreviewRow;
import org.cxworkbench.services.imports.SurveyImportException;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;

/**
 * Step 2: how the file is written, as detected, with a choice to override each (dialect, encoding, separator,
 * decimal mark, date order); the first rows are read again at every change.
 */
public final class FormatPage extends WizardPage {

    private static final Charset[] ENCODINGS = {StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1,
            Charset.forName("windows-1252"), StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE};
    private static final char[] SEPARATORS = {',', ';', '\t', '|'};
    private static final char[] MARKS = {',', '.'};

    private final SurveyImportWizard wizard;
    private Combo dialectCombo;
    private Combo encodingCombo;
    private Combo separatorCombo;
    private Combo decimalCombo;
    private Combo dateCombo;
    private Label summary;
    private Table table;
    /** What detection alone finds in the current file: what "Automatic" means. */
    private ImportPreview detected;

    FormatPage(SurveyImportWizard wizard) {
        super("format");
        this.wizard = wizard;
        setTitle(Messages.Format_title);
        setDescription(Messages.Format_description);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        dialectCombo = combo(body, Messages.Format_dialect);
        encodingCombo = combo(body, Messages.Format_encoding);
        separatorCombo = combo(body, Messages.Format_separator);
        decimalCombo = combo(body, Messages.Format_decimal);
        dateCombo = combo(body, Messages.Format_dateOrder);
        summary = new Label(body, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        table = new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        tableData.heightHint = 200;
        table.setLayoutData(tableData);
        setControl(body);
    }

    private Combo combo(Composite body, String label) {
        new Label(body, SWT.NONE).setText(label);
        Combo combo = new Combo(body, SWT.READ_ONLY);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        combo.addListener(SWT.Selection, e -> reread());
        return combo;
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            load();
        }
    }

    /** The file and journey of step 1: loads the journey and reads the file's start, unless known already. */
    private void load() {
        Path file = wizard.getFilePage().chosenFile();
        IFile journeyFile = wizard.getFilePage().chosenJourney();
        if (wizard.preview() != null && file.equals(wizard.file()) && journeyFile.equals(wizard.journeyFile())) {
            return;
        }
        Journey journey;
        try {
            journey = JourneyFiles.load(journeyFile.getLocation().toPath()).journey();
        } catch (JourneyLoadException e) {
            fail(NLS.bind(Messages.Format_journeyFailed, journeyFile.getFullPath(), e.getMessage()), e);
            return;
        }
        wizard.setSource(file, journeyFile, journey);
        detected = null;
        BusyIndicator.showWhile(getShell().getDisplay(), () -> {
            try {
                detected = ImportPreview.read(file, journey, ImportOverrides.NONE, SurveyImportWizard.PREVIEW_ROWS);
            } catch (SurveyImportException e) {
                fail(NLS.bind(Messages.Format_readFailed, e.getMessage()), e);
            }
        });
        if (detected == null) {
            return;
        }
        fillCombos();
        wizard.setPreview(ImportOverrides.NONE, detected);
        show(detected);
    }

    private void fillCombos() {
        dialectCombo.removeAll();
        dialectCombo.add(NLS.bind(Messages.Format_detected, detected.dialect().id()));
        for (Dialect dialect : Dialect.values()) {
            dialectCombo.add(dialect.id());
        }
        encodingCombo.removeAll();
        encodingCombo.add(detected.workbook() ? Messages.Format_notText
                : NLS.bind(Messages.Format_detected, detected.encoding().name()));
        for (Charset charset : ENCODINGS) {
            encodingCombo.add(charset.name());
        }
        separatorCombo.removeAll();
        separatorCombo.add(detected.workbook() ? Messages.Format_notText
                : NLS.bind(Messages.Format_detected, separatorName(detected.separator())));
        for (char separator : SEPARATORS) {
            separatorCombo.add(separatorName(separator));
        }
        decimalCombo.removeAll();
        decimalCombo.add(NLS.bind(Messages.Format_detected, markName(detected.decimalMark())));
        for (char mark : MARKS) {
            decimalCombo.add(markName(mark));
        }
        dateCombo.removeAll();
        dateCombo.add(NLS.bind(Messages.Format_detected, dateName(detected.dateOrder())));
        dateCombo.add(dateName(DateOrder.DAY_FIRST));
        dateCombo.add(dateName(DateOrder.MONTH_FIRST));
        for (Combo combo : List.of(dialectCombo, encodingCombo, separatorCombo, decimalCombo, dateCombo)) {
            combo.select(0);
        }
        encodingCombo.setEnabled(!detected.workbook());
        separatorCombo.setEnabled(!detected.workbook());
        decimalCombo.setEnabled(!detected.workbook());
    }

    /** The overrides the combos say. */
    ImportOverrides chosen() {
        int d = dialectCombo.getSelectionIndex();
        int e = encodingCombo.getSelectionIndex();
        int s = separatorCombo.getSelectionIndex();
        int m = decimalCombo.getSelectionIndex();
        int o = dateCombo.getSelectionIndex();
        return new ImportOverrides(d > 0 ? Dialect.values()[d - 1] : null, e > 0 ? ENCODINGS[e - 1] : null,
                s > 0 ? SEPARATORS[s - 1] : null, m > 0 ? MARKS[m - 1] : null,
                o == 1 ? DateOrder.DAY_FIRST : o == 2 ? DateOrder.MONTH_FIRST : null);
    }

    /** An override changed: the file's start read again with it. */
    private void reread() {
        ImportOverrides overrides = chosen();
        ImportPreview[] read = new ImportPreview[1];
        BusyIndicator.showWhile(getShell().getDisplay(), () -> {
            try {
                read[0] = ImportPreview.read(wizard.file(), wizard.journey(), overrides,
                        SurveyImportWizard.PREVIEW_ROWS);
            } catch (SurveyImportException e) {
                fail(NLS.bind(Messages.Format_readFailed, e.getMessage()), e);
            }
        });
        if (read[0] != null) {
            wizard.setPreview(overrides, read[0]);
            show(read[0]);
        }
    }

    private void show(ImportPreview preview) {
        summary.setText(NLS.bind(Messages.Format_summary, new Object[] {String.valueOf(preview.headers().size()),
                preview.workbook() ? Messages.Format_workbook : preview.encoding().name(),
                preview.workbook() ? "-" : separatorName(preview.separator()), markName(preview.decimalMark()),
                dateName(preview.dateOrder()), preview.dialect().id()}));
        List<String> headers = new ArrayList<>();
        headers.add(Messages.Table_line);
        headers.addAll(preview.headers());
        List<List<String>> rows = new ArrayList<>();
        for (PreviewRow row : preview.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(Long.toString(row.line()));
            cells.addAll(row.cells());
            rows.add(cells);
        }
        PreviewTables.fill(table, headers, rows);
        summary.getParent().layout(true, true);
        setErrorMessage(null);
        setPageComplete(true);
    }

    private void fail(String message, Exception cause) {
        SurveyImportWizard.log(message, cause);
        setErrorMessage(message);
        setPageComplete(false);
    }

    static String separatorName(Character separator) {
        if (separator == null) {
            return "-";
        }
        return switch (separator) {
            case ',' -> Messages.Format_comma;
            case ';' -> Messages.Format_semicolon;
            case '\t' -> Messages.Format_tab;
            case '|' -> Messages.Format_bar;
            default -> "'" + separator + "'";
        };
    }

    static String markName(char mark) {
        return mark == ',' ? Messages.Format_decimalComma : Messages.Format_decimalPoint;
    }

    static String dateName(DateOrder order) {
        if (order == null) {
            return Messages.Format_dateUnknown;
        }
        return order == DateOrder.DAY_FIRST ? Messages.Format_dayFirst : Messages.Format_monthFirst;
    }

    public Combo dialectCombo() {
        return dialectCombo;
    }

    public Combo encodingCombo() {
        return encodingCombo;
    }

    public Combo separatorCombo() {
        return separatorCombo;
    }

    public Combo decimalCombo() {
        return decimalCombo;
    }

    public Combo dateCombo() {
        return dateCombo;
    }

    public Table table() {
        return table;
    }
}
