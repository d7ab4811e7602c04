package org.cxworkbench.ui.results.internal.views;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.JourneyLoadException;
import org.cxworkbench.metrics.MetricDescriptor;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.metrics.Score;
import org.cxworkbench.metrics.ScoringOptions;
import org.cxworkbench.metrics.Unit;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.NamedElement;
import org.cxworkbench.services.scoring.ScoreBoard;
import org.cxworkbench.services.scoring.ScoreRow;
import org.cxworkbench.services.scoring.ScoreWindow;
import org.cxworkbench.services.store.ResultsStore;
import org.cxworkbench.services.store.StoreException;
import org.cxworkbench.ui.analysis.AnalysisContext;
import org.cxworkbench.ui.analysis.AnalysisPeriod;
import org.cxworkbench.ui.preferences.CxPreferences;
import org.cxworkbench.ui.results.PeriodSegmentBar;
import org.cxworkbench.ui.results.internal.Messages;
import org.cxworkbench.ui.results.JourneySelection;
import org.cxworkbench.ui.results.Stores;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;

/**
 * The Scores view: the figures of the journey element selected in a journey editor (or of the journey of a selected
 * {@code .journey} file) for the period and segment of {@link AnalysisContext}, one row per metric: score, n,
 * interval, previous period, change with its direction and significance, target and whether it is met, low n greyed
 * and marked. The figures come from {@link ScoreBoard}, the scoring of {@code cxw score --journey}, computed in a job
 * (the previous one cancelled when the selection, the period or the settings change) with the store and scoring
 * options of {@link CxPreferences}.
 */
public class ScoresView extends ViewPart {

    public static final String ID = "org.cxworkbench.ui.results.views.scores";
    public static final String HELP_ID = "org.cxworkbench.ui.results.scores_view";

    /** The CSV columns; named as {@code cxw score --format csv} names them where it has them. */
    static final List<String> CSV_COLUMNS = List.of("group", "group_id", "metric", "metric_name", "n", "value",
            "ci_low", "ci_high", "previous_n", "previous", "change", "significant", "better", "target",
            "target_met", "low_n");

    private Composite top;
    private PeriodSegmentBar bar;
    private Label message;
    private Table table;
    private Color grey;
    private JourneySelection selection;
    private List<ScoreRow> rows = List.of();
    private String header = ""; //$NON-NLS-1$
    private Job job;
    private final MetricRegistry metrics = MetricRegistry.getDefault();

    @Override
    public void createPartControl(Composite parent) {
        top = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        top.setLayout(layout);
        bar = new PeriodSegmentBar(top, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        message = new Label(top, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        table = new Table(top, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        int[] widths = { 170, 80, 70, 130, 80, 90, 120, 120 };
        String[] names = columnNames();
        for (int i = 0; i < names.length; i++) {
            TableColumn column = new TableColumn(table, i == 0 ? SWT.LEFT : SWT.RIGHT);
            column.setText(names[i]);
            column.setWidth(widths[i]);
        }
        grey = table.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
        table.addListener(SWT.KeyDown, e -> {
            if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'c' || e.keyCode == 'C')) {
                copy();
            }
        });
        createActions();
        PlatformUI.getWorkbench().getHelpSystem().setHelp(top, HELP_ID);
        PlatformUI.getWorkbench().getHelpSystem().setHelp(table, HELP_ID);

        showMessage(Messages.Scores_nothingSelected);
        selection = JourneySelection.track(this, table, s -> refresh()).refreshOnAnalysisContext(this::refresh)
                .refreshOnPreferences(this::refresh);
        selection.selectFromActivePart();
    }

    private void createActions() {
        IAction copy = new Action(Messages.Scores_copy) {
            @Override
            public void run() {
                copy();
            }
        };
        copy.setActionDefinitionId("org.eclipse.ui.edit.copy"); //$NON-NLS-1$
        IAction export = new Action(Messages.Scores_export) {
            @Override
            public void run() {
                export();
            }
        };
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
        getViewSite().getActionBars().getMenuManager().add(export);
        MenuManager menu = new MenuManager();
        menu.add(copy);
        menu.add(export);
        table.setMenu(menu.createContextMenu(table));
    }

    static String[] columnNames() {
        return new String[] { Messages.Scores_metric, Messages.Scores_score, Messages.Scores_n,
                Messages.Scores_interval, Messages.Scores_previous, Messages.Scores_change,
                Messages.Scores_significance, Messages.Scores_target };
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

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

    /** Scores the selected element again in a new job, cancelling the one running. */
    public void refresh() {
        if (job != null) {
            job.cancel();
        }
        if (selection == null || selection.isEmpty()) {
            return;
        }
        IFile journeyFile = selection.journeyFile();
        AnalysisPeriod period = AnalysisContext.get().period();
        if (period == null) {
            // the bar sets the period of the latest answers, and that change refreshes the view
            return;
        }
        AnalysisPeriod before = period.previous();
        ScoreWindow window = new ScoreWindow(period.from(), period.to(), before.from(), before.to(),
                AnalysisContext.get().segment(), CxPreferences.scoringOptions());
        EObject chosen = selection.element();
        // the journey is read on the UI thread, where the editor changes it; the job only reads the store
        ScoreBoard board = chosen == null ? null : new ScoreBoard((Journey) EcoreUtil.getRootContainer(chosen),
                metrics);
        Path file = journeyFile == null || journeyFile.getLocation() == null ? null
                : journeyFile.getLocation().toFile().toPath();
        String name = chosen instanceof NamedElement named ? named.getName()
                : journeyFile == null ? "" : journeyFile.getName(); //$NON-NLS-1$
        String heading = NLS.bind(Messages.Scores_header, new Object[] { name, PeriodSegmentBar.label(period),
                PeriodSegmentBar.label(before) });
        showMessage(NLS.bind(Messages.Scores_computing, name));
        Job scoring = new Job(Messages.Scores_job) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Result result = compute(board, chosen, file, name, window, monitor);
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                if (!table.isDisposed()) {
                    table.getDisplay().asyncExec(() -> {
                        if (job == this && !table.isDisposed()) {
                            show(result, heading);
                        }
                    });
                }
                return Status.OK_STATUS;
            }
        };
        scoring.setRule(Stores.RULE);
        job = scoring;
        scoring.schedule();
    }

    /** What a job found: rows, or a message saying why there are none. */
    private record Result(List<ScoreRow> rows, String message) {
    }

    private static Result compute(ScoreBoard given, EObject chosen, Path file, String name, ScoreWindow window,
            IProgressMonitor monitor) {
        ScoreBoard board = given;
        EObject target = chosen;
        if (board == null) {
            try {
                Journey journey = JourneyFiles.load(file).journey();
                board = new ScoreBoard(journey, MetricRegistry.getDefault());
                target = journey;
            } catch (JourneyLoadException | RuntimeException e) {
                return new Result(List.of(), NLS.bind(Messages.Scores_journeyUnreadable, file, e.getMessage()));
            }
        }
        ResultsStore store;
        try {
            store = Stores.openForReading();
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.NOT_FOUND) {
                return new Result(List.of(), NLS.bind(Messages.Scores_noStore, CxPreferences.storeLocation()));
            }
            return new Result(List.of(), NLS.bind(Messages.Scores_failed, name, e.getMessage()));
        }
        try (store) {
            if (!store.hasResults() || store.batches().isEmpty()) {
                return new Result(List.of(), NLS.bind(Messages.Scores_emptyStore, store.location()));
            }
            List<ScoreRow> rows = board.rows(store, target, window, monitor);
            if (rows.isEmpty()) {
                return new Result(rows, NLS.bind(Messages.Scores_noPoints, name));
            }
            if (rows.stream().noneMatch(ScoreRow::hasScore)) {
                return new Result(rows, NLS.bind(Messages.Scores_noAnswers, name));
            }
            return new Result(rows, null);
        } catch (OperationCanceledException e) {
            return new Result(List.of(), null);
        } catch (SQLException | RuntimeException e) {
            return new Result(List.of(), NLS.bind(Messages.Scores_failed, name, e.getMessage()));
        }
    }

    private void show(Result result, String heading) {
        rows = result.rows();
        header = heading;
        table.removeAll();
        for (ScoreRow row : rows) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(cells(row));
            if (row.lowN() || !row.hasScore()) {
                item.setForeground(grey);
            }
        }
        showMessage(result.message() == null ? heading : result.message());
    }

    private void showMessage(String text) {
        message.setText(text);
        message.setToolTipText(text);
        top.layout(true, true);
    }

    /** What a row shows, column by column. */
    String[] cells(ScoreRow row) {
        Score score = row.score();
        String none = Messages.Scores_none;
        String n = Long.toString(score.n()) + (row.lowN() ? " \u26a0 " + Messages.Scores_lowN : ""); //$NON-NLS-1$
        String interval = score.hasInterval() ? format(row, score.low()) + " \u2013 " + format(row, score.high()) //$NON-NLS-1$
                : none;
        String change = none;
        if (row.change() != null) {
            double value = row.change();
            String arrow = round(row, value) > 0 ? "\u25b2 +" : round(row, value) < 0 ? "\u25bc " : "= "; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            change = arrow + format(row, value);
        }
        String significance = row.change() == null ? none
                : row.significant() ? Messages.Scores_significant : Messages.Scores_notSignificant;
        String target = row.target() == null ? none : format(row, row.target()) + (row.targetMet() == null ? ""
                : row.targetMet() ? " \u2714 " + Messages.Scores_met : " \u2718 " + Messages.Scores_notMet); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return new String[] { row.metricName(), row.hasScore() ? format(row, score.value()) : none, n, interval,
                row.previous() == null ? none : format(row, row.previous().value()), change, significance, target };
    }

    /** Decimals shown: two for means on an answer scale, one for percentages and net scores. */
    private int decimals(ScoreRow row) {
        Optional<MetricDescriptor> descriptor = metrics.find(row.metricId());
        return descriptor.isPresent() && descriptor.get().unit() == Unit.MEAN ? 2 : 1;
    }

    private double round(ScoreRow row, double value) {
        return BigDecimal.valueOf(value).setScale(decimals(row), RoundingMode.HALF_EVEN).doubleValue();
    }

    private String format(ScoreRow row, double value) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.getDefault());
        format.setMinimumFractionDigits(decimals(row));
        format.setMaximumFractionDigits(decimals(row));
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        format.setGroupingUsed(false);
        return format.format(value);
    }

    /** The rows as the table shows them, tab-separated, with the column names first. */
    public String copyText() {
        StringBuilder text = new StringBuilder(String.join("\t", columnNames())).append(System.lineSeparator()); //$NON-NLS-1$
        for (ScoreRow row : rows) {
            text.append(String.join("\t", cells(row))).append(System.lineSeparator()); //$NON-NLS-1$
        }
        return text.toString();
    }

    /** Ctrl+C: the rows as tab-separated text with a header, on the clipboard. */
    public void copy() {
        Clipboard clipboard = new Clipboard(table.getDisplay());
        try {
            clipboard.setContents(new Object[] { copyText() }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }

    /** The rows as CSV: figures in full precision as {@code cxw score --format csv} writes them, blank for none. */
    public String csv() {
        StringBuilder text = new StringBuilder(String.join(",", CSV_COLUMNS)).append('\n'); //$NON-NLS-1$
        for (ScoreRow row : rows) {
            Score score = row.score();
            Score previous = row.previous();
            List<String> cells = new ArrayList<>(List.of(csvText(row.elementName()), row.elementId(),
                    row.metricId(), csvText(row.metricName()), Long.toString(score.n()), number(score.value()),
                    number(score.low()), number(score.high()), previous == null ? "" : Long.toString(previous.n()), //$NON-NLS-1$
                    previous == null ? "" : number(previous.value()), row.change() == null ? "" //$NON-NLS-1$ //$NON-NLS-2$
                            : number(row.change()),
                    Boolean.toString(row.significant()), row.better().key(),
                    row.target() == null ? "" : number(row.target()), //$NON-NLS-1$
                    row.targetMet() == null ? "" : row.targetMet().toString(), Boolean.toString(row.lowN()))); //$NON-NLS-1$
            text.append(String.join(",", cells)).append('\n'); //$NON-NLS-1$
        }
        return text.toString();
    }

    private static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return ""; //$NON-NLS-1$
        }
        String plain = BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString();
        return plain.equals("-0") ? "0" : plain; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String csvText(String text) {
        if (text == null) {
            return ""; //$NON-NLS-1$
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return '"' + text.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
        }
        return text;
    }

    private void export() {
        FileDialog dialog = new FileDialog(table.getShell(), SWT.SAVE);
        dialog.setText(Messages.Scores_exportTitle);
        dialog.setFilterExtensions(new String[] { "*.csv" }); //$NON-NLS-1$
        dialog.setFileName("scores.csv"); //$NON-NLS-1$
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            exportTo(Path.of(chosen));
        }
    }

    /** Writes {@link #csv()} to {@code file}; a failure is told in one line. */
    public boolean exportTo(Path file) {
        try {
            Files.writeString(file, csv(), StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            MessageDialog.openError(table.getShell(), Messages.Scores_exportTitle, NLS.bind(
                    Messages.Scores_exportFailed, file, e.getMessage()));
            return false;
        }
    }

    /** The scoring job running or last run, for callers (tests) that wait for it. */
    public Job job() {
        return job;
    }

    public PeriodSegmentBar bar() {
        return bar;
    }

    public Table table() {
        return table;
    }

    public String messageText() {
        return message.getText();
    }

    List<ScoreRow> rows() {
        return rows;
    }

    /** The header line shown above the rows. */
    public String header() {
        return header;
    }

    static ScoringOptions options() {
        return CxPreferences.scoringOptions();
    }
}
