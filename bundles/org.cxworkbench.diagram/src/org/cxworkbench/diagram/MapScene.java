package org.cxworkbench.diagram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.MeasurableElement;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.model.journey.Path;
import org.cxworkbench.model.journey.Stage;
import org.cxworkbench.model.journey.Touchpoint;
import org.cxworkbench.model.notation.Bendpoint;
import org.cxworkbench.model.notation.Diagram;
import org.cxworkbench.model.notation.Edge;
import org.cxworkbench.model.notation.Lane;
import org.cxworkbench.model.notation.Node;
import org.cxworkbench.model.notation.View;
import org.eclipse.emf.ecore.EObject;

/**
 * The geometry of a journey map, built from a journey and its diagram (notation) under a {@link MapFilter}: what
 * {@link MapPainter} draws and what the editor hit-tests. All coordinates are model coordinates.
 * <ul>
 * <li>a <b>title band</b> above the lanes (y from {@link #TITLE_HEIGHT} above 0 to 0) with the journey's name and
 * the badges of measurement points attached to the journey itself;</li>
 * <li>one <b>lane</b> (column) per stage, in the journey's stage order, starting at y = 0 with a header of
 * {@link #LANE_HEADER_HEIGHT} holding the stage name and the stage's badges; touchpoints without a stage get a
 * last lane whose stage is {@code null};</li>
 * <li>one <b>node</b> per shown touchpoint, at its notation bounds (a touchpoint missing from the notation is
 * placed below the others of its lane, so that the map is always complete);</li>
 * <li>one <b>edge</b> per shown path, routed from border to border through its bendpoints; without bendpoints a
 * forward path takes an orthogonal route, a backward path (to an earlier lane, or clearly to the left in its
 * lane) runs below all nodes through the gaps between lanes, and a loop (a path from a touchpoint to itself) is a
 * small hook over the node's top-right corner;</li>
 * <li>one <b>badge</b> per shown measurement point: below its touchpoint's box, in its stage's header, or in the
 * title band.</li>
 * </ul>
 * A scene is a snapshot: rebuild it after the model or notation changed (building is cheap, linear in the number
 * of elements).
 */
public final class MapScene {

    /** Height of the title band above the lanes. */
    public static final double TITLE_HEIGHT = 56;
    /** Height of a lane's header (stage name and stage badges). */
    public static final double LANE_HEADER_HEIGHT = 48;
    /** Height of a measurement badge. */
    public static final double BADGE_HEIGHT = 18;
    /** Default size of a touchpoint box. */
    public static final double NODE_WIDTH = 150, NODE_HEIGHT = 70;
    /** Default width of a lane and the gap between lanes. */
    public static final double LANE_WIDTH = 190, LANE_GAP = 10;
    /** Margin between a lane's border and its boxes, and the vertical gap between boxes. */
    public static final double NODE_MARGIN = 20, NODE_GAP = 40;
    /** Hit tolerance for edges used by {@link #elementAt(double, double)}, in model pixels. */
    public static final double EDGE_TOLERANCE = 4;

    /** An axis-aligned rectangle. */
    public record Rect(double x, double y, double width, double height) {

        public double right() {
            return x + width;
        }

        public double bottom() {
            return y + height;
        }

        public double centerX() {
            return x + width / 2;
        }

        public double centerY() {
            return y + height / 2;
        }

        public boolean contains(double px, double py) {
            return px >= x && px <= x + width && py >= y && py <= y + height;
        }

        /** Whether {@code other} lies wholly inside. */
        public boolean contains(Rect other) {
            return other.x >= x && other.y >= y && other.right() <= right() && other.bottom() <= bottom();
        }

        public boolean intersects(Rect other) {
            return other.x < right() && x < other.right() && other.y < bottom() && y < other.bottom();
        }

        /** The smallest rectangle holding both. */
        public Rect union(Rect other) {
            double nx = Math.min(x, other.x), ny = Math.min(y, other.y);
            return new Rect(nx, ny, Math.max(right(), other.right()) - nx, Math.max(bottom(), other.bottom()) - ny);
        }
    }

    /** A point of an edge's route. */
    public record Point(double x, double y) {
    }

    /**
     * A stage's column.
     *
     * @param stage the stage, or {@code null} for the lane of touchpoints without a stage
     * @param index the position among the lanes, from 0 (the stage order)
     * @param bounds the whole column, header included
     * @param view the notation lane, or {@code null} when the notation has none (the lane was placed here)
     */
    public record LaneFigure(Stage stage, int index, Rect bounds, Lane view) {

        /** The header at the top of the column. */
        public Rect header() {
            return new Rect(bounds.x(), bounds.y(), bounds.width(), LANE_HEADER_HEIGHT);
        }
    }

    /**
     * A touchpoint's box.
     *
     * @param view the notation node, or {@code null} when the notation has none (the box was placed here)
     */
    public record NodeFigure(Touchpoint touchpoint, Rect bounds, LaneFigure lane, Node view) {
    }

    /** How a path runs relative to the journey's direction. */
    public enum EdgeKind {
        /** To a later lane, or within a lane. */
        FORWARD,
        /** To an earlier lane, or clearly to the left within a lane. */
        BACKWARD,
        /** From a touchpoint to itself. */
        LOOP
    }

    /**
     * A path's line, from the border of its source box to the border of its target box (where the arrowhead is).
     *
     * @param route at least two points; the last segment ends at the target
     * @param view the notation edge, or {@code null} when the notation has none
     */
    public record EdgeFigure(Path path, NodeFigure source, NodeFigure target, List<Point> route, EdgeKind kind,
            Edge view) {

        /** Whether this is a backward path or a loop: what {@link MapFilter#backwardPaths()} hides. */
        public boolean backward() {
            return kind != EdgeKind.FORWARD;
        }

        /** The distance from (x, y) to the nearest point of the route. */
        public double distance(double x, double y) {
            double best = Double.MAX_VALUE;
            for (int i = 1; i < route.size(); i++) {
                best = Math.min(best, segmentDistance(route.get(i - 1), route.get(i), x, y));
            }
            return best;
        }

        /** The middle of the route's longest segment, where a label goes. */
        public Point labelAnchor() {
            Point best = route.get(0);
            double longest = -1;
            for (int i = 1; i < route.size(); i++) {
                Point a = route.get(i - 1), b = route.get(i);
                double length = Math.hypot(b.x() - a.x(), b.y() - a.y());
                if (length > longest) {
                    longest = length;
                    best = new Point((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
                }
            }
            return best;
        }
    }

    /**
     * A measurement point's badge.
     *
     * @param host the touchpoint, stage or journey the point is attached to
     * @param symbol the metric's short symbol ({@code NPS}, {@code CSAT}, {@code CES}, ...)
     */
    public record BadgeFigure(MeasurementPoint point, MeasurableElement host, Rect bounds, String symbol) {
    }

    /** What a point of the map hits, topmost first: a badge, a node, an edge, a lane, the title band. */
    public enum HitKind {
        BADGE, NODE, EDGE, LANE, TITLE
    }

    /**
     * The result of hit testing.
     *
     * @param element the semantic element: measurement point, touchpoint, path, stage (null for the lane of
     *        touchpoints without a stage) or journey
     * @param figure the {@link BadgeFigure}, {@link NodeFigure}, {@link EdgeFigure}, {@link LaneFigure}, or
     *        {@code null} for the title band
     */
    public record Hit(HitKind kind, EObject element, Object figure) {
    }

    private final Journey journey;
    private final Diagram diagram;
    private final MapFilter filter;
    private final List<LaneFigure> lanes = new ArrayList<>();
    private final List<NodeFigure> nodes = new ArrayList<>();
    private final List<EdgeFigure> edges = new ArrayList<>();
    private final List<BadgeFigure> badges = new ArrayList<>();
    private final Map<EObject, Object> figures = new IdentityHashMap<>();
    private Rect title;
    private Rect bounds;

    private MapScene(Journey journey, Diagram diagram, MapFilter filter) {
        this.journey = journey;
        this.diagram = diagram;
        this.filter = filter;
    }

    /**
     * Builds the scene of a journey.
     *
     * @param diagram its notation, or {@code null} for none (every lane and box is then placed by default; use
     *        {@link MapLayout} for a real layout)
     * @param filter what to show; {@code null} for {@link MapFilter#ALL}
     */
    public static MapScene build(Journey journey, Diagram diagram, MapFilter filter) {
        MapScene scene = new MapScene(journey, diagram, filter == null ? MapFilter.ALL : filter);
        scene.build();
        return scene;
    }

    private void build() {
        Map<EObject, View> views = new IdentityHashMap<>();
        if (diagram != null) {
            diagram.getLanes().forEach(v -> views.put(v.getElement(), v));
            diagram.getNodes().forEach(v -> views.put(v.getElement(), v));
            diagram.getEdges().forEach(v -> views.put(v.getElement(), v));
        }
        buildLanes(views);
        buildNodes(views);
        double bottom = LANE_HEADER_HEIGHT + NODE_MARGIN;
        for (NodeFigure node : nodes) {
            bottom = Math.max(bottom, node.bounds().bottom() + BADGE_HEIGHT / 2);
        }
        buildEdges(views, bottom);
        for (EdgeFigure edge : edges) {
            for (Point p : edge.route()) {
                bottom = Math.max(bottom, p.y());
            }
        }
        // every lane as tall as the tallest, and at least as tall as the content
        double laneBottom = bottom + NODE_MARGIN;
        for (LaneFigure lane : lanes) {
            laneBottom = Math.max(laneBottom, lane.bounds().bottom());
        }
        for (int i = 0; i < lanes.size(); i++) {
            LaneFigure lane = lanes.get(i);
            Rect b = lane.bounds();
            LaneFigure tall = new LaneFigure(lane.stage(), lane.index(), new Rect(b.x(), b.y(), b.width(),
                    laneBottom - b.y()), lane.view());
            lanes.set(i, tall);
            if (lane.stage() != null) {
                figures.put(lane.stage(), tall);
            }
        }
        for (int i = 0; i < nodes.size(); i++) {
            NodeFigure node = nodes.get(i);
            NodeFigure relinked = new NodeFigure(node.touchpoint(), node.bounds(), lanes.get(node.lane().index()),
                    node.view());
            nodes.set(i, relinked);
            figures.put(node.touchpoint(), relinked);
        }
        for (int i = 0; i < edges.size(); i++) {
            EdgeFigure edge = edges.get(i);
            EdgeFigure relinked = new EdgeFigure(edge.path(), (NodeFigure) figures.get(edge.source().touchpoint()),
                    (NodeFigure) figures.get(edge.target().touchpoint()), edge.route(), edge.kind(), edge.view());
            edges.set(i, relinked);
            figures.put(edge.path(), relinked);
        }
        double right = 0;
        for (LaneFigure lane : lanes) {
            right = Math.max(right, lane.bounds().right());
        }
        title = new Rect(0, -TITLE_HEIGHT, Math.max(right, 400), TITLE_HEIGHT);
        buildBadges();
        Rect all = title;
        for (LaneFigure lane : lanes) {
            all = all.union(lane.bounds());
        }
        for (NodeFigure node : nodes) {
            all = all.union(node.bounds());
        }
        for (EdgeFigure edge : edges) {
            for (Point p : edge.route()) {
                all = all.union(new Rect(p.x(), p.y(), 0, 0));
            }
        }
        for (BadgeFigure badge : badges) {
            all = all.union(badge.bounds());
        }
        bounds = all;
    }

    private void buildLanes(Map<EObject, View> views) {
        double nextX = 0;
        List<Stage> stages = new ArrayList<>(journey.getStages());
        boolean stageless = journey.getTouchpoints().stream().anyMatch(t -> t.getStage() == null);
        if (stageless) {
            stages.add(null);
        }
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            Lane view = stage == null ? null : views.get(stage) instanceof Lane l ? l : null;
            Rect rect;
            if (view != null && view.getWidth() > 0) {
                rect = new Rect(view.getX(), view.getY(), view.getWidth(), Math.max(view.getHeight(),
                        LANE_HEADER_HEIGHT));
            } else {
                rect = new Rect(nextX, 0, LANE_WIDTH, LANE_HEADER_HEIGHT);
            }
            nextX = Math.max(nextX, rect.right() + LANE_GAP);
            LaneFigure lane = new LaneFigure(stage, i, rect, view);
            lanes.add(lane);
        }
    }

    private LaneFigure laneOf(Stage stage) {
        for (LaneFigure lane : lanes) {
            if (lane.stage() == stage) {
                return lane;
            }
        }
        return lanes.get(lanes.size() - 1);
    }

    private void buildNodes(Map<EObject, View> views) {
        Map<LaneFigure, Double> laneBottoms = new HashMap<>();
        for (Touchpoint touchpoint : journey.getTouchpoints()) {
            if (views.get(touchpoint) instanceof Node node && node.getWidth() > 0) {
                LaneFigure lane = laneOf(touchpoint.getStage());
                laneBottoms.merge(lane, (double) node.getY() + node.getHeight(), Math::max);
            }
        }
        for (Touchpoint touchpoint : journey.getTouchpoints()) {
            if (!filter.shows(touchpoint)) {
                continue;
            }
            LaneFigure lane = laneOf(touchpoint.getStage());
            Node view = views.get(touchpoint) instanceof Node n ? n : null;
            Rect rect;
            if (view != null && view.getWidth() > 0) {
                rect = new Rect(view.getX(), view.getY(), view.getWidth(), view.getHeight());
            } else {
                double top = laneBottoms.getOrDefault(lane, LANE_HEADER_HEIGHT + NODE_MARGIN - NODE_GAP) + NODE_GAP;
                double width = Math.min(NODE_WIDTH, lane.bounds().width() - 2 * NODE_MARGIN);
                rect = new Rect(lane.bounds().x() + (lane.bounds().width() - width) / 2, top, width, NODE_HEIGHT);
                laneBottoms.put(lane, rect.bottom());
            }
            NodeFigure figure = new NodeFigure(touchpoint, rect, lane, view);
            nodes.add(figure);
            figures.put(touchpoint, figure);
        }
    }

    private void buildEdges(Map<EObject, View> views, double contentBottom) {
        int backwardCount = 0;
        int sideCount = 0;
        for (Path path : journey.getPaths()) {
            NodeFigure source = path.getFrom() == null ? null : (NodeFigure) figures.get(path.getFrom());
            NodeFigure target = path.getTo() == null ? null : (NodeFigure) figures.get(path.getTo());
            if (source == null || target == null) {
                continue;
            }
            EdgeKind kind = kind(source, target);
            if (kind != EdgeKind.FORWARD && !filter.backwardPaths()) {
                continue;
            }
            Edge view = views.get(path) instanceof Edge e ? e : null;
            List<Point> route;
            if (view != null && !view.getBendpoints().isEmpty()) {
                route = routeThrough(source.bounds(), target.bounds(), view.getBendpoints());
            } else if (kind == EdgeKind.LOOP) {
                route = loopRoute(source.bounds());
            } else if (kind == EdgeKind.BACKWARD) {
                route = backwardRoute(source, target, contentBottom, backwardCount++);
            } else if (blockedVertically(source, target)) {
                route = besideRoute(source.bounds(), target.bounds(), sideCount++);
            } else {
                route = forwardRoute(source.bounds(), target.bounds());
            }
            EdgeFigure figure = new EdgeFigure(path, source, target, Collections.unmodifiableList(route), kind, view);
            edges.add(figure);
            figures.put(path, figure);
        }
    }

    /** Whether a path from {@code source} to {@code target} runs forward, backward or is a loop. */
    static EdgeKind kind(NodeFigure source, NodeFigure target) {
        if (source.touchpoint() == target.touchpoint()) {
            return EdgeKind.LOOP;
        }
        if (target.lane().index() < source.lane().index()) {
            return EdgeKind.BACKWARD;
        }
        if (target.lane().index() == source.lane().index() && target.bounds().right() <= source.bounds().x()) {
            return EdgeKind.BACKWARD;
        }
        return EdgeKind.FORWARD;
    }

    /** The route for the bendpoints of a path that has some; the route for routing a new path the same way. */
    public static List<Point> forwardRoute(Rect s, Rect t) {
        List<Point> route = new ArrayList<>();
        if (t.x() >= s.right()) { // to the right: out of the right side, into the left side
            double sy = s.centerY(), ty = t.centerY();
            route.add(new Point(s.right(), sy));
            if (Math.abs(sy - ty) > 1) {
                double mx = (s.right() + t.x()) / 2;
                route.add(new Point(mx, sy));
                route.add(new Point(mx, ty));
            }
            route.add(new Point(t.x(), ty));
        } else if (t.right() <= s.x()) { // to the left in the same lane
            route.add(new Point(s.x(), s.centerY()));
            double mx = (t.right() + s.x()) / 2;
            route.add(new Point(mx, s.centerY()));
            route.add(new Point(mx, t.centerY()));
            route.add(new Point(t.right(), t.centerY()));
        } else { // one above the other
            boolean down = t.centerY() >= s.centerY();
            double sx = s.centerX(), tx = t.centerX();
            double sy = down ? s.bottom() : s.y(), ty = down ? t.y() : t.bottom();
            route.add(new Point(sx, sy));
            if (Math.abs(sx - tx) > 1) {
                double my = (sy + ty) / 2;
                route.add(new Point(sx, my));
                route.add(new Point(tx, my));
            }
            route.add(new Point(tx, ty));
        }
        return route;
    }

    /**
     * Whether a path between two boxes one above the other would run through another box of the column, so that
     * it goes beside them instead.
     */
    private boolean blockedVertically(NodeFigure source, NodeFigure target) {
        Rect s = source.bounds(), t = target.bounds();
        if (t.x() >= s.right() || t.right() <= s.x()) {
            return false;
        }
        double top = Math.min(s.bottom(), t.bottom()), bottom = Math.max(s.y(), t.y());
        double left = Math.min(s.centerX(), t.centerX()) - 1, right = Math.max(s.centerX(), t.centerX()) + 1;
        Rect corridor = new Rect(left, top, right - left, bottom - top);
        for (NodeFigure other : nodes) {
            if (other != source && other != target && other.bounds().intersects(corridor)) {
                return true;
            }
        }
        return false;
    }

    /** A path beside its column: out of the source's right side, down or up, into the target's right side. */
    private static List<Point> besideRoute(Rect s, Rect t, int index) {
        double x = Math.max(s.right(), t.right()) + 8 + (index % 3) * 3;
        return new ArrayList<>(List.of(new Point(s.right(), s.centerY() + 8), new Point(x, s.centerY() + 8),
                new Point(x, t.centerY() + 8), new Point(t.right(), t.centerY() + 8)));
    }

    private List<Point> backwardRoute(NodeFigure source, NodeFigure target, double contentBottom, int index) {
        Rect s = source.bounds(), t = target.bounds();
        double y = contentBottom + 16 + (index % 8) * 6;
        double offset = (index % 4) * 3;
        double outX = Math.max(s.right(), source.lane().bounds().right()) + LANE_GAP / 2 - offset;
        double inX = Math.min(t.x(), target.lane().bounds().x()) - LANE_GAP / 2 + offset;
        double sy = s.y() + s.height() * 0.7, ty = t.y() + t.height() * 0.7;
        return new ArrayList<>(List.of(new Point(s.right(), sy), new Point(outX, sy), new Point(outX, y),
                new Point(inX, y), new Point(inX, ty), new Point(t.x(), ty)));
    }

    private static List<Point> loopRoute(Rect s) {
        double r = s.right(), top = s.y();
        return new ArrayList<>(List.of(new Point(r, top + 18), new Point(r + 14, top + 18),
                new Point(r + 14, top - 14), new Point(r - 24, top - 14), new Point(r - 24, top)));
    }

    /** A route from box {@code s} to box {@code t} through bendpoints, attached to the boxes orthogonally. */
    static List<Point> routeThrough(Rect s, Rect t, List<Bendpoint> bends) {
        List<Point> route = new ArrayList<>();
        Point first = new Point(bends.get(0).getX(), bends.get(0).getY());
        Point last = new Point(bends.get(bends.size() - 1).getX(), bends.get(bends.size() - 1).getY());
        route.add(attach(s, first));
        for (Bendpoint b : bends) {
            route.add(new Point(b.getX(), b.getY()));
        }
        route.add(attach(t, last));
        return route;
    }

    /** Where a line from box {@code r} towards {@code p} leaves the box: straight across when p is level with it. */
    static Point attach(Rect r, Point p) {
        if (p.y() >= r.y() && p.y() <= r.bottom() && !r.contains(p.x(), p.y())) {
            return new Point(p.x() >= r.right() ? r.right() : r.x(), p.y());
        }
        if (p.x() >= r.x() && p.x() <= r.right() && !r.contains(p.x(), p.y())) {
            return new Point(p.x(), p.y() >= r.bottom() ? r.bottom() : r.y());
        }
        // clip the line from the centre
        double cx = r.centerX(), cy = r.centerY();
        double dx = p.x() - cx, dy = p.y() - cy;
        if (dx == 0 && dy == 0) {
            return new Point(cx, cy);
        }
        double sx = dx == 0 ? Double.MAX_VALUE : (r.width() / 2) / Math.abs(dx);
        double sy = dy == 0 ? Double.MAX_VALUE : (r.height() / 2) / Math.abs(dy);
        double s = Math.min(sx, sy);
        return new Point(cx + dx * s, cy + dy * s);
    }

    private void buildBadges() {
        if (!filter.measurementPoints()) {
            return;
        }
        Map<EObject, List<MeasurementPoint>> byHost = new IdentityHashMap<>();
        List<EObject> hosts = new ArrayList<>();
        for (MeasurementPoint point : journey.getMeasurementPoints()) {
            MeasurableElement host = point.getAttachedTo();
            if (host == null || host != journey && !figures.containsKey(host)) {
                continue;
            }
            byHost.computeIfAbsent(host, h -> {
                hosts.add(h);
                return new ArrayList<>();
            }).add(point);
        }
        for (EObject host : hosts) {
            List<MeasurementPoint> points = byHost.get(host);
            Rect area;
            double y;
            double maxWidth;
            if (host == journey) {
                area = new Rect(title.x(), title.y(), title.width(), title.height());
                y = title.y() + 30;
                maxWidth = 150;
            } else if (figures.get(host) instanceof LaneFigure lane) {
                area = new Rect(lane.bounds().x() + 6, lane.bounds().y(), lane.bounds().width() - 12, 0);
                y = lane.bounds().y() + 25;
                maxWidth = 110;
            } else {
                Rect b = ((NodeFigure) figures.get(host)).bounds();
                area = new Rect(b.x() + 6, b.y(), b.width() - 12, 0);
                y = b.bottom() - BADGE_HEIGHT / 2;
                maxWidth = 110;
            }
            double gap = 4;
            double width = Math.min(maxWidth, (area.width() - gap * (points.size() - 1)) / points.size());
            width = Math.max(width, 12);
            double x = host == journey ? area.x() : area.x();
            for (MeasurementPoint point : points) {
                BadgeFigure badge = new BadgeFigure(point, (MeasurableElement) host, new Rect(x, y, width,
                        BADGE_HEIGHT), symbol(point.getMetricId()));
                badges.add(badge);
                figures.put(point, badge);
                x += width + gap;
            }
        }
    }

    /** The short symbol a badge shows for a metric id: NPS, CSAT, CES, CHURN, MS, or the id in capitals. */
    public static String symbol(String metricId) {
        if (metricId == null || metricId.isBlank()) {
            return "?";
        }
        String id = metricId.toLowerCase(Locale.ROOT);
        if (id.startsWith("ces")) {
            return "CES";
        }
        return switch (id) {
            case "nps" -> "NPS";
            case "csat" -> "CSAT";
            case "churn" -> "CHURN";
            case "mystery" -> "MS";
            default -> {
                String upper = metricId.toUpperCase(Locale.ROOT);
                yield upper.length() > 5 ? upper.substring(0, 5) : upper;
            }
        };
    }

    // ---- access

    public Journey journey() {
        return journey;
    }

    /** The notation the scene was built from, or {@code null}. */
    public Diagram diagram() {
        return diagram;
    }

    public MapFilter filter() {
        return filter;
    }

    /** The lanes in stage order (the stageless lane, if any, last). */
    public List<LaneFigure> lanes() {
        return Collections.unmodifiableList(lanes);
    }

    /** The shown touchpoints' boxes, in the journey's touchpoint order (painting order). */
    public List<NodeFigure> nodes() {
        return Collections.unmodifiableList(nodes);
    }

    /** The shown paths' lines, in the journey's path order. */
    public List<EdgeFigure> edges() {
        return Collections.unmodifiableList(edges);
    }

    /** The shown measurement points' badges. */
    public List<BadgeFigure> badges() {
        return Collections.unmodifiableList(badges);
    }

    /** The band above the lanes with the journey's name and its own badges. */
    public Rect titleBand() {
        return title;
    }

    /** Everything drawn (title band, lanes, boxes, routes, badges); export sizes and "zoom to fit" use it. */
    public Rect bounds() {
        return bounds;
    }

    /** The lane of a stage ({@code null} for the stageless lane), or {@code null} when there is none. */
    public LaneFigure lane(Stage stage) {
        for (LaneFigure lane : lanes) {
            if (lane.stage() == stage) {
                return lane;
            }
        }
        return null;
    }

    /** A touchpoint's box, or {@code null} when it is hidden. */
    public NodeFigure node(Touchpoint touchpoint) {
        return figures.get(touchpoint) instanceof NodeFigure n ? n : null;
    }

    /** A path's line, or {@code null} when it is hidden. */
    public EdgeFigure edge(Path path) {
        return figures.get(path) instanceof EdgeFigure e ? e : null;
    }

    /** A measurement point's badge, or {@code null} when it is hidden. */
    public BadgeFigure badge(MeasurementPoint point) {
        return figures.get(point) instanceof BadgeFigure b ? b : null;
    }

    /** Where an element is drawn: a badge's, box's or lane's bounds, a route's extent, or the title band. */
    public Rect boundsOf(EObject element) {
        if (element == journey) {
            return title;
        }
        Object figure = figures.get(element);
        if (figure instanceof NodeFigure n) {
            return n.bounds();
        } else if (figure instanceof BadgeFigure b) {
            return b.bounds();
        } else if (figure instanceof LaneFigure l) {
            return l.bounds();
        } else if (figure instanceof EdgeFigure e) {
            Rect r = null;
            for (Point p : e.route()) {
                Rect pr = new Rect(p.x(), p.y(), 0, 0);
                r = r == null ? pr : r.union(pr);
            }
            return r;
        }
        return null;
    }

    // ---- hit testing

    /** The topmost badge at (x, y), or {@code null}. */
    public BadgeFigure badgeAt(double x, double y) {
        for (int i = badges.size() - 1; i >= 0; i--) {
            if (badges.get(i).bounds().contains(x, y)) {
                return badges.get(i);
            }
        }
        return null;
    }

    /** The topmost touchpoint box at (x, y), or {@code null}. */
    public NodeFigure nodeAt(double x, double y) {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            if (nodes.get(i).bounds().contains(x, y)) {
                return nodes.get(i);
            }
        }
        return null;
    }

    /** The edge nearest to (x, y) within {@code tolerance} model pixels, or {@code null}. */
    public EdgeFigure edgeAt(double x, double y, double tolerance) {
        EdgeFigure best = null;
        double bestDistance = tolerance;
        for (EdgeFigure edge : edges) {
            double d = edge.distance(x, y);
            if (d <= bestDistance) {
                bestDistance = d;
                best = edge;
            }
        }
        return best;
    }

    /**
     * The lane whose column holds x (at any height below the title band), for drops: the lane a touchpoint
     * dropped at (x, y) goes into. {@code null} outside every lane (in a gap, or beside the map).
     */
    public LaneFigure laneAt(double x, double y) {
        if (y < 0) {
            return null;
        }
        for (LaneFigure lane : lanes) {
            if (x >= lane.bounds().x() && x <= lane.bounds().right()) {
                return lane;
            }
        }
        return null;
    }

    /** What (x, y) hits, topmost first, with edges within {@code edgeTolerance}; {@code null} for nothing. */
    public Hit hitAt(double x, double y, double edgeTolerance) {
        BadgeFigure badge = badgeAt(x, y);
        if (badge != null) {
            return new Hit(HitKind.BADGE, badge.point(), badge);
        }
        NodeFigure node = nodeAt(x, y);
        if (node != null) {
            return new Hit(HitKind.NODE, node.touchpoint(), node);
        }
        EdgeFigure edge = edgeAt(x, y, edgeTolerance);
        if (edge != null) {
            return new Hit(HitKind.EDGE, edge.path(), edge);
        }
        LaneFigure lane = laneAt(x, y);
        if (lane != null && lane.bounds().contains(x, y)) {
            return new Hit(HitKind.LANE, lane.stage(), lane);
        }
        if (title.contains(x, y)) {
            return new Hit(HitKind.TITLE, journey, null);
        }
        return null;
    }

    /**
     * The semantic element at (x, y): a measurement point, touchpoint, path (within {@link #EDGE_TOLERANCE}),
     * stage or the journey (title band); {@code null} for empty space.
     */
    public EObject elementAt(double x, double y) {
        Hit hit = hitAt(x, y, EDGE_TOLERANCE);
        return hit == null ? null : hit.element();
    }

    /**
     * The elements wholly inside {@code area} (a marquee): touchpoints, badges' measurement points and paths
     * whose whole route is inside, in that order.
     */
    public List<EObject> elementsIn(Rect area) {
        List<EObject> found = new ArrayList<>();
        for (NodeFigure node : nodes) {
            if (area.contains(node.bounds())) {
                found.add(node.touchpoint());
            }
        }
        for (BadgeFigure badge : badges) {
            if (area.contains(badge.bounds())) {
                found.add(badge.point());
            }
        }
        for (EdgeFigure edge : edges) {
            if (edge.route().stream().allMatch(p -> area.contains(p.x(), p.y()))) {
                found.add(edge.path());
            }
        }
        return found;
    }

    private static double segmentDistance(Point a, Point b, double x, double y) {
        double dx = b.x() - a.x(), dy = b.y() - a.y();
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : ((x - a.x()) * dx + (y - a.y()) * dy) / lengthSquared;
        t = Math.max(0, Math.min(1, t));
        return Math.hypot(a.x() + t * dx - x, a.y() + t * dy - y);
    }
}
