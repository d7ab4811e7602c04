package org.cxworkbench.nl.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart2;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * The Window menu, the Problems view and Help Contents in the language the workbench runs in, and a 1280x800
 * screenshot {@code workbench-<language>.png}. The build runs it in Finnish; for Swedish run the same tests with
 * {@code -Dtycho.testArgLine=-Dosgi.nl=sv} (docs/translations.md).
 */
class WorkbenchLanguageTest {

    /** Per language: the Window menu, the Problems view's name, Help > Help Contents, Window > Preferences. */
    private static final Map<String, List<String>> EXPECTED = Map.of(
            "fi", List.of("&Ikkuna", "Ongelmat", "&Ohjeen sisältö", "&Asetukset..."),
            "sv", List.of("&Fönster", "Problem", "&Hjälpinnehåll", "&Inställningar..."));

    @Test
    void windowMenuProblemsViewAndHelpContentsSpeakTheLanguageOfTheRun() throws Exception {
        String language = Platform.getNL().substring(0, 2);
        List<String> expected = EXPECTED.get(language);
        assertThat(expected).as("run with -Dosgi.nl=fi or -Dosgi.nl=sv, not " + Platform.getNL()).isNotNull();
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Display display = window.getShell().getDisplay();
        Menu bar = window.getShell().getMenuBar();

        List<String> top = texts(bar);
        assertThat(top).contains(expected.get(0));
        int help = top.size() - 1; // Help is the last menu, whatever its name
        assertThat(itemsOf(bar, top.indexOf(expected.get(0)))).contains(expected.get(3));
        assertThat(itemsOf(bar, help)).contains(expected.get(2));

        IWorkbenchPage page = window.getActivePage();
        IViewPart problems = page.showView(IPageLayout.ID_PROBLEM_VIEW);
        assertThat(((IWorkbenchPart2) problems).getPartName()).isEqualTo(expected.get(1));

        Shell shell = window.getShell();
        shell.setBounds(0, 0, 1280, 800);
        page.resetPerspective(); // the default layout, whatever other tests opened
        page.showView(IPageLayout.ID_PROBLEM_VIEW);
        long until = System.currentTimeMillis() + 3000;
        while (System.currentTimeMillis() < until) { // lay out and paint
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
        Path folder = Path.of(System.getProperty("cxw.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        Path file = folder.resolve("workbench-" + language + ".png");
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
        assertThat(Files.size(file)).isGreaterThan(10_000);
    }

    private static List<String> texts(Menu menu) {
        List<String> texts = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            String text = item.getText();
            int tab = text.indexOf('\t');
            texts.add(tab < 0 ? text : text.substring(0, tab));
        }
        return texts;
    }

    /** The item labels of the menu bar's {@code index}th menu, filled as when the user opens it (SWT.Show). */
    private static List<String> itemsOf(Menu bar, int index) {
        Menu menu = bar.getItem(index).getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        List<String> texts = texts(menu);
        menu.notifyListeners(SWT.Hide, new Event());
        return texts;
    }
}
