package org.cxworkbench.ui.editor.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cxworkbench.core.journey.JourneyDocument;
import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.Stage;
import org.cxworkbench.ui.editor.JourneyEditor;
import org.cxworkbench.ui.editor.internal.DetailsForm;
import org.cxworkbench.ui.testsupport.Ui;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The journey editor in the real workbench, driven by posted mouse and key events: opening from the Workspace view,
 * editing in the Structure page, undo and redo by keyboard, the dirty flag, saving and reopening, and a damaged file.
 */
class JourneyEditorTest {

    private static final String WORKSPACE_VIEW = "org.cxworkbench.ui.views.workspace";

    @AfterEach
    void closeEditors() {
        EditorFixture.closeAll();
    }

    @Test
    void openingAJourneyInTheWorkspaceViewOpensTheJourneyEditor() throws Exception {
        IFile file = EditorFixture.sample(SampleJourneys.RETAIL_B2C, "open");
        IViewPart view = EditorFixture.page().showView(WORKSPACE_VIEW);
        CommonNavigator navigator = (CommonNavigator) view;
        navigator.getCommonViewer().refresh();
        navigator.getCommonViewer().expandToLevel(file.getProject(), 1);
        Ui.settle(300);
        Tree tree = navigator.getCommonViewer().getTree();
        TreeItem project = Ui.item(tree.getItems(), EditorFixture.PROJECT);
        TreeItem item = Ui.item(project.getItems(), file.getName());
        tree.showItem(item);
        Ui.settle(200);
        Ui.click(Ui.centre(item));
        Ui.waitUntil("the file selected", 2000, () -> tree.getSelection().length == 1
                && tree.getSelection()[0] == item);

        // Enter on the selected file: the keyboard's double-click (a double-click posted through XTest is not
        // recognised as one by the navigator under Xvfb; the open event is the same)
        Ui.enter();
        try {
            Ui.waitUntil("the journey editor", 10_000,
                    () -> EditorFixture.page().getActiveEditor() instanceof JourneyEditor);
        } catch (AssertionError e) {
            Ui.screenshot(tree.getShell(), "double-click-failed.png");
            throw new AssertionError(e.getMessage() + "; active editor " + EditorFixture.page().getActiveEditor()
                    + ", active part " + EditorFixture.page().getActivePart() + ", selection "
                    + List.of(tree.getSelection()));
        }

        JourneyEditor editor = (JourneyEditor) EditorFixture.page().getActiveEditor();
        assertThat(editor.getFile()).isEqualTo(file);
        assertThat(editor.getPartName()).isEqualTo(file.getName());
        assertThat(editor.getLoadError()).isNull();
        assertThat(editor.getActivePage()).as("the map first").isEqualTo(editor.getMapPageIndex());
        Ui.settle(500);
        Ui.screenshot(editor.getSite().getShell(), "journey-editor-map.png");
        editor.setActivePage(editor.getStructurePageIndex());
        Ui.settle(200);
        TreeItem[] folders = editor.getStructurePage().viewer().getTree().getItems();
        assertThat(folders[0].getText()).isEqualTo("Stages (7)");
        assertThat(List.of(folders[0].getItems()).stream().map(TreeItem::getText)).startsWith("Need", "Search",
                "Purchase");
        assertThat(editor.isDirty()).isFalse();

        Shell shell = editor.getSite().getShell();
        editor.getStructurePage().viewer().expandToLevel(3);
        TreeItem purchase = Ui.item(folders[0].getItems(), "Purchase");
        Ui.click(Ui.centre(purchase));
        Ui.settle(500);
        Path png = Ui.screenshot(shell, "journey-editor-structure.png");
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }

    @Test
    void aQuickDoubleClickOnAJourneyInTheWorkspaceViewOpensItWithoutExpandingIt() throws Exception {
        IFile file = EditorFixture.sample(SampleJourneys.SERVICE_B2B, "double-click");
        IViewPart view = EditorFixture.page().showView(WORKSPACE_VIEW);
        CommonNavigator navigator = (CommonNavigator) view;
        navigator.getCommonViewer().refresh();
        navigator.getCommonViewer().expandToLevel(file.getProject(), 1);
        Ui.settle(300);
        Tree tree = navigator.getCommonViewer().getTree();
        TreeItem item = Ui.item(Ui.item(tree.getItems(), EditorFixture.PROJECT).getItems(), file.getName());
        tree.showItem(item);
        Ui.settle(200);

        // select and double-click at once, as a quick double-click does: before the navigator has updated its
        // Open handler for the new selection (notified: a posted double-click is not one for GTK under Xvfb)
        tree.setFocus();
        tree.setSelection(item);
        org.eclipse.swt.widgets.Event select = new org.eclipse.swt.widgets.Event();
        select.item = item;
        tree.notifyListeners(org.eclipse.swt.SWT.Selection, select);
        org.eclipse.swt.widgets.Event twice = new org.eclipse.swt.widgets.Event();
        twice.item = item;
        tree.notifyListeners(org.eclipse.swt.SWT.DefaultSelection, twice);

        Ui.waitUntil("the journey editor", 10_000,
                () -> EditorFixture.page().getActiveEditor() instanceof JourneyEditor editor
                        && file.equals(editor.getFile()));
        assertThat(item.getExpanded()).as("the file was opened, not expanded").isFalse();
        assertThat(EditorFixture.page().getEditorReferences()).as("opened once").hasSize(1);
    }

    @Test
    void aNameEditedInTheDetailsFormIsUndoneAndRedoneByKeyboardAndSaved() throws Exception {
        IFile file = EditorFixture.sample(SampleJourneys.RETAIL_B2C, "rename");
        JourneyEditor editor = EditorFixture.open(file);
        Journey journey = editor.getJourney();
        Stage search = journey.getStages().get(1);
        assertThat(search.getName()).isEqualTo("Search");

        Tree tree = editor.getStructurePage().viewer().getTree();
        TreeItem stages = tree.getItems()[0];
        Ui.click(Ui.centre(Ui.item(stages.getItems(), "Search")));
        Ui.waitUntil("the details of the stage", 3000, () -> editor.getStructurePage().details().element() == search);
        assertThat(((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).getFirstElement())
                .as("the editor's selection is the Structure page's").isSameAs(search);

        Text name = field(editor, "name");
        assertThat(name.getText()).isEqualTo("Search");
        Ui.focus(name);
        Ui.ctrl('a');
        Ui.waitUntil("the name selected", 2000, () -> name.getSelectionCount() == "Search".length());
        Ui.type("compare offers");
        Ui.waitUntil("the typing", 3000, () -> "compare offers".equals(name.getText()));
        Ui.enter();
        assertThat(search.getName()).isEqualTo("compare offers");
        assertThat(editor.isDirty()).isTrue();
        assertThat(editor.getCommandStackActions().undo().getText()).isEqualTo("&Undo Rename");
        Ui.waitUntil("the tree label", 2000,
                () -> List.of(stages.getItems()).stream().anyMatch(i -> "compare offers".equals(i.getText())));

        Ui.ctrl('z');
        Ui.waitUntil("the undo", 2000, () -> "Search".equals(search.getName()));
        assertThat(editor.isDirty()).as("back at the saved state").isFalse();
        Ui.waitUntil("the field to follow the undo", 2000, () -> "Search".equals(name.getText()));

        Ui.ctrl('y');
        Ui.waitUntil("the redo", 2000, () -> "compare offers".equals(search.getName()));
        assertThat(editor.isDirty()).isTrue();

        Ui.ctrl('s');
        Ui.waitUntil("the save", 5000, () -> !editor.isDirty());
        assertThat(file.isSynchronized(0)).as("the workspace knows the saved file").isTrue();
        JourneyDocument saved = JourneyFiles.load(file.getLocation().toPath());
        assertThat(saved.journey().getStages().get(1).getName()).isEqualTo("compare offers");
        assertThat(saved.journey().getStages().get(1).getId()).isEqualTo(search.getId());
        assertThat(Files.exists(JourneyFiles.backupOf(file.getLocation().toPath()))).as("the backup").isTrue();

        EditorFixture.closeAll();
        JourneyEditor reopened = EditorFixture.open(file);
        assertThat(reopened.getJourney().getStages().get(1).getName()).isEqualTo("compare offers");
        assertThat(List.of(reopened.getStructurePage().viewer().getTree().getItems()[0].getItems()).stream()
                .map(TreeItem::getText)).contains("compare offers").doesNotContain("Search");
        assertThat(reopened.isDirty()).isFalse();
    }

    @Test
    void aDamagedFileOpensReadOnlyWithItsErrorAndIsNeverSavedOver() throws Exception {
        byte[] damaged = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xmi:XMI xmi:version=\"2.0\" "
                + "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:journey=\"http://cxworkbench.org/journey/1.0\">\n"
                + "  <journey:Journey id=\"j1\" name=\"Broken\">\n    <stages id=\"s1\" name=\"Need\"\n"
                + "</xmi:XMI>\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        IFile file = EditorFixture.file("damaged", damaged);
        JourneyEditor editor = EditorFixture.open(file);

        assertThat(editor.getJourney()).isNull();
        assertThat(editor.getLoadError()).contains(file.getName()).contains(":5:").contains("damaged XML");
        assertThat(editor.getStructurePage().form().getMessage()).isEqualTo(editor.getLoadError());
        assertThat(editor.getStructurePage().viewer().getTree().getItemCount()).isZero();
        assertThat(editor.isDirty()).isFalse();
        assertThat(editor.isSaveAsAllowed()).isFalse();
        assertThat(editor.getEditingDomain().isReadOnly(editor.getEditingDomain().getResourceSet().getResources()
                .get(0))).isTrue();

        NullProgressMonitor monitor = new NullProgressMonitor();
        editor.doSave(monitor);
        assertThat(monitor.isCanceled()).as("the save is refused").isTrue();
        assertThat(Files.readAllBytes(file.getLocation().toPath())).isEqualTo(damaged);
        assertThat(Files.exists(JourneyFiles.backupOf(file.getLocation().toPath()))).isFalse();
        Ui.screenshot(editor.getSite().getShell(), "journey-editor-damaged.png");
    }

    @Test
    void thePropertiesViewEditsThroughTheItemProvidersOnTheEditorsCommandStack() throws Exception {
        IFile file = EditorFixture.sample(SampleJourneys.SERVICE_B2B, "properties");
        JourneyEditor editor = EditorFixture.open(file);
        Stage stage = editor.getJourney().getStages().get(0);
        String before = stage.getName();
        editor.setSelectionToViewers(new org.eclipse.jface.viewers.StructuredSelection(stage));
        EditorFixture.page().showView(org.eclipse.ui.IPageLayout.ID_PROP_SHEET);
        Ui.settle(300);

        org.eclipse.ui.views.properties.IPropertySheetPage sheet = editor
                .getAdapter(org.eclipse.ui.views.properties.IPropertySheetPage.class);
        assertThat(sheet).isNotNull();
        org.eclipse.ui.views.properties.IPropertySource source = new org.cxworkbench.ui.emf.ItemPropertySourceProvider(
                ((org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain) editor.getEditingDomain())
                        .getAdapterFactory(), editor.getEditingDomain()).getPropertySource(stage);
        org.eclipse.ui.views.properties.IPropertyDescriptor name = java.util.Arrays
                .stream(source.getPropertyDescriptors()).filter(d -> "Name".equals(d.getDisplayName()))
                .findFirst().orElseThrow();
        assertThat(source.getPropertyValue(name.getId())).isEqualTo(before);
        assertThat(name.createPropertyEditor(editor.getSite().getShell())).as("a text cell editor").isNotNull();
        source.setPropertyValue(name.getId(), "Onboarding");
        assertThat(stage.getName()).isEqualTo("Onboarding");
        assertThat(editor.isDirty()).isTrue();
        assertThat(editor.getCommandStackActions().undo().getText()).isEqualTo("&Undo Set Name");
        Ui.waitUntil("the tree label", 2000, () -> List.of(editor.getStructurePage().viewer().getTree().getItems()[0]
                .getItems()).stream().anyMatch(i -> "Onboarding".equals(i.getText())));
        Ui.ctrl('z');
        Ui.waitUntil("the undo", 2000, () -> before.equals(stage.getName()));
        assertThat(editor.isDirty()).isFalse();
    }

    static Text field(JourneyEditor editor, String feature) {
        List<Control> found = Ui.find(editor.getStructurePage().details().control(),
                c -> feature.equals(c.getData(DetailsForm.FEATURE_KEY)));
        assertThat(found).as("a field for " + feature).hasSize(1);
        return (Text) found.get(0);
    }

    static IEditorPart active() {
        return EditorFixture.page().getActiveEditor();
    }
}
