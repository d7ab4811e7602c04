package org.cxworkbench.ui.drivers.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxworkbench.ui.drivers.tests.Workbench.cxw;
import static org.cxworkbench.ui.drivers.tests.Workbench.page;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.store.ColumnMapping;
import org.cxworkbench.ui.analysis.AnalysisContext;
import org.cxworkbench.ui.drivers.internal.AccountsView;
import org.cxworkbench.ui.editor.JourneyEditor;
import org.cxworkbench.ui.testsupport.Ui;
import org.cxworkbench.ui.preferences.CxPreferences;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Accounts view in the real workbench under Xvfb, on a small B2B file whose roll-up is computed by hand (the same
 * file as the {@code cxw accounts} test): three accounts of the B2B sample journey, persons in its contact groups and
 * outside them, one churn flag. The view must list them riskiest first with the hand-computed figures, sort by a
 * clicked column header both ways, filter by text, and show an account's groups and persons on a double-click.
 */
class AccountsViewTest {

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        page().closeAllEditors(false);
        CxPreferences.node().remove(CxPreferences.STORE_FOLDER);
        Ui.settle(100);
    }

    private static String f(double value) {
        return String.format(Locale.getDefault(), "%.2f", value);
    }

    private static void waitFor(AccountsView view, String what) {
        try {
            Ui.waitUntil(what, 120_000, () -> view.job() != null && view.job().getState() == Job.NONE
                    && !view.messageText().contains("\u2026"));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the view says: " + view.messageText(), e);
        }
        Ui.settle(300);
    }

    private static List<String> column(Table table, int column) {
        return Arrays.stream(table.getItems()).map(i -> i.getText(column)).toList();
    }

    /** A real click on the header of {@code column}; an event when the window manager does not deliver it. */
    private static void clickHeader(Table table, int column) {
        int x = 0;
        for (int i = 0; i < column; i++) {
            x += table.getColumn(i).getWidth();
        }
        TableColumn target = table.getColumn(column);
        int before = table.getSortDirection();
        TableColumn sorted = table.getSortColumn();
        Ui.click(table.toDisplay(x + target.getWidth() / 2, Math.max(4, table.getHeaderHeight() / 2)));
        if (table.getSortColumn() == sorted && table.getSortDirection() == before) {
            target.notifyListeners(SWT.Selection, new Event());
        }
    }

    @Test
    void listsTheAccountsRiskiestFirstSortsFiltersAndShowsGroups() throws Exception {
        IFile file = Workbench.journey(SampleJourneys.SERVICE_B2B, "service");
        String journey = file.getLocation().toFile().getPath();
        Path csv = dir.resolve("accounts.csv");
        Files.writeString(csv, """
                Response ID,Submitted,Segment,Account,Contact,NPS relationship,Account churn
                R1,2026-03-01 10:00:00,Current accounts,Nordic Logistics Oy,Aino Virtanen,9,
                R2,2026-03-02 10:00:00,Current accounts,Nordic Logistics Oy,Erik Lindqvist,3,
                R3,2026-03-03 10:00:00,Current accounts,Nordic Logistics Oy,erik.lindqvist@example.fi,5,
                R4,2026-03-04 10:00:00,Current accounts,Nordic Logistics Oy,Pekka Nieminen,10,0
                R5,2026-03-05 10:00:00,Current accounts,Baltic Foods AB,Sara Berg,8,
                R6,2026-03-06 10:00:00,Current accounts,Baltic Foods AB,Jonas Ek,6,1
                R7,2026-03-07 10:00:00,Churned accounts,Kestrel Manufacturing Ltd,Tom Hughes,2,
                """, StandardCharsets.UTF_8);
        Journey model = org.cxworkbench.core.journey.JourneyFiles.load(Path.of(journey)).journey();
        Map<String, String> answers = new LinkedHashMap<>();
        model.getMeasurementPoints().stream().filter(p -> List.of("NPS relationship", "Account churn")
                .contains(p.getName())).forEach(p -> answers.put(p.getName(), p.getId()));
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put(ColumnMapping.RESPONDENT, "Response ID");
        roles.put(ColumnMapping.TIME, "Submitted");
        roles.put(ColumnMapping.SEGMENT, "Segment");
        roles.put(ColumnMapping.ACCOUNT, "Account");
        roles.put(ColumnMapping.CONTACT, "Contact");
        Path mapping = dir.resolve("accounts.mapping");
        new ColumnMapping(answers, Map.of(), roles).save(mapping);
        Path db = dir.resolve("results");
        cxw("import", csv.toString(), "--journey", journey, "--mapping", mapping.toString(), "--db", db.toString());

        CxPreferences.node().put(CxPreferences.STORE_KIND, CxPreferences.EMBEDDED);
        CxPreferences.node().put(CxPreferences.STORE_FOLDER, db.toString());
        AnalysisContext.get().setPeriod(null);
        AnalysisContext.get().setSegment(null);
        Shell shell = page().getWorkbenchWindow().getShell();
        shell.setMaximized(false);
        shell.setBounds(0, 0, 1280, 800);
        JourneyEditor editor = (JourneyEditor) IDE.openEditor(page(), file, true);
        AccountsView view = (AccountsView) page().showView(AccountsView.ID);
        Ui.settle(300);
        // a stage: the journey's accounts on the default point (a touchpoint would pick its own point)
        Workbench.select(editor, editor.getJourney().getStages().get(0));
        Ui.waitUntil("the accounts", 120_000, () -> !view.accounts().isEmpty()
                || view.messageText().contains(":"));
        waitFor(view, "the accounts");
        assertThat(view.pointCombo().getText()).isEqualTo("NPS relationship");

        // by hand: Baltic has the churn flag; Kestrel 100 % detractors (2); Nordic persons 9, (3+5)/2 = 4, 10:
        // 23/3 = 7.67, groups Decision makers 9 x 1 contact, IT team 4 x 2, no group 10 x 1: 27/4 = 6.75
        Table table = view.table();
        assertThat(column(table, AccountsViewColumns.ACCOUNT)).as(view.messageText())
                .containsExactly("Baltic Foods AB", "Kestrel Manufacturing Ltd", "Nordic Logistics Oy");
        assertThat(column(table, AccountsViewColumns.RANK)).containsExactly("1", "2", "3");
        assertThat(column(table, AccountsViewColumns.CHURN)).containsExactly("1", "0", "0");
        assertThat(column(table, AccountsViewColumns.DETRACTORS)).containsExactly(
                String.format(Locale.getDefault(), "%.1f %%", 50.0), String.format(Locale.getDefault(), "%.1f %%",
                        100.0), String.format(Locale.getDefault(), "%.1f %%", 100 / 3.0));
        assertThat(column(table, AccountsViewColumns.UNWEIGHTED)).containsExactly(f(7), f(2), f(23 / 3.0));
        assertThat(table.getItem(2).getText(AccountsViewColumns.WEIGHTED)).isEqualTo(f(6.75));
        assertThat(column(table, AccountsViewColumns.PERSONS)).containsExactly("2", "1", "3");
        assertThat(table.getItem(2).getText(AccountsViewColumns.GROUPS)).isEqualTo("3");

        // sorted by the persons' mean: lowest first, then (a second click) highest first
        clickHeader(table, AccountsViewColumns.UNWEIGHTED);
        assertThat(column(table, AccountsViewColumns.ACCOUNT)).containsExactly("Kestrel Manufacturing Ltd",
                "Baltic Foods AB", "Nordic Logistics Oy");
        assertThat(table.getSortDirection()).isEqualTo(SWT.UP);
        clickHeader(table, AccountsViewColumns.UNWEIGHTED);
        assertThat(column(table, AccountsViewColumns.ACCOUNT)).containsExactly("Nordic Logistics Oy",
                "Baltic Foods AB", "Kestrel Manufacturing Ltd");
        assertThat(table.getSortDirection()).isEqualTo(SWT.DOWN);
        // the risk rank stays with its account
        assertThat(column(table, AccountsViewColumns.RANK)).containsExactly("3", "1", "2");

        // the filter
        view.filter().setFocus();
        Ui.type("oy");
        if (!view.filter().getText().equals("oy")) {
            view.filter().setText("oy");
        }
        assertThat(column(table, AccountsViewColumns.ACCOUNT)).containsExactly("Nordic Logistics Oy");

        // a double-click shows the groups and their persons
        Rectangle row = table.getItem(0).getBounds();
        Ui.doubleClick(table.toDisplay(row.x + row.width / 2, row.y + row.height / 2));
        if (view.dialog() == null) {
            table.setSelection(0);
            table.notifyListeners(SWT.Selection, new Event());
            table.notifyListeners(SWT.DefaultSelection, new Event());
        }
        Ui.waitUntil("the account dialog", 10_000, () -> view.dialog() != null && view.dialog().tree() != null);
        TreeItem[] groups = view.dialog().tree().getItems();
        assertThat(Arrays.stream(groups).map(i -> i.getText(0)).toList()).containsExactly("Decision makers",
                "IT team", "(no group)");
        assertThat(Arrays.stream(groups).map(i -> i.getText(3)).toList()).containsExactly(f(9), f(4), f(10));
        assertThat(groups[1].getText(2)).isEqualTo("2");
        assertThat(Arrays.stream(groups[1].getItems()).map(i -> i.getText(0)).toList())
                .anyMatch(name -> name.startsWith("Erik Lindqvist"));
        Ui.settle(800);
        Ui.screenshot(view.dialog().getShell(), "account-dialog.png");
        view.dialog().close();

        view.filter().setText("");
        // the risk column gives the risk order back
        clickHeader(table, AccountsViewColumns.RANK);
        assertThat(column(table, AccountsViewColumns.ACCOUNT)).containsExactly("Baltic Foods AB",
                "Kestrel Manufacturing Ltd", "Nordic Logistics Oy");
        IWorkbenchPage page = page();
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        Ui.settle(500);
        table.setSelection(0);
        Ui.screenshot(shell, "accounts-view.png");
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
        Ui.settle(200);
    }

    /** The view's columns, named here so that the test reads. */
    private static final class AccountsViewColumns {
        static final int RANK = 0;
        static final int ACCOUNT = 1;
        static final int CHURN = 2;
        static final int DETRACTORS = 3;
        static final int UNWEIGHTED = 4;
        static final int WEIGHTED = 5;
        static final int PERSONS = 6;
        static final int GROUPS = 7;
    }
}
