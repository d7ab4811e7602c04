package org.cxworkbench.ui.results.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.model.journey.Stage;
import org.cxworkbench.model.journey.Touchpoint;
import org.cxworkbench.ui.analysis.AnalysisContext;
import org.cxworkbench.ui.editor.JourneyEditor;
import org.cxworkbench.ui.results.JourneySelection;
import org.cxworkbench.ui.results.internal.views.ScoresView;
import org.cxworkbench.ui.testsupport.Ui;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The selection helper of the results views, driven by clicks on a journey editor's Structure page: it reports the
 * clicked journey element on the UI thread, says which touchpoint a measurement point belongs to, refreshes when the
 * analysis context changes, and stops when its control is disposed.
 */
class JourneySelectionTest {

    @AfterEach
    void close() {
        Ui.page().closeAllEditors(false);
        AnalysisContext.get().setSegment(null);
        Ui.settle(100);
    }

    private static void select(Tree tree, EObject element) {
        TreeItem item = Ui.itemOf(tree.getItems(), element);
        assertThat(item).as("the row of " + element + " on the Structure page").isNotNull();
        tree.showItem(item);
        Ui.settle(100);
        Ui.click(tree, item.getBounds());
        if (!Arrays.asList(tree.getSelection()).contains(item)) {
            // the pointer missed (a window manager's offset under Xvfb): the same selection event, sent to the tree
            tree.setSelection(item);
            Event event = new Event();
            event.item = item;
            tree.notifyListeners(SWT.Selection, event);
        }
        assertThat(tree.getSelection()).containsExactly(item);
    }

    @Test
    void reportsTheClickedElementAndStopsWithItsControl() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("JourneySelectionTests");
        if (!project.exists()) {
            project.create(new NullProgressMonitor());
        }
        project.open(new NullProgressMonitor());
        IFile file = project.getFile("retail-" + System.nanoTime() + ".journey");
        try (InputStream in = SampleJourneys.open(SampleJourneys.RETAIL_B2C)) {
            file.create(in, true, new NullProgressMonitor());
        }
        JourneyEditor editor = (JourneyEditor) IDE.openEditor(Ui.page(), file, true);
        editor.setActivePage(editor.getStructurePageIndex());
        ScoresView view = (ScoresView) Ui.page().showView(ScoresView.ID);
        Ui.page().activate(editor);
        Ui.settle(300);

        Shell owner = new Shell(Ui.display());
        List<EObject> seen = new ArrayList<>();
        AtomicInteger refreshes = new AtomicInteger();
        JourneySelection selection = JourneySelection.track(view, owner, s -> {
            assertThat(Ui.display().getThread()).isSameAs(Thread.currentThread());
            seen.add(s.element());
        }).refreshOnAnalysisContext(refreshes::incrementAndGet);
        assertThat(selection.isEmpty()).isTrue();

        Journey journey = editor.getJourney();
        Touchpoint chat = journey.getTouchpoints().stream().filter(t -> "Customer service chat".equals(t.getName()))
                .findFirst().orElseThrow();
        MeasurementPoint point = journey.getMeasurementPoints().stream().filter(p -> p.getAttachedTo() == chat)
                .findFirst().orElseThrow();
        Stage stage = journey.getStages().get(0);
        @SuppressWarnings("restriction")
        Tree tree = editor.getStructurePage().viewer().getTree();
        editor.getStructurePage().viewer().expandAll();
        Ui.settle(200);

        select(tree, chat);
        Ui.waitUntil("the touchpoint reported", 5000, () -> seen.contains(chat));
        assertThat(selection.isEmpty()).isFalse();
        assertThat(selection.element()).isSameAs(chat);
        assertThat(selection.touchpoint()).isSameAs(chat);
        assertThat(selection.journey()).isSameAs(journey);
        assertThat(selection.journeyFile()).isNull();

        select(tree, point);
        Ui.waitUntil("the measurement point reported", 5000, () -> seen.contains(point));
        assertThat(selection.element()).isSameAs(point);
        assertThat(selection.touchpoint()).as("the touchpoint the point measures").isSameAs(chat);
        assertThat(selection.elementOrAttachment()).isSameAs(chat);

        select(tree, stage);
        Ui.waitUntil("the stage reported", 5000, () -> seen.contains(stage));
        assertThat(selection.touchpoint()).isNull();
        assertThat(selection.elementOrAttachment()).isSameAs(stage);

        int before = refreshes.get();
        AnalysisContext.get().setSegment("JourneySelectionTest");
        Ui.waitUntil("a refresh after the segment changed", 5000, () -> refreshes.get() > before);

        owner.dispose();
        assertThat(selection.isDisposed()).isTrue();
        int reported = seen.size();
        int refreshed = refreshes.get();
        select(tree, chat);
        AnalysisContext.get().setSegment(null);
        Ui.settle(800);
        assertThat(seen).as("nothing reported after the control's disposal").hasSize(reported);
        assertThat(refreshes.get()).isEqualTo(refreshed);
        assertThat(selection.element()).isSameAs(stage);
    }
}
