package org.cxworkbench.diagram.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.cxworkbench.core.journey.JourneyDocument;
import org.cxworkbench.core.journey.JourneyEditing;
import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.diagram.MapFilter;
import org.cxworkbench.diagram.MapDecorations;
import org.cxworkbench.diagram.MapScene;
import org.cxworkbench.diagram.MapScene.LaneFigure;
import org.cxworkbench.diagram.MapScene.NodeFigure;
import org.cxworkbench.diagram.MapScene.Rect;
import org.cxworkbench.diagram.ScoreOverlay;
import org.cxworkbench.diagram.ui.MapPalette;
import org.cxworkbench.diagram.ui.MapViewer;
import org.cxworkbench.diagram.ui.PaletteEntry;
import org.cxworkbench.diagram.ui.PaletteEntry.Kind;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.JourneyFactory;
import org.cxworkbench.model.journey.LocalizedText;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.model.journey.Stage;
import org.cxworkbench.model.journey.Touchpoint;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The map viewer and its palette in a shell of their own, on a copy of a sample journey, driven by real mouse and
 * key events posted to the display (Xvfb): every edit lands in the model through the command stack and undoes.
 */
class MapViewerTest {

    @TempDir
    Path folder;

    private Display display;
    private Shell shell;
    private MapViewer viewer;
    private MapPalette palette;
    private AdapterFactoryEditingDomain domain;
    private Journey journey;
    private final List<String> asked = new ArrayList<>();

    private void open(String sample) throws Exception {
        JourneyDocument document = JourneyFiles.load(SampleJourneys.copyTo(sample, folder));
        open(JourneyEditing.newDomain(document), document.resource());
    }

    private void open(AdapterFactoryEditingDomain domain, Resource resource) {
        this.domain = domain;
        this.journey = (Journey) resource.getContents().get(0);
        display = Display.getDefault();
        shell = new Shell(display, SWT.SHELL_TRIM);
        shell.setText("Map viewer test");
        shell.setLayout(new GridLayout(2, false));
        palette = new MapPalette(shell, journey, org.cxworkbench.metrics.MetricRegistry.getDefault());
        palette.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));
        viewer = new MapViewer(shell, domain, resource);
        viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        palette.connect(viewer);
        viewer.setMeasurementPointRequest((metricId, target) -> {
            asked.add(metricId + "@" + target.getName());
            Map<String, String> questions = new LinkedHashMap<>();
            questions.put("en", "How likely are you to recommend us?");
            questions.put("fi", "Kuinka todennäköisesti suosittelisit meitä?");
            return questions;
        });
        shell.setSize(1280, 800);
        shell.setLocation(0, 0);
        shell.open();
        shell.forceActive();
        settle(400);
        viewer.getControl().setFocus();
        settle(100);
    }

    @AfterEach
    void close() {
        if (shell != null && !shell.isDisposed()) {
            shell.dispose();
        }
    }

    // ---- the tests

    @Test
    void thePaletteCreatesAStageAndATouchpointThatUndoAndRedo() throws Exception {
        open(SampleJourneys.RETAIL_B2C);
        assertThat(palette.getEntries()).extracting(PaletteEntry::kind).contains(Kind.SELECT, Kind.MARQUEE,
                Kind.STAGE, Kind.TOUCHPOINT, Kind.PATH, Kind.METRIC);
        assertThat(palette.getEntries().stream().filter(e -> e.kind() == Kind.TOUCHPOINT).count())
                .as("one touchpoint entry per channel, and one without").isEqualTo(journey.getChannels().size() + 1);
        assertThat(palette.metricEntry("nps")).as("the built-in metrics come from the registry").isNotNull();
        viewer.setZoom(0.5);
        settle(100);
        int stages = journey.getStages().size();
        click(palette.button(palette.entry(Kind.STAGE)));
        assertThat(viewer.getTool().kind()).isEqualTo(Kind.STAGE);
        MapScene scene = viewer.getScene();
        LaneFigure last = scene.lanes().get(scene.lanes().size() - 1);
        clickModel(last.bounds().right() + 60, 100);
        assertThat(journey.getStages()).hasSize(stages + 1);
        Stage added = journey.getStages().get(stages);
        assertThat(added.getName()).isEqualTo("New stage");
        assertThat(viewer.getTool().kind()).as("back to Select after creating").isEqualTo(Kind.SELECT);
        assertThat(viewer.getScene().lane(added).bounds().x()).isGreaterThan(last.bounds().right());

        click(palette.button(palette.entry(Kind.TOUCHPOINT)));
        Rect lane = viewer.getScene().lane(added).bounds();
        clickModel(lane.centerX(), lane.y() + 150);
        assertThat(added.getTouchpoints()).hasSize(1);
        Touchpoint created = added.getTouchpoints().get(0);
        assertThat(viewer.getScene().node(created).bounds().x()).isBetween(lane.x(), lane.right());
        assertThat(viewer.getSelection().toList()).containsExactly(created);

        CommandStack stack = domain.getCommandStack();
        stack.undo();
        assertThat(added.getTouchpoints()).isEmpty();
        assertThat(journey.getTouchpoints()).doesNotContain(created);
        stack.undo();
        assertThat(journey.getStages()).hasSize(stages);
        stack.redo();
        stack.redo();
        assertThat(journey.getStages()).hasSize(stages + 1);
        assertThat(added.getTouchpoints()).containsExactly(created);
        assertThat(viewer.getScene().node(created)).as("the map follows the model").isNotNull();
    }

    @Test
    void draggingAMetricOntoATouchpointAttachesAMeasurementPoint() throws Exception {
        open(SampleJourneys.RETAIL_B2C);
        NodeFigure node = viewer.getScene().nodes().get(1);
        Touchpoint target = node.touchpoint();
        int points = journey.getMeasurementPoints().size();
        click(palette.button(palette.metricEntry("csat")));
        assertThat(viewer.getTool().metricId()).isEqualTo("csat");

        // over the body of a lane (no touchpoint there) the drop is refused
        LaneFigure lane = node.lane();
        double emptyY = viewer.getScene().bounds().bottom() - 8;
        moveModel(lane.bounds().x() + 3, emptyY);
        assertThat(viewer.metricTarget(lane.bounds().x() + 3, emptyY)).isNull();
        assertThat(viewer.getCursorShape()).isEqualTo(SWT.CURSOR_NO);

        // press in the title band, drag onto the touchpoint, release there
        Point from = viewer.toControl(viewer.getScene().titleBand().x() + 300, -20);
        Point to = viewer.toControl(node.bounds().centerX(), node.bounds().y() + 15);
        drag(from, to);
        assertThat(journey.getMeasurementPoints()).hasSize(points + 1);
        MeasurementPoint point = journey.getMeasurementPoints().get(points);
        assertThat(point.getAttachedTo()).isSameAs(target);
        assertThat(point.getMetricId()).isEqualTo("csat");
        assertThat(point.getQuestions()).extracting(LocalizedText::getLanguage).containsExactly("en", "fi");
        assertThat(point.getQuestions().get(1).getText()).isEqualTo("Kuinka todennäköisesti suosittelisit meitä?");
        assertThat(point.getScale()).as("the scale comes from the metric").isNotNull();
        assertThat(point.getScale().getMin()).isEqualTo(1);
        assertThat(point.getScale().getMax()).isEqualTo(5);
        assertThat(asked).containsExactly("csat@" + target.getName());
        assertThat(viewer.getScene().badge(point)).as("drawn as a badge").isNotNull();

        domain.getCommandStack().undo();
        assertThat(journey.getMeasurementPoints()).hasSize(points).doesNotContain(point);
        domain.getCommandStack().redo();
        assertThat(journey.getMeasurementPoints()).contains(point);
        assertThat(point.getQuestions()).hasSize(2);

        // on a stage's header: the stage
        Stage stage = journey.getStages().get(0);
        Rect header = viewer.getScene().lane(stage).header();
        Point onHeader = viewer.toControl(header.centerX(), header.y() + 6);
        MeasurementPoint onStage = viewer.dropMetric("nps", onHeader.x, onHeader.y);
        assertThat(onStage.getAttachedTo()).isSameAs(stage);
    }

    @Test
    void draggingFromTheConnectHandleConnectsTwoTouchpoints() throws Exception {
        open(SampleJourneys.RETAIL_B2C);
        MapScene scene = viewer.getScene();
        NodeFigure a = scene.nodes().get(0);
        NodeFigure b = scene.nodes().stream().filter(n -> n.lane() != a.lane()).findFirst().orElseThrow();
        int paths = journey.getPaths().size();
        clickModel(a.bounds().centerX(), a.bounds().y() + 10);
        assertThat(viewer.getSelection().toList()).containsExactly(a.touchpoint());
        Point handle = viewer.toControl(a.bounds().right() + 8 * 1.2 / viewer.getZoom(), a.bounds().centerY());
        drag(handle, viewer.toControl(b.bounds().centerX(), b.bounds().y() + 12));
        assertThat(journey.getPaths()).hasSize(paths + 1);
        var path = journey.getPaths().get(paths);
        assertThat(path.getFrom()).isSameAs(a.touchpoint());
        assertThat(path.getTo()).isSameAs(b.touchpoint());
        assertThat(viewer.getScene().edge(path)).isNotNull();
        assertThat(viewer.getDiagram().getEdges().stream().anyMatch(e -> e.getElement() == path))
                .as("a notation edge too").isTrue();
        domain.getCommandStack().undo();
        assertThat(journey.getPaths()).hasSize(paths);
        domain.getCommandStack().redo();
        assertThat(journey.getPaths()).contains(path);
    }

    @Test
    void movingABoxIntoAnotherLaneChangesItsStageInOneUndoableCommand() throws Exception {
        open(SampleJourneys.RETAIL_B2C);
        MapScene scene = viewer.getScene();
        NodeFigure node = scene.nodes().get(0);
        Stage before = node.touchpoint().getStage();
        LaneFigure other = scene.lanes().stream().filter(l -> l.stage() != null && l.stage() != before)
                .findFirst().orElseThrow();
        clickModel(node.bounds().centerX(), node.bounds().y() + 10);
        Point from = viewer.toControl(node.bounds().centerX(), node.bounds().y() + 10);
        Point to = viewer.toControl(other.bounds().centerX(), node.bounds().y() + 10);
        drag(from, to);
        assertThat(node.touchpoint().getStage()).isSameAs(other.stage());
        Rect moved = viewer.getScene().node(node.touchpoint()).bounds();
        assertThat(moved.x()).isBetween(other.bounds().x(), other.bounds().right());
        domain.getCommandStack().undo();
        assertThat(node.touchpoint().getStage()).isSameAs(before);
        assertThat(viewer.getScene().node(node.touchpoint()).bounds()).isEqualTo(node.bounds());
        domain.getCommandStack().redo();
        assertThat(node.touchpoint().getStage()).isSameAs(other.stage());
    }

    @Test
    void deleteKeyDeletesTheSelectionAndF2Renames() throws Exception {
        open(SampleJourneys.SERVICE_B2B);
        NodeFigure node = viewer.getScene().nodes().get(2);
        Touchpoint touchpoint = node.touchpoint();
        clickModel(node.bounds().centerX(), node.bounds().y() + 10);
        key(SWT.F2, (char) 0);
        assertThat(viewer.getNameEditor()).as("F2 opens the name editor").isNotNull();
        viewer.getNameEditor().setText("Renamed by F2");
        key(SWT.CR, '\r');
        assertThat(viewer.getNameEditor()).isNull();
        assertThat(touchpoint.getName()).isEqualTo("Renamed by F2");

        // Esc cancels
        key(SWT.F2, (char) 0);
        viewer.getNameEditor().setText("Not this");
        key(SWT.ESC, (char) 27);
        assertThat(touchpoint.getName()).isEqualTo("Renamed by F2");

        domain.getCommandStack().undo();
        assertThat(touchpoint.getName()).isNotEqualTo("Renamed by F2");
        domain.getCommandStack().redo();

        viewer.getControl().setFocus();
        key(SWT.DEL, (char) 127);
        assertThat(journey.getTouchpoints()).doesNotContain(touchpoint);
        assertThat(journey.getPaths()).noneMatch(p -> p.getFrom() == touchpoint || p.getTo() == touchpoint);
        assertThat(viewer.getSelection().isEmpty()).isTrue();
        domain.getCommandStack().undo();
        assertThat(journey.getTouchpoints()).contains(touchpoint);
        assertThat(viewer.getScene().node(touchpoint)).isNotNull();
    }

    @Test
    void zoomChangesThePaintedSize() throws Exception {
        open(SampleJourneys.SERVICE_B2B);
        viewer.setZoom(0.25);
        viewer.setScroll(0, 0);
        settle(100);
        int quarter = paintedRight();
        viewer.setZoom(0.5);
        viewer.setScroll(0, 0);
        settle(100);
        int half = paintedRight();
        Rect bounds = viewer.getScene().bounds();
        // the last lane ends at bounds.right, MARGIN model pixels right of where the map's left edge is drawn
        double right = bounds.width() + MapViewer.MARGIN;
        assertThat(quarter).isBetween((int) (right * 0.25) - 3, (int) (right * 0.25) + 3);
        assertThat(half).as("twice as wide at twice the zoom").isBetween((int) (right * 0.5) - 3,
                (int) (right * 0.5) + 3);
        assertThat(viewer.getZoom()).isEqualTo(0.5);
        viewer.setZoom(10);
        assertThat(viewer.getZoom()).as("at most 400 %").isEqualTo(MapViewer.MAX_ZOOM);
        viewer.setZoom(0.01);
        assertThat(viewer.getZoom()).as("at least 25 %").isEqualTo(MapViewer.MIN_ZOOM);
    }

    @Test
    void aMarqueeSelectsTheBoxesInsideIt() throws Exception {
        open(SampleJourneys.RETAIL_B2C);
        MapScene scene = viewer.getScene();
        LaneFigure lane = scene.lanes().get(0);
        List<NodeFigure> inLane = scene.nodes().stream().filter(n -> n.lane() == lane).toList();
        assertThat(inLane).isNotEmpty();
        double top = inLane.stream().mapToDouble(n -> n.bounds().y()).min().orElseThrow() - 6;
        double bottom = inLane.stream().mapToDouble(n -> n.bounds().bottom()).max().orElseThrow() + 6;
        Point from = viewer.toControl(lane.bounds().x() + 2, top);
        Point to = viewer.toControl(lane.bounds().right() - 2, bottom);
        drag(from, to);
        List<Object> selected = viewer.getSelection().toList();
        assertThat(selected).containsAll(inLane.stream().map(NodeFigure::touchpoint).toList());
        assertThat(selected).filteredOn(Touchpoint.class::isInstance)
                .allMatch(t -> ((Touchpoint) t).getStage() == lane.stage());
    }

    @Test
    void screenshotsOfBothSamplesPlainAndFiltered() throws Exception {
        for (String sample : SampleJourneys.names()) {
            open(sample);
            viewer.zoomToFit();
            settle(300);
            String base = sample.replace(".journey", "");
            assertThat(Files.size(screenshot(base + "-map.png"))).isGreaterThan(10_000);
            viewer.setFilter(MapFilter.ALL.withMeasurementPoints(false).withIndirectTouchpoints(false));
            viewer.zoomToFit();
            settle(300);
            assertThat(viewer.getScene().badges()).isEmpty();
            assertThat(viewer.getScene().nodes()).allMatch(n -> n.touchpoint().isDirect());
            assertThat(Files.size(screenshot(base + "-map-filtered.png"))).isGreaterThan(10_000);
            shell.dispose();
        }
    }

    @Test
    void benchmarkAPaletteDropOnAThousandTouchpoints() throws Exception {
        AdapterFactoryEditingDomain big = JourneyEditing.newDomain();
        Resource resource = big.getResourceSet().createResource(URI.createFileURI(folder.resolve("big.journey")
                .toString()));
        resource.getContents().add(bigJourney(1000, 3000, 10));
        long t0 = System.nanoTime();
        open(big, resource);
        long opened = System.nanoTime() - t0;
        NodeFigure node = viewer.getScene().nodes().get(500);
        viewer.reveal(node.touchpoint());
        settle(100);
        List<Long> times = new ArrayList<>();
        Rectangle size = viewer.getControl().getBounds();
        Image offscreen = new Image(display, size.width, size.height);
        for (int i = 0; i < 7; i++) {
            Point p = viewer.toControl(node.bounds().centerX(), node.bounds().y() + 12);
            long start = System.nanoTime();
            MeasurementPoint point = viewer.dropMetric("nps", p.x, p.y);
            // the repaint, synchronously: the canvas paints itself (scene rebuilt from the changed model) into an
            // image of its size
            GC gc = new GC(offscreen);
            try {
                viewer.getControl().print(gc);
            } finally {
                gc.dispose();
            }
            times.add(System.nanoTime() - start);
            assertThat(point.getAttachedTo()).isSameAs(node.touchpoint());
        }
        offscreen.dispose();
        List<Long> warm = new ArrayList<>(times.subList(2, times.size()));
        warm.sort(null);
        double median = warm.get(warm.size() / 2) / 1e6;
        String line = String.format(java.util.Locale.ROOT,
                "palette drop (attach + repaint), 1000 touchpoints / 3000 paths: first %.1f ms, warm median %.1f ms;"
                        + " open with layout %.0f ms%n", times.get(0) / 1e6, median, opened / 1e6);
        System.out.print(line);
        Path out = Path.of("target", "benchmark-palette-drop.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, line);
        assertThat(median).as("a drop answers at once").isLessThan(1000);
    }

    @Test
    void keysNavigateCopyPasteAndZoom() throws Exception {
        open(SampleJourneys.RETAIL_B2C);
        MapScene scene = viewer.getScene();
        NodeFigure first = scene.nodes().get(0);
        clickModel(first.bounds().centerX(), first.bounds().y() + 10);
        assertThat(viewer.getSelection().toList()).containsExactly(first.touchpoint());

        // the nearest box to the right is in the next lane, level with this one
        key(SWT.ARROW_RIGHT, (char) 0);
        Touchpoint right = (Touchpoint) viewer.getSelection().getFirstElement();
        NodeFigure rightNode = scene.node(right);
        assertThat(rightNode.lane().index()).isEqualTo(first.lane().index() + 1);
        double expectedX = scene.nodes().stream().filter(n -> n.bounds().centerX() > first.bounds().centerX() + 0.5)
                .mapToDouble(n -> Math.abs(n.bounds().centerY() - first.bounds().centerY()) * 2
                        + n.bounds().centerX() - first.bounds().centerX())
                .min().orElseThrow();
        assertThat(rightNode.bounds().centerX() - first.bounds().centerX()
                + 2 * Math.abs(rightNode.bounds().centerY() - first.bounds().centerY())).isEqualTo(expectedX);
        key(SWT.ARROW_LEFT, (char) 0);
        assertThat(viewer.getSelection().toList()).containsExactly(first.touchpoint());
        key(SWT.TAB, '\t');
        assertThat(viewer.getSelection().toList()).containsExactly(scene.nodes().get(1).touchpoint());
        key(SWT.TAB, '\t');
        assertThat(viewer.getSelection().toList()).containsExactly(scene.nodes().get(2).touchpoint());

        // Ctrl+C, Ctrl+V: a copy with a new id in the same stage, its box offset
        Touchpoint original = scene.nodes().get(2).touchpoint();
        int count = journey.getTouchpoints().size();
        ctrl('c');
        ctrl('v');
        assertThat(journey.getTouchpoints()).hasSize(count + 1);
        Touchpoint copy = journey.getTouchpoints().get(count);
        assertThat(copy.getId()).isNotEqualTo(original.getId());
        assertThat(copy.getName()).isEqualTo(original.getName());
        assertThat(copy.getStage()).isSameAs(original.getStage());
        assertThat(copy.getChannel()).isSameAs(original.getChannel());
        Rect was = scene.node(original).bounds(), now = viewer.getScene().node(copy).bounds();
        assertThat(now.x()).isEqualTo(was.x() + MapViewer.PASTE_OFFSET);
        assertThat(now.y()).isEqualTo(was.y() + MapViewer.PASTE_OFFSET);
        assertThat(viewer.getSelection().toList()).containsExactly(copy);
        ctrl('z');
        assertThat(journey.getTouchpoints()).hasSize(count).doesNotContain(copy);
        ctrl('y');
        assertThat(journey.getTouchpoints()).contains(copy);

        // Ctrl+wheel zooms around the pointer
        double zoom = viewer.getZoom();
        Event wheel = new Event();
        wheel.x = 300;
        wheel.y = 200;
        wheel.count = 3;
        wheel.stateMask = SWT.CTRL;
        viewer.getControl().notifyListeners(SWT.MouseVerticalWheel, wheel);
        assertThat(Math.abs(viewer.getZoom() - zoom * 1.1)).isLessThan(1e-9);

        // a selection set from outside (the Structure page, the outline)
        Stage stage = journey.getStages().get(2);
        List<Object> heard = new ArrayList<>();
        viewer.addSelectionChangedListener(e -> heard.add(e.getStructuredSelection().getFirstElement()));
        viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(List.of(stage, "not ours")));
        assertThat(viewer.getSelection().toList()).containsExactly(stage);
        assertThat(heard).containsExactly(stage);
    }

    @Test
    void resizeHandlesAndReconnectingAnEdgeEnd() throws Exception {
        open(SampleJourneys.SERVICE_B2B);
        MapScene scene = viewer.getScene();
        NodeFigure node = scene.nodes().get(0);
        clickModel(node.bounds().centerX(), node.bounds().y() + 10);
        Rect b = node.bounds();
        drag(viewer.toControl(b.right(), b.bottom()), viewer.toControl(b.right() + 20, b.bottom() + 30));
        Rect resized = viewer.getScene().node(node.touchpoint()).bounds();
        assertThat(resized.height()).isEqualTo(b.height() + 30);
        assertThat(resized.width()).isLessThanOrEqualTo(b.width() + 20).isGreaterThan(b.width());
        domain.getCommandStack().undo();
        assertThat(viewer.getScene().node(node.touchpoint()).bounds()).isEqualTo(b);

        // select a forward path, drag its target end onto another box
        MapScene now = viewer.getScene();
        var edge = now.edges().stream().filter(e -> !e.backward())
                .filter(e -> now.hitAt(e.labelAnchor().x(), e.labelAnchor().y(), MapScene.EDGE_TOLERANCE)
                        .element() == e.path())
                .findFirst().orElseThrow();
        var path = edge.path();
        Touchpoint oldTarget = path.getTo();
        var mid = edge.labelAnchor();
        clickModel(mid.x(), mid.y());
        assertThat(viewer.getSelection().toList()).containsExactly(path);
        var end = edge.route().get(edge.route().size() - 1);
        NodeFigure other = viewer.getScene().nodes().stream()
                .filter(n -> n.touchpoint() != oldTarget && n.touchpoint() != path.getFrom()).reduce((a, c) -> c)
                .orElseThrow();
        drag(viewer.toControl(end.x(), end.y()), viewer.toControl(other.bounds().centerX(),
                other.bounds().y() + 12));
        assertThat(path.getTo()).isSameAs(other.touchpoint());
        domain.getCommandStack().undo();
        assertThat(path.getTo()).isSameAs(oldTarget);
    }

    // ---- a big journey

    private static Journey bigJourney(int touchpoints, int paths, int stages) {
        JourneyFactory f = JourneyFactory.eINSTANCE;
        Journey journey = f.createJourney();
        journey.setName("Benchmark journey");
        for (int s = 0; s < stages; s++) {
            Stage stage = f.createStage();
            stage.setName("Stage " + (s + 1));
            journey.getStages().add(stage);
        }
        List<Touchpoint> all = new ArrayList<>();
        for (int t = 0; t < touchpoints; t++) {
            Touchpoint tp = f.createTouchpoint();
            tp.setName("Touchpoint " + (t + 1));
            journey.getTouchpoints().add(tp);
            tp.setStage(journey.getStages().get(t * stages / touchpoints));
            all.add(tp);
        }
        Random random = new Random(14);
        for (int p = 0; p < paths; p++) {
            var path = f.createPath();
            int from = random.nextInt(touchpoints);
            int to = Math.min(touchpoints - 1, from + 1 + random.nextInt(150));
            path.setFrom(all.get(from));
            path.setTo(all.get(to));
            journey.getPaths().add(path);
        }
        return journey;
    }

    @Test
    void hoveringABoxShowsItsWholeTextAsTooltipWithScoresInOverlayMode() throws Exception {
        open(SampleJourneys.RETAIL_B2C);
        Touchpoint chat = journey.getTouchpoints().stream().filter(t -> "Customer service chat".equals(t.getName()))
                .findFirst().orElseThrow();
        Touchpoint other = journey.getTouchpoints().stream().filter(t -> t != chat).findFirst().orElseThrow();
        List<MeasurementPoint> points = journey.getMeasurementPoints().stream().filter(p -> p.getAttachedTo() == chat)
                .toList();
        assertThat(points).as("the chat's measurement points").isNotEmpty();
        assertThat(chat.getChannel()).isNotNull();
        double[] onChat = boxPoint(chat);

        moveModel(onChat[0], onChat[1]);
        String tip = viewer.getControl().getToolTipText();
        assertThat(tip).as("the tooltip after the pointer moved onto the chat").isNotNull()
                .startsWith("Customer service chat\nChannel: " + chat.getChannel().getName());
        for (MeasurementPoint point : points) {
            assertThat(tip).contains(": " + point.getName());
        }
        assertThat(tip).doesNotContain("n=");

        // scores on the map: the score tag's whole text and its story join the tooltip; no mark is "no answers"
        MapDecorations decorations = MapDecorations.of(List.of());
        decorations.setScores(new ScoreOverlay("Customer satisfaction", "CSAT", Map.of(chat.getId(),
                new ScoreOverlay.Mark("CSAT", "72.5", 40, "58.1\u201384.0", 0.05, ScoreOverlay.Change.UP, true, true,
                        false, "target 70.0, previous 61.0")), Map.of()));
        viewer.setDecorations(decorations);
        settle(200);
        moveModel(onChat[0] + 1, onChat[1]);
        assertThat(viewer.getControl().getToolTipText()).contains("\nCSAT 72.5 n=40 [58.1\u201384.0]\n")
                .contains("target 70.0, previous 61.0");
        double[] onOther = boxPoint(other);
        moveModel(onOther[0], onOther[1]);
        assertThat(viewer.getControl().getToolTipText()).startsWith(other.getName() + "\n")
                .contains("No answers in this period");

        // off the boxes (a lane's body) there is none
        LaneFigure lane = viewer.getScene().lanes().get(0);
        double[] empty = null;
        for (double y = lane.bounds().bottom() - 6; y > lane.header().bottom() && empty == null; y -= 7) {
            for (double x = lane.bounds().x() + 6; x < lane.bounds().right() - 6; x += 7) {
                MapScene.Hit hit = viewer.getScene().hitAt(x, y, MapScene.EDGE_TOLERANCE);
                if (hit != null && hit.kind() == MapScene.HitKind.LANE) {
                    empty = new double[] { x, y };
                    break;
                }
            }
        }
        assertThat(empty).as("an empty spot in the first lane").isNotNull();
        moveModel(empty[0], empty[1]);
        assertThat(viewer.getControl().getToolTipText()).isNull();
    }

    /** A point of a touchpoint's box that hits the box itself (not a badge or a path over it), in model units. */
    private double[] boxPoint(Touchpoint touchpoint) {
        NodeFigure node = viewer.getScene().node(touchpoint);
        assertThat(node).as("the box of " + touchpoint.getName()).isNotNull();
        Rect b = node.bounds();
        for (double y = b.y() + b.height() / 2; y < b.bottom() - 2; y += 3) {
            for (double x = b.x() + 16; x < b.right() - 4; x += 5) {
                MapScene.Hit hit = viewer.getScene().hitAt(x, y, MapScene.EDGE_TOLERANCE);
                if (hit != null && hit.kind() == MapScene.HitKind.NODE && hit.element() == touchpoint) {
                    return new double[] { x, y };
                }
            }
        }
        throw new AssertionError("no free point on the box of " + touchpoint.getName());
    }

    // ---- events

    private void settle(long millis) {
        long until = System.currentTimeMillis() + millis;
        do {
            while (display.readAndDispatch()) {
                // drain
            }
            if (System.currentTimeMillis() < until) {
                display.timerExec(10, () -> { });
                display.sleep();
            }
        } while (System.currentTimeMillis() < until);
        while (display.readAndDispatch()) {
            // drain
        }
    }

    private void post(int type, int x, int y, int button) {
        Event e = new Event();
        e.type = type;
        e.x = x;
        e.y = y;
        e.button = button;
        display.post(e);
        settle(30);
    }

    /**
     * Pointer motion is posted to the X server (the real pointer moves, and the viewer's cursor feedback follows
     * it). Presses and releases are notified to the control at the same point: under Xvfb, SWT 3.135 on GTK 3
     * delivers a posted button event at the screen's origin instead of the pointer's position (a press posted at
     * (150, 140) arrived at control point (-50, -40) in a shell at (50, 40)), so posting cannot reach them.
     */
    private void mouse(int type, Control control, Point p) {
        if (type == SWT.MouseMove) {
            Point d = control.toDisplay(p);
            post(SWT.MouseMove, d.x, d.y, 0);
            return;
        }
        Event e = new Event();
        e.x = p.x;
        e.y = p.y;
        e.button = 1;
        e.stateMask = type == SWT.MouseUp ? SWT.BUTTON1 : 0;
        control.notifyListeners(type, e);
        settle(30);
    }

    private void click(Control control, Point p) {
        mouse(SWT.MouseMove, control, p);
        mouse(SWT.MouseDown, control, p);
        mouse(SWT.MouseUp, control, p);
        settle(50);
    }

    /** A palette button pressed: a toggle button's selection, as GTK reports a click on it. */
    private void click(Button button) {
        button.setSelection(true);
        button.notifyListeners(SWT.Selection, new Event());
        settle(50);
    }

    private void clickModel(double x, double y) {
        click(viewer.getControl(), viewer.toControl(x, y));
    }

    private void moveModel(double x, double y) {
        mouse(SWT.MouseMove, viewer.getControl(), viewer.toControl(x, y));
        settle(50);
    }

    private void drag(Point from, Point to) {
        Control c = viewer.getControl();
        mouse(SWT.MouseMove, c, from);
        mouse(SWT.MouseDown, c, from);
        for (int i = 1; i <= 6; i++) {
            mouse(SWT.MouseMove, c, new Point(from.x + (to.x - from.x) * i / 6, from.y + (to.y - from.y) * i / 6));
        }
        mouse(SWT.MouseMove, c, to);
        mouse(SWT.MouseUp, c, to);
        settle(80);
    }

    private void key(int keyCode, char character) {
        Event down = new Event();
        down.type = SWT.KeyDown;
        down.keyCode = keyCode;
        down.character = character;
        display.post(down);
        Event up = new Event();
        up.type = SWT.KeyUp;
        up.keyCode = keyCode;
        up.character = character;
        display.post(up);
        settle(150);
    }

    private void ctrl(char letter) {
        Event down = new Event();
        down.type = SWT.KeyDown;
        down.keyCode = SWT.CTRL;
        display.post(down);
        key(letter, letter);
        Event up = new Event();
        up.type = SWT.KeyUp;
        up.keyCode = SWT.CTRL;
        display.post(up);
        settle(100);
    }

    // ---- pictures

    /** The rightmost column of the canvas that is not the map's white background. */
    private int paintedRight() {
        Control canvas = viewer.getControl();
        Rectangle area = canvas.getBounds();
        Image image = new Image(display, area.width, area.height);
        GC gc = new GC(canvas);
        try {
            gc.copyArea(image, 0, 0);
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        int row = Math.min(data.height - 20, viewer.toControl(0, 30).y);
        int white = data.palette.getPixel(new org.eclipse.swt.graphics.RGB(255, 255, 255));
        for (int x = data.width - 20; x >= 0; x--) {
            if (data.getPixel(x, row) != white) {
                return x;
            }
        }
        return -1;
    }

    private Path screenshot(String name) throws Exception {
        Path dir = Path.of(System.getProperty("cxw.screenshots", "target/screenshots"));
        if (System.getProperty("cxw.screenshots", "").isBlank()) {
            dir = Path.of("target/screenshots");
        }
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
        } finally {
            gc.dispose();
        }
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { image.getImageData() };
        loader.save(file.toString(), SWT.IMAGE_PNG);
        image.dispose();
        return file;
    }
}
