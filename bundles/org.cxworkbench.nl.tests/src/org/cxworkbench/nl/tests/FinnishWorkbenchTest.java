package org.cxworkbench.nl.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart2;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Our workbench started in Finnish (this test fragment's launch sets osgi.nl=fi, as {@code cxworkbench -nl fi}
 * does): the Eclipse Platform's own menu items, view names, columns and dialogs speak Finnish through our fragments.
 */
class FinnishWorkbenchTest {

    private Display display;
    private IWorkbenchWindow window;

    @BeforeEach
    void window() {
        display = PlatformUI.getWorkbench().getDisplay();
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertThat(window).isNotNull();
    }

    @Test
    void theRuntimeIsFinnish() {
        assertThat(Platform.getNL()).isEqualTo("fi");
        assertThat(Locale.getDefault().getLanguage()).isEqualTo("fi");
    }

    @Test
    void menuItemsOfThePlatformAreFinnish() {
        Menu bar = window.getShell().getMenuBar();
        List<String> top = new ArrayList<>();
        for (MenuItem item : bar.getItems()) {
            top.add(item.getText());
        }
        assertThat(top).containsSubsequence("&Tiedosto", "&Muokkaa", "&Ikkuna", "&Ohje");

        assertThat(itemsOf(bar, "&Tiedosto")).contains("&Tallenna", "Tallenna &nimellä...", "Tallenna &kaikki",
                "&Palauta", "&Vie...", "&Lopeta");
        assertThat(itemsOf(bar, "&Muokkaa")).contains("K&umoa", "&Tee uudelleen", "&Poista", "Valitse &kaikki");
        assertThat(itemsOf(bar, "&Ikkuna")).contains("&Palauta perspektiivi...", "&Asetukset...")
                .doesNotContain("&Reset Perspective...", "&Preferences...");
        List<String> help = itemsOf(bar, "&Ohje");
        assertThat(help).contains("&Ohjeen sisältö", "&Hae", "&Näytä tilannekohtainen ohje")
                .doesNotContain("&Help Contents");
        assertThat(help).anyMatch(text -> text.startsWith("&Tietoja: "));

        // the same command names in Find Actions (Ctrl+3) and the Keys page: plugin.xml localized from a fragment
        ICommandService commands = window.getService(ICommandService.class);
        assertThat(name(commands, "org.eclipse.ui.help.helpContents")).isEqualTo("Ohjeen sisältö");
        assertThat(name(commands, "org.eclipse.ui.window.resetPerspective")).isEqualTo("Palauta perspektiivi");
        assertThat(name(commands, "org.eclipse.ui.file.save")).isEqualTo("Tallenna");
    }

    private static String name(ICommandService commands, String id) {
        try {
            return commands.getCommand(id).getName();
        } catch (org.eclipse.core.commands.common.NotDefinedException e) {
            throw new AssertionError(id + " is not defined", e);
        }
    }

    /** The labels of a top-level menu's items, filled as when the user opens it (SWT.Show), accelerators cut off. */
    private static List<String> itemsOf(Menu bar, String title) {
        for (MenuItem item : bar.getItems()) {
            if (item.getText().equals(title)) {
                Menu menu = item.getMenu();
                menu.notifyListeners(SWT.Show, new Event());
                List<String> texts = new ArrayList<>();
                for (MenuItem child : menu.getItems()) {
                    String text = child.getText();
                    int tab = text.indexOf('\t');
                    texts.add(tab < 0 ? text : text.substring(0, tab));
                }
                menu.notifyListeners(SWT.Hide, new Event());
                return texts;
            }
        }
        throw new AssertionError("no menu " + title + " in the menu bar");
    }

    @Test
    void platformViewsHaveFinnishNamesAndColumns() throws Exception {
        IWorkbenchPage page = window.getActivePage();
        String[][] views = { { IPageLayout.ID_PROBLEM_VIEW, "Ongelmat" }, { IPageLayout.ID_OUTLINE, "Jäsennys" },
                { IPageLayout.ID_PROP_SHEET, "Ominaisuudet" }, { "org.eclipse.ui.views.ProgressView", "Edistyminen" },
                { "org.eclipse.pde.runtime.LogView", "Virheloki" } };
        for (String[] view : views) {
            IViewPart part = page.showView(view[0]);
            assertThat(((IWorkbenchPart2) part).getPartName()).as(view[0]).isEqualTo(view[1]);
        }
        page.showView(IPageLayout.ID_PROBLEM_VIEW);
        waitUntil(5000, () -> tabTexts().contains("Ongelmat"));
        assertThat(tabTexts()).contains("Ongelmat", "Jäsennys", "Ominaisuudet", "Edistyminen", "Virheloki")
                .noneMatch(t -> t.startsWith("Problems") || t.startsWith("Outline") || t.startsWith("Properties")
                        || t.startsWith("Progress") || t.startsWith("Error Log"));

        List<String> columns = new ArrayList<>();
        collectColumns(window.getShell(), columns);
        assertThat(columns).as("tree columns of the Problems, Properties and Error Log views")
                .contains("Kuvaus", "Resurssi", "Polku", "Sijainti", "Tyyppi")
                .contains("Ominaisuus", "Arvo")
                .contains("Viesti", "Lisäosa", "Päivämäärä");
    }

    private List<String> tabTexts() {
        List<String> texts = new ArrayList<>();
        collectTabs(window.getShell(), texts);
        return texts;
    }

    private static void collectTabs(Control control, List<String> texts) {
        if (control instanceof org.eclipse.swt.custom.CTabFolder folder) {
            for (CTabItem item : folder.getItems()) {
                texts.add(item.getText());
            }
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collectTabs(child, texts);
            }
        }
    }

    private static void collectColumns(Control control, List<String> columns) {
        if (control instanceof Tree tree) {
            for (TreeColumn column : tree.getColumns()) {
                columns.add(column.getText());
            }
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collectColumns(child, columns);
            }
        }
    }

    @Test
    void resetPerspectiveAsksInFinnish() {
        List<String> seen = new ArrayList<>();
        long deadline = System.currentTimeMillis() + 15000;
        Runnable answer = new Runnable() {
            @Override
            public void run() {
                for (Shell shell : display.getShells()) {
                    if (shell.isVisible() && shell != window.getShell() && shell.getParent() == window.getShell()) {
                        seen.add("title:" + shell.getText());
                        collectTexts(shell, seen);
                        for (Button button : buttons(shell)) {
                            if (button.getText().equals("&Ei")) { // JFace's No, from our jface fragment
                                button.notifyListeners(SWT.Selection, new Event());
                                return;
                            }
                        }
                        shell.close(); // not the dialog we expected: close it, the assertions below say why
                        return;
                    }
                }
                if (System.currentTimeMillis() < deadline) {
                    display.timerExec(100, this);
                }
            }
        };
        display.timerExec(300, answer);
        IWorkbenchAction reset = ActionFactory.RESET_PERSPECTIVE.create(window);
        try {
            reset.run(); // opens the question and returns when the dialog has been answered
        } finally {
            reset.dispose();
        }
        assertThat(seen).contains("title:Palauta perspektiivi", "button:&Palauta perspektiivi", "button:&Ei");
        assertThat(seen).anyMatch(t -> t.startsWith("label:Palautetaanko perspektiivin ")
                && t.endsWith(" oletusasettelu?"));
    }

    private static void collectTexts(Control control, List<String> texts) {
        if (control instanceof Label label && !label.getText().isEmpty()) {
            texts.add("label:" + label.getText());
        }
        if (control instanceof Button button) {
            texts.add("button:" + button.getText());
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collectTexts(child, texts);
            }
        }
    }

    private static List<Button> buttons(Composite root) {
        List<Button> found = new ArrayList<>();
        for (Control child : root.getChildren()) {
            if (child instanceof Button button) {
                found.add(button);
            }
            if (child instanceof Composite composite) {
                found.addAll(buttons(composite));
            }
        }
        return found;
    }

    private boolean waitUntil(long millis, BooleanSupplier condition) {
        long until = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < until) {
            if (condition.getAsBoolean()) {
                return true;
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
        return condition.getAsBoolean();
    }
}
