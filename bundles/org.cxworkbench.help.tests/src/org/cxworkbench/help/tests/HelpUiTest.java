package org.cxworkbench.help.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.eclipse.help.internal.server.WebappManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.FormText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The platform's help UI in our workbench, driven by real events: Help > Help Contents through the real menu opens
 * the help window on the help server, whose toc lists our guide; F1 (posted with {@link Display#post}) in the Scores
 * view opens the Help view on the view's context help from our contexts file.
 */
class HelpUiTest {

    static final String SCORES_VIEW = "org.cxworkbench.ui.results.views.scores";
    static final String HELP_VIEW = "org.eclipse.help.ui.HelpView";

    @Test
    void helpContentsThroughTheMenuOpensTheHelpWindowOnOurGuide() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Shell shell = window.getShell();
        Display display = shell.getDisplay();
        Set<Shell> before = Set.of(display.getShells());

        Menu help = topMenu(shell, "Help");
        MenuItem contents = item(help, "Help Contents");
        contents.notifyListeners(SWT.Selection, new Event());

        // the help window: a new shell with a browser on the help server's frameset
        Shell[] helpShell = new Shell[1];
        Browser[] browser = new Browser[1];
        waitUntil(display, 60_000, "the help window", () -> {
            for (Shell s : display.getShells()) {
                if (!before.contains(s) && !s.isDisposed() && s.isVisible()) {
                    Browser b = find(s, Browser.class);
                    if (b != null && b.getUrl() != null && b.getUrl().contains("/help/index.jsp")) {
                        helpShell[0] = s;
                        browser[0] = b;
                        return true;
                    }
                }
            }
            return false;
        });
        assertThat(browser[0].getUrl())
                .startsWith("http://" + WebappManager.getHost() + ":" + WebappManager.getPort() + "/help/index.jsp");

        // the server behind it answers with our toc
        HttpResponse<String> toc = HelpWebappTest.get("/vs/service/toc");
        assertThat(toc.statusCode()).isEqualTo(200);
        assertThat(toc.body()).contains("CX Workbench User Guide");

        // the help window at 1280 x 800, once its frames have loaded our guide's toc
        try {
            helpShell[0].setBounds(0, 0, 1280, 800);
            waitUntil(display, 90_000, "the toc in the help window", () -> Boolean.TRUE.equals(browser[0].evaluate(
                    "function has(w) { try { if (w.document.body && w.document.body.innerText.indexOf("
                            + "'CX Workbench User Guide') >= 0) return true; } catch (e) { }"
                            + " for (var i = 0; i < w.frames.length; i++) { if (has(w.frames[i])) return true; }"
                            + " return false; } return has(window);")));
            // the page is painted by WebKit's own process after the DOM is there
            settle(display, 10_000);
            screenshot(helpShell[0], "help-contents.png");
        } finally {
            helpShell[0].close();
            settle(display, 500);
        }
    }

    /** F1 in each main view opens its context help: the context's description and its user guide page. */
    @TestFactory
    Stream<DynamicTest> f1InEachMainViewOpensItsContextHelp() {
        String[][] views = {
                { SCORES_VIEW, "Each metric of the selected journey", "Reading scores and intervals" },
                { "org.cxworkbench.ui.drivers.views.keyDrivers", "Which experience measurement points explain",
                        "Key Drivers" },
                { "org.cxworkbench.ui.drivers.views.accounts", "The accounts of a B2B journey riskiest first",
                        "Accounts" },
                { "org.cxworkbench.ui.comments.views.comments", "The open comments of the selected touchpoint",
                        "Comments" },
                { "org.cxworkbench.ui.followups.views.followUps", "The follow-ups that the import rules created",
                        "Follow-ups" } };
        return Arrays.stream(views).map(v -> DynamicTest.dynamicTest(v[0], () -> f1InAViewOpensItsContextHelp(v[0],
                v[1], v[2])));
    }

    private static void f1InAViewOpensItsContextHelp(String viewId, String description, String topic) throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window.getActivePage();
        Display display = window.getShell().getDisplay();
        IViewPart helpView = page.findView(HELP_VIEW);
        if (helpView != null) {
            page.hideView(helpView);
        }
        // only the workbench window: the help shows context help in its Help view when that window is active
        for (Shell other : display.getShells()) {
            if (other != window.getShell() && other.isVisible()) {
                other.close();
            }
        }
        window.getShell().forceActive();
        waitUntil(display, 10_000, "the workbench window active", () -> display.getActiveShell() == window.getShell());
        IViewPart view = page.showView(viewId);
        page.activate(view);
        view.setFocus();
        settle(display, 500);
        Control focus = display.getFocusControl();
        assertThat(focus).as("a control of the view " + viewId + " has the focus").isNotNull();

        // F1 as the keyboard sends it: our key binding runs Show Contextual Help, and the help UI shows the focused
        // control's context (the view's id, set with setHelp) in its Help view; Help events are counted to tell
        // which way it came
        int[] helpEvents = new int[1];
        org.eclipse.swt.widgets.Listener counter = e -> helpEvents[0]++;
        display.addFilter(SWT.Help, counter);
        Set<Shell> before = Set.of(display.getShells());
        try {
            postKey(display, SWT.F1);
            waitUntil(display, 30_000, "the context help of " + viewId, () -> page.findView(HELP_VIEW) != null
                    && texts(window.getShell()).stream().anyMatch(t -> t.contains(description))
                    || newShells(display, before).stream().anyMatch(sh -> texts(sh).stream()
                            .anyMatch(t -> t.contains(description))),
                    () -> "Help events: " + helpEvents[0] + ", Help view: " + page.findView(HELP_VIEW) + ", new shells: "
                            + newShells(display, before).stream().map(Shell::getText).toList());
        } finally {
            display.removeFilter(SWT.Help, counter);
        }
        List<String> shown = new ArrayList<>(texts(window.getShell()));
        newShells(display, before).forEach(sh -> shown.addAll(texts(sh)));
        assertThat(shown).anyMatch(t -> t.contains(topic));
        newShells(display, before).forEach(Shell::close);
        IViewPart help = page.findView(HELP_VIEW);
        if (help != null) {
            page.hideView(help);
        }
        if (!SCORES_VIEW.equals(viewId)) {
            page.hideView(view);
        }
    }

    static List<Shell> newShells(Display display, Set<Shell> before) {
        return Arrays.stream(display.getShells()).filter(sh -> !before.contains(sh) && !sh.isDisposed()
                && sh.isVisible()).toList();
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    static Menu topMenu(Shell shell, String label) {
        for (MenuItem item : shell.getMenuBar().getItems()) {
            if (item.getText().replace("&", "").equals(label)) {
                Menu menu = item.getMenu();
                // let the menu managers fill it, as opening it does
                menu.notifyListeners(SWT.Show, new Event());
                return menu;
            }
        }
        throw new AssertionError("no menu " + label);
    }

    static MenuItem item(Menu menu, String label) {
        List<String> labels = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            String text = item.getText().replace("&", "").split("\t")[0];
            labels.add(text);
            if (text.equals(label)) {
                return item;
            }
        }
        throw new AssertionError("no item " + label + " in " + labels);
    }

    static <T extends Control> T find(Control control, Class<T> type) {
        if (type.isInstance(control)) {
            return type.cast(control);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                T found = find(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The texts shown under {@code control}: labels, links and the forms' rich texts. */
    static List<String> texts(Control control) {
        List<String> texts = new ArrayList<>();
        collect(control, texts);
        return texts;
    }

    private static void collect(Control control, List<String> texts) {
        if (control.isDisposed()) {
            return;
        }
        if (control instanceof FormText formText) {
            texts.add(formTextOf(formText));
        } else if (control instanceof org.eclipse.swt.widgets.Label label) {
            texts.add(label.getText());
        } else if (control instanceof org.eclipse.swt.widgets.Link link) {
            texts.add(link.getText());
        } else if (control instanceof org.eclipse.ui.forms.widgets.Hyperlink link) {
            texts.add(link.getText());
        }
        if (control instanceof Composite composite) {
            Arrays.stream(composite.getChildren()).forEach(c -> collect(c, texts));
        }
    }

    /** FormText keeps what it shows in its model; its accessible text is the words a reader hears. */
    private static String formTextOf(FormText formText) {
        try {
            Field model = FormText.class.getDeclaredField("model");
            model.setAccessible(true);
            Object m = model.get(formText);
            return String.valueOf(m.getClass().getMethod("getAccessibleText").invoke(m));
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot read a FormText", e);
        }
    }

    static void postKey(Display display, int keyCode) {
        for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
            Event event = new Event();
            event.type = type;
            event.keyCode = keyCode;
            if (!display.post(event)) {
                throw new AssertionError("Display.post refused a key event");
            }
        }
        settle(display, 100);
    }

    static void settle(Display display, long millis) {
        long until = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < until) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    static void waitUntil(Display display, long millis, String what, BooleanSupplier condition) {
        waitUntil(display, millis, what, condition, () -> "");
    }

    static void waitUntil(Display display, long millis, String what, BooleanSupplier condition,
            java.util.function.Supplier<String> state) {
        long until = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("timed out waiting for " + what + " " + state.get());
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    static Path screenshot(Shell shell, String name) throws Exception {
        Path folder = Path.of(System.getProperty("cxw.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        Path file = folder.resolve(name);
        Display display = shell.getDisplay();
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
        } finally {
            gc.dispose();
        }
        try {
            ImageData data = image.getImageData();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { data };
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            image.dispose();
        }
        return file;
    }
}
