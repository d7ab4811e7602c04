package org.cxworkbench.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.cxworkbench.ui.internal.JourneyPerspective;
import org.cxworkbench.ui.internal.WorkspaceSetup;
import org.cxworkbench.ui.internal.views.WorkspaceView;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * The real workbench, started by Tycho's UI harness with our application under Xvfb: the window, its title, the
 * perspective and the Workspace view, and a screenshot of what a person would see.
 */
class WorkbenchWindowTest {

    @Test
    void theWindowIsTitledCxWorkbenchAndShowsTheWorkspace() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertThat(window).as("a workbench window is open").isNotNull();
        Shell shell = window.getShell();
        assertThat(shell.isVisible()).isTrue();
        assertThat(shell.getText()).isEqualTo("CX Workbench");

        IWorkbenchPage page = window.getActivePage();
        assertThat(page.getPerspective().getId()).isEqualTo(JourneyPerspective.ID);

        IViewPart part = page.findView(WorkspaceView.ID);
        assertThat(part).as("the Workspace view is part of the perspective").isInstanceOf(WorkspaceView.class);
        WorkspaceView view = (WorkspaceView) part;
        assertThat(view.getTitle()).isEqualTo("Workspace");

        settle(shell.getDisplay());
        TreeItem[] items = view.getCommonViewer().getTree().getItems();
        assertThat(Arrays.stream(items).map(TreeItem::getText)).contains(WorkspaceSetup.JOURNEYS_PROJECT);
        var journeys = ResourcesPlugin.getWorkspace().getRoot().getProject(WorkspaceSetup.JOURNEYS_PROJECT);
        assertThat(journeys.isOpen()).isTrue();
        assertThat(journeys.getFile("retail-b2c.journey").exists()).as("a new workspace has the samples").isTrue();
        assertThat(journeys.getFile("service-b2b.journey").exists()).isTrue();
        view.getCommonViewer().expandToLevel(journeys, 1);
        settle(shell.getDisplay());

        Path png = screenshot(shell, "workbench.png");
        assertThat(Files.size(png)).as("a PNG with content").isGreaterThan(10_000);
    }

    /** Lets the window finish laying out and painting before it is looked at. */
    private static void settle(Display display) {
        long until = System.currentTimeMillis() + 1500;
        while (System.currentTimeMillis() < until) {
            if (!display.readAndDispatch()) {
                display.timerExec(50, () -> { });
                display.sleep();
            }
        }
    }

    private static Path screenshot(Shell shell, String name) throws Exception {
        Path folder = Path.of(System.getProperty("cxw.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        Path file = folder.resolve(name);
        Display display = shell.getDisplay();
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
        return file;
    }
}
