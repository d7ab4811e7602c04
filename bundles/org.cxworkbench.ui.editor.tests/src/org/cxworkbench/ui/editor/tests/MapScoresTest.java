package org.cxworkbench.ui.editor.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.diagram.MapScene.Rect;
import org.cxworkbench.diagram.ScoreOverlay;
import org.cxworkbench.diagram.ui.MapViewer;
import org.cxworkbench.metrics.Direction;
import org.cxworkbench.metrics.MetricDescriptor;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.model.journey.Touchpoint;
import org.cxworkbench.services.demo.DemoRun;
import org.cxworkbench.services.scoring.JourneyScores;
import org.cxworkbench.services.scoring.ScoreBoard;
import org.cxworkbench.services.scoring.ScoreRow;
import org.cxworkbench.services.scoring.ScoreWindow;
import org.cxworkbench.services.store.ResultsStore;
import org.cxworkbench.services.store.StoreAccess;
import org.cxworkbench.services.store.StoreLocation;
import org.cxworkbench.store.Dimension;
import org.cxworkbench.ui.analysis.AnalysisContext;
import org.cxworkbench.ui.analysis.AnalysisPeriod;
import org.cxworkbench.ui.editor.JourneyEditor;
import org.cxworkbench.ui.editor.internal.MapPage;
import org.cxworkbench.ui.preferences.CxPreferences;
import org.cxworkbench.ui.reports.ReportRuns;
import org.cxworkbench.ui.testsupport.Ui;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Scores on the map, end to end: the demo's generated answers in a real embedded Derby store, the retail sample in
 * the editor, the overlay switched on with its key (Ctrl+Alt+O), the scoring job waited for, and the drawn pixels
 * read back from the screen: a touchpoint's fill against its score and target computed here by hand from the
 * ScoreBoard's rows, the legend's swatches; a double-click on a touchpoint writes its report.
 */
class MapScoresTest {

    private JourneyEditor opened;

    @AfterEach
    void tearDown() {
        if (opened != null && EditorFixture.page().getReference(opened) != null) {
            // the editor was maximized for the pictures: give the views back to the tests that follow
            EditorFixture.page().setPartState(EditorFixture.page().getReference(opened),
                    org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
        }
        EditorFixture.closeAll();
        Shell workbench = EditorFixture.page().getWorkbenchWindow().getShell();
        for (Shell other : Ui.display().getShells()) {
            if (other != workbench && !other.isDisposed()) {
                other.close();
            }
        }
        workbench.forceActive();
        Ui.settle(200);
        AnalysisContext.get().setPeriod(null);
        CxPreferences.node().remove(CxPreferences.STORE_FOLDER);
    }

    @Test
    void theOverlayColoursTouchpointsByScoreAgainstTargetDrawsTheLegendAndDoubleClickWritesAReport()
            throws Exception {
        Path demo = Files.createTempDirectory("cxw-overlay");
        new DemoRun(demo).rows(6000).run(null, new NullProgressMonitor());
        Path results = demo.resolve("results");
        CxPreferences.node().put(CxPreferences.STORE_KIND, CxPreferences.EMBEDDED);
        CxPreferences.node().put(CxPreferences.STORE_FOLDER, results.toString());
        AnalysisPeriod quarter = AnalysisPeriod.of(Dimension.QUARTER, DemoRun.lastMonth().atDay(1));
        AnalysisContext.get().setPeriod(quarter);
        AnalysisContext.get().setSegment(null);

        IFile file = EditorFixture.sample(SampleJourneys.RETAIL_B2C, "overlay");
        Shell shell = EditorFixture.page().getWorkbenchWindow().getShell();
        shell.setMaximized(false);
        shell.setBounds(0, 0, 1280, 800);
        JourneyEditor editor = EditorFixture.openOnMap(file);
        opened = editor;
        EditorFixture.page().setPartState(EditorFixture.page().getReference(editor),
                org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        Ui.settle(300);
        MapPage page = editor.getMapPage();
        MapViewer viewer = page.viewer();
        assertThat(page.isShowingScores()).isFalse();

        // the key binding, posted as real key events to the focused map
        viewer.getControl().setFocus();
        Ui.waitUntil("the map's focus", 3000, viewer.getControl()::isFocusControl);
        ctrlAlt('o');
        Ui.waitUntil("the overlay's scores", 120_000, () -> page.scores().overlay() != null);
        assertThat(page.isShowingScores()).isTrue();
        assertThat(page.scores().status()).contains(quarter.from().toString());
        assertThat(page.scores().periodBar()).as("the period and segment picker").isNotNull();
        assertThat(page.scores().periodBar().isVisible()).isTrue();

        // what the board says, computed again here, and the colour that follows from it by hand
        AnalysisPeriod previous = quarter.previous();
        ScoreWindow window = new ScoreWindow(quarter.from(), quarter.to(), previous.from(), previous.to(), null,
                CxPreferences.scoringOptions());
        JourneyScores scores;
        try (ResultsStore store = ResultsStore.open(StoreLocation.folder(results), StoreAccess.READ)) {
            scores = new ScoreBoard(EcoreUtil.copy(editor.getJourney()), MetricRegistry.getDefault()).journey(store,
                    window, new NullProgressMonitor());
        }
        int checked = 0;
        viewer.zoomToFit();
        Ui.settle(300);
        for (Touchpoint tp : editor.getJourney().getTouchpoints()) {
            List<ScoreRow> rows = scores.touchpoint(tp.getId()).stream().filter(ScoreRow::hasScore).toList();
            if (rows.size() != 1 || viewer.getScene().node(tp) == null) {
                continue;
            }
            ScoreRow row = rows.get(0);
            int expected;
            if (row.lowN()) {
                expected = 0xC8C8C8;
            } else if (row.target() == null) {
                expected = 0xFFFFFF;
            } else {
                MetricDescriptor metric = MetricRegistry.getDefault().find(row.metricId()).orElseThrow();
                double range = switch (metric.unit()) {
                    case NET_POINTS -> 200;
                    case PERCENT -> 100;
                    case MEAN -> metric.scaleMax() - metric.scaleMin();
                };
                double d = (row.better() == Direction.HIGHER ? 1 : -1) * (row.score().value() - row.target())
                        / range;
                expected = d < -0.10 ? 0xF1A340 : d < -0.02 ? 0xFEE0B6 : d <= 0.02 ? 0xF7F7F7
                        : d <= 0.10 ? 0xC6DBEF : 0x6BAED6;
            }
            Rect b = viewer.getScene().node(tp).bounds();
            assertThat(pixel(viewer, b.right() - 5, b.y() + b.height() * 0.75)).as("%s: %s %s against %s, n %s",
                    tp.getName(), row.metricId(), row.score().value(), row.target(), row.score().n())
                    .satisfies(rgb -> assertClose(rgb, expected));
            checked++;
        }
        assertThat(checked).as("touchpoints with a score").isGreaterThanOrEqualTo(3);

        // a touchpoint without points is hatched white; the legend's five swatches are there in order
        ScoreOverlay overlay = page.scores().overlay();
        ScoreOverlay.CurveLayout curve = overlay.layout(viewer.getScene());
        Rect legend = curve.legend();
        List<Integer> row = rowColours(viewer, legend.x(), legend.right(), legend.y() + 4 + 7);
        for (ScoreOverlay.Level level : ScoreOverlay.Level.values()) {
            assertThat(row).as("the legend's swatch of %s", level)
                    .anySatisfy(rgb -> assertClose(rgb, level.rgb()));
        }
        assertClose(pixel(viewer, legend.x() + 8 + 7, legend.y() + 4 + 7), ScoreOverlay.Level.WELL_BELOW.rgb());
        Path fit = Ui.screenshot(shell, "journey-editor-overlay-fit.png");
        assertThat(Files.size(fit)).isGreaterThan(20_000);
        viewer.zoomReset();
        viewer.setScroll(0, 0);
        Ui.settle(300);
        Path shot = Ui.screenshot(shell, "journey-editor-overlay.png");
        assertThat(Files.size(shot)).isGreaterThan(20_000);
        viewer.zoomToFit();
        Ui.settle(200);

        // a double-click on a scored touchpoint runs its report into the project's reports folder
        Touchpoint scored = editor.getJourney().getTouchpoints().stream()
                .filter(tp -> overlay.touchpoint(tp.getId()) != null && viewer.getScene().node(tp) != null)
                .findFirst().orElseThrow();
        Rect b = viewer.getScene().node(scored).bounds();
        Point at = viewer.toControl(b.centerX(), b.centerY());
        Event click = new Event();
        click.button = 1;
        click.x = at.x;
        click.y = at.y;
        viewer.getControl().notifyListeners(SWT.MouseDoubleClick, click);
        IFolder reports = file.getProject().getFolder("reports");
        // the report is then opened; without a browser under Xvfb the workbench says so in a dialog, closed here
        boolean[] watching = { true };
        int[] closed = { 0 };
        Runnable closer = new Runnable() {
            @Override
            public void run() {
                for (Shell other : Ui.display().getShells()) {
                    // the browser's window or the no-browser dialog: either would keep the keyboard from later tests
                    if (other != shell && other.isVisible()) {
                        other.close();
                        closed[0]++;
                    }
                }
                if (watching[0]) {
                    Ui.display().timerExec(200, this);
                }
            }
        };
        Ui.display().timerExec(200, closer);
        try {
            Ui.waitUntil("the touchpoint's report", 180_000, () -> {
                try {
                    return reports.exists() && reports.members().length > 0;
                } catch (Exception e) {
                    return false;
                }
            });
            long until = System.currentTimeMillis() + 15_000;
            Ui.waitUntil("the report job's end", 60_000,
                    () -> Job.getJobManager().find(ReportRuns.FAMILY).length == 0
                            && (closed[0] > 0 || System.currentTimeMillis() > until));
        } finally {
            watching[0] = false;
        }
        assertThat(viewer.getNameEditor()).as("not renamed").satisfiesAnyOf(t -> assertThat(t).isNull(),
                t -> assertThat(t.isDisposed() || !t.isVisible()).isTrue());

        // ◀ on the period bar moves the shared context to the quarter before, and the map is scored again
        page.scores().periodBar().previousButton().notifyListeners(SWT.Selection, new Event());
        Ui.waitUntil("the previous quarter's scores", 120_000,
                () -> page.scores().status().contains(quarter.previous().from().toString()));
        assertThat(AnalysisContext.get().period()).isEqualTo(quarter.previous());

        // and the key again switches it off: the box is white again
        if (!viewer.getControl().isDisposed() && EditorFixture.page().getActiveEditor() != editor) {
            EditorFixture.page().activate(editor);
            Ui.settle(300);
        }
        page.setShowingScores(false);
        Ui.settle(200);
        assertThat(page.scores().overlay()).isNull();
        assertThat(viewer.getDecorations().scores()).isNull();
        Map.Entry<Touchpoint, Rect> first = Map.entry(scored, viewer.getScene().node(scored).bounds());
        assertClose(pixel(viewer, first.getValue().right() - 5, first.getValue().y() + first.getValue().height()
                * 0.75), 0xFFFFFF);
    }

    /** The colours on screen along a row of the map, from one model x to another. */
    private static List<Integer> rowColours(MapViewer viewer, double fromX, double toX, double modelY) {
        Control canvas = viewer.getControl();
        Point from = viewer.toControl(fromX, modelY), to = viewer.toControl(toX, modelY);
        Rectangle area = canvas.getBounds();
        Image image = new Image(canvas.getDisplay(), area.width, area.height);
        GC gc = new GC(canvas);
        try {
            gc.copyArea(image, 0, 0);
            ImageData data = image.getImageData();
            java.util.List<Integer> colours = new java.util.ArrayList<>();
            for (int x = Math.max(0, from.x); x < Math.min(area.width, to.x); x++) {
                RGB rgb = data.palette.getRGB(data.getPixel(x, from.y));
                colours.add(rgb.red << 16 | rgb.green << 8 | rgb.blue);
            }
            return colours;
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static void ctrlAlt(char letter) {
        post(SWT.KeyDown, SWT.CTRL, '\0');
        post(SWT.KeyDown, SWT.ALT, '\0');
        post(SWT.KeyDown, letter, letter);
        post(SWT.KeyUp, letter, letter);
        post(SWT.KeyUp, SWT.ALT, '\0');
        post(SWT.KeyUp, SWT.CTRL, '\0');
        Ui.settle(300);
    }

    private static void post(int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        assertThat(Ui.display().post(event)).as("posted").isTrue();
    }

    /** The colour on screen at a model point of the map, read from a copy of the canvas. */
    private static int pixel(MapViewer viewer, double modelX, double modelY) {
        Control canvas = viewer.getControl();
        canvas.redraw();
        canvas.update();
        Point at = viewer.toControl(modelX, modelY);
        Rectangle area = canvas.getBounds();
        assertThat(at.x).as("x on the canvas").isBetween(0, area.width - 1);
        assertThat(at.y).as("y on the canvas").isBetween(0, area.height - 1);
        Image image = new Image(canvas.getDisplay(), area.width, area.height);
        GC gc = new GC(canvas);
        try {
            gc.copyArea(image, 0, 0);
            ImageData data = image.getImageData();
            RGB rgb = data.palette.getRGB(data.getPixel(at.x, at.y));
            return rgb.red << 16 | rgb.green << 8 | rgb.blue;
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static void assertClose(int actual, int expected) {
        for (int shift = 0; shift <= 16; shift += 8) {
            assertThat(Math.abs((actual >> shift & 0xFF) - (expected >> shift & 0xFF)))
                    .as("#%06X drawn, #%06X expected", actual, expected).isLessThanOrEqualTo(4);
        }
    }
}
