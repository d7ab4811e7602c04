package org.cxworkbench.ui.editor.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.diagram.MapFilter;
import org.cxworkbench.diagram.ui.MapViewer;
import org.cxworkbench.ui.editor.JourneyEditor;
import org.cxworkbench.ui.testsupport.Ui;
import org.eclipse.core.resources.IFile;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The pictures of the documentation: each sample in the editor on the Map page in a 1280×800 window, plain and
 * with filters, and the Structure page, written to the {@code cxw.screenshots} folder.
 */
class EditorScreenshotsTest {

    @AfterEach
    void closeEditors() {
        EditorFixture.closeAll();
    }

    private static Path shot(Shell shell, String name) throws Exception {
        Ui.settle(600);
        Path file = Ui.screenshot(shell, name);
        ImageData image = new ImageData(file.toString());
        assertThat(image.width).isEqualTo(shell.getBounds().width);
        assertThat(Files.size(file)).as(name + " holds a picture").isGreaterThan(20_000);
        return file;
    }

    private static JourneyEditor openAt1280x800(String sample, String prefix) throws Exception {
        IFile file = EditorFixture.sample(sample, prefix);
        Shell shell = EditorFixture.page().getWorkbenchWindow().getShell();
        shell.setMaximized(false);
        shell.setBounds(0, 0, 1280, 800);
        Ui.settle(300);
        JourneyEditor editor = EditorFixture.openOnMap(file);
        assertThat(editor.getActivePage()).isEqualTo(editor.getMapPageIndex());
        // the map gets the window (as a double-click on the editor's tab does), at 100 % from its top left corner
        EditorFixture.page().setPartState(EditorFixture.page().getReference(editor),
                org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        Ui.settle(300);
        MapViewer viewer = editor.getMapPage().viewer();
        viewer.zoomReset();
        viewer.setScroll(0, 0);
        assertThat(shell.getBounds().width).isEqualTo(1280);
        return editor;
    }

    @Test
    void eachSampleOnTheMapPagePlainAndFiltered() throws Exception {
        JourneyEditor retail = openAt1280x800(SampleJourneys.RETAIL_B2C, "screenshot-retail");
        Shell shell = retail.getSite().getShell();
        MapViewer viewer = retail.getMapPage().viewer();
        shot(shell, "journey-editor-retail.png");
        viewer.zoomToFit();
        shot(shell, "journey-editor-retail-fit.png");
        viewer.zoomReset();
        viewer.setScroll(0, 0);
        viewer.setFilter(MapFilter.ALL.withMeasurementPoints(false));
        assertThat(viewer.getScene().badges()).isEmpty();
        shot(shell, "journey-editor-retail-no-points.png");
        viewer.setFilter(MapFilter.ALL.withIndirectTouchpoints(false));
        shot(shell, "journey-editor-retail-no-indirect.png");
        viewer.setFilter(MapFilter.ALL.withMeasurementPoints(false).withIndirectTouchpoints(false));
        shot(shell, "journey-editor-retail-filtered.png");
        viewer.setFilter(MapFilter.ALL);
        EditorFixture.page().setPartState(EditorFixture.page().getReference(retail),
                org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
        viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(retail.getJourney().getTouchpoints()
                .get(0)));
        retail.setActivePage(retail.getStructurePageIndex());
        retail.getStructurePage().viewer().expandToLevel(2);
        shot(shell, "journey-editor-structure.png");
        EditorFixture.closeAll();

        JourneyEditor b2b = openAt1280x800(SampleJourneys.SERVICE_B2B, "screenshot-b2b");
        MapViewer b2bViewer = b2b.getMapPage().viewer();
        shot(shell, "journey-editor-b2b.png");
        b2bViewer.zoomToFit();
        shot(shell, "journey-editor-b2b-fit.png");
        b2bViewer.zoomReset();
        b2bViewer.setScroll(0, 0);
        b2bViewer.setFilter(MapFilter.ALL.withMeasurementPoints(false));
        shot(shell, "journey-editor-b2b-no-points.png");
        b2bViewer.setFilter(MapFilter.ALL.withIndirectTouchpoints(false));
        shot(shell, "journey-editor-b2b-no-indirect.png");
        b2bViewer.setFilter(MapFilter.ALL);
        EditorFixture.page().setPartState(EditorFixture.page().getReference(b2b),
                org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
    }
}
