package org.cxworkbench.ui.reports.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.JourneyLoadException;
import org.cxworkbench.model.journey.CustomerSegment;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.model.journey.Touchpoint;
import org.cxworkbench.reports.ReportFormat;
import org.cxworkbench.reports.journey.ReportParameters;
import org.cxworkbench.reports.journey.ReportParameters.Breakdown;
import org.cxworkbench.reports.journey.ReportParameters.PeriodUnit;
import org.cxworkbench.services.reports.ReportService;
import org.cxworkbench.ui.analysis.AnalysisContext;
import org.cxworkbench.ui.analysis.AnalysisPeriod;
import org.cxworkbench.ui.preferences.CxPreferences;
import org.cxworkbench.ui.reports.ReportRuns;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;

/**
 * Run Report: every choice {@code cxw report} offers (report, journey, period, segment, touchpoint, measure, trend
 * breakdown and period length, format, language, output file), checked as it is edited with the problem in the
 * message area, and OK only when the report can run. The period and segment start from {@link AnalysisContext}, the
 * language from the preferences.
 */
public final class RunReportDialog extends TitleAreaDialog {

    /** The context help id of the dialog (contexts.xml of org.cxworkbench.help). */
    public static final String HELP_ID = "org.cxworkbench.ui.reports.run_dialog";

    /** The report languages, as {@code cxw report --language} takes them. */
    static final List<String> LANGUAGES = List.of("en", "fi", "sv");

    private final IFile initialJourney;
    private final List<IFile> journeyFiles = new ArrayList<>();
    private Journey loaded;
    private IFile loadedFile;
    private String loadProblem;

    private Combo report;
    private Combo journey;
    private Text from;
    private Text to;
    private Combo segment;
    private Combo touchpoint;
    private Combo metric;
    private Combo outcome;
    private Combo by;
    private Combo period;
    private final Button[] formats = new Button[ReportFormat.values().length];
    private Combo language;
    private Text output;
    private ReportRuns.Request request;

    public RunReportDialog(Shell parent, IFile journey) {
        super(parent);
        this.initialJourney = journey;
        setHelpAvailable(true);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Dialog_shell);
        PlatformUI.getWorkbench().getHelpSystem().setHelp(shell, HELP_ID);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(Messages.Dialog_title);
        setMessage(Messages.Dialog_message);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        body.setLayout(new GridLayout(3, false));

        report = combo(body, Messages.Dialog_report, SWT.READ_ONLY);
        for (String name : ReportService.names()) {
            report.add(reportLabel(name));
        }
        report.select(0);

        journey = combo(body, Messages.Dialog_journey, SWT.READ_ONLY);
        collectJourneys();
        for (IFile file : journeyFiles) {
            journey.add(file.getFullPath().makeRelative().toString());
        }
        int initial = initialJourney == null ? 0 : Math.max(0, journeyFiles.indexOf(initialJourney));
        if (!journeyFiles.isEmpty()) {
            journey.select(initial);
        }

        from = text(body, Messages.Dialog_from, Messages.Dialog_dateHint);
        to = text(body, Messages.Dialog_to, Messages.Dialog_dateHint);
        AnalysisPeriod shown = AnalysisContext.get().period();
        if (shown != null) {
            from.setText(shown.from().toString());
            to.setText(shown.to().toString());
        }
        segment = combo(body, Messages.Dialog_segment, SWT.DROP_DOWN);
        touchpoint = combo(body, Messages.Dialog_touchpoint, SWT.DROP_DOWN);
        metric = combo(body, Messages.Dialog_metric, SWT.DROP_DOWN);
        outcome = combo(body, Messages.Dialog_outcome, SWT.DROP_DOWN);
        by = combo(body, Messages.Dialog_by, SWT.READ_ONLY);
        by.setItems(Messages.Dialog_bySegment, Messages.Dialog_byChannel);
        by.select(0);
        period = combo(body, Messages.Dialog_period, SWT.READ_ONLY);
        period.setItems(Messages.Dialog_periodMonth, Messages.Dialog_periodQuarter);
        period.select(CxPreferences.periodGranularity() == org.cxworkbench.store.Dimension.QUARTER ? 1 : 0);

        label(body, Messages.Dialog_format);
        Composite formatRow = new Composite(body, SWT.NONE);
        formatRow.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        formatRow.setLayout(new GridLayout(formats.length, false));
        for (ReportFormat format : ReportFormat.values()) {
            Button button = new Button(formatRow, SWT.RADIO);
            button.setText(format.name());
            button.setData(format);
            button.addListener(SWT.Selection, e -> validate());
            formats[format.ordinal()] = button;
        }
        formats[ReportFormat.HTML.ordinal()].setSelection(true);

        language = combo(body, Messages.Dialog_language, SWT.READ_ONLY);
        language.setItems(Messages.Dialog_languageEn, Messages.Dialog_languageFi, Messages.Dialog_languageSv);
        int languageIndex = LANGUAGES.indexOf(CxPreferences.reportLocale().getLanguage());
        language.select(Math.max(0, languageIndex));

        label(body, Messages.Dialog_output);
        output = new Text(body, SWT.BORDER | SWT.SINGLE);
        output.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        output.setMessage(Messages.Dialog_outputHint);
        Button browse = new Button(body, SWT.PUSH);
        browse.setText(Messages.Dialog_browse);
        browse.addListener(SWT.Selection, e -> browse());

        report.addListener(SWT.Selection, e -> validate());
        journey.addListener(SWT.Selection, e -> {
            journeyChanged();
            validate();
        });
        for (Control control : new Control[] {from, to, segment, touchpoint, metric, outcome, output}) {
            control.addListener(SWT.Modify, e -> validate());
        }
        journeyChanged();
        String shownSegment = AnalysisContext.get().segment();
        if (shownSegment != null) {
            segment.setText(shownSegment);
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Dialog_run, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    private void collectJourneys() {
        try {
            ResourcesPlugin.getWorkspace().getRoot().accept(resource -> {
                if (resource.getType() == IResource.FILE && "journey".equals(resource.getFileExtension())) {
                    journeyFiles.add((IFile) resource);
                }
                return resource.getType() != IResource.PROJECT || ((org.eclipse.core.resources.IProject) resource)
                        .isOpen();
            });
        } catch (CoreException e) {
            // the list stays as far as it got; the message area says so when it is empty
            loadProblem = e.getMessage();
        }
        if (initialJourney != null && !journeyFiles.contains(initialJourney)) {
            journeyFiles.add(0, initialJourney);
        }
    }

    /** Fills the segment, touchpoint and measure choices from the chosen journey. */
    private void journeyChanged() {
        IFile file = selectedJourney();
        loaded = null;
        loadedFile = file;
        loadProblem = null;
        String segmentText = segment.getText();
        String touchpointText = touchpoint.getText();
        String metricText = metric.getText();
        String outcomeText = outcome.getText();
        segment.removeAll();
        touchpoint.removeAll();
        metric.removeAll();
        outcome.removeAll();
        segment.add(Messages.Dialog_allSegments);
        if (file != null && file.getLocation() != null) {
            try {
                loaded = JourneyFiles.load(file.getLocation().toPath()).journey();
            } catch (JourneyLoadException e) {
                loadProblem = e.getMessage();
            }
        }
        if (loaded != null) {
            for (CustomerSegment s : loaded.getSegments()) {
                segment.add(s.getName());
            }
            for (Touchpoint t : loaded.getTouchpoints()) {
                touchpoint.add(t.getName());
            }
            Set<String> measures = new LinkedHashSet<>();
            for (MeasurementPoint point : loaded.getMeasurementPoints()) {
                measures.add(point.getMetricId());
            }
            for (MeasurementPoint point : loaded.getMeasurementPoints()) {
                measures.add(point.getName());
            }
            measures.forEach(metric::add);
            for (MeasurementPoint point : loaded.getMeasurementPoints()) {
                outcome.add(point.getName());
            }
        }
        segment.setText(segmentText.isEmpty() ? Messages.Dialog_allSegments : segmentText);
        touchpoint.setText(touchpointText);
        metric.setText(metricText);
        outcome.setText(outcomeText);
    }

    private IFile selectedJourney() {
        int index = journey.getSelectionIndex();
        return index < 0 || index >= journeyFiles.size() ? null : journeyFiles.get(index);
    }

    private String selectedReport() {
        return ReportService.names().get(Math.max(0, report.getSelectionIndex()));
    }

    private ReportFormat selectedFormat() {
        for (Button button : formats) {
            if (button.getSelection()) {
                return (ReportFormat) button.getData();
            }
        }
        return ReportFormat.HTML;
    }

    /** Checks every field; sets the message area and the Run button; builds the request when all is well. */
    void validate() {
        if (report == null || output == null) {
            return;
        }
        String name = selectedReport();
        touchpoint.setEnabled("touchpoint".equals(name));
        metric.setEnabled("trend".equals(name));
        outcome.setEnabled("drivers".equals(name));
        by.setEnabled("trend".equals(name));
        period.setEnabled("trend".equals(name));
        request = null;
        String problem = problem(name);
        setErrorMessage(problem);
        if (problem == null) {
            IFile file = selectedJourney();
            ReportParameters parameters = parameters(name);
            Path target = output.getText().isBlank() ? null : Path.of(output.getText().strip());
            request = new ReportRuns.Request(name, file, null, parameters,
                    Locale.of(LANGUAGES.get(Math.max(0, language.getSelectionIndex()))), selectedFormat(), target,
                    true);
            IFile defaultTarget = ReportRuns.defaultTarget(file, name, parameters, selectedFormat());
            setMessage(NLS.bind(Messages.Dialog_writesTo, target != null ? target.toString()
                    : defaultTarget.getFullPath().makeRelative().toString()), IMessageProvider.NONE);
        }
        Button run = getButton(IDialogConstants.OK_ID);
        if (run != null) {
            run.setEnabled(problem == null);
        }
    }

    private String problem(String name) {
        if (journeyFiles.isEmpty()) {
            return Messages.Dialog_noJourneys;
        }
        if (loaded == null) {
            return NLS.bind(Messages.Dialog_journeyUnreadable, loadedFile == null ? "" : loadedFile.getName(),
                    loadProblem == null ? "" : loadProblem);
        }
        LocalDate start;
        LocalDate end;
        try {
            start = date(from);
        } catch (DateTimeParseException e) {
            return NLS.bind(Messages.Dialog_badDate, Messages.Dialog_from.replace("&", ""), from.getText());
        }
        try {
            end = date(to);
        } catch (DateTimeParseException e) {
            return NLS.bind(Messages.Dialog_badDate, Messages.Dialog_to.replace("&", ""), to.getText());
        }
        if (start != null && end != null && start.isAfter(end)) {
            return NLS.bind(Messages.Dialog_badRange, start, end);
        }
        if ("touchpoint".equals(name)) {
            String wanted = touchpoint.getText().strip();
            if (wanted.isEmpty()) {
                return Messages.Dialog_needTouchpoint;
            }
            boolean known = loaded.getTouchpoints().stream()
                    .anyMatch(t -> wanted.equals(t.getName()) || wanted.equals(t.getId()));
            if (!known) {
                return NLS.bind(Messages.Dialog_unknownTouchpoint, wanted);
            }
        }
        if ("trend".equals(name) && metric.getText().isBlank()) {
            return Messages.Dialog_needMetric;
        }
        if ("drivers".equals(name)) {
            String wanted = outcome.getText().strip();
            if (wanted.isEmpty()) {
                return Messages.Dialog_needOutcome;
            }
            boolean known = loaded.getMeasurementPoints().stream()
                    .anyMatch(p -> wanted.equalsIgnoreCase(p.getName()) || wanted.equals(p.getId()));
            if (!known) {
                return NLS.bind(Messages.Dialog_unknownOutcome, wanted);
            }
        }
        String out = output.getText().strip();
        if (!out.isEmpty()) {
            Path target;
            try {
                target = Path.of(out);
            } catch (java.nio.file.InvalidPathException e) {
                return NLS.bind(Messages.Dialog_badOutput, out);
            }
            if (!target.isAbsolute()) {
                return NLS.bind(Messages.Dialog_outputNotAbsolute, out);
            }
            if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
                return NLS.bind(Messages.Dialog_noFolder, target.getParent());
            }
            if (Files.isDirectory(target)) {
                return NLS.bind(Messages.Dialog_outputIsFolder, out);
            }
        }
        return null;
    }

    private ReportParameters parameters(String name) {
        ReportParameters parameters = ReportParameters.defaults().withFrom(date(from)).withTo(date(to));
        String chosenSegment = segment.getText().strip();
        if (!chosenSegment.equals(Messages.Dialog_allSegments)) {
            parameters = parameters.withSegment(chosenSegment);
        }
        if ("touchpoint".equals(name)) {
            parameters = parameters.withTouchpoint(touchpoint.getText());
        }
        if ("drivers".equals(name)) {
            parameters = parameters.withOutcome(outcome.getText());
        }
        if ("trend".equals(name)) {
            parameters = parameters.withMetric(metric.getText())
                    .withBy(by.getSelectionIndex() == 1 ? Breakdown.CHANNEL : Breakdown.SEGMENT)
                    .withPeriod(period.getSelectionIndex() == 1 ? PeriodUnit.QUARTER : PeriodUnit.MONTH);
        }
        return parameters;
    }

    private static LocalDate date(Text text) {
        String value = text.getText().strip();
        return value.isEmpty() ? null : LocalDate.parse(value);
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        ReportFormat format = selectedFormat();
        dialog.setFilterExtensions(new String[] {"*." + format.fileExtension(), "*"});
        IFile file = selectedJourney();
        if (file != null) {
            IFile target = ReportRuns.defaultTarget(file, selectedReport(), ReportParameters.defaults(), format);
            IPath location = target.getLocation();
            if (location != null) {
                dialog.setFilterPath(location.removeLastSegments(1).toOSString());
                dialog.setFileName(location.lastSegment());
            }
        }
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            output.setText(chosen);
        }
    }

    @Override
    protected void okPressed() {
        validate();
        if (request != null) {
            super.okPressed();
        }
    }

    /** The report to run, once the dialog was closed with Run. */
    public ReportRuns.Request request() {
        return request;
    }

    /** A report's name in the user's language. */
    static String reportLabel(String name) {
        return switch (name) {
            case "scorecard" -> Messages.Report_scorecard;
            case "touchpoint" -> Messages.Report_touchpoint;
            case "trend" -> Messages.Report_trend;
            case "segments" -> Messages.Report_segments;
            case "drivers" -> Messages.Report_drivers;
            case "comments" -> Messages.Report_comments;
            default -> name;
        };
    }

    private static Label label(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        return label;
    }

    private static Combo combo(Composite parent, String text, int style) {
        label(parent, text);
        Combo combo = new Combo(parent, style | SWT.BORDER);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        combo.setVisibleItemCount(12);
        return combo;
    }

    private static Text text(Composite parent, String text, String hint) {
        label(parent, text);
        Text field = new Text(parent, SWT.BORDER | SWT.SINGLE);
        field.setMessage(hint);
        field.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        return field;
    }

    // for tests: the dialog's widgets, to drive them with real events

    Button runButton() {
        return getButton(IDialogConstants.OK_ID);
    }

    Combo reportCombo() {
        return report;
    }

    Combo journeyCombo() {
        return journey;
    }

    Text fromText() {
        return from;
    }

    Text toText() {
        return to;
    }

    Combo segmentCombo() {
        return segment;
    }

    Combo touchpointCombo() {
        return touchpoint;
    }

    Combo outcomeCombo() {
        return outcome;
    }

    Button formatButton(ReportFormat format) {
        return formats[format.ordinal()];
    }

    Combo languageCombo() {
        return language;
    }

    Text outputText() {
        return output;
    }
}
