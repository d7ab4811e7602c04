package org.cxworkbench.ui.results;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cxworkbench.services.scoring.ScoreBoard;
import org.cxworkbench.services.store.ResultsStore;
import org.cxworkbench.services.store.StoreException;
import org.cxworkbench.store.Dimension;
import org.cxworkbench.ui.analysis.AnalysisContext;
import org.cxworkbench.ui.analysis.AnalysisPeriod;
import org.cxworkbench.ui.preferences.CxPreferences;
import org.cxworkbench.ui.results.internal.Messages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;

/**
 * The period and segment picker of the results views: period kind (month, quarter, custom range with two
 * {@link DateTime}s), ◀ ▶ to step periods, and the segment (all respondents, or one of the store's segments, read in
 * a job). Bound both ways to {@link AnalysisContext#get()}: the user's choices set it, and changes made elsewhere (the
 * map overlay's own bar) show here. When the context has no period yet, the bar sets the period of
 * {@link CxPreferences#periodGranularity()} holding the store's latest answer ({@link ScoreBoard#latestAnswerDay}),
 * else today's.
 */
public class PeriodSegmentBar extends Composite {

    private static final int MONTH = 0;
    private static final int QUARTER = 1;
    private static final int CUSTOM = 2;

    private final AnalysisContext context = AnalysisContext.get();
    private final AnalysisContext.Listener listener = c -> {
        if (!isDisposed()) {
            getDisplay().asyncExec(this::showContext);
        }
    };
    private final Combo kind;
    private final Button previous;
    private final Label period;
    private final Button next;
    private final Label fromLabel;
    private final DateTime from;
    private final Label toLabel;
    private final DateTime to;
    private final Combo segment;
    /** the stored segments shown after "all respondents" */
    private final List<String> segments = new ArrayList<>();
    private Job loading;
    /** set while the widgets are made to show the context: their events are not the user's */
    private boolean showing;

    public PeriodSegmentBar(Composite parent, int style) {
        super(parent, style);
        GridLayout layout = new GridLayout(10, false);
        layout.marginHeight = 2;
        setLayout(layout);
        new Label(this, SWT.NONE).setText(Messages.Bar_period);
        kind = new Combo(this, SWT.READ_ONLY | SWT.DROP_DOWN);
        kind.setItems(Messages.Bar_month, Messages.Bar_quarter, Messages.Bar_custom);
        previous = new Button(this, SWT.PUSH);
        previous.setText("\u25c0"); //$NON-NLS-1$
        previous.setToolTipText(Messages.Bar_previous);
        period = new Label(this, SWT.CENTER);
        GridData periodData = new GridData(SWT.FILL, SWT.CENTER, false, false);
        periodData.widthHint = 190;
        period.setLayoutData(periodData);
        next = new Button(this, SWT.PUSH);
        next.setText("\u25b6"); //$NON-NLS-1$
        next.setToolTipText(Messages.Bar_next);
        fromLabel = new Label(this, SWT.NONE);
        fromLabel.setText(Messages.Bar_from);
        from = new DateTime(this, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
        toLabel = new Label(this, SWT.NONE);
        toLabel.setText(Messages.Bar_to);
        to = new DateTime(this, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
        Composite segmentBox = new Composite(this, SWT.NONE);
        GridLayout segmentLayout = new GridLayout(2, false);
        segmentLayout.marginWidth = 0;
        segmentLayout.marginHeight = 0;
        segmentBox.setLayout(segmentLayout);
        segmentBox.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
        new Label(segmentBox, SWT.NONE).setText(Messages.Bar_segment);
        segment = new Combo(segmentBox, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridData segmentData = new GridData(SWT.FILL, SWT.CENTER, false, false);
        segmentData.widthHint = 160;
        segment.setLayoutData(segmentData);
        segment.setItems(Messages.Bar_allSegments);
        segment.select(0);

        kind.addListener(SWT.Selection, e -> {
            if (!showing) {
                kindChosen();
            }
        });
        previous.addListener(SWT.Selection, e -> step(false));
        next.addListener(SWT.Selection, e -> step(true));
        // GTK reports a DateTime's setDate as a selection: only the user's changes make a custom range
        from.addListener(SWT.Selection, e -> {
            if (!showing) {
                rangeChosen();
            }
        });
        to.addListener(SWT.Selection, e -> {
            if (!showing) {
                rangeChosen();
            }
        });
        segment.addListener(SWT.Selection, e -> {
            if (!showing) {
                context.setSegment(segment.getSelectionIndex() <= 0 ? null
                        : segments.get(segment.getSelectionIndex() - 1));
            }
        });
        context.addListener(listener);
        // another store has other segments and another latest answer: read them again
        IPreferenceChangeListener storeChanged = e -> {
            if (e.getKey().startsWith("store.") && !isDisposed()) {
                getDisplay().asyncExec(() -> {
                    if (!isDisposed()) {
                        reload();
                    }
                });
            }
        };
        CxPreferences.addListener(storeChanged);
        addListener(SWT.Dispose, e -> {
            CxPreferences.removeListener(storeChanged);
            context.removeListener(listener);
            if (loading != null) {
                loading.cancel();
            }
        });
        showContext();
        reload();
    }

    /**
     * Reads the store's segments again, and when the context has no period yet, sets the one holding the latest
     * answer. Runs in a job; the bar changes on the UI thread when it is done.
     */
    public void reload() {
        if (loading != null) {
            loading.cancel();
        }
        Job job = Job.create(Messages.Bar_loading, (IProgressMonitor monitor) -> {
            List<String> stored = List.of();
            Optional<LocalDate> latest = Optional.empty();
            try (ResultsStore store = Stores.openForReading()) {
                stored = ScoreBoard.segments(store);
                latest = ScoreBoard.latestAnswerDay(store);
            } catch (StoreException e) {
                // no store yet is the normal first state: the bar offers all respondents and today. Any other
                // failure goes to the Error Log too; the view beside the bar says what is wrong with the store.
                if (e.reason() != StoreException.Reason.NOT_FOUND) {
                    Platform.getLog(PeriodSegmentBar.class).warn(e.getMessage(), e);
                }
            } catch (SQLException e) {
                Platform.getLog(PeriodSegmentBar.class).warn(e.getMessage(), e);
            }
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            List<String> found = stored;
            LocalDate day = latest.orElse(LocalDate.now());
            if (!isDisposed()) {
                getDisplay().asyncExec(() -> loaded(found, day));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.setRule(Stores.RULE);
        loading = job;
        job.schedule();
    }

    /** The job that reads segments and the latest answer day, for callers (tests) that wait for it. */
    public Job loadingJob() {
        return loading;
    }

    private void loaded(List<String> stored, LocalDate latest) {
        if (isDisposed()) {
            return;
        }
        segments.clear();
        segments.addAll(stored);
        String current = context.segment();
        if (current != null && !segments.contains(current)) {
            segments.add(current);
        }
        List<String> items = new ArrayList<>();
        items.add(Messages.Bar_allSegments);
        items.addAll(segments);
        showing = true;
        try {
            segment.setItems(items.toArray(String[]::new));
        } finally {
            showing = false;
        }
        if (context.period() == null) {
            context.setPeriod(AnalysisPeriod.of(CxPreferences.periodGranularity(), latest));
        }
        showContext();
    }

    /** Shows the context's period and segment in the widgets. */
    private void showContext() {
        if (isDisposed()) {
            return;
        }
        showing = true;
        try {
            show();
        } finally {
            showing = false;
        }
    }

    private void show() {
        AnalysisPeriod shown = context.period();
        boolean custom = shown != null && shown.unit() == null;
        kind.select(shown == null ? (CxPreferences.periodGranularity() == Dimension.QUARTER ? QUARTER : MONTH)
                : custom ? CUSTOM : shown.unit() == Dimension.QUARTER ? QUARTER : MONTH);
        period.setText(shown == null ? "" : label(shown)); //$NON-NLS-1$
        previous.setEnabled(shown != null);
        next.setEnabled(shown != null);
        for (var control : List.of(fromLabel, from, toLabel, to)) {
            control.setVisible(custom);
            ((GridData) layoutData(control)).exclude = !custom;
        }
        if (shown != null) {
            set(from, shown.from());
            set(to, shown.to());
        }
        String chosen = context.segment();
        int index = chosen == null ? 0 : segments.indexOf(chosen) + 1;
        if (index <= 0 && chosen != null) {
            segments.add(chosen);
            segment.add(chosen);
            index = segments.size();
        }
        segment.select(index);
        layout(true, true);
        getParent().layout(true, true);
    }

    private static Object layoutData(org.eclipse.swt.widgets.Control control) {
        if (!(control.getLayoutData() instanceof GridData)) {
            control.setLayoutData(new GridData());
        }
        return control.getLayoutData();
    }

    /** {@code 2026-11}, {@code 2026-Q4}, or a custom range's two days. */
    public static String label(AnalysisPeriod period) {
        if (period.unit() != null) {
            return period.unit().label(period.from());
        }
        return NLS.bind(Messages.Bar_range, period.from(), period.to());
    }

    private void kindChosen() {
        AnalysisPeriod shown = context.period();
        LocalDate day = shown == null ? LocalDate.now() : shown.to();
        switch (kind.getSelectionIndex()) {
            case MONTH -> context.setPeriod(AnalysisPeriod.of(Dimension.MONTH, day));
            case QUARTER -> context.setPeriod(AnalysisPeriod.of(Dimension.QUARTER, day));
            default -> context.setPeriod(AnalysisPeriod.custom(shown == null ? day.withDayOfMonth(1)
                    : shown.from(), day));
        }
        showContext();
    }

    private void step(boolean forward) {
        AnalysisPeriod shown = context.period();
        if (shown != null) {
            context.setPeriod(forward ? shown.next() : shown.previous());
        }
        showContext();
    }

    private void rangeChosen() {
        AnalysisPeriod shown = context.period();
        LocalDate first = get(from);
        LocalDate last = get(to);
        // GTK may report the dates the bar itself set, later: only a change of a shown custom range is the user's
        if (kind.getSelectionIndex() != CUSTOM || shown != null && first.equals(shown.from())
                && last.equals(shown.to())) {
            return;
        }
        if (last.isBefore(first)) {
            // keep a range: the day moved past the other end takes it along
            if (first.equals(context.period() == null ? null : context.period().from())) {
                first = last;
            } else {
                last = first;
            }
        }
        context.setPeriod(AnalysisPeriod.custom(first, last));
        showContext();
    }

    private static LocalDate get(DateTime widget) {
        return LocalDate.of(widget.getYear(), widget.getMonth() + 1, widget.getDay());
    }

    private static void set(DateTime widget, LocalDate day) {
        widget.setDate(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
    }

    public Combo kindCombo() {
        return kind;
    }

    public Button previousButton() {
        return previous;
    }

    public Button nextButton() {
        return next;
    }

    public Combo segmentCombo() {
        return segment;
    }

    /** The period shown, as the label reads. */
    public String periodText() {
        return period.getText();
    }
}
