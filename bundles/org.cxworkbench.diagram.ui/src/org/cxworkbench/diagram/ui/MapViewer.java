package org.cxworkbench.diagram.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.cxworkbench.core.journey.JourneyCommands;
import org.cxworkbench.core.journey.JourneyDocument;
import org.cxworkbench.diagram.MapCommands;
import org.cxworkbench.diagram.MapDecorations;
import org.cxworkbench.diagram.MapFilter;
import org.cxworkbench.diagram.MapLayout;
import org.cxworkbench.diagram.MapPainter;
import org.cxworkbench.diagram.MapScene;
import org.cxworkbench.diagram.MapScene.BadgeFigure;
import org.cxworkbench.diagram.MapScene.EdgeFigure;
import org.cxworkbench.diagram.MapScene.Hit;
import org.cxworkbench.diagram.MapScene.HitKind;
import org.cxworkbench.diagram.MapScene.LaneFigure;
import org.cxworkbench.diagram.MapScene.NodeFigure;
import org.cxworkbench.diagram.MapScene.Rect;
import org.cxworkbench.diagram.MapStyle;
import org.cxworkbench.diagram.ScoreOverlay;
import org.cxworkbench.diagram.ui.PaletteEntry.Kind;
import org.cxworkbench.diagram.ui.internal.Messages;
import org.cxworkbench.metrics.MetricDescriptor;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.model.journey.IdentifiedElement;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.JourneyFactory;
import org.cxworkbench.model.journey.JourneyPackage;
import org.cxworkbench.model.journey.MeasurableElement;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.model.journey.NamedElement;
import org.cxworkbench.model.journey.Path;
import org.cxworkbench.model.journey.Scale;
import org.cxworkbench.model.journey.Stage;
import org.cxworkbench.model.journey.Touchpoint;
import org.cxworkbench.model.notation.Bendpoint;
import org.cxworkbench.model.notation.Diagram;
import org.cxworkbench.model.notation.Edge;
import org.cxworkbench.model.notation.Lane;
import org.cxworkbench.model.notation.Node;
import org.cxworkbench.model.notation.NotationFactory;
import org.cxworkbench.model.notation.NotationPackage;
import org.cxworkbench.model.notation.Shape;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Text;

/**
 * The journey map on an SWT canvas: one journey's lanes, touchpoints, paths and measurement badges as
 * {@link MapPainter} draws them, double-buffered, with scrollbars, zoom (25–400 %, fit, Ctrl+wheel) and pan
 * (scrollbars, wheel, middle-drag or Space+drag), and the editing tools of {@link PaletteEntry.Kind}. Every change
 * is an EMF command executed on the editing domain's command stack, so the host's undo and redo apply.
 * <p>
 * Embedding: create it on a composite, put {@link #getControl()} in the layout, register it as the selection
 * provider (the selection is an {@link IStructuredSelection} of semantic elements: touchpoints, paths, stages,
 * measurement points, the journey), and {@link #dispose()} it with its host (the control's disposal does the same).
 * A {@link MapPalette} {@linkplain MapPalette#connect(MapViewer) connected} to it chooses its tool.
 * <p>
 * The viewer listens to the journey's resource (model and notation) and repaints after every change, whoever made
 * it. A journey without notation is laid out once when the viewer opens it (not on the command stack: opening a
 * file is not an edit).
 */
public final class MapViewer implements ISelectionProvider {

    /** The zoom range. */
    public static final double MIN_ZOOM = 0.25, MAX_ZOOM = 4;
    /** Room around the map, in model pixels. */
    public static final double MARGIN = 20;
    /** Handle size in screen pixels. */
    private static final int HANDLE = 8;
    /** How far the mouse must move before a press becomes a drag, in screen pixels. */
    private static final int DRAG_THRESHOLD = 4;
    /** How far pasted boxes are offset from their originals. */
    public static final double PASTE_OFFSET = 24;

    private static final JourneyPackage P = JourneyPackage.eINSTANCE;
    private static final NotationPackage N = NotationPackage.eINSTANCE;

    private enum Drag {
        NONE, MOVE, RESIZE, CONNECT, RECONNECT_SOURCE, RECONNECT_TARGET, MARQUEE, PAN, METRIC
    }

    private final Canvas canvas;
    private final EditingDomain domain;
    private final Resource resource;
    private final Journey journey;
    private final SwtMapGraphics.Resources resources;
    private final List<ISelectionChangedListener> selectionListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<PaletteEntry>> toolListeners = new CopyOnWriteArrayList<>();
    private final List<EObject> selection = new ArrayList<>();
    private final EContentAdapter adapter = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch()) {
                modelChanged();
            }
        }
    };

    private MapFilter filter = MapFilter.ALL;
    private MapDecorations decorations = MapDecorations.none();
    private MapStyle style = MapStyle.DEFAULT;
    private MapScene scene;
    private boolean stale = true;
    private double zoom = 1;
    private int scrollX, scrollY;
    private PaletteEntry tool = PaletteEntry.of(Kind.SELECT, Messages.Palette_select);
    private MetricRegistry registry;
    private MeasurementPointRequest request;
    private MetricDrop metricDrop;
    private java.util.function.Predicate<EObject> doubleClickHandler;

    // the gesture under way
    private Drag drag = Drag.NONE;
    private boolean dragging;
    private int pressX, pressY, lastX, lastY;
    private double startX, startY, currentX, currentY;
    private int pressMask;
    private int resizeCorner;
    private Touchpoint connectFrom;
    private Path reconnecting;
    private String draggedMetric;
    private boolean spaceDown;

    private Text editor;
    private NamedElement editing;
    private List<Touchpoint> clipboard = List.of();

    /**
     * A viewer of the journey that is the first root of {@code resource}, and of the resource's diagram (laid out
     * now if it has none).
     *
     * @param domain the editing domain whose command stack takes every change
     */
    public MapViewer(Composite parent, EditingDomain domain, Resource resource) {
        this.domain = domain;
        this.resource = resource;
        this.journey = (Journey) resource.getContents().get(0);
        if (diagramOf(resource) == null) {
            MapLayout.ensureNotation(domain, resource).ifPresent(c -> {
                if (c.canExecute()) {
                    c.execute();
                }
            });
        }
        canvas = new Canvas(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        resources = new SwtMapGraphics.Resources(canvas.getDisplay());
        registry = MetricRegistry.getDefault();
        request = new DefaultMeasurementPointRequest(canvas.getShell(), registry);
        resource.eAdapters().add(adapter);
        hookEvents();
        canvas.addDisposeListener(e -> disposeNow());
    }

    /** A viewer of a loaded journey file. */
    public MapViewer(Composite parent, EditingDomain domain, JourneyDocument document) {
        this(parent, domain, document.resource());
    }

    /** A viewer of a journey in a resource ({@code journey.eResource()}); its diagram is found there. */
    public MapViewer(Composite parent, EditingDomain domain, Journey journey) {
        this(parent, domain, journey.eResource());
    }

    private static Diagram diagramOf(Resource resource) {
        for (EObject root : resource.getContents()) {
            if (root instanceof Diagram d) {
                return d;
            }
        }
        return null;
    }

    // ---- public API

    public Control getControl() {
        return canvas;
    }

    public Journey getJourney() {
        return journey;
    }

    /** The notation the map shows (the resource's diagram). */
    public Diagram getDiagram() {
        return diagramOf(resource);
    }

    public EditingDomain getEditingDomain() {
        return domain;
    }

    /** The scene shown now, rebuilt first if the model changed. */
    public MapScene getScene() {
        if (stale || scene == null) {
            scene = MapScene.build(journey, getDiagram(), filter);
            stale = false;
            pruneSelection();
            updateScrollBars();
        }
        return scene;
    }

    public MapFilter getFilter() {
        return filter;
    }

    /** What the map shows (layers); repaints. */
    public void setFilter(MapFilter filter) {
        this.filter = filter == null ? MapFilter.ALL : filter;
        modelChanged();
    }

    public MapDecorations getDecorations() {
        return decorations;
    }

    /** The validation problems (and score tags) drawn on the map; repaints. */
    public void setDecorations(MapDecorations decorations) {
        this.decorations = decorations == null ? MapDecorations.none() : decorations;
        updateScrollBars();
        canvas.redraw();
    }

    public void setStyle(MapStyle style) {
        this.style = style == null ? MapStyle.DEFAULT : style;
        canvas.redraw();
    }

    /** The metric registry the default measurement-point dialog reads scales and names from. */
    public void setMetricRegistry(MetricRegistry registry) {
        this.registry = registry;
    }

    /** Who asks for a new measurement point's questions; {@code null} restores the built-in dialog. */
    public void setMeasurementPointRequest(MeasurementPointRequest request) {
        this.request = request != null ? request : new DefaultMeasurementPointRequest(canvas.getShell(), registry);
    }

    /**
     * Who attaches the measurement point of a dropped metric, when the host has a richer way than the
     * {@link MeasurementPointRequest} (the journey editor's dialog, which also sets the scale): it creates the point
     * through the domain's command stack and returns it, or null when the user cancelled. {@code null} restores the
     * viewer's own attachment.
     */
    public void setMetricDrop(MetricDrop drop) {
        this.metricDrop = drop;
    }

    /** Attaches the measurement point of a metric dropped on a target; see {@link #setMetricDrop(MetricDrop)}. */
    @FunctionalInterface
    public interface MetricDrop {

        /** The new point, attached through the viewer's editing domain; {@code null} when cancelled. */
        MeasurementPoint attach(String metricId, MeasurableElement target);
    }

    /** The active tool. */
    public PaletteEntry getTool() {
        return tool;
    }

    /** Makes a palette entry's tool the active one (any gesture under way is cancelled). */
    public void setTool(PaletteEntry entry) {
        cancelGesture();
        tool = entry == null ? PaletteEntry.of(Kind.SELECT, Messages.Palette_select) : entry;
        updateCursor(lastX, lastY);
    }

    /** Called when the viewer changes its tool itself (back to Select after a creation, or Esc). */
    public void addToolListener(Consumer<PaletteEntry> listener) {
        toolListeners.add(listener);
    }

    public void removeToolListener(Consumer<PaletteEntry> listener) {
        toolListeners.remove(listener);
    }

    private void backToSelect() {
        if (tool.kind() != Kind.SELECT) {
            tool = PaletteEntry.of(Kind.SELECT, Messages.Palette_select);
            toolListeners.forEach(l -> l.accept(tool));
        }
    }

    public double getZoom() {
        return zoom;
    }

    /** Sets the zoom (clamped to 25–400 %), keeping the middle of the visible area in place. */
    public void setZoom(double zoom) {
        Rectangle area = canvas.getClientArea();
        setZoom(zoom, area.width / 2, area.height / 2);
    }

    /** Sets the zoom keeping the model point under the screen point (x, y) in place. */
    public void setZoom(double newZoom, int x, int y) {
        double z = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, newZoom));
        double mx = toModelX(x), my = toModelY(y);
        zoom = z;
        scrollX = (int) Math.round((mx - originX()) * zoom - x);
        scrollY = (int) Math.round((my - originY()) * zoom - y);
        updateScrollBars();
        canvas.redraw();
    }

    public void zoomIn() {
        setZoom(zoom * 1.25);
    }

    public void zoomOut() {
        setZoom(zoom / 1.25);
    }

    /** 100 %. */
    public void zoomReset() {
        setZoom(1);
    }

    /** The zoom that shows the whole map in the visible area (within 25–400 %), scrolled to the top left. */
    public void zoomToFit() {
        Rectangle area = canvas.getClientArea();
        Rect b = MapPainter.bounds(getScene(), decorations);
        double z = Math.min(area.width / (b.width() + 2 * MARGIN), area.height / (b.height() + 2 * MARGIN));
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
        scrollX = 0;
        scrollY = 0;
        updateScrollBars();
        canvas.redraw();
    }

    /** The scroll position: the screen offset of the map's top-left corner (margin included). */
    public Point getScroll() {
        return new Point(scrollX, scrollY);
    }

    public void setScroll(int x, int y) {
        scrollX = x;
        scrollY = y;
        updateScrollBars();
        canvas.redraw();
    }

    /** The canvas point (control coordinates) where a model point is drawn. */
    public Point toControl(double modelX, double modelY) {
        return new Point((int) Math.round((modelX - originX()) * zoom - scrollX),
                (int) Math.round((modelY - originY()) * zoom - scrollY));
    }

    /** The model x under a canvas x. */
    public double toModelX(int x) {
        return (x + scrollX) / zoom + originX();
    }

    /** The model y under a canvas y. */
    public double toModelY(int y) {
        return (y + scrollY) / zoom + originY();
    }

    private double originX() {
        return getScene().bounds().x() - MARGIN;
    }

    private double originY() {
        return getScene().bounds().y() - MARGIN;
    }

    /**
     * Sets what a double-click with the Select tool does before renaming: the handler gets the element under the
     * pointer and returns {@code true} when it has dealt with it (then nothing is renamed); {@code null} for none.
     * The journey editor opens a touchpoint's report this way while scores are shown.
     */
    public void setDoubleClickHandler(java.util.function.Predicate<EObject> handler) {
        doubleClickHandler = handler;
    }

    /** Scrolls so that an element's figure is visible. */
    public void reveal(EObject element) {
        Rect r = getScene().boundsOf(element);
        if (r == null) {
            return;
        }
        Rectangle area = canvas.getClientArea();
        Point tl = toControl(r.x(), r.y()), br = toControl(r.right(), r.bottom());
        int dx = 0, dy = 0;
        if (br.x > area.width) {
            dx = br.x - area.width + 10;
        }
        if (tl.x - dx < 0) {
            dx = tl.x - 10;
        }
        if (br.y > area.height) {
            dy = br.y - area.height + 10;
        }
        if (tl.y - dy < 0) {
            dy = tl.y - 10;
        }
        if (dx != 0 || dy != 0) {
            setScroll(scrollX + dx, scrollY + dy);
        }
    }

    public void dispose() {
        if (!canvas.isDisposed()) {
            canvas.dispose();
        } else {
            disposeNow();
        }
    }

    private void disposeNow() {
        resource.eAdapters().remove(adapter);
        // EContentAdapter leaves itself on the contents when removed from the resource only through unsetTarget
        resources.dispose();
    }

    // ---- selection

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        selectionListeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        selectionListeners.remove(listener);
    }

    @Override
    public IStructuredSelection getSelection() {
        return new StructuredSelection(new ArrayList<>(selection));
    }

    /** Selects the semantic elements of a structured selection that belong to this journey; reveals the first. */
    @Override
    public void setSelection(ISelection newSelection) {
        List<EObject> elements = new ArrayList<>();
        if (newSelection instanceof IStructuredSelection structured) {
            for (Object o : structured.toList()) {
                if (o instanceof EObject e && belongs(e) && !elements.contains(e)) {
                    elements.add(e);
                }
            }
        }
        if (!elements.equals(selection)) {
            selection.clear();
            selection.addAll(elements);
            canvas.redraw();
            fireSelection();
        }
        if (!elements.isEmpty()) {
            reveal(elements.get(0));
        }
    }

    private boolean belongs(EObject e) {
        return e == journey || EcoreUtil.isAncestor(journey, e);
    }

    private void select(Collection<? extends EObject> elements) {
        List<EObject> next = new ArrayList<>(new LinkedHashSet<>(elements));
        if (!next.equals(selection)) {
            selection.clear();
            selection.addAll(next);
            canvas.redraw();
            fireSelection();
        }
    }

    private void fireSelection() {
        SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
        selectionListeners.forEach(l -> l.selectionChanged(event));
    }

    private void pruneSelection() {
        if (selection.removeIf(e -> !belongs(e))) {
            canvas.getDisplay().asyncExec(() -> {
                if (!canvas.isDisposed()) {
                    fireSelection();
                }
            });
        }
    }

    private List<Touchpoint> selectedTouchpoints() {
        return selection.stream().filter(Touchpoint.class::isInstance).map(Touchpoint.class::cast).toList();
    }

    // ---- model changes

    private void modelChanged() {
        stale = true;
        if (canvas.isDisposed()) {
            return;
        }
        if (canvas.getDisplay().getThread() == Thread.currentThread()) {
            canvas.redraw();
        } else {
            canvas.getDisplay().asyncExec(() -> {
                if (!canvas.isDisposed()) {
                    canvas.redraw();
                }
            });
        }
    }

    /** Executes a command on the domain's command stack; an unexecutable one changes nothing. */
    private boolean execute(Command command) {
        if (command == null || !command.canExecute()) {
            return false;
        }
        domain.getCommandStack().execute(command);
        return true;
    }

    // ---- painting

    private void paint(GC gc) {
        MapScene s = getScene();
        Rectangle area = canvas.getClientArea();
        gc.setBackground(resources.color(style.background()));
        gc.fillRectangle(area);
        SwtMapGraphics g = new SwtMapGraphics(gc, resources);
        try {
            g.translate(-scrollX, -scrollY);
            g.scale(zoom);
            g.translate(-originX(), -originY());
            MapPainter.paint(s, g, style, decorations, selection);
            paintHandles(s, g);
            paintFeedback(s, g);
        } finally {
            g.dispose();
        }
    }

    private void paintHandles(MapScene s, SwtMapGraphics g) {
        double h = HANDLE / zoom;
        g.setLineDash();
        g.setLineWidth(1 / zoom);
        g.setAlpha(255);
        List<Touchpoint> touchpoints = selectedTouchpoints();
        if (touchpoints.size() == 1 && s.node(touchpoints.get(0)) != null) {
            Rect b = s.node(touchpoints.get(0)).bounds();
            for (double[] c : corners(b)) {
                g.setBackground(0xFFFFFF);
                g.fillRectangle(c[0] - h / 2, c[1] - h / 2, h, h);
                g.setForeground(0x1F6FEB);
                g.drawRectangle(c[0] - h / 2, c[1] - h / 2, h, h);
            }
            double[] c = connectHandle(b);
            g.setBackground(0x1F6FEB);
            g.fillOval(c[0] - h * 0.7, c[1] - h * 0.7, h * 1.4, h * 1.4);
            g.setForeground(0xFFFFFF);
            g.drawLine(c[0] - h * 0.4, c[1], c[0] + h * 0.4, c[1]);
            g.drawLine(c[0], c[1] - h * 0.4, c[0], c[1] + h * 0.4);
        }
        for (EObject e : selection) {
            if (e instanceof Path path && s.edge(path) != null) {
                EdgeFigure edge = s.edge(path);
                for (MapScene.Point p : List.of(edge.route().get(0), edge.route().get(edge.route().size() - 1))) {
                    g.setBackground(0xFFFFFF);
                    g.fillOval(p.x() - h / 2, p.y() - h / 2, h, h);
                    g.setForeground(0x1F6FEB);
                    g.drawOval(p.x() - h / 2, p.y() - h / 2, h, h);
                }
            }
        }
    }

    private void paintFeedback(MapScene s, SwtMapGraphics g) {
        if (!dragging) {
            return;
        }
        g.setLineWidth(1.5 / zoom);
        g.setLineDash(4 / zoom, 3 / zoom);
        g.setForeground(0x1F6FEB);
        double dx = currentX - startX, dy = currentY - startY;
        switch (drag) {
            case MOVE -> {
                for (Touchpoint tp : selectedTouchpoints()) {
                    NodeFigure node = s.node(tp);
                    if (node != null) {
                        Rect b = node.bounds();
                        g.drawRoundRectangle(b.x() + dx, b.y() + dy, b.width(), b.height(), 12);
                    }
                }
            }
            case RESIZE -> {
                Rect r = resized();
                if (r != null) {
                    g.drawRectangle(r.x(), r.y(), r.width(), r.height());
                }
            }
            case CONNECT, RECONNECT_SOURCE, RECONNECT_TARGET -> {
                Rect from = anchorOfLine(s);
                if (from != null) {
                    g.drawLine(from.centerX(), from.centerY(), currentX, currentY);
                }
            }
            case MARQUEE -> {
                Rect r = marquee();
                g.setAlpha(40);
                g.setBackground(0x1F6FEB);
                g.fillRectangle(r.x(), r.y(), r.width(), r.height());
                g.setAlpha(255);
                g.drawRectangle(r.x(), r.y(), r.width(), r.height());
            }
            default -> {
            }
        }
        g.setLineDash();
    }

    private Rect anchorOfLine(MapScene s) {
        if (drag == Drag.CONNECT) {
            return connectFrom == null || s.node(connectFrom) == null ? null : s.node(connectFrom).bounds();
        }
        if (reconnecting == null) {
            return null;
        }
        Touchpoint fixed = drag == Drag.RECONNECT_SOURCE ? reconnecting.getTo() : reconnecting.getFrom();
        return s.node(fixed) == null ? null : s.node(fixed).bounds();
    }

    private static double[][] corners(Rect b) {
        return new double[][] { { b.x(), b.y() }, { b.right(), b.y() }, { b.x(), b.bottom() },
                { b.right(), b.bottom() } };
    }

    private double[] connectHandle(Rect b) {
        return new double[] { b.right() + HANDLE * 1.2 / zoom, b.centerY() };
    }

    // ---- scrolling

    private void updateScrollBars() {
        if (canvas == null || canvas.isDisposed() || scene == null) {
            return;
        }
        Rectangle area = canvas.getClientArea();
        Rect b = MapPainter.bounds(scene, decorations);
        int width = (int) Math.ceil((b.width() + 2 * MARGIN) * zoom);
        int height = (int) Math.ceil((b.height() + 2 * MARGIN) * zoom);
        scrollX = Math.max(0, Math.min(scrollX, width - area.width));
        scrollY = Math.max(0, Math.min(scrollY, height - area.height));
        setBar(canvas.getHorizontalBar(), scrollX, width, area.width);
        setBar(canvas.getVerticalBar(), scrollY, height, area.height);
    }

    private static void setBar(ScrollBar bar, int selection, int content, int visible) {
        if (bar == null) {
            return;
        }
        int max = Math.max(content, visible);
        bar.setValues(Math.max(0, selection), 0, max, Math.max(1, Math.min(visible, max)), 20,
                Math.max(1, visible - 20));
        bar.setVisible(content > visible);
    }

    // ---- events

    private void hookEvents() {
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.Resize, e -> {
            updateScrollBars();
            canvas.redraw();
        });
        canvas.getHorizontalBar().addListener(SWT.Selection, e -> {
            scrollX = canvas.getHorizontalBar().getSelection();
            canvas.redraw();
        });
        canvas.getVerticalBar().addListener(SWT.Selection, e -> {
            scrollY = canvas.getVerticalBar().getSelection();
            canvas.redraw();
        });
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseMove, this::mouseMove);
        canvas.addListener(SWT.MouseExit, e -> canvas.setToolTipText(null));
        canvas.addListener(SWT.MouseUp, this::mouseUp);
        canvas.addListener(SWT.MouseDoubleClick, this::mouseDoubleClick);
        canvas.addListener(SWT.MouseVerticalWheel, this::mouseWheel);
        canvas.addListener(SWT.KeyDown, this::keyDown);
        canvas.addListener(SWT.KeyUp, e -> {
            if (e.character == ' ') {
                spaceDown = false;
            }
        });
        canvas.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS
                    || e.detail == SWT.TRAVERSE_ESCAPE || e.detail == SWT.TRAVERSE_RETURN) {
                e.doit = false; // the canvas handles these keys itself (KeyDown)
            }
        });
        canvas.addListener(SWT.FocusOut, e -> spaceDown = false);
        DropTarget target = new DropTarget(canvas, DND.DROP_COPY | DND.DROP_DEFAULT);
        target.setTransfer(new Transfer[] { TextTransfer.getInstance() });
        target.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragEnter(DropTargetEvent event) {
                if (event.detail == DND.DROP_DEFAULT) {
                    event.detail = DND.DROP_COPY;
                }
                dragOver(event);
            }

            @Override
            public void dragOver(DropTargetEvent event) {
                Point p = canvas.toControl(event.x, event.y);
                event.detail = metricTarget(toModelX(p.x), toModelY(p.y)) == null ? DND.DROP_NONE : DND.DROP_COPY;
                event.feedback = DND.FEEDBACK_SCROLL;
            }

            @Override
            public void drop(DropTargetEvent event) {
                if (event.data instanceof String text && text.startsWith(MapPalette.METRIC_PREFIX)) {
                    Point p = canvas.toControl(event.x, event.y);
                    if (dropMetric(text.substring(MapPalette.METRIC_PREFIX.length()), p.x, p.y) == null) {
                        event.detail = DND.DROP_NONE;
                    }
                } else {
                    event.detail = DND.DROP_NONE;
                }
            }
        });
    }

    private void mouseDown(Event e) {
        commitEdit();
        canvas.setFocus();
        pressX = lastX = e.x;
        pressY = lastY = e.y;
        pressMask = e.stateMask;
        startX = currentX = toModelX(e.x);
        startY = currentY = toModelY(e.y);
        dragging = false;
        if (e.button == 2 || e.button == 1 && spaceDown) {
            drag = Drag.PAN;
            return;
        }
        if (e.button != 1) {
            return;
        }
        MapScene s = getScene();
        switch (tool.kind()) {
            case SELECT -> pressSelect(s, e);
            case MARQUEE -> drag = Drag.MARQUEE;
            case STAGE -> {
                addStageAt(startX);
                backToSelect();
            }
            case TOUCHPOINT -> {
                LaneFigure lane = s.laneAt(startX, startY);
                if (lane != null && lane.stage() != null) {
                    var command = MapCommands.addTouchpointAt(domain, s, lane.stage(), Messages.New_touchpoint,
                            tool.channel(), startX - MapScene.NODE_WIDTH / 2, startY - MapScene.NODE_HEIGHT / 2);
                    if (execute(command)) {
                        select(List.of(command.created()));
                    }
                    backToSelect();
                }
            }
            case PATH -> {
                NodeFigure node = s.nodeAt(startX, startY);
                if (node != null) {
                    drag = Drag.CONNECT;
                    connectFrom = node.touchpoint();
                }
            }
            case METRIC -> {
                drag = Drag.METRIC;
                draggedMetric = tool.metricId();
            }
        }
        updateCursor(e.x, e.y);
    }

    private void pressSelect(MapScene s, Event e) {
        boolean extend = (e.stateMask & (SWT.SHIFT | SWT.MOD1)) != 0;
        double tolerance = Math.max(MapScene.EDGE_TOLERANCE, 5 / zoom);
        // handles of the selection first
        List<Touchpoint> touchpoints = selectedTouchpoints();
        if (!extend && touchpoints.size() == 1 && s.node(touchpoints.get(0)) != null) {
            Rect b = s.node(touchpoints.get(0)).bounds();
            double h = HANDLE / zoom;
            double[] c = connectHandle(b);
            if (Math.abs(startX - c[0]) <= h && Math.abs(startY - c[1]) <= h) {
                drag = Drag.CONNECT;
                connectFrom = touchpoints.get(0);
                return;
            }
            double[][] corners = corners(b);
            for (int i = 0; i < corners.length; i++) {
                if (Math.abs(startX - corners[i][0]) <= h && Math.abs(startY - corners[i][1]) <= h) {
                    drag = Drag.RESIZE;
                    resizeCorner = i;
                    return;
                }
            }
        }
        if (!extend) {
            for (EObject el : selection) {
                if (el instanceof Path path && s.edge(path) != null) {
                    List<MapScene.Point> route = s.edge(path).route();
                    MapScene.Point first = route.get(0), last = route.get(route.size() - 1);
                    if (Math.hypot(startX - first.x(), startY - first.y()) <= HANDLE / zoom) {
                        drag = Drag.RECONNECT_SOURCE;
                        reconnecting = path;
                        return;
                    }
                    if (Math.hypot(startX - last.x(), startY - last.y()) <= HANDLE / zoom) {
                        drag = Drag.RECONNECT_TARGET;
                        reconnecting = path;
                        return;
                    }
                }
            }
        }
        Hit hit = s.hitAt(startX, startY, tolerance);
        if (hit == null || hit.kind() == HitKind.TITLE
                || hit.kind() == HitKind.LANE && !((LaneFigure) hit.figure()).header().contains(startX, startY)) {
            if (!extend) {
                select(List.of());
            }
            drag = Drag.MARQUEE;
            return;
        }
        EObject element = hit.element();
        if (element == null) { // the header of the lane of touchpoints without a stage
            return;
        }
        if (extend) {
            List<EObject> next = new ArrayList<>(selection);
            if (!next.remove(element)) {
                next.add(element);
            }
            select(next);
        } else if (!selection.contains(element)) {
            select(List.of(element));
        }
        if (hit.kind() == HitKind.NODE && selection.contains(element)) {
            drag = Drag.MOVE;
        }
    }

    private void mouseMove(Event e) {
        int px = e.x, py = e.y;
        if (drag == Drag.PAN) {
            setScroll(scrollX - (px - lastX), scrollY - (py - lastY));
            lastX = px;
            lastY = py;
            return;
        }
        lastX = px;
        lastY = py;
        currentX = toModelX(px);
        currentY = toModelY(py);
        if (drag != Drag.NONE && !dragging
                && (Math.abs(px - pressX) >= DRAG_THRESHOLD || Math.abs(py - pressY) >= DRAG_THRESHOLD)) {
            dragging = true;
        }
        if (dragging) {
            canvas.redraw();
        }
        updateCursor(px, py);
        String tip = drag == Drag.NONE ? tooltipAt(px, py) : null;
        if (!java.util.Objects.equals(tip, canvas.getToolTipText())) {
            canvas.setToolTipText(tip);
        }
    }

    /**
     * The tooltip of what lies under a point of the canvas (canvas coordinates), or null: the whole of what a box
     * may show cut at its width, as the SVG export's titles carry it. A touchpoint: its name, channel, tags and
     * measurement points, and with scores on the map its score, n and interval; a measurement point's badge: its
     * metric and name; a stage's header: its name; a path: its name.
     */
    public String tooltipAt(int x, int y) {
        MapScene s = getScene();
        if (s == null) {
            return null;
        }
        double mx = toModelX(x), my = toModelY(y);
        Hit hit = s.hitAt(mx, my, MapScene.EDGE_TOLERANCE);
        if (hit == null) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        switch (hit.kind()) {
            case NODE -> {
                Touchpoint tp = (Touchpoint) hit.element();
                lines.add(nameOf(tp));
                if (tp.getChannel() != null && tp.getChannel().getName() != null) {
                    lines.add(NLS.bind(Messages.Tip_channel, tp.getChannel().getName()));
                }
                MapDecorations.Overlay overlay = decorations.overlay(tp);
                if (overlay != null) {
                    lines.add(overlay.text());
                }
                ScoreOverlay scores = decorations.scores();
                if (scores != null) {
                    ScoreOverlay.Mark mark = scores.touchpoint(tp.getId());
                    lines.add(mark == null ? Messages.Tip_noAnswers : mark.text());
                    if (mark != null && mark.tooltip() != null && !mark.tooltip().isBlank()) {
                        lines.add(mark.tooltip());
                    }
                }
                for (BadgeFigure badge : s.badges()) {
                    if (badge.host() == tp) {
                        lines.add(NLS.bind(Messages.Tip_measurementPoint, badge.symbol(), nameOf(badge.point())));
                    }
                }
                MapDecorations.Problem problem = decorations.problem(tp);
                if (problem != null) {
                    lines.addAll(problem.messages());
                }
            }
            case BADGE -> {
                BadgeFigure badge = (BadgeFigure) hit.figure();
                lines.add(NLS.bind(Messages.Tip_measurementPoint, badge.symbol(), nameOf(badge.point())));
            }
            case LANE -> {
                LaneFigure lane = (LaneFigure) hit.figure();
                if (lane.stage() == null || !lane.header().contains(mx, my)) {
                    return null;
                }
                lines.add(nameOf(lane.stage()));
            }
            case EDGE -> {
                if (!(hit.element() instanceof NamedElement named) || named.getName() == null
                        || named.getName().isBlank()) {
                    return null;
                }
                lines.add(named.getName());
            }
            default -> {
                return null;
            }
        }
        return String.join("\n", lines); //$NON-NLS-1$
    }

    private static String nameOf(NamedElement element) {
        return element.getName() == null || element.getName().isBlank() ? Messages.Tip_unnamed : element.getName();
    }

    private void mouseUp(Event e) {
        if (drag == Drag.NONE) {
            return;
        }
        currentX = toModelX(e.x);
        currentY = toModelY(e.y);
        Drag finished = drag;
        boolean moved = dragging;
        drag = Drag.NONE;
        dragging = false;
        MapScene s = getScene();
        switch (finished) {
            case MOVE -> {
                if (moved && s.laneAt(currentX, Math.max(currentY, 0)) != null && currentY >= 0) {
                    execute(MapCommands.moveNodes(domain, s, selectedTouchpoints(), currentX - startX,
                            currentY - startY));
                } else if (!moved && (pressMask & (SWT.SHIFT | SWT.MOD1)) == 0) {
                    Hit hit = s.hitAt(startX, startY, MapScene.EDGE_TOLERANCE);
                    if (hit != null && hit.element() != null) {
                        select(List.of(hit.element()));
                    }
                }
            }
            case RESIZE -> {
                Rect r = resized();
                if (moved && r != null) {
                    execute(MapCommands.resizeNode(domain, s, selectedTouchpoints().get(0), r));
                }
            }
            case CONNECT -> {
                NodeFigure target = s.nodeAt(currentX, currentY);
                if (target != null && connectFrom != null && (moved || tool.kind() == Kind.PATH)) {
                    connect(connectFrom, target.touchpoint());
                    backToSelect();
                }
            }
            case RECONNECT_SOURCE, RECONNECT_TARGET -> {
                NodeFigure target = s.nodeAt(currentX, currentY);
                if (moved && target != null) {
                    reconnect(reconnecting, finished == Drag.RECONNECT_SOURCE, target.touchpoint());
                }
            }
            case MARQUEE -> {
                if (moved) {
                    List<EObject> found = s.elementsIn(marquee());
                    if ((pressMask & (SWT.SHIFT | SWT.MOD1)) != 0) {
                        List<EObject> next = new ArrayList<>(selection);
                        found.stream().filter(f -> !next.contains(f)).forEach(next::add);
                        select(next);
                    } else {
                        select(found);
                    }
                }
            }
            case METRIC -> {
                Point p = toControl(currentX, currentY);
                dropMetric(draggedMetric, p.x, p.y);
                backToSelect();
            }
            default -> {
            }
        }
        connectFrom = null;
        reconnecting = null;
        draggedMetric = null;
        canvas.redraw();
        updateCursor(e.x, e.y);
    }

    private void cancelGesture() {
        drag = Drag.NONE;
        dragging = false;
        connectFrom = null;
        reconnecting = null;
        draggedMetric = null;
        if (!canvas.isDisposed()) {
            canvas.redraw();
        }
    }

    private Rect marquee() {
        return new Rect(Math.min(startX, currentX), Math.min(startY, currentY), Math.abs(currentX - startX),
                Math.abs(currentY - startY));
    }

    /** The box the resize under way would give, or {@code null}. */
    private Rect resized() {
        List<Touchpoint> touchpoints = selectedTouchpoints();
        if (touchpoints.size() != 1 || getScene().node(touchpoints.get(0)) == null) {
            return null;
        }
        Rect b = getScene().node(touchpoints.get(0)).bounds();
        double left = b.x(), top = b.y(), right = b.right(), bottom = b.bottom();
        double dx = currentX - startX, dy = currentY - startY;
        if (resizeCorner == 0 || resizeCorner == 2) {
            left = Math.min(left + dx, right - MapCommands.MIN_NODE_WIDTH);
        } else {
            right = Math.max(right + dx, left + MapCommands.MIN_NODE_WIDTH);
        }
        if (resizeCorner < 2) {
            top = Math.min(top + dy, bottom - MapCommands.MIN_NODE_HEIGHT);
        } else {
            bottom = Math.max(bottom + dy, top + MapCommands.MIN_NODE_HEIGHT);
        }
        return new Rect(left, top, right - left, bottom - top);
    }

    private void mouseDoubleClick(Event e) {
        if (e.button != 1 || tool.kind() != Kind.SELECT) {
            return;
        }
        cancelGesture();
        Hit hit = getScene().hitAt(toModelX(e.x), toModelY(e.y), MapScene.EDGE_TOLERANCE);
        if (hit != null && doubleClickHandler != null && doubleClickHandler.test(hit.element())) {
            return;
        }
        if (hit != null && hit.element() instanceof NamedElement named
                && (hit.kind() != HitKind.LANE || ((LaneFigure) hit.figure()).header().contains(toModelX(e.x),
                        toModelY(e.y)))) {
            select(List.of(named));
            editName(named);
        }
    }

    private void mouseWheel(Event e) {
        if ((e.stateMask & SWT.MOD1) != 0) {
            if (e.count != 0) {
                setZoom(e.count > 0 ? zoom * 1.1 : zoom / 1.1, e.x, e.y);
            }
        } else if ((e.stateMask & SWT.SHIFT) != 0) {
            setScroll(scrollX - e.count * 16, scrollY);
        } else {
            setScroll(scrollX, scrollY - e.count * 16);
        }
        e.doit = false;
    }

    private void keyDown(Event e) {
        boolean mod = (e.stateMask & SWT.MOD1) != 0;
        if (e.character == ' ' && !mod) {
            spaceDown = true;
            return;
        }
        switch (e.keyCode) {
            case SWT.DEL -> deleteSelection();
            case SWT.F2 -> {
                if (selection.size() == 1 && selection.get(0) instanceof NamedElement named) {
                    editName(named);
                }
            }
            case SWT.ESC -> {
                cancelGesture();
                backToSelect();
            }
            case SWT.ARROW_LEFT -> navigate(-1, 0);
            case SWT.ARROW_RIGHT -> navigate(1, 0);
            case SWT.ARROW_UP -> navigate(0, -1);
            case SWT.ARROW_DOWN -> navigate(0, 1);
            case SWT.TAB -> tab((e.stateMask & SWT.SHIFT) != 0 ? -1 : 1);
            default -> {
                if (mod) {
                    switch (Character.toLowerCase((char) e.keyCode)) {
                        case 'c' -> copy();
                        case 'v' -> paste();
                        case 'z' -> {
                            if (domain.getCommandStack().canUndo()) {
                                domain.getCommandStack().undo();
                            }
                        }
                        case 'y' -> {
                            if (domain.getCommandStack().canRedo()) {
                                domain.getCommandStack().redo();
                            }
                        }
                        case '+', '=' -> zoomIn();
                        case '-' -> zoomOut();
                        case '0' -> zoomReset();
                        default -> {
                        }
                    }
                }
            }
        }
    }

    // ---- cursors

    private void updateCursor(int px, int py) {
        if (canvas.isDisposed()) {
            return;
        }
        double mx = toModelX(px), my = toModelY(py);
        MapScene s = getScene();
        int cursor = SWT.CURSOR_ARROW;
        switch (drag) {
            case METRIC -> cursor = metricTarget(mx, my) == null ? SWT.CURSOR_NO : SWT.CURSOR_HAND;
            case CONNECT, RECONNECT_SOURCE, RECONNECT_TARGET -> cursor = s.nodeAt(mx, my) == null && dragging
                    ? SWT.CURSOR_NO : SWT.CURSOR_CROSS;
            case MOVE -> cursor = dragging && (my < 0 || s.laneAt(mx, my) == null) ? SWT.CURSOR_NO
                    : SWT.CURSOR_SIZEALL;
            case PAN -> cursor = SWT.CURSOR_SIZEALL;
            case MARQUEE, RESIZE -> cursor = SWT.CURSOR_CROSS;
            case NONE -> cursor = switch (tool.kind()) {
                case METRIC -> metricTarget(mx, my) == null ? SWT.CURSOR_NO : SWT.CURSOR_HAND;
                case PATH -> s.nodeAt(mx, my) == null ? SWT.CURSOR_NO : SWT.CURSOR_CROSS;
                case STAGE, MARQUEE -> SWT.CURSOR_CROSS;
                case TOUCHPOINT -> {
                    LaneFigure lane = s.laneAt(mx, my);
                    yield lane == null || lane.stage() == null ? SWT.CURSOR_NO : SWT.CURSOR_CROSS;
                }
                case SELECT -> selectCursor(s, mx, my);
            };
        }
        Cursor c = canvas.getDisplay().getSystemCursor(cursor);
        if (canvas.getCursor() != c) {
            canvas.setCursor(c);
        }
    }

    private int selectCursor(MapScene s, double mx, double my) {
        List<Touchpoint> touchpoints = selectedTouchpoints();
        if (touchpoints.size() == 1 && s.node(touchpoints.get(0)) != null) {
            Rect b = s.node(touchpoints.get(0)).bounds();
            double h = HANDLE / zoom;
            double[] c = connectHandle(b);
            if (Math.abs(mx - c[0]) <= h && Math.abs(my - c[1]) <= h) {
                return SWT.CURSOR_CROSS;
            }
            double[][] corners = corners(b);
            for (int i = 0; i < corners.length; i++) {
                if (Math.abs(mx - corners[i][0]) <= h && Math.abs(my - corners[i][1]) <= h) {
                    return i == 0 || i == 3 ? SWT.CURSOR_SIZENWSE : SWT.CURSOR_SIZENESW;
                }
            }
        }
        return s.nodeAt(mx, my) != null ? SWT.CURSOR_HAND : SWT.CURSOR_ARROW;
    }

    /** The cursor shape the viewer shows now ({@code SWT.CURSOR_*}), for tests and tooltips. */
    public int getCursorShape() {
        Cursor c = canvas.getCursor();
        for (int shape : new int[] { SWT.CURSOR_NO, SWT.CURSOR_HAND, SWT.CURSOR_CROSS, SWT.CURSOR_SIZEALL,
                SWT.CURSOR_SIZENWSE, SWT.CURSOR_SIZENESW }) {
            if (c == canvas.getDisplay().getSystemCursor(shape)) {
                return shape;
            }
        }
        return SWT.CURSOR_ARROW;
    }

    // ---- the edits

    /**
     * Where a metric dropped at model point (x, y) attaches its measurement point: the touchpoint under it (or
     * whose badge is under it), the stage whose lane header is under it, the journey for the title band and the
     * empty map outside the lanes; {@code null} (an invalid drop) on a path, in a lane below its header, or on the
     * header of the lane of touchpoints without a stage.
     */
    public MeasurableElement metricTarget(double x, double y) {
        MapScene s = getScene();
        Hit hit = s.hitAt(x, y, MapScene.EDGE_TOLERANCE);
        if (hit == null) {
            return s.laneAt(x, y) == null ? journey : null;
        }
        return switch (hit.kind()) {
            case NODE -> (Touchpoint) hit.element();
            case BADGE -> ((BadgeFigure) hit.figure()).host();
            case LANE -> {
                LaneFigure lane = (LaneFigure) hit.figure();
                yield lane.stage() != null && lane.header().contains(x, y) ? lane.stage() : null;
            }
            case TITLE -> journey;
            case EDGE -> null;
        };
    }

    /**
     * A metric dropped at canvas point (x, y): asks the {@link MeasurementPointRequest} for the questions and
     * attaches a new measurement point to the target (one command: the point, its questions and the metric's
     * scale). Returns the new point, or {@code null} for an invalid target or a cancelled request.
     */
    public MeasurementPoint dropMetric(String metricId, int x, int y) {
        MeasurableElement target = metricTarget(toModelX(x), toModelY(y));
        if (target == null || metricId == null) {
            return null;
        }
        if (metricDrop != null) {
            MeasurementPoint attached = metricDrop.attach(metricId, target);
            if (attached != null) {
                select(List.of(attached));
            }
            return attached;
        }
        Map<String, String> questions = request.questions(metricId, target);
        if (questions == null) {
            return null;
        }
        JourneyCommands.Creation<MeasurementPoint> command = JourneyCommands.attachMeasurementPoint(domain, target,
                metricId);
        command.setLabel(Messages.Command_attach);
        MeasurementPoint point = command.created();
        questions.forEach((language, text) -> {
            if (text != null && !text.isBlank()) {
                command.append(JourneyCommands.setQuestion(domain, point, language, text.strip()));
            }
        });
        Optional<MetricDescriptor> metric = registry == null ? Optional.empty() : registry.find(metricId);
        if (metric.isPresent() && Double.isFinite(metric.get().scaleMin())
                && Double.isFinite(metric.get().scaleMax()) && metric.get().scaleMin() == Math.rint(
                        metric.get().scaleMin()) && metric.get().scaleMax() == Math.rint(metric.get().scaleMax())) {
            Scale scale = JourneyFactory.eINSTANCE.createScale();
            scale.setMin((int) metric.get().scaleMin());
            scale.setMax((int) metric.get().scaleMax());
            command.append(SetCommand.create(domain, point, P.getMeasurementPoint_Scale(), scale));
        }
        if (!execute(command)) {
            return null;
        }
        select(List.of(point));
        return point;
    }

    /** Connects two touchpoints with a new path and its notation edge; returns the path. */
    public Path connect(Touchpoint from, Touchpoint to) {
        JourneyCommands.Creation<Path> command = JourneyCommands.connect(domain, from, to, null);
        Diagram diagram = getDiagram();
        if (diagram != null) {
            command.append(MapCommands.createEdge(domain, diagram, command.created()));
        }
        if (!execute(command)) {
            return null;
        }
        select(List.of(command.created()));
        return command.created();
    }

    private void reconnect(Path path, boolean source, Touchpoint to) {
        CompoundCommand command = new CompoundCommand(Messages.Command_reconnect);
        command.append(SetCommand.create(domain, path, source ? P.getPath_From() : P.getPath_To(), to));
        Diagram diagram = getDiagram();
        if (diagram != null) {
            for (Edge edge : diagram.getEdges()) {
                if (edge.getElement() == path && !edge.getBendpoints().isEmpty()) {
                    command.append(MapCommands.setBendpoints(domain, diagram, path, List.of()));
                }
            }
        }
        execute(command);
    }

    /**
     * Adds a stage whose lane goes where model x is: between the lanes left and right of it (those to the right,
     * their boxes and bendpoints move right by a lane's width), or after the last one.
     */
    public Stage addStageAt(double x) {
        MapScene s = getScene();
        List<LaneFigure> stageLanes = s.lanes().stream().filter(l -> l.stage() != null).toList();
        int index = 0;
        while (index < stageLanes.size() && stageLanes.get(index).bounds().centerX() < x) {
            index++;
        }
        double laneX = index < stageLanes.size() ? stageLanes.get(index).bounds().x()
                : stageLanes.isEmpty() ? 0 : stageLanes.get(stageLanes.size() - 1).bounds().right()
                        + MapScene.LANE_GAP;
        double shift = MapScene.LANE_WIDTH + MapScene.LANE_GAP;
        double height = s.lanes().isEmpty() ? MapScene.LANE_HEADER_HEIGHT : s.lanes().get(0).bounds().height();
        JourneyCommands.Creation<Stage> command = JourneyCommands.addStage(domain, journey, Messages.New_stage,
                index < stageLanes.size() ? index : -1);
        command.setLabel(Messages.Command_addStage);
        Diagram diagram = getDiagram();
        if (diagram != null) {
            if (index < stageLanes.size()) {
                for (Lane lane : diagram.getLanes()) {
                    if (lane.getX() >= laneX - 1) {
                        command.append(SetCommand.create(domain, lane, N.getShape_X(),
                                (int) Math.round(lane.getX() + shift)));
                    }
                }
                for (Node node : diagram.getNodes()) {
                    if (node.getX() >= laneX - 1) {
                        command.append(SetCommand.create(domain, node, N.getShape_X(),
                                (int) Math.round(node.getX() + shift)));
                    }
                }
                for (Edge edge : diagram.getEdges()) {
                    for (Bendpoint b : edge.getBendpoints()) {
                        if (b.getX() >= laneX - 1) {
                            command.append(SetCommand.create(domain, b, N.getBendpoint_X(),
                                    (int) Math.round(b.getX() + shift)));
                        }
                    }
                }
            }
            Lane lane = NotationFactory.eINSTANCE.createLane();
            lane.setElement(command.created());
            setShape(lane, laneX, 0, MapScene.LANE_WIDTH, height);
            command.append(AddCommand.create(domain, diagram, N.getDiagram_Lanes(), lane));
        }
        if (!execute(command)) {
            return null;
        }
        select(List.of(command.created()));
        return command.created();
    }

    private static void setShape(Shape shape, double x, double y, double width, double height) {
        shape.setX((int) Math.round(x));
        shape.setY((int) Math.round(y));
        shape.setWidth((int) Math.round(width));
        shape.setHeight((int) Math.round(height));
    }

    /** Deletes the selected elements (with what cannot live without them) in one undoable command. */
    public void deleteSelection() {
        List<IdentifiedElement> doomed = selection.stream().filter(IdentifiedElement.class::isInstance)
                .map(IdentifiedElement.class::cast).filter(e -> e != journey).toList();
        if (doomed.isEmpty()) {
            return;
        }
        List<Supplier<Command>> steps = new ArrayList<>();
        for (IdentifiedElement element : doomed) {
            steps.add(() -> belongs(element) ? JourneyCommands.delete(domain, element) : null);
        }
        if (execute(new SequentialCommand(Messages.Command_deleteSelection, steps))) {
            select(List.of());
        }
    }

    /** Remembers the selected touchpoints for {@link #paste()}. */
    public void copy() {
        List<Touchpoint> touchpoints = selectedTouchpoints();
        if (!touchpoints.isEmpty()) {
            clipboard = List.copyOf(touchpoints);
        }
    }

    /**
     * Pastes copies of the copied touchpoints (new ids, the same stage, channel and properties, boxes offset by
     * {@link #PASTE_OFFSET}) and of the paths between them; selects the copies. Returns them.
     */
    public List<Touchpoint> paste() {
        List<Touchpoint> sources = clipboard.stream().filter(this::belongs).toList();
        if (sources.isEmpty()) {
            return List.of();
        }
        MapScene s = getScene();
        Diagram diagram = getDiagram();
        CompoundCommand command = new CompoundCommand(Messages.Command_paste);
        Map<Touchpoint, Touchpoint> copies = new IdentityHashMap<>();
        List<Touchpoint> pasted = new ArrayList<>();
        for (Touchpoint source : sources) {
            Touchpoint copy = EcoreUtil.copy(source);
            copy.setId(UUID.randomUUID().toString());
            copies.put(source, copy);
            pasted.add(copy);
            command.append(AddCommand.create(domain, journey, P.getJourney_Touchpoints(), copy));
            if (source.getStage() != null) {
                command.append(SetCommand.create(domain, copy, P.getTouchpoint_Stage(), source.getStage()));
            }
            NodeFigure node = s.node(source);
            if (diagram != null && node != null) {
                Node view = NotationFactory.eINSTANCE.createNode();
                view.setElement(copy);
                Rect b = node.bounds();
                setShape(view, b.x() + PASTE_OFFSET, b.y() + PASTE_OFFSET, b.width(), b.height());
                command.append(AddCommand.create(domain, diagram, N.getDiagram_Nodes(), view));
            }
        }
        for (Path path : journey.getPaths()) {
            Touchpoint from = copies.get(path.getFrom()), to = copies.get(path.getTo());
            if (from != null && to != null) {
                Path copy = JourneyFactory.eINSTANCE.createPath();
                copy.setFrom(from);
                copy.setTo(to);
                copy.setLabel(path.getLabel());
                command.append(AddCommand.create(domain, journey, P.getJourney_Paths(), copy));
                if (diagram != null) {
                    command.append(MapCommands.createEdge(domain, diagram, copy));
                }
            }
        }
        if (!execute(command)) {
            return List.of();
        }
        select(pasted);
        return pasted;
    }

    /** Moves the selection to the nearest shown touchpoint in a direction (dx, dy: −1, 0 or 1). */
    public void navigate(int dx, int dy) {
        MapScene s = getScene();
        if (s.nodes().isEmpty()) {
            return;
        }
        Touchpoint current = null;
        for (int i = selection.size() - 1; i >= 0 && current == null; i--) {
            if (selection.get(i) instanceof Touchpoint tp && s.node(tp) != null) {
                current = tp;
            }
        }
        if (current == null) {
            select(List.of(s.nodes().get(0).touchpoint()));
            reveal(selection.get(0));
            return;
        }
        Rect from = s.node(current).bounds();
        NodeFigure best = null;
        double bestScore = Double.MAX_VALUE;
        for (NodeFigure node : s.nodes()) {
            if (node.touchpoint() == current) {
                continue;
            }
            double vx = node.bounds().centerX() - from.centerX(), vy = node.bounds().centerY() - from.centerY();
            double along = vx * dx + vy * dy;
            double across = Math.abs(vx * dy) + Math.abs(vy * dx);
            if (along <= 0.5) {
                continue;
            }
            double score = along + 2 * across;
            if (score < bestScore) {
                bestScore = score;
                best = node;
            }
        }
        if (best != null) {
            select(List.of(best.touchpoint()));
            reveal(best.touchpoint());
        }
    }

    /** Selects the next (or, with −1, the previous) touchpoint in the map's order, wrapping around. */
    public void tab(int direction) {
        List<NodeFigure> nodes = getScene().nodes();
        if (nodes.isEmpty()) {
            return;
        }
        int index = -1;
        for (int i = 0; i < nodes.size(); i++) {
            if (selection.contains(nodes.get(i).touchpoint())) {
                index = i;
            }
        }
        int next = index < 0 ? (direction > 0 ? 0 : nodes.size() - 1)
                : Math.floorMod(index + direction, nodes.size());
        select(List.of(nodes.get(next).touchpoint()));
        reveal(nodes.get(next).touchpoint());
    }

    // ---- direct edit

    /** Opens the in-place name editor on a touchpoint, stage or the journey (Enter commits, Esc cancels). */
    public void editName(NamedElement element) {
        commitEdit();
        Rect r = getScene().boundsOf(element);
        if (r == null) {
            return;
        }
        if (element instanceof Stage) {
            r = new Rect(r.x(), r.y(), r.width(), MapScene.LANE_HEADER_HEIGHT / 2);
        } else if (element instanceof Journey) {
            r = new Rect(r.x(), r.y(), Math.min(r.width(), 400), 28);
        } else if (!(element instanceof Touchpoint)) {
            r = new Rect(r.x(), r.y(), Math.max(r.width(), 120), 24);
        }
        reveal(element);
        Point tl = toControl(r.x(), r.y()), br = toControl(r.right(), r.bottom());
        editing = element;
        editor = new Text(canvas, SWT.BORDER | SWT.SINGLE);
        editor.setText(element.getName() == null ? "" : element.getName());
        int height = editor.computeSize(SWT.DEFAULT, SWT.DEFAULT).y;
        int width = Math.max(80, br.x - tl.x);
        editor.setBounds(tl.x, tl.y + Math.max(0, (br.y - tl.y - height) / 2), width, height);
        editor.selectAll();
        editor.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_RETURN) {
                e.doit = false;
                commitEdit();
            } else if (e.detail == SWT.TRAVERSE_ESCAPE) {
                e.doit = false;
                cancelEdit();
            }
        });
        editor.addListener(SWT.FocusOut, e -> canvas.getDisplay().asyncExec(this::commitEdit));
        editor.setFocus();
    }

    /** The in-place name editor while it is open, else {@code null}. */
    public Text getNameEditor() {
        return editor != null && !editor.isDisposed() ? editor : null;
    }

    private void commitEdit() {
        if (editor == null || editor.isDisposed()) {
            editor = null;
            return;
        }
        String name = editor.getText().strip();
        NamedElement element = editing;
        closeEditor();
        if (element != null && !name.isEmpty() && !name.equals(element.getName()) && belongs(element)) {
            execute(JourneyCommands.rename(domain, element, name));
        }
    }

    private void cancelEdit() {
        closeEditor();
    }

    private void closeEditor() {
        Text t = editor;
        editor = null;
        editing = null;
        if (t != null && !t.isDisposed()) {
            t.dispose();
        }
        if (!canvas.isDisposed()) {
            canvas.setFocus();
        }
    }
}
