package org.cxworkbench.ui.drivers.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.model.journey.Account;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.model.journey.Touchpoint;
import org.cxworkbench.services.drivers.AccountRisk;
import org.cxworkbench.services.drivers.AccountRollUp;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * The Accounts view: the B2B accounts of the selected journey rolled up person → group → account on a point (the
 * relationship NPS unless another is picked, or a measurement point or touchpoint is selected in the workbench) by
 * {@link AccountRollUp}, riskiest first (churn flags, detractor share, unweighted mean), for the period and segment
 * of the workbench. Columns sort by a click on their header (again: the other way), the filter keeps the accounts
 * whose name contains its text, and a double-click shows the account's groups and persons.
 */
public class AccountsView extends JourneyResultsView {

    public static final String ID = "org.cxworkbench.ui.drivers.views.accounts"; //$NON-NLS-1$

    /** Its context help (F1), a page of the user guide (org.cxworkbench.help). */
    public static final String HELP_ID = "org.cxworkbench.ui.drivers.accounts_view"; //$NON-NLS-1$

    static final int COL_RANK = 0;
    static final int COL_ACCOUNT = 1;
    static final int COL_CHURN = 2;
    static final int COL_DETRACTORS = 3;
    static final int COL_UNWEIGHTED = 4;
    static final int COL_WEIGHTED = 5;
    static final int COL_PERSONS = 6;
    static final int COL_GROUPS = 7;

    private final MetricRegistry registry = MetricRegistry.getDefault();
    private Combo pointCombo;
    private Text filter;
    private Table table;
    private List<MeasurementPoint> points = List.of();
    /** The accounts riskiest first, as the roll-up gave them. */
    private List<AccountRisk> accounts = List.of();
    private int sortColumn = COL_RANK;
    private boolean ascending = true;
    private AccountDialog dialog;

    @Override
    String helpContextId() {
        return HELP_ID;
    }

    @Override
    void createControls(Composite parent) {
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout layout = new GridLayout(5, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        row.setLayout(layout);
        new Label(row, SWT.NONE).setText(Messages.Accounts_point);
        pointCombo = new Combo(row, SWT.READ_ONLY);
        pointCombo.setLayoutData(new GridData(220, SWT.DEFAULT));
        pointCombo.addListener(SWT.Selection, e -> refresh());
        filter = new Text(row, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(Messages.Accounts_filter);
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filter.addListener(SWT.Modify, e -> fill());
        Button again = new Button(row, SWT.PUSH);
        again.setText(Messages.View_refresh);
        again.addListener(SWT.Selection, e -> refresh());
    }

    @Override
    void createContents(Composite parent) {
        table = new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        String[] names = columnNames();
        int[] widths = { 50, 200, 90, 110, 110, 150, 80, 70 };
        for (int i = 0; i < names.length; i++) {
            TableColumn column = new TableColumn(table, i == COL_ACCOUNT ? SWT.LEFT : SWT.RIGHT);
            column.setText(names[i]);
            fitHeader(column, widths[i]);
            int index = i;
            column.addListener(SWT.Selection, e -> sortBy(index));
        }
        table.setSortColumn(table.getColumn(COL_RANK));
        table.setSortDirection(SWT.UP);
        table.addListener(SWT.DefaultSelection, e -> openSelected());
    }

    static String[] columnNames() {
        return new String[] { Messages.Accounts_colRank, Messages.Accounts_colAccount, Messages.Accounts_colChurn,
                Messages.Accounts_colDetractors, Messages.Accounts_colUnweighted, Messages.Accounts_colWeighted,
                Messages.Accounts_colPersons, Messages.Accounts_colGroups };
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    @Override
    void journeyChanged(Journey shown) {
        points = List.copyOf(shown.getMeasurementPoints());
        pointCombo.removeAll();
        points.forEach(p -> pointCombo.add(p.getName()));
        Optional<MeasurementPoint> wanted = pointOf(element());
        if (wanted.isEmpty()) {
            wanted = new AccountRollUp(shown, registry).defaultPoint();
        }
        wanted.ifPresent(p -> pointCombo.select(points.indexOf(p)));
        pointCombo.getParent().layout(true);
        refresh();
    }

    @Override
    void elementChanged(EObject selected) {
        Optional<MeasurementPoint> wanted = pointOf(selected);
        if (wanted.isPresent() && points.indexOf(wanted.get()) != pointCombo.getSelectionIndex()) {
            pointCombo.select(points.indexOf(wanted.get()));
            refresh();
        }
    }

    /** The point a selected element stands for: itself, or a touchpoint's first point. */
    private Optional<MeasurementPoint> pointOf(EObject selected) {
        if (selected instanceof MeasurementPoint point && points.contains(point)) {
            return Optional.of(point);
        }
        if (selected instanceof Touchpoint touchpoint) {
            return points.stream().filter(p -> p.getAttachedTo() == touchpoint).findFirst();
        }
        return Optional.empty();
    }

    /** Rolls the chosen point up again in a new job. */
    @Override
    public void refresh() {
        Journey journey = journey();
        if (journey == null) {
            return;
        }
        int index = pointCombo.getSelectionIndex();
        if (index < 0) {
            showAccounts(List.of(), NLS.bind(Messages.Accounts_noPoint, journey.getName()));
            return;
        }
        MeasurementPoint point = points.get(index);
        AccountRollUp rollUp = new AccountRollUp(journey, registry);
        String name = point.getName();
        String scope = scope();
        var from = from();
        var to = to();
        var segment = segment();
        showMessage(NLS.bind(Messages.Accounts_computing, name));
        compute(Messages.Accounts_job, name, (store, monitor) -> rollUp.accounts(store.connection(), point.getId(),
                from, to, segment, monitor), found -> {
                    List<AccountRisk> list = found.value() == null ? List.of() : found.value();
                    String text = found.value() == null ? found.message()
                            : list.isEmpty() ? NLS.bind(Messages.Accounts_none, name, scope)
                                    : NLS.bind(Messages.Accounts_header, new Object[] { name, scope,
                                            Integer.toString(list.size()) });
                    showAccounts(list, text);
                });
    }

    private void showAccounts(List<AccountRisk> found, String text) {
        accounts = found;
        fill();
        showMessage(text);
    }

    private void sortBy(int column) {
        ascending = column == sortColumn ? !ascending : true;
        sortColumn = column;
        table.setSortColumn(table.getColumn(column));
        table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
        fill();
    }

    /** The accounts that pass the filter in the order of the sort column. */
    List<AccountRisk> shown() {
        String wanted = filter.getText().strip().toLowerCase(Locale.ROOT);
        List<AccountRisk> rows = new ArrayList<>();
        for (AccountRisk risk : accounts) {
            if (wanted.isEmpty() || risk.account().toLowerCase(Locale.ROOT).contains(wanted)) {
                rows.add(risk);
            }
        }
        Comparator<AccountRisk> order = switch (sortColumn) {
            case COL_ACCOUNT -> Comparator.comparing(r -> r.account().toLowerCase(Locale.ROOT));
            case COL_CHURN -> Comparator.comparingLong(AccountRisk::churnFlags);
            case COL_DETRACTORS -> Comparator.comparingDouble(r -> nanLast(r.detractorShare()));
            case COL_UNWEIGHTED -> Comparator.comparingDouble(r -> nanLast(r.unweighted()));
            case COL_WEIGHTED -> Comparator.comparingDouble(r -> nanLast(r.weighted()));
            case COL_PERSONS -> Comparator.comparingLong(AccountRisk::persons);
            case COL_GROUPS -> Comparator.comparingInt(r -> r.groups().size());
            default -> Comparator.comparingInt(accounts::indexOf);
        };
        if (sortColumn != COL_ACCOUNT && sortColumn != COL_RANK) {
            // ties in risk order
            order = order.thenComparingInt(accounts::indexOf);
        }
        rows.sort(ascending ? order : order.reversed());
        return rows;
    }

    private static double nanLast(double value) {
        return Double.isNaN(value) ? Double.MAX_VALUE : value;
    }

    private void fill() {
        AccountRisk before = selected();
        table.removeAll();
        for (AccountRisk risk : shown()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(cells(risk, accounts.indexOf(risk) + 1));
            item.setData(risk);
            if (risk.equals(before)) {
                table.setSelection(item);
            }
        }
    }

    /** What a row shows, column by column. */
    static String[] cells(AccountRisk risk, int rank) {
        return new String[] { Integer.toString(rank), risk.account(), Long.toString(risk.churnFlags()),
                Figures.percent(risk.detractorShare()), Figures.fixed(risk.unweighted(), 2),
                Figures.fixed(risk.weighted(), 2), Long.toString(risk.persons()),
                Integer.toString(risk.groups().size()) };
    }

    /** The account selected in the table, or null. */
    public AccountRisk selected() {
        TableItem[] selection = table.getSelection();
        return selection.length == 1 ? (AccountRisk) selection[0].getData() : null;
    }

    /** Double-click: the selected account's groups and persons in a dialog. */
    void openSelected() {
        AccountRisk risk = selected();
        if (risk == null || journey() == null) {
            return;
        }
        Account modelled = journey().getAccounts().stream().filter(a -> a.getName() != null
                && a.getName().strip().equalsIgnoreCase(risk.account())).findFirst().orElse(null);
        if (dialog != null) {
            dialog.close();
        }
        dialog = new AccountDialog(table.getShell(), risk, modelled);
        dialog.setBlockOnOpen(false);
        dialog.open();
    }

    // for tests

    public Table table() {
        return table;
    }

    public Text filter() {
        return filter;
    }

    public Combo pointCombo() {
        return pointCombo;
    }

    public List<AccountRisk> accounts() {
        return accounts;
    }

    /** The account dialog opened last, or null. */
    public AccountDialog dialog() {
        return dialog;
    }
}
