package org.cxworkbench.ui.editor.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.cxworkbench.core.journey.JourneyDocument;
import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.diagram.MapScene;
import org.cxworkbench.diagram.ui.MapViewer;
import org.cxworkbench.model.journey.IdentifiedElement;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.JourneyPackage;
import org.cxworkbench.model.journey.LocalizedText;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.model.journey.Touchpoint;
import org.cxworkbench.ui.editor.JourneyEditor;
import org.cxworkbench.ui.editor.internal.MapPage;
import org.cxworkbench.ui.editor.internal.NewJourneyWizard;
import org.cxworkbench.ui.testsupport.Ui;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Validation markers, the New Journey wizard and the New Measurement Point dialog, in the real workbench. */
class JourneyEditorFeaturesTest {

    @AfterEach
    void closeEditors() {
        EditorFixture.closeAll();
    }

    private static IMarker[] markers(IFile file) throws Exception {
        return file.findMarkers(JourneyEditor.MARKER_TYPE, true, IResource.DEPTH_ZERO);
    }

    private static boolean hasMarkerFor(IFile file, String elementId) {
        try {
            return Arrays.stream(markers(file))
                    .anyMatch(m -> elementId.equals(m.getAttribute(JourneyEditor.MARKER_ELEMENT_ID, null)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void clearingAMetricShowsAProblemMarkerThatGoesWhenItIsFixed() throws Exception {
        IFile file = EditorFixture.sample(SampleJourneys.RETAIL_B2C, "markers");
        JourneyEditor editor = EditorFixture.open(file);
        MeasurementPoint point = editor.getJourney().getMeasurementPoints().stream()
                .filter(p -> "CES online checkout".equals(p.getName())).findFirst().orElseThrow();
        Ui.settle(1500); // the validation after opening (300 ms later) has run
        assertThat(hasMarkerFor(file, point.getId())).as("the sample's point is valid").isFalse();

        List<List<?>> told = new java.util.ArrayList<>();
        editor.addFindingsListener(findings -> told.add(findings));
        TreeItem points = Ui.itemStartingWith(editor.getStructurePage().viewer().getTree().getItems(),
                "Measurement Points");
        editor.getStructurePage().viewer().collapseAll();
        editor.getStructurePage().viewer().setExpandedState(points.getData(), true);
        Ui.settle(200);
        Ui.click(Ui.centre(Ui.itemStartingWith(points.getItems(), "CES online checkout")));
        Ui.waitUntil("the point's details", 3000, () -> editor.getStructurePage().details().element() == point);

        Text metric = JourneyEditorTest.field(editor, "metricId");
        assertThat(metric.getText()).isEqualTo("ces5");
        Ui.focus(metric);
        Ui.ctrl('a');
        Ui.waitUntil("the metric selected", 2000, () -> metric.getSelectionCount() == 4);
        Ui.backspace();
        Ui.waitUntil("the metric cleared", 2000, () -> metric.getText().isEmpty());
        Ui.enter();
        assertThat(point.getMetricId()).isNullOrEmpty();

        Ui.waitUntil("a marker for the point", 10_000, () -> hasMarkerFor(file, point.getId()));
        IMarker marker = Arrays.stream(markers(file))
                .filter(m -> point.getId().equals(m.getAttribute(JourneyEditor.MARKER_ELEMENT_ID, null)))
                .findFirst().orElseThrow();
        assertThat(marker.getAttribute(IMarker.SEVERITY, -1)).isEqualTo(IMarker.SEVERITY_ERROR);
        assertThat(marker.getAttribute(IMarker.MESSAGE, "")).startsWith("MeasurementPoint 'CES online checkout'");
        assertThat(marker.isSubtypeOf(IMarker.PROBLEM)).isTrue();
        Ui.waitUntil("the findings listener", 3000, () -> !told.isEmpty());
        assertThat(editor.getFindings()).anyMatch(f -> f.element() == point);

        // the Problems view's double-click: open the editor on the marker, which selects the element
        Ui.click(Ui.centre(Ui.itemStartingWith(editor.getStructurePage().viewer().getTree().getItems(), "Stages")));
        Ui.waitUntil("another selection", 3000, () -> editor.getStructurePage().details().element() == null);
        IDE.openEditor(EditorFixture.page(), marker);
        Ui.settle(300);
        assertThat(((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection())
                .getFirstElement()).isSameAs(point);

        Text again = metric.isDisposed() ? JourneyEditorTest.field(editor, "metricId") : metric;
        Ui.focus(again);
        Ui.type("ces5");
        Ui.waitUntil("the typing", 3000, () -> "ces5".equals(again.getText()));
        Ui.enter();
        assertThat(point.getMetricId()).isEqualTo("ces5");
        Ui.waitUntil("the marker to go", 10_000, () -> !hasMarkerFor(file, point.getId()));
    }

    @Test
    void theMapPageTakesAMetricDropUndoneFromTheStructurePageDecoratesProblemsAndExports() throws Exception {
        IFile file = EditorFixture.sample(SampleJourneys.RETAIL_B2C, "map");
        JourneyEditor editor = EditorFixture.openOnMap(file);
        assertThat(editor.getActivePage()).isEqualTo(editor.getMapPageIndex());
        MapPage map = editor.getMapPage();
        MapViewer viewer = map.viewer();
        Journey journey = editor.getJourney();
        assertThat(viewer.getScene().lanes()).hasSize(journey.getStages().size());
        assertThat(map.palette().metricEntry("nps")).as("the palette lists the registry's metrics").isNotNull();

        // a metric dropped on a touchpoint opens the New Measurement Point dialog for it, with the metric chosen
        Touchpoint touchpoint = journey.getTouchpoints().stream().filter(t -> "Store checkout".equals(t.getName()))
                .findFirst().orElseThrow();
        MapScene.Rect box = viewer.getScene().node(touchpoint).bounds();
        org.eclipse.swt.graphics.Point at = viewer.toControl(box.centerX(), box.centerY());
        int before = journey.getMeasurementPoints().size();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Ui.display().asyncExec(() -> {
            try {
                fillInTheDialog(touchpoint);
            } catch (Throwable t) {
                failure.set(t);
                Shell open = dialogShell();
                if (open != null) {
                    open.close();
                }
            }
        });
        MeasurementPoint created = viewer.dropMetric("nps", at.x, at.y);
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        assertThat(created).isNotNull();
        assertThat(created.getAttachedTo()).isSameAs(touchpoint);
        assertThat(created.getMetricId()).isEqualTo("nps");
        assertThat(journey.getMeasurementPoints()).hasSize(before + 1);
        Ui.settle(300);
        assertThat(viewer.getScene().badge(created)).as("drawn as a badge on its touchpoint").isNotNull();
        assertThat(editor.isDirty()).isTrue();
        Ui.screenshot(editor.getSite().getShell(), "journey-editor-map-drop.png");

        // one command stack: undone and redone by keyboard on the Structure page
        editor.setActivePage(editor.getStructurePageIndex());
        Ui.settle(300);
        Ui.focus(editor.getStructurePage().viewer().getTree());
        Ui.ctrl('z');
        Ui.waitUntil("the drop undone", 3000, () -> journey.getMeasurementPoints().size() == before);
        Ui.ctrl('y');
        Ui.waitUntil("the drop redone", 3000, () -> journey.getMeasurementPoints().contains(created));
        editor.setActivePage(editor.getMapPageIndex());
        Ui.settle(300);

        // a validation problem is decorated on the map, and the decoration goes with the problem
        EditingDomain domain = editor.getEditingDomain();
        domain.getCommandStack().execute(SetCommand.create(domain, created,
                JourneyPackage.Literals.MEASUREMENT_POINT__METRIC_ID, "no-such-metric"));
        Ui.waitUntil("a decoration on the point", 10_000, () -> viewer.getDecorations().problem(created) != null);
        domain.getCommandStack().undo();
        Ui.waitUntil("the decoration to go", 10_000, () -> viewer.getDecorations().problem(created) == null);

        // the map as shown, exported as PNG and SVG by a background job
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("map-export");
        java.nio.file.Path png = folder.resolve("map.png");
        java.nio.file.Path svg = folder.resolve("map.svg");
        Job pngJob = map.export(png, 1);
        pngJob.schedule();
        pngJob.join();
        Job svgJob = map.export(svg, 1);
        svgJob.schedule();
        svgJob.join();
        assertThat(pngJob.getResult().isOK()).as(pngJob.getResult().toString()).isTrue();
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThan(800);
        assertThat(java.nio.file.Files.readString(svg)).contains("<svg").contains("Store checkout", "NPS");
    }

    @Test
    void theNewJourneyWizardCreatesAJourneyFromASampleWithNewIds() throws Exception {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        NewJourneyWizard wizard = new NewJourneyWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(EditorFixture.project()));
        WizardDialog dialog = new WizardDialog(shell, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Ui.settle(300);
        wizard.getPage().setFileName("from-sample");
        Button service = (Button) Ui.find(dialog.getShell(),
                c -> "SERVICE_B2B".equals(c.getData("org.cxworkbench.template"))).get(0);
        Ui.click(service);
        assertThat(wizard.getPage().getTemplate()).isEqualTo(NewJourneyWizard.Template.SERVICE_B2B);
        Ui.screenshot(dialog.getShell(), "new-journey-wizard.png");
        Button finish = button(dialog.getShell(), IDialogConstants.FINISH_LABEL);
        assertThat(finish.isEnabled()).isTrue();
        Ui.click(finish);
        Ui.waitUntil("the wizard to close", 5000, () -> dialog.getShell() == null || dialog.getShell().isDisposed());

        IFile created = EditorFixture.project().getFile("from-sample.journey");
        assertThat(created.exists()).isTrue();
        assertThat(wizard.getCreatedFile()).isEqualTo(created);
        JourneyDocument copy = JourneyFiles.load(created.getLocation().toPath());
        JourneyDocument sample = JourneyFiles.load(org.cxworkbench.core.journey.SampleJourneys.copyTo(
                SampleJourneys.SERVICE_B2B, java.nio.file.Files.createTempDirectory("sample")));
        assertThat(copy.journey().getName()).isEqualTo(sample.journey().getName());
        assertThat(copy.journey().getStages()).hasSameSizeAs(sample.journey().getStages());
        assertThat(copy.journey().getTouchpoints()).hasSameSizeAs(sample.journey().getTouchpoints());
        assertThat(ids(copy)).as("a copy has ids of its own").doesNotContainAnyElementsOf(ids(sample));
        Ui.waitUntil("the editor on the new file", 5000, () -> EditorFixture.page()
                .getActiveEditor() instanceof JourneyEditor e && e.getFile().equals(created));

        NewJourneyWizard blank = new NewJourneyWizard();
        blank.init(PlatformUI.getWorkbench(), new StructuredSelection(EditorFixture.project()));
        WizardDialog blankDialog = new WizardDialog(shell, blank);
        blankDialog.setBlockOnOpen(false);
        blankDialog.open();
        Ui.settle(300);
        blank.getPage().setFileName("blank-one");
        Ui.click(button(blankDialog.getShell(), IDialogConstants.FINISH_LABEL));
        Ui.waitUntil("the wizard to close", 5000,
                () -> blankDialog.getShell() == null || blankDialog.getShell().isDisposed());
        JourneyDocument empty = JourneyFiles.load(EditorFixture.project().getFile("blank-one.journey").getLocation()
                .toPath());
        assertThat(empty.journey().getName()).isEqualTo("blank-one");
        assertThat(empty.journey().getStages()).isEmpty();
        assertThat(empty.journey().getChannels()).hasSize(8);
    }

    private static Set<String> ids(JourneyDocument document) {
        Set<String> ids = new java.util.HashSet<>();
        document.resource().getAllContents().forEachRemaining(o -> {
            if (o instanceof IdentifiedElement e) {
                ids.add(e.getId());
            }
        });
        return ids;
    }

    private static Button button(Shell shell, String label) {
        List<Control> found = Ui.find(shell, c -> c instanceof Button b && label.equals(b.getText()));
        assertThat(found).as("a button " + label).isNotEmpty();
        return (Button) found.get(0);
    }

    @Test
    void theNewMeasurementPointDialogAttachesAPointWithItsQuestionsAndScaleInOneCommand() throws Exception {
        IFile file = EditorFixture.sample(SampleJourneys.RETAIL_B2C, "point");
        JourneyEditor editor = EditorFixture.open(file);
        Touchpoint touchpoint = editor.getJourney().getTouchpoints().get(0);
        int before = editor.getJourney().getMeasurementPoints().size();
        editor.setSelectionToViewers(new StructuredSelection(touchpoint));
        Ui.settle(200);
        TreeItem selected = editor.getStructurePage().viewer().getTree().getSelection()[0];
        assertThat(selected.getText()).isEqualTo(touchpoint.getName());

        // the entry of the Structure page's context menu and the Journey menu; its dialog is modal, so the person's
        // part runs inside the dialog's own event loop
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        PlatformUI.getWorkbench().getDisplay().timerExec(300, () -> {
            try {
                fillInTheDialog(touchpoint);
            } catch (Throwable t) {
                failure.set(t);
                Shell open = dialogShell();
                if (open != null) {
                    open.close();
                }
            }
        });
        editor.getNewMeasurementPointAction().run();
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        assertThat(dialogShell()).isNull();

        List<MeasurementPoint> points = editor.getJourney().getMeasurementPoints();
        assertThat(points).hasSize(before + 1);
        MeasurementPoint created = points.get(points.size() - 1);
        assertThat(created.getAttachedTo()).isSameAs(touchpoint);
        assertThat(created.getMetricId()).isEqualTo("nps");
        assertThat(created.getQuestions().stream().collect(Collectors.toMap(LocalizedText::getLanguage,
                LocalizedText::getText))).containsOnly(
                        java.util.Map.entry("en", "how likely are you to recommend us"),
                        java.util.Map.entry("fi", "kuinka todennakoisesti suosittelisit meita"));
        assertThat(created.getScale().getMin()).isZero();
        assertThat(created.getScale().getMax()).isEqualTo(10);
        assertThat(((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection())
                .getFirstElement()).as("the new point is selected").isSameAs(created);
        assertThat(editor.isDirty()).isTrue();

        editor.getCommandStackActions().undo().run();
        assertThat(editor.getJourney().getMeasurementPoints()).as("one undo takes it all back").hasSize(before);
        assertThat(editor.isDirty()).isFalse();
    }

    private static void fillInTheDialog(Touchpoint touchpoint) throws Exception {
        Ui.waitUntil("the dialog", 5000, () -> dialogShell() != null);
        Shell dialog = dialogShell();
        dialog.forceActive(); // there is no window manager under Xvfb to give a new window the keyboard
        Ui.settle(200);
        Combo metric = (Combo) field(dialog, "metric");
        Combo target = (Combo) field(dialog, "target");
        assertThat(target.getText()).isEqualTo("    Touchpoint: " + touchpoint.getName());
        int nps = Arrays.asList(metric.getItems()).indexOf(Arrays.stream(metric.getItems())
                .filter(i -> i.endsWith("(nps)")).findFirst().orElseThrow());
        metric.select(nps);
        metric.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertThat(((org.eclipse.swt.widgets.Spinner) field(dialog, "scale.min")).getSelection()).isZero();
        assertThat(((org.eclipse.swt.widgets.Spinner) field(dialog, "scale.max")).getSelection()).isEqualTo(10);
        Text english = (Text) field(dialog, "question.en");
        Ui.focus(english);
        Ui.type("how likely are you to recommend us");
        Ui.waitUntil("the typing", 3000, () -> english.getText().equals("how likely are you to recommend us"));
        Text finnish = (Text) field(dialog, "question.fi");
        Ui.focus(finnish);
        Ui.type("kuinka todennakoisesti suosittelisit meita");
        Ui.waitUntil("the typing", 3000,
                () -> finnish.getText().equals("kuinka todennakoisesti suosittelisit meita"));
        Ui.screenshot(dialog, "new-measurement-point.png");
        Ui.click(button(dialog, IDialogConstants.OK_LABEL));
    }

    private static Shell dialogShell() {
        for (Shell shell : PlatformUI.getWorkbench().getDisplay().getShells()) {
            if (!shell.isDisposed() && shell.isVisible() && "New Measurement Point".equals(shell.getText())) {
                return shell;
            }
        }
        return null;
    }

    private static Control field(Shell shell, String name) {
        List<Control> found = Ui.find(shell, c -> name.equals(c.getData("org.cxworkbench.field")));
        assertThat(found).as("a field " + name).hasSize(1);
        return found.get(0);
    }

    /** Texts of a tree's items (property name and value columns), expanded categories included. */
    private static List<String> rows(org.eclipse.swt.widgets.TreeItem[] items) {
        List<String> rows = new java.util.ArrayList<>();
        for (org.eclipse.swt.widgets.TreeItem item : items) {
            rows.add(item.getText(0) + "=" + item.getText(1));
            rows.addAll(rows(item.getItems()));
        }
        return rows;
    }

    private static List<String> propertyRows(org.eclipse.ui.IViewPart sheet) {
        List<Control> trees = Ui.find(((org.eclipse.ui.part.PageBookView) sheet).getCurrentPage().getControl(),
                c -> c instanceof org.eclipse.swt.widgets.Tree);
        return trees.isEmpty() ? List.of() : rows(((org.eclipse.swt.widgets.Tree) trees.get(0)).getItems());
    }

    @Test
    void thePropertiesViewShowsWhatIsClickedOnTheMap() throws Exception {
        IFile file = EditorFixture.sample(SampleJourneys.RETAIL_B2C, "map-properties");
        JourneyEditor editor = EditorFixture.openOnMap(file);
        org.eclipse.ui.IViewPart sheet = EditorFixture.page().showView(org.eclipse.ui.IPageLayout.ID_PROP_SHEET);
        EditorFixture.page().activate(editor);
        Ui.settle(300);
        MapViewer viewer = editor.getMapPage().viewer();
        Journey journey = editor.getJourney();
        Touchpoint touchpoint = journey.getTouchpoints().stream().filter(t -> "Store checkout".equals(t.getName()))
                .findFirst().orElseThrow();
        assertThat(propertyRows(sheet)).noneMatch(r -> r.endsWith("=Store checkout"));

        // a click on the touchpoint's box (notified: posted presses land at the screen's origin under Xvfb)
        MapScene.Rect box = viewer.getScene().node(touchpoint).bounds();
        org.eclipse.swt.graphics.Point at = viewer.toControl(box.centerX(), box.centerY());
        mouse(viewer.getControl(), SWT.MouseDown, at);
        mouse(viewer.getControl(), SWT.MouseUp, at);
        Ui.waitUntil("the touchpoint selected", 3000,
                () -> viewer.getSelection().getFirstElement() == touchpoint);
        Ui.waitUntil("the touchpoint's properties", 5000,
                () -> propertyRows(sheet).stream().anyMatch(r -> r.endsWith("=Store checkout")));

        // and a measurement point's badge shows the point's properties
        MeasurementPoint point = journey.getMeasurementPoints().stream()
                .filter(p -> p.getAttachedTo() instanceof Touchpoint && viewer.getScene().badge(p) != null)
                .findFirst().orElseThrow();
        MapScene.Rect badge = viewer.getScene().badge(point).bounds();
        org.eclipse.swt.graphics.Point onBadge = viewer.toControl(badge.centerX(), badge.centerY());
        mouse(viewer.getControl(), SWT.MouseDown, onBadge);
        mouse(viewer.getControl(), SWT.MouseUp, onBadge);
        Ui.waitUntil("the point selected", 3000, () -> viewer.getSelection().getFirstElement() == point);
        Ui.waitUntil("the point's properties", 5000,
                () -> propertyRows(sheet).stream().anyMatch(r -> r.endsWith("=" + point.getName())));
        assertThat(propertyRows(sheet)).anyMatch(r -> r.endsWith("=" + point.getMetricId()));
        Ui.screenshot(editor.getSite().getShell(), "journey-editor-map-properties.png");
        EditorFixture.page().hideView(sheet);
    }

    private static void mouse(Control control, int type, org.eclipse.swt.graphics.Point at) {
        org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
        event.button = 1;
        event.count = 1;
        event.x = at.x;
        event.y = at.y;
        control.notifyListeners(type, event);
        Ui.settle(50);
    }
}
