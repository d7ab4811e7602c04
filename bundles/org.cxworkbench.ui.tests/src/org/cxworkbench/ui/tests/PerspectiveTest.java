package org.cxworkbench.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

import org.cxworkbench.ui.internal.JourneyPerspective;
import org.cxworkbench.ui.internal.views.WorkspaceView;
import org.cxworkbench.ui.testsupport.Ui;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * The CX Design &amp; Analysis perspective in the real workbench: its views, the Window menu, and Reset Perspective run
 * from the menu item (with its confirmation answered) after views were closed and opened.
 */
class PerspectiveTest {

    private static final Set<String> EXPECTED_VIEWS = Set.of(WorkspaceView.ID, IPageLayout.ID_OUTLINE,
            IPageLayout.ID_PROP_SHEET, IPageLayout.ID_PROBLEM_VIEW, JourneyPerspective.PROGRESS_VIEW,
            JourneyPerspective.ERROR_LOG_VIEW);

    @Test
    void thePerspectiveHasItsViewsAndResetBringsThemBack() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window.getActivePage();
        Display display = window.getShell().getDisplay();
        page.resetPerspective();
        Ui.settle(display, 300);

        assertThat(page.getPerspective().getId()).isEqualTo(JourneyPerspective.ID);
        assertThat(page.getPerspective().getLabel()).isEqualTo("CX Design & Analysis");
        Set<String> initial = viewIds(page);
        assertThat(initial).containsAll(EXPECTED_VIEWS);
        boolean scoresInstalled = PlatformUI.getWorkbench().getViewRegistry()
                .find(JourneyPerspective.SCORES_VIEW) != null;
        assertThat(initial.contains(JourneyPerspective.SCORES_VIEW))
                .as("the Scores view is shown exactly when its bundle is installed").isEqualTo(scoresInstalled);
        assertThat(page.isEditorAreaVisible()).isTrue();

        // a person closes two views and opens one the perspective does not have
        page.hideView(page.findViewReference(IPageLayout.ID_PROBLEM_VIEW));
        page.hideView(page.findViewReference(IPageLayout.ID_OUTLINE));
        page.showView(IPageLayout.ID_BOOKMARKS);
        Ui.settle(display, 200);
        assertThat(viewIds(page)).doesNotContain(IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_OUTLINE)
                .contains(IPageLayout.ID_BOOKMARKS);

        // Window > Reset Perspective..., and Reset in the question it asks
        Shell shell = window.getShell();
        Menu windowMenu = topMenu(shell, "Window");
        assertThat(items(windowMenu)).contains("Show View", "Preferences");
        MenuItem reset = item(windowMenu, "Reset Perspective");
        AtomicReference<String> question = new AtomicReference<>();
        answerNextDialog(shell, question);
        reset.notifyListeners(SWT.Selection, new Event());
        assertThat(Ui.waitFor(display, 5000, () -> viewIds(page).equals(initial)))
                .as("the layout is back: " + viewIds(page)).isTrue();
        assertThat(question.get()).as("Reset asked first").isNotNull();
    }

    @Test
    void showViewListsThePerspectivesViews() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Menu windowMenu = topMenu(window.getShell(), "Window");
        MenuItem showView = item(windowMenu, "Show View");
        Menu submenu = showView.getMenu();
        submenu.notifyListeners(SWT.Show, new Event()); // fills the shortlist as opening it does
        assertThat(items(submenu)).contains("Workspace", "Problems", "Progress", "Error Log", "Other...");
        submenu.notifyListeners(SWT.Hide, new Event());
    }

    private static Set<String> viewIds(IWorkbenchPage page) {
        Set<String> ids = new TreeSet<>();
        for (IViewReference reference : page.getViewReferences()) {
            ids.add(reference.getId());
        }
        return ids;
    }

    private static Menu topMenu(Shell shell, String text) {
        MenuItem item = item(shell.getMenuBar(), text);
        Menu menu = item.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        menu.notifyListeners(SWT.Hide, new Event());
        return menu;
    }

    private static MenuItem item(Menu menu, String text) {
        return Arrays.stream(menu.getItems()).filter(i -> label(i).equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + text + " in " + items(menu)));
    }

    private static java.util.List<String> items(Menu menu) {
        return Arrays.stream(menu.getItems()).map(PerspectiveTest::label).toList();
    }

    /** A menu item's text without mnemonic, accelerator and trailing dots of a dialog. */
    private static String label(MenuItem item) {
        String text = item.getText().replace("&", "");
        int tab = text.indexOf('\t');
        text = tab >= 0 ? text.substring(0, tab) : text;
        return text.endsWith("...") && !text.equals("Other...") ? text.substring(0, text.length() - 3) : text;
    }

    /** Presses the default button of the next dialog the workbench window opens, remembering its title. */
    static void answerNextDialog(Shell parent, AtomicReference<String> title) {
        Display display = parent.getDisplay();
        Runnable[] poll = new Runnable[1];
        long until = System.currentTimeMillis() + 10_000;
        poll[0] = () -> {
            for (Shell dialog : parent.getShells()) {
                if (dialog.isVisible() && dialog.getDefaultButton() != null) {
                    title.set(dialog.getText());
                    Button button = dialog.getDefaultButton();
                    button.notifyListeners(SWT.Selection, new Event());
                    return;
                }
            }
            if (System.currentTimeMillis() < until) {
                display.timerExec(50, poll[0]);
            }
        };
        display.timerExec(50, poll[0]);
    }
}
