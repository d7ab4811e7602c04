package org.cxworkbench.ui.drivers.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.metrics.Tier;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.model.journey.Stage;
import org.cxworkbench.model.journey.Touchpoint;
import org.cxworkbench.services.drivers.Driver;
import org.cxworkbench.services.drivers.DriverQuery;
import org.cxworkbench.services.drivers.DriverResult;
import org.cxworkbench.services.drivers.DriverWarning;
import org.cxworkbench.services.drivers.KeyDrivers;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * The Key Drivers view: for the outcome point picked in the combo (the journey's relationship and outcome-tier
 * points), {@link KeyDrivers} over the store of the preferences for the period and segment of the workbench, drawn
 * as an importance × performance {@link QuadrantChart} beside a table of the same figures, with the analysis's
 * warnings (thin data, collinearity) in the view. Selecting a driver on the chart or in the table selects its
 * measurement point in the workbench (the view is a selection provider), so the Scores view shows it; selecting a
 * touchpoint elsewhere selects its drivers here.
 */
public class KeyDriversView extends JourneyResultsView {

    public static final String ID = "org.cxworkbench.ui.drivers.views.keyDrivers"; //$NON-NLS-1$

    /** Its context help (F1), a page of the user guide (org.cxworkbench.help). */
    public static final String HELP_ID = "org.cxworkbench.ui.drivers.key_drivers_view"; //$NON-NLS-1$

    /** Table columns. */
    static final int COL_DRIVER = 0;
    static final int COL_TOUCHPOINT = 1;
    static final int COL_QUADRANT = 2;
    static final int COL_WEIGHT = 3;
    static final int COL_RAW = 4;
    static final int COL_R = 5;
    static final int COL_VIF = 6;
    static final int COL_PERFORMANCE = 7;
    static final int COL_SCORE = 8;
    static final int COL_N = 9;

    private final MetricRegistry registry = MetricRegistry.getDefault();
    private Combo outcomeCombo;
    private Label warnings;
    private QuadrantChart chart;
    private Table table;
    private List<MeasurementPoint> outcomes = List.of();
    private DriverResult result;
    private final Provider provider = new Provider();

    @Override
    String helpContextId() {
        return HELP_ID;
    }

    @Override
    void createControls(Composite parent) {
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout layout = new GridLayout(3, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        row.setLayout(layout);
        new Label(row, SWT.NONE).setText(Messages.Drivers_outcome);
        outcomeCombo = new Combo(row, SWT.READ_ONLY);
        outcomeCombo.setLayoutData(new GridData(220, SWT.DEFAULT));
        outcomeCombo.addListener(SWT.Selection, e -> refresh());
        Button again = new Button(row, SWT.PUSH);
        again.setText(Messages.View_refresh);
        again.addListener(SWT.Selection, e -> refresh());
    }

    @Override
    void createContents(Composite parent) {
        warnings = new Label(parent, SWT.WRAP);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        warnings.setLayoutData(data);
        Color warningColor = parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
        warnings.setForeground(warningColor);
        show(warnings, false);

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        chart = new QuadrantChart(sash);
        table = new Table(sash, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        String[] names = columnNames();
        int[] widths = { 170, 150, 100, 80, 70, 60, 60, 95, 70, 60 };
        for (int i = 0; i < names.length; i++) {
            TableColumn column = new TableColumn(table, i <= COL_QUADRANT ? SWT.LEFT : SWT.RIGHT);
            column.setText(names[i]);
            fitHeader(column, widths[i]);
        }
        sash.setWeights(45, 55);
        table.addListener(SWT.Selection, e -> {
            chart.select(table.getSelectionIndex());
            provider.fire(selectedPoint());
        });
        chart.onSelect(index -> {
            if (index >= 0) {
                table.setSelection(index);
                table.showSelection();
            } else {
                table.deselectAll();
            }
            provider.fire(selectedPoint());
        });
        getSite().setSelectionProvider(provider);
    }

    static String[] columnNames() {
        return new String[] { Messages.Drivers_colDriver, Messages.Drivers_colTouchpoint, Messages.Drivers_colQuadrant,
                Messages.Drivers_colWeight, Messages.Drivers_colRawWeight, Messages.Drivers_colR,
                Messages.Drivers_colVif, Messages.Drivers_colPerformance, Messages.Drivers_colScore,
                Messages.Drivers_colN };
    }

    @Override
    public void setFocus() {
        chart.control().setFocus();
    }

    /** The journey's candidate outcomes: its relationship points (on the journey itself) and outcome-tier points. */
    List<MeasurementPoint> outcomes(Journey journey) {
        List<MeasurementPoint> found = new ArrayList<>();
        for (MeasurementPoint point : journey.getMeasurementPoints()) {
            if (point.getAttachedTo() == journey || KeyDrivers.tier(point, registry) == Tier.OUTCOME) {
                found.add(point);
            }
        }
        return found;
    }

    @Override
    void journeyChanged(Journey shown) {
        String before = outcomeCombo.getSelectionIndex() < 0 ? null : outcomeCombo.getText();
        outcomes = outcomes(shown);
        outcomeCombo.removeAll();
        int chosen = -1;
        for (int i = 0; i < outcomes.size(); i++) {
            MeasurementPoint point = outcomes.get(i);
            outcomeCombo.add(point.getName());
            if (Objects.equals(point.getName(), before)) {
                chosen = i;
            }
        }
        if (chosen < 0) {
            // the relationship NPS, else the first
            for (int i = 0; i < outcomes.size() && chosen < 0; i++) {
                if (outcomes.get(i).getAttachedTo() == shown && "nps".equals(outcomes.get(i).getMetricId())) { //$NON-NLS-1$
                    chosen = i;
                }
            }
        }
        if (chosen < 0 && !outcomes.isEmpty()) {
            chosen = 0;
        }
        if (chosen >= 0) {
            outcomeCombo.select(chosen);
        }
        outcomeCombo.getParent().layout(true);
        refresh();
    }

    @Override
    void elementChanged(EObject selected) {
        selectDriversOf(selected);
    }

    /** Selects (without telling the workbench) the first driver that is, or is on, {@code selected}. */
    private void selectDriversOf(EObject selected) {
        if (result == null) {
            return;
        }
        for (int i = 0; i < result.drivers().size(); i++) {
            MeasurementPoint point = point(result.drivers().get(i).pointId());
            if (point != null && (point == selected || point.getAttachedTo() == selected
                    || selected instanceof Stage stage && point.getAttachedTo() instanceof Touchpoint t
                            && t.getStage() == stage)) {
                table.setSelection(i);
                table.showSelection();
                chart.select(i);
                return;
            }
        }
        table.deselectAll();
        chart.select(-1);
    }

    private MeasurementPoint point(String id) {
        Journey journey = journey();
        return journey == null ? null : journey.getMeasurementPoints().stream().filter(p -> p.getId().equals(id))
                .findFirst().orElse(null);
    }

    /** Analyses the chosen outcome again in a new job. */
    @Override
    public void refresh() {
        Journey journey = journey();
        if (journey == null) {
            return;
        }
        int index = outcomeCombo.getSelectionIndex();
        if (index < 0) {
            showResult(null, NLS.bind(Messages.Drivers_noOutcome, journey.getName()));
            return;
        }
        MeasurementPoint outcome = outcomes.get(index);
        DriverQuery query = DriverQuery.of(outcome.getId()).range(from(), to()).segment(segment());
        // built on the UI thread, where the editor changes the journey; the job only reads the store
        KeyDrivers analysis = new KeyDrivers(journey, registry);
        String name = outcome.getName();
        String scope = scope();
        showMessage(NLS.bind(Messages.Drivers_computing, name));
        compute(Messages.Drivers_job, name, (store, monitor) -> analysis.analyse(store, query, monitor),
                outcomeOf -> showResult(outcomeOf.value(), outcomeOf.value() == null ? outcomeOf.message()
                        : NLS.bind(Messages.Drivers_header, new Object[] { name, scope,
                                Long.toString(outcomeOf.value().n()),
                                Figures.fixed(outcomeOf.value().rSquared(), 3),
                                Integer.toString(outcomeOf.value().drivers().size()) })));
    }

    private void showResult(DriverResult shown, String text) {
        result = shown;
        table.removeAll();
        List<Driver> drivers = shown == null ? List.of() : shown.drivers();
        for (Driver driver : drivers) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(cells(driver, shown.n()));
            item.setForeground(COL_QUADRANT, chart.color(driver.quadrant()));
        }
        chart.setDrivers(drivers, shown == null ? 0 : shown.n());
        List<String> lines = new ArrayList<>();
        if (shown != null) {
            for (DriverWarning warning : shown.warnings()) {
                lines.add("\u26a0 " + warning.message()); //$NON-NLS-1$
            }
        }
        warnings.setText(String.join("\n", lines)); //$NON-NLS-1$
        show(warnings, !lines.isEmpty());
        showMessage(text);
        if (element() != null && !(element() instanceof Journey)) {
            selectDriversOf(element());
        }
    }

    /** What a row shows, column by column. */
    static String[] cells(Driver d, long n) {
        return new String[] { d.pointName(), d.touchpointName() == null ? "" : d.touchpointName(), //$NON-NLS-1$
                d.quadrant() == null ? Figures.NONE : d.quadrant().label(), Figures.fixed(d.importance(), 1),
                Figures.fixed(d.rawWeight(), 3), Figures.fixed(d.correlation(), 2), Figures.fixed(d.vif(), 2),
                Figures.fixed(d.performance(), 1), d.score() == null ? Figures.NONE : Figures.fixed(d.score().value(),
                        d.score().value() == Math.rint(d.score().value()) ? 0 : 2), Long.toString(n) };
    }

    /** The measurement point of the driver selected in the table, or null. */
    MeasurementPoint selectedPoint() {
        int index = table.getSelectionIndex();
        return result == null || index < 0 || index >= result.drivers().size() ? null
                : point(result.drivers().get(index).pointId());
    }

    /** The selected driver's measurement point, for the workbench. */
    private static final class Provider implements IPostSelectionProvider {
        private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
        private final ListenerList<ISelectionChangedListener> postListeners = new ListenerList<>();
        private ISelection selection = StructuredSelection.EMPTY;

        void fire(MeasurementPoint point) {
            selection = point == null ? StructuredSelection.EMPTY : new StructuredSelection(point);
            SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
            listeners.forEach(l -> l.selectionChanged(event));
            postListeners.forEach(l -> l.selectionChanged(event));
        }

        @Override
        public void addSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.add(listener);
        }

        @Override
        public ISelection getSelection() {
            return selection;
        }

        @Override
        public void removeSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.remove(listener);
        }

        @Override
        public void setSelection(ISelection newSelection) {
            selection = newSelection;
        }

        @Override
        public void addPostSelectionChangedListener(ISelectionChangedListener listener) {
            postListeners.add(listener);
        }

        @Override
        public void removePostSelectionChangedListener(ISelectionChangedListener listener) {
            postListeners.remove(listener);
        }
    }

    // for tests

    public Combo outcomeCombo() {
        return outcomeCombo;
    }

    public QuadrantChart chart() {
        return chart;
    }

    public Table table() {
        return table;
    }

    public DriverResult result() {
        return result;
    }

    public String warningsText() {
        return warnings.getText();
    }
}
