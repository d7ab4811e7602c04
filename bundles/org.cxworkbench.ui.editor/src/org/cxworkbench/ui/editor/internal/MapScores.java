package org.cxworkbench.ui.editor.internal;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.cxworkbench.diagram.ScoreOverlay;
import org.cxworkbench.diagram.scores.ScoreOverlays;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.metrics.ScoringOptions;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.Touchpoint;
import org.cxworkbench.services.scoring.JourneyScores;
import org.cxworkbench.services.scoring.ScoreBoard;
import org.cxworkbench.services.scoring.ScoreWindow;
import org.cxworkbench.services.store.ResultsStore;
import org.cxworkbench.services.store.StoreAccess;
import org.cxworkbench.services.store.StoreException;
import org.cxworkbench.services.store.StoreLocation;
import org.cxworkbench.ui.analysis.AnalysisContext;
import org.cxworkbench.ui.analysis.AnalysisPeriod;
import org.cxworkbench.ui.preferences.CxPreferences;
import org.cxworkbench.ui.results.PeriodSegmentBar;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;

/**
 * The Map page's score overlay: when on, a bar above the map (the period and segment picker shared with the Scores
 * view, the metric of the experience curve, and what is shown), and the scores of the journey for the analysis context's period and segment, computed by
 * {@link ScoreBoard#journey} in a job (never on the display thread) over the store and options of
 * {@link CxPreferences}, drawn as the map's {@link ScoreOverlay}. It follows changes of the context and of the
 * preferences while on. The job scores a copy of the journey, taken on the display thread, which owns the model.
 */
public final class MapScores {

    private final MapPage page;
    private final Composite bar;
    private final Combo metricChooser;
    private PeriodSegmentBar periodBar;
    private final Label status;
    private final List<String> metricIds = new ArrayList<>();
    private final AnalysisContext.Listener contextListener = c -> refreshLater();
    private final IPreferenceChangeListener preferenceListener = e -> refreshLater();
    private boolean on;
    private String metricId;
    private JourneyScores scores;
    private ScoreOverlay overlay;
    private Job job;
    private int generation;
    private Predicate<Touchpoint> opener;

    MapScores(MapPage page, Composite parent) {
        this.page = page;
        bar = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginHeight = 2;
        bar.setLayout(layout);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        data.exclude = true;
        bar.setLayoutData(data);
        bar.setVisible(false);
        new Label(bar, SWT.NONE).setText(Messages.Scores_curve);
        metricChooser = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        metricChooser.addListener(SWT.Selection, e -> {
            int index = metricChooser.getSelectionIndex();
            metricId = index <= 0 ? null : metricIds.get(index - 1);
            show();
        });
        status = new Label(bar, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        bar.addListener(SWT.Dispose, e -> {
            // the editor closes: stop listening and scoring, without touching the widgets going away
            on = false;
            generation++;
            AnalysisContext.get().removeListener(contextListener);
            CxPreferences.removeListener(preferenceListener);
            if (job != null) {
                job.cancel();
            }
        });
    }

    /** The bar above the map: the period and segment picker, the curve's metric and what is shown. */
    public Composite bar() {
        return bar;
    }

    /**
     * The period and segment picker (the Scores view's), bound to the analysis context; made when the scores are
     * first shown (it reads the store's segments), {@code null} before.
     */
    public PeriodSegmentBar periodBar() {
        return periodBar;
    }

    public Combo metricChooser() {
        return metricChooser;
    }

    /** The last line about the scores: what is shown, or why nothing is. */
    public String status() {
        return status.getText();
    }

    public boolean isOn() {
        return on;
    }

    /** The overlay drawn now, or {@code null}. */
    public ScoreOverlay overlay() {
        return overlay;
    }

    /** The scoring job under way or last run, or {@code null}. */
    public Job job() {
        return job;
    }

    /** What a double-click on a touchpoint does while scores are shown (opens its report). */
    public void setOpener(Predicate<Touchpoint> opener) {
        this.opener = opener;
    }

    /** Shows or hides the scores; showing starts a scoring job. */
    public void setOn(boolean show) {
        if (show == on || bar.isDisposed() && show) {
            return;
        }
        on = show;
        if (show) {
            if (periodBar == null) {
                periodBar = new PeriodSegmentBar(bar, SWT.NONE);
                periodBar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
                periodBar.moveAbove(bar.getChildren()[0]);
            }
            AnalysisContext.get().addListener(contextListener);
            CxPreferences.addListener(preferenceListener);
            page.viewer().setDoubleClickHandler(this::doubleClicked);
            refresh();
        } else {
            AnalysisContext.get().removeListener(contextListener);
            CxPreferences.removeListener(preferenceListener);
            generation++;
            if (job != null) {
                job.cancel();
            }
            overlay = null;
            if (!page.viewer().getControl().isDisposed()) {
                page.viewer().setDoubleClickHandler(null);
                page.redecorate();
            }
        }
        if (!bar.isDisposed()) {
            ((GridData) bar.getLayoutData()).exclude = !show;
            bar.setVisible(show);
            bar.getParent().layout(true, true);
        }
    }

    private boolean doubleClicked(EObject element) {
        return element instanceof Touchpoint tp && opener != null && opener.test(tp);
    }

    private void refreshLater() {
        Display display = bar.isDisposed() ? null : bar.getDisplay();
        if (display != null) {
            display.asyncExec(() -> {
                if (on && !bar.isDisposed()) {
                    refresh();
                }
            });
        }
    }

    /** Scores the journey again in a job, for the context's period and segment. */
    public void refresh() {
        if (!on) {
            return;
        }
        int mine = ++generation;
        if (job != null) {
            job.cancel();
        }
        Journey copy = EcoreUtil.copy(page.viewer().getJourney());
        AnalysisPeriod period = AnalysisContext.get().period();
        String segment = AnalysisContext.get().segment();
        ScoringOptions options = CxPreferences.scoringOptions();
        StoreLocation location = CxPreferences.storeLocation();
        String user = CxPreferences.storeUser();
        String password;
        try {
            password = CxPreferences.storePassword();
        } catch (StorageException e) {
            password = null;
        }
        String secret = password;
        status.setText(Messages.Scores_computing);
        Display display = bar.getDisplay();
        job = new Job(NLS.bind(Messages.Scores_job, copy.getName())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                // the embedded store counts its users in this JVM (EmbeddedDatabase), so the period bar's reading
                // cannot shut it down under this job: no waiting for the bar, no second attempt
                String[] message = { null };
                JourneyScores result = null;
                try {
                    result = score(monitor, message);
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                } catch (StoreException | SQLException | RuntimeException e) {
                    message[0] = NLS.bind(Messages.Scores_failed, oneLine(e));
                }
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                JourneyScores computed = result;
                String line = message[0];
                display.asyncExec(() -> {
                    if (mine == generation && on && !bar.isDisposed()) {
                        scores = computed;
                        status.setText(line);
                        fillChooser();
                        show();
                    }
                });
                return Status.OK_STATUS;
            }

            /** One scoring: the scores, or null with the reason in {@code message[0]} when there are no answers. */
            private JourneyScores score(IProgressMonitor monitor, String[] message) throws StoreException,
                    SQLException {
                JourneyScores result = null;
                try (ResultsStore store = ResultsStore.open(location, user, secret, StoreAccess.READ)) {
                    AnalysisPeriod shown = period;
                    if (shown == null) {
                        Optional<LocalDate> latest = ScoreBoard.latestAnswerDay(store);
                        shown = latest.map(day -> AnalysisPeriod.of(CxPreferences.periodGranularity(), day))
                                .orElse(null);
                    }
                    if (shown == null) {
                        message[0] = Messages.Scores_noAnswers;
                    } else {
                        AnalysisPeriod previous = shown.previous();
                        ScoreWindow window = new ScoreWindow(shown.from(), shown.to(), previous.from(), previous.to(),
                                segment, options);
                        result = new ScoreBoard(copy, MetricRegistry.getDefault()).journey(store, window, monitor);
                        message[0] = NLS.bind(Messages.Scores_shown, new Object[] { shown.from(), shown.to(),
                                segment == null ? Messages.Scores_allRespondents : segment });
                    }
                }
                return result;
            }
        };
        job.setSystem(false);
        job.schedule();
    }

    private void fillChooser() {
        metricIds.clear();
        metricChooser.removeAll();
        metricChooser.add(Messages.Scores_allMetrics);
        if (scores != null) {
            for (Map.Entry<String, String> metric : ScoreOverlays.metrics(scores).entrySet()) {
                metricIds.add(metric.getKey());
                metricChooser.add(metric.getValue());
            }
        }
        int index = metricId == null ? 0 : metricIds.indexOf(metricId) + 1;
        if (index <= 0) {
            metricId = null;
            index = 0;
        }
        metricChooser.select(index);
        bar.layout(true, true);
    }

    private void show() {
        overlay = scores == null ? null
                : ScoreOverlays.of(page.viewer().getJourney(), scores, metricId, MetricRegistry.getDefault());
        page.redecorate();
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
