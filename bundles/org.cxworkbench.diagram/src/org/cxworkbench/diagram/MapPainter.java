package org.cxworkbench.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.cxworkbench.diagram.MapDecorations.Overlay;
import org.cxworkbench.diagram.MapDecorations.Problem;
import org.cxworkbench.diagram.MapGraphics.MapFont;
import org.cxworkbench.diagram.MapScene.BadgeFigure;
import org.cxworkbench.diagram.MapScene.EdgeFigure;
import org.cxworkbench.diagram.MapScene.LaneFigure;
import org.cxworkbench.diagram.MapScene.NodeFigure;
import org.cxworkbench.diagram.MapScene.Point;
import org.cxworkbench.diagram.MapScene.Rect;
import org.cxworkbench.diagram.internal.Messages;
import org.cxworkbench.model.journey.Touchpoint;
import org.cxworkbench.model.journey.TouchpointKind;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/**
 * Paints a {@link MapScene} through a {@link MapGraphics}: title band, lanes with their stage names, paths
 * (arrowheads; backward paths and loops dashed in their own colour), touchpoint boxes (channel picture, kind
 * marker, dashed border when indirect, a star and a heavier border for moments of truth, the name wrapped to the
 * box), measurement badges (metric symbol and short name), problem icons and score tags from
 * {@link MapDecorations}, and the selection. Stateless; paints in model coordinates, back to front, so a later
 * figure covers an earlier one exactly as {@link MapScene#hitAt} finds them.
 */
public final class MapPainter {

    private static final double NODE_ARC = 12;
    private static final double ICON = 16;

    private MapPainter() {
    }

    /**
     * Paints the whole scene.
     *
     * @param style colours and fonts; {@code null} for {@link MapStyle#DEFAULT}
     * @param decorations problem icons and score tags; {@code null} for none
     * @param selection semantic elements drawn selected (touchpoints, paths, measurement points, stages, the
     *        journey); {@code null} or empty for none
     */
    public static void paint(MapScene scene, MapGraphics g, MapStyle style, MapDecorations decorations,
            Collection<? extends EObject> selection) {
        MapStyle s = style == null ? MapStyle.DEFAULT : style;
        MapDecorations d = decorations == null ? MapDecorations.none() : decorations;
        Set<EObject> selected = selection == null ? Set.of()
                : Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        if (selection != null) {
            selected.addAll(selection);
        }
        g.push();
        Rect b = bounds(scene, d);
        g.setAlpha(255);
        g.setBackground(s.background());
        g.fillRectangle(b.x(), b.y(), b.width(), b.height());
        paintTitle(scene, g, s, d, selected);
        for (LaneFigure lane : scene.lanes()) {
            paintLane(lane, g, s, d, selected);
        }
        for (EdgeFigure edge : scene.edges()) {
            paintEdge(edge, g, s, selected.contains(edge.path()));
        }
        for (NodeFigure node : scene.nodes()) {
            paintNode(node, g, s, d, selected.contains(node.touchpoint()));
        }
        for (LabelFigure label : placeLabels(scene, g, s)) {
            paintEdgeLabel(label, g, s, d);
        }
        for (BadgeFigure badge : scene.badges()) {
            paintBadge(badge, g, s, d, selected.contains(badge.point()));
        }
        if (d.scores() != null) {
            paintCurve(scene, d.scores(), g, s);
        }
        g.pop();
    }

    /**
     * What a painting covers: the scene's bounds, and with scores in the decorations also the experience curve's
     * band under the lanes. Export sizes, scrolling and "zoom to fit" use it.
     */
    public static Rect bounds(MapScene scene, MapDecorations decorations) {
        Rect b = scene.bounds();
        if (decorations != null && decorations.scores() != null) {
            b = b.union(decorations.scores().layout(scene).band());
        }
        return b;
    }

    private static void paintTitle(MapScene scene, MapGraphics g, MapStyle s, MapDecorations d,
            Set<EObject> selected) {
        Rect t = scene.titleBand();
        String name = scene.journey().getName() == null ? "" : scene.journey().getName();
        g.setForeground(s.text());
        g.setFont(s.titleFont());
        g.drawText(ellipsize(g, name, s.titleFont(), t.width() - 30), t.x() + 2, t.y() + 4);
        Problem problem = d.problem(scene.journey());
        if (problem != null) {
            double width = g.textExtent(ellipsize(g, name, s.titleFont(), t.width() - 30), s.titleFont()).width();
            paintProblem(g, s, problem, t.x() + width + 8, t.y() + 5);
        }
        paintLegend(scene, g, s);
        if (selected.contains(scene.journey())) {
            paintSelection(g, s, t, 4);
        }
    }

    /**
     * The key to the map's symbols, right-aligned on the title band's lower row when it fits beside the journey's
     * badges: the four kind markers, an indirect (dashed) box, the moment-of-truth star, a backward path.
     */
    private static void paintLegend(MapScene scene, MapGraphics g, MapStyle s) {
        Rect t = scene.titleBand();
        MapFont font = s.labelFont();
        String[] labels = { Messages.Legend_digital, Messages.Legend_physical, Messages.Legend_human,
                Messages.Legend_social, Messages.Legend_indirect, Messages.Legend_momentOfTruth,
                Messages.Legend_backward };
        double symbol = 12, gap = 4, spacing = 12;
        double width = 0;
        for (int i = 0; i < labels.length; i++) {
            width += (i == 6 ? 22 : symbol) + gap + g.textExtent(labels[i], font).width() + spacing;
        }
        double badgesRight = t.x();
        for (BadgeFigure badge : scene.badges()) {
            if (badge.host() == scene.journey()) {
                badgesRight = Math.max(badgesRight, badge.bounds().right());
            }
        }
        double x = t.right() - width;
        if (x < badgesRight + 20) {
            return;
        }
        double y = t.y() + 31;
        TouchpointKind[] kinds = TouchpointKind.values();
        for (int i = 0; i < labels.length; i++) {
            g.push();
            if (i < 4) {
                paintKindMarker(g, kinds[i], s.kindColor(kinds[i]), s, x, y + 1, 10);
                x += symbol;
            } else if (i == 4) {
                g.setForeground(s.nodeBorder());
                g.setLineWidth(1.2);
                g.setLineDash(3, 2);
                g.drawRoundRectangle(x, y, symbol, 12, 4);
                x += symbol;
            } else if (i == 5) {
                paintStar(g, s, x + 6, y + 6, 6.5);
                x += symbol;
            } else {
                g.setForeground(s.backwardEdge());
                g.setLineWidth(1.5);
                g.setLineDash(4, 3);
                g.drawLine(x, y + 6, x + 16, y + 6);
                g.setLineDash();
                g.setBackground(s.backwardEdge());
                g.fillPolygon(arrowhead(new Point(x, y + 6), new Point(x + 22, y + 6), 7, 3.5));
                x += 22;
            }
            g.pop();
            g.setFont(font);
            g.setForeground(s.mutedText());
            g.drawText(labels[i], x + gap, y);
            x += gap + g.textExtent(labels[i], font).width() + spacing;
        }
    }

    private static void paintLane(LaneFigure lane, MapGraphics g, MapStyle s, MapDecorations d,
            Set<EObject> selected) {
        Rect b = lane.bounds();
        g.setLineDash();
        g.setLineWidth(1);
        g.setBackground(lane.index() % 2 == 0 ? s.laneFill() : s.laneFillAlternate());
        g.fillRectangle(b.x(), b.y(), b.width(), b.height());
        Rect h = lane.header();
        g.setBackground(s.laneHeader());
        g.fillRectangle(h.x(), h.y(), h.width(), h.height());
        g.setForeground(s.laneBorder());
        g.drawRectangle(b.x(), b.y(), b.width(), b.height());
        g.drawLine(h.x(), h.bottom(), h.right(), h.bottom());
        String name = lane.stage() == null ? Messages.Map_noStage
                : lane.stage().getName() == null || lane.stage().getName().isBlank() ? Messages.Map_unnamed
                        : lane.stage().getName();
        Problem problem = lane.stage() == null ? null : d.problem(lane.stage());
        double room = h.width() - 16 - (problem == null ? 0 : 18);
        g.setFont(s.laneFont());
        g.setForeground(lane.stage() == null ? s.mutedText() : s.text());
        g.drawText(ellipsize(g, name, s.laneFont(), room), h.x() + 8, h.y() + 5);
        if (problem != null) {
            paintProblem(g, s, problem, h.right() - 20, h.y() + 5);
        }
        if (lane.stage() != null && selected.contains(lane.stage())) {
            paintSelection(g, s, b, 0);
        }
    }

    private static void paintEdge(EdgeFigure edge, MapGraphics g, MapStyle s, boolean selected) {
        List<Point> route = edge.route();
        double[] points = new double[route.size() * 2];
        for (int i = 0; i < route.size(); i++) {
            points[2 * i] = route.get(i).x();
            points[2 * i + 1] = route.get(i).y();
        }
        int color = edge.backward() ? s.backwardEdge() : s.edge();
        if (selected) {
            g.setForeground(s.selection());
            g.setLineDash();
            g.setLineWidth(6);
            g.drawPolyline(points);
        }
        g.setForeground(color);
        g.setLineWidth(1.5);
        if (edge.backward()) {
            g.setLineDash(6, 4);
        } else {
            g.setLineDash();
        }
        // stop the line at the arrowhead's base so its end does not poke through the tip
        Point a = route.get(route.size() - 2), tip = route.get(route.size() - 1);
        double length = Math.hypot(tip.x() - a.x(), tip.y() - a.y());
        double[] shortened = points.clone();
        if (length > 0) {
            double cut = Math.min(length, 8);
            shortened[points.length - 2] = tip.x() - (tip.x() - a.x()) / length * cut;
            shortened[points.length - 1] = tip.y() - (tip.y() - a.y()) / length * cut;
        }
        g.drawPolyline(shortened);
        g.setLineDash();
        g.setBackground(color);
        g.fillPolygon(arrowhead(a, tip, 10, 5));
    }

    /** The triangle of an arrowhead at {@code tip}, coming from {@code from}: length and half width. */
    static double[] arrowhead(Point from, Point tip, double length, double halfWidth) {
        double dx = tip.x() - from.x(), dy = tip.y() - from.y();
        double d = Math.hypot(dx, dy);
        if (d == 0) {
            dx = 1;
            dy = 0;
            d = 1;
        }
        double ux = dx / d, uy = dy / d;
        double bx = tip.x() - ux * length, by = tip.y() - uy * length;
        return new double[] { tip.x(), tip.y(), bx - uy * halfWidth, by + ux * halfWidth, bx + uy * halfWidth,
                by - ux * halfWidth };
    }

    private static void paintEdgeLabel(LabelFigure label, MapGraphics g, MapStyle s, MapDecorations d) {
        EdgeFigure edge = label.edge();
        Problem problem = d.problem(edge.path());
        Point anchor = edge.labelAnchor();
        String full = edge.path().getLabel();
        if (label.bounds() != null) {
            Rect at = label.bounds();
            g.setAlpha(225);
            g.setBackground(s.background());
            g.fillRoundRectangle(at.x(), at.y(), at.width(), at.height(), 6);
            g.setAlpha(255);
            g.setFont(s.labelFont());
            g.setForeground(s.mutedText());
            g.drawText(label.text(), at.x() + 3, at.y());
            if (!label.text().equals(full)) {
                g.drawTooltip(full, at.x(), at.y(), at.width(), at.height());
            }
        } else if (full != null && !full.isBlank()) {
            // no room for the label anywhere: the whole label is the path's tooltip (an SVG title)
            g.drawTooltip(full, anchor.x() - LABEL_HOT_SPOT / 2, anchor.y() - LABEL_HOT_SPOT / 2, LABEL_HOT_SPOT,
                    LABEL_HOT_SPOT);
        }
        if (problem != null) {
            paintProblem(g, s, problem, anchor.x() - 7, anchor.y() + 2);
        }
    }

    /** The widest a path label is drawn, then the shorter widths it is ellipsized to when the wide one finds no room. */
    private static final double[] LABEL_WIDTHS = { 140, 90, 56 };

    /** The side of the invisible square that carries a dropped label's tooltip, at the route's label anchor. */
    private static final double LABEL_HOT_SPOT = 12;

    /** Where along a segment a label is tried, as fractions of its length, best first. */
    private static final double[] LABEL_STOPS = { 0.5, 0.3, 0.7, 0.15, 0.85 };

    /**
     * A path label as the map draws it.
     *
     * @param edge the path's figure
     * @param text the text drawn: the whole label, or its start ending in an ellipsis
     * @param bounds the label's rectangle; {@code null} when the label found no room and is only the path's
     *        tooltip
     */
    public record LabelFigure(EdgeFigure edge, String text, Rect bounds) {
    }

    /**
     * Places the labels of the scene's paths so that none covers a box, a badge or another label, and none leaves
     * the map: each is tried beside its route's segments (longest first, at several places along each, on both
     * sides), at full length (up to 140 pixels), then shortened with an ellipsis; a label that still finds no room
     * is left out ({@link LabelFigure#bounds()} null) and painted only as a tooltip. Paths without a label get no
     * figure. In the order of {@link MapScene#edges()}.
     *
     * @param style the label font comes from it; {@code null} for {@link MapStyle#DEFAULT}
     */
    public static List<LabelFigure> placeLabels(MapScene scene, MapGraphics g, MapStyle style) {
        MapFont font = (style == null ? MapStyle.DEFAULT : style).labelFont();
        RectIndex taken = new RectIndex();
        scene.nodes().forEach(n -> taken.add(n.bounds()));
        scene.badges().forEach(b -> taken.add(b.bounds()));
        Rect area = scene.bounds();
        List<LabelFigure> labels = new ArrayList<>();
        for (EdgeFigure edge : scene.edges()) {
            String label = edge.path().getLabel();
            if (label == null || label.isBlank()) {
                continue;
            }
            LabelFigure figure = new LabelFigure(edge, label, null);
            String previous = null;
            for (double maxWidth : LABEL_WIDTHS) {
                String text = ellipsize(g, label, font, maxWidth);
                if (text.equals(previous) || text.isEmpty()) {
                    continue;
                }
                previous = text;
                MapGraphics.Extent extent = g.textExtent(text, font);
                Rect at = placeLabel(edge, extent.width() + 6, extent.height(), area, taken);
                if (at != null) {
                    taken.add(at);
                    figure = new LabelFigure(edge, text, at);
                    break;
                }
            }
            labels.add(figure);
        }
        return labels;
    }

    /**
     * Where a path's label of the given size goes: beside one of its segments (longest first; at several places
     * along it; above or below a horizontal one, right or left of a vertical one), the first place inside
     * {@code area} that covers nothing {@code taken}; {@code null} when there is none.
     */
    static Rect placeLabel(EdgeFigure edge, double width, double height, Rect area, RectIndex taken) {
        List<Point> route = edge.route();
        List<Integer> segments = new ArrayList<>();
        for (int i = 1; i < route.size(); i++) {
            segments.add(i);
        }
        segments.sort((a, b) -> Double.compare(length(route, b), length(route, a)));
        for (int i : segments) {
            Point a = route.get(i - 1), b = route.get(i);
            boolean horizontal = Math.abs(b.y() - a.y()) <= Math.abs(b.x() - a.x());
            for (double t : LABEL_STOPS) {
                double mx = a.x() + (b.x() - a.x()) * t, my = a.y() + (b.y() - a.y()) * t;
                Rect[] candidates = horizontal
                        ? new Rect[] { new Rect(mx - width / 2, my - height - 1, width, height),
                                new Rect(mx - width / 2, my + 1, width, height) }
                        : new Rect[] { new Rect(mx + 3, my - height / 2, width, height),
                                new Rect(mx - 3 - width, my - height / 2, width, height) };
                for (Rect candidate : candidates) {
                    if (candidate.x() >= area.x() && candidate.y() >= area.y() && candidate.right() <= area.right()
                            && candidate.bottom() <= area.bottom() && !taken.intersects(candidate)) {
                        return candidate;
                    }
                }
            }
        }
        return null;
    }

    /** Rectangles in a coarse grid, to ask quickly whether a new one covers any of them. */
    static final class RectIndex {

        private static final double CELL = 128;

        private final java.util.Map<Long, List<Rect>> cells = new java.util.HashMap<>();

        void add(Rect r) {
            forCells(r, key -> cells.computeIfAbsent(key, k -> new ArrayList<>()).add(r));
        }

        boolean intersects(Rect r) {
            boolean[] hit = { false };
            forCells(r, key -> {
                if (!hit[0]) {
                    List<Rect> in = cells.get(key);
                    hit[0] = in != null && in.stream().anyMatch(r::intersects);
                }
            });
            return hit[0];
        }

        private static void forCells(Rect r, java.util.function.LongConsumer action) {
            long x0 = (long) Math.floor(r.x() / CELL), x1 = (long) Math.floor(r.right() / CELL);
            long y0 = (long) Math.floor(r.y() / CELL), y1 = (long) Math.floor(r.bottom() / CELL);
            for (long x = x0; x <= x1; x++) {
                for (long y = y0; y <= y1; y++) {
                    action.accept((x << 32) ^ (y & 0xffffffffL));
                }
            }
        }
    }

    private static double length(List<Point> route, int i) {
        Point a = route.get(i - 1), b = route.get(i);
        return Math.hypot(b.x() - a.x(), b.y() - a.y());
    }

    private static void paintNode(NodeFigure node, MapGraphics g, MapStyle s, MapDecorations d, boolean selected) {
        Touchpoint tp = node.touchpoint();
        Rect b = node.bounds();
        if (selected) {
            paintSelection(g, s, b, 3);
        }
        int kindColor = s.kindColor(tp.getKind());
        ScoreOverlay scores = d.scores();
        ScoreOverlay.Mark mark = scores == null ? null : scores.touchpoint(tp.getId());
        g.setBackground(mark == null ? s.nodeFill() : mark.fill());
        g.fillRoundRectangle(b.x(), b.y(), b.width(), b.height(), NODE_ARC);
        if (scores != null && mark == null) {
            paintHatch(g, s, b);
        }
        // the kind's colour as a band along the left side
        g.setBackground(kindColor);
        g.fillRoundRectangle(b.x(), b.y(), 8, b.height(), 6);
        g.fillRectangle(b.x() + 4, b.y(), 4, b.height());
        g.setForeground(tp.isMomentOfTruth() ? s.text() : s.nodeBorder());
        g.setLineWidth(tp.isMomentOfTruth() ? 2.5 : 1.2);
        if (tp.isDirect()) {
            g.setLineDash();
        } else {
            g.setLineDash(5, 3);
        }
        g.drawRoundRectangle(b.x(), b.y(), b.width(), b.height(), NODE_ARC);
        g.setLineDash();

        double left = b.x() + 14, top = b.y() + 7;
        String channel = tp.getChannel() == null ? null : tp.getChannel().getName();
        g.push();
        ChannelIcon.of(channel).draw(g, left, top, ICON, s.mutedText());
        g.pop();
        double markersLeft = b.right() - 8;
        markersLeft -= 12;
        paintKindMarker(g, tp.getKind(), kindColor, s, markersLeft, top + 2, 11);
        if (tp.isMomentOfTruth()) {
            markersLeft -= 16;
            paintStar(g, s, markersLeft + 6.5, top + 7.5, 7.5);
        }
        if (channel != null) {
            g.setFont(s.labelFont());
            g.setForeground(s.mutedText());
            g.drawText(ellipsize(g, channel, s.labelFont(), markersLeft - 4 - (left + ICON + 4)), left + ICON + 4,
                    top + 2);
        }
        String name = tp.getName() == null || tp.getName().isBlank() ? Messages.Map_unnamed : tp.getName();
        MapFont font = s.nodeFont();
        double textTop = top + ICON + 4;
        double lineHeight = g.textExtent("Ag", font).height();
        int maxLines = (int) Math.max(1, Math.floor((b.bottom() - 6 - textTop) / lineHeight));
        List<String> lines = wrap(g, name, font, b.width() - 22, Math.min(maxLines, 2));
        g.setFont(font);
        g.setForeground(s.text());
        for (int i = 0; i < lines.size(); i++) {
            g.drawText(lines.get(i), left, textTop + i * lineHeight);
        }
        Problem problem = d.problem(tp);
        if (problem != null) {
            paintProblem(g, s, problem, b.right() - 9, b.y() - 7);
        }
        Overlay overlay = d.overlay(tp);
        if (scores != null) {
            paintScoreTag(g, s, mark, b);
        } else if (overlay != null) {
            paintOverlay(g, s, overlay, b.x() + 12, b.y() - 9);
        }
    }

    /** Thin diagonal lines across a box: a touchpoint without answers in the overlay. */
    private static void paintHatch(MapGraphics g, MapStyle s, Rect b) {
        g.push();
        g.setForeground(s.laneBorder());
        g.setLineWidth(1);
        g.setLineDash();
        double x0 = b.x() + 9, y0 = b.y() + 3, x1 = b.right() - 3, y1 = b.bottom() - 3;
        // lines x - y = c, clipped to the inner rectangle
        for (double c = x0 - y1 + 10; c < x1 - y0; c += 10) {
            double ax = Math.max(x0, c + y0), bx = Math.min(x1, c + y1);
            if (bx > ax) {
                g.drawLine(ax, ax - c, bx, bx - c);
            }
        }
        g.pop();
    }

    /**
     * The score tag over a box's top edge: symbol, score, n and interval (ellipsized to the box, the whole text
     * and the story as tooltip), a triangle for a significant change, or "no answers".
     */
    private static void paintScoreTag(MapGraphics g, MapStyle s, ScoreOverlay.Mark mark, Rect b) {
        MapFont font = s.badgeFont();
        // the tag may overhang the box into the lane's margin: 150 boxes in 190 lanes leave 20 on each side
        double x = b.x() + 2, y = b.y() - 9;
        double marker = mark != null && mark.significant() && mark.change() != ScoreOverlay.Change.NONE ? 14 : 0;
        double room = b.width() + 14 - marker;
        String full = mark == null ? Messages.Overlay_noAnswers : mark.text();
        MapFont textFont = mark == null ? MapFont.italic(font.size()) : font;
        String text = ellipsize(g, full, textFont, room - 8);
        MapGraphics.Extent extent = g.textExtent(text, textFont);
        double w = extent.width() + 8 + marker, h = extent.height() + 2;
        g.push();
        g.setLineDash();
        g.setBackground(mark == null ? s.background() : mark.fill());
        g.fillRoundRectangle(x, y, w, h, 6);
        g.setForeground(mark == null ? s.mutedText() : s.text());
        g.setLineWidth(0.8);
        g.drawRoundRectangle(x, y, w, h, 6);
        g.setFont(textFont);
        g.drawText(text, x + 4, y + 1);
        if (marker > 0) {
            paintChange(g, mark.change() == ScoreOverlay.Change.UP, mark.better(), x + w - marker + 1, y + 2,
                    h - 4);
        }
        String tip = mark == null || mark.tooltip() == null ? full : full + "\n" + mark.tooltip();
        g.drawTooltip(tip, x, y, w, h);
        g.pop();
    }

    /** ▲ or ▼ in a square of {@code size}: blue when better, vermilion when worse; the shape says the direction. */
    private static void paintChange(MapGraphics g, boolean up, boolean better, double x, double y, double size) {
        double[] p = up ? new double[] { x + size / 2, y, x + size, y + size, x, y + size }
                : new double[] { x, y, x + size, y, x + size / 2, y + size };
        g.setBackground(better ? ScoreOverlay.BETTER : ScoreOverlay.WORSE);
        g.fillPolygon(p);
    }

    /**
     * The band under the lanes: the legend of the overlay's colours and markers, the curve's title, the target
     * (zero) line with the extent marked, every stage's interval as a shaded band, the curve through the stages'
     * points (hollow for low n, a gap for a stage without a score) and the stage names centred on their lanes.
     */
    private static void paintCurve(MapScene scene, ScoreOverlay scores, MapGraphics g, MapStyle s) {
        ScoreOverlay.CurveLayout layout = scores.layout(scene);
        Rect band = layout.band(), plot = layout.plot();
        g.push();
        g.setLineDash();
        g.setBackground(s.laneFill());
        g.fillRectangle(band.x(), band.y(), band.width(), band.height());
        g.setForeground(s.laneBorder());
        g.setLineWidth(1);
        g.drawRectangle(band.x(), band.y(), band.width(), band.height());
        paintScoreLegend(g, s, layout.legend());
        g.setFont(s.laneFont());
        g.setForeground(s.text());
        String title = NLS.bind(Messages.Overlay_curveTitle,
                scores.metricName().isEmpty() ? scores.metricSymbol() : scores.metricName());
        g.drawText(ellipsize(g, title, s.laneFont(), band.width() - 16), band.x() + 8, layout.legend().bottom() + 4);
        // the target line and the extent's marks
        double zero = layout.zeroY();
        g.setForeground(s.mutedText());
        g.setLineWidth(1);
        g.setLineDash(4, 3);
        g.drawLine(plot.x() + 4, plot.y(), plot.right() - 4, plot.y());
        g.drawLine(plot.x() + 4, plot.bottom(), plot.right() - 4, plot.bottom());
        g.setLineDash();
        g.setForeground(s.text());
        g.setLineWidth(1.5);
        g.drawLine(plot.x() + 4, zero, plot.right() - 4, zero);
        g.setFont(s.labelFont());
        g.setForeground(s.mutedText());
        String pct = Math.round(layout.extent() * 100) + " %";
        g.drawText("+" + pct, plot.x() + 6, plot.y() + 1);
        g.drawText(Messages.Overlay_target, plot.x() + 6, zero + 1);
        g.drawText("\u2212" + pct, plot.x() + 6, plot.bottom() - g.textExtent("Ag", s.labelFont()).height() - 1);
        List<MapScene.LaneFigure> lanes = layout.lanes();
        // intervals: shaded between neighbouring stages with a point, and a short bar at each point
        g.setAlpha(70);
        g.setBackground(s.badgeFill());
        for (int i = 0; i < lanes.size(); i++) {
            ScoreOverlay.CurvePoint p = point(scores, lanes.get(i));
            if (p == null || Double.isNaN(p.low())) {
                continue;
            }
            double cx = lanes.get(i).bounds().centerX();
            ScoreOverlay.CurvePoint next = i + 1 < lanes.size() ? point(scores, lanes.get(i + 1)) : null;
            if (next != null && !Double.isNaN(next.low())) {
                double nx = lanes.get(i + 1).bounds().centerX();
                g.fillPolygon(cx, layout.y(p.high()), nx, layout.y(next.high()), nx, layout.y(next.low()), cx,
                        layout.y(p.low()));
            }
            g.fillRectangle(cx - 10, layout.y(p.high()), 20, Math.max(1, layout.y(p.low()) - layout.y(p.high())));
        }
        g.setAlpha(255);
        g.setForeground(s.badgeFill());
        g.setLineWidth(2.5);
        MapScene.Point previous = null;
        for (MapScene.Point at : layout.points()) {
            if (at != null && previous != null) {
                g.drawLine(previous.x(), previous.y(), at.x(), at.y());
            }
            previous = at;
        }
        double labelHeight = g.textExtent("Ag", s.badgeFont()).height();
        for (int i = 0; i < lanes.size(); i++) {
            MapScene.LaneFigure lane = lanes.get(i);
            ScoreOverlay.CurvePoint p = point(scores, lane);
            MapScene.Point at = layout.points().get(i);
            if (p != null) {
                g.setLineWidth(1.5);
                g.setBackground(p.lowN() ? s.background() : s.badgeFill());
                g.setForeground(p.lowN() ? s.mutedText() : s.badgeFill());
                g.fillOval(at.x() - 5, at.y() - 5, 10, 10);
                g.drawOval(at.x() - 5, at.y() - 5, 10, 10);
                String label = ellipsize(g, p.label(), s.badgeFont(), lane.bounds().width() / 2 - 10);
                double labelY = at.y() - labelHeight - 3 < plot.y() ? at.y() + 4 : at.y() - labelHeight - 3;
                g.setAlpha(220);
                g.setBackground(s.background());
                g.fillRoundRectangle(at.x() + 7, labelY, g.textExtent(label, s.badgeFont()).width() + 4, labelHeight,
                        4);
                g.setAlpha(255);
                g.setFont(s.badgeFont());
                g.setForeground(s.text());
                g.drawText(label, at.x() + 9, labelY);
            }
            String name = lane.stage() == null ? Messages.Map_noStage
                    : lane.stage().getName() == null || lane.stage().getName().isBlank() ? Messages.Map_unnamed
                            : lane.stage().getName();
            String shown = ellipsize(g, name, s.labelFont(), lane.bounds().width() - 8);
            g.setFont(s.labelFont());
            g.setForeground(s.mutedText());
            g.drawText(shown, lane.bounds().centerX() - g.textExtent(shown, s.labelFont()).width() / 2,
                    plot.bottom() + 4);
        }
        g.pop();
    }

    private static ScoreOverlay.CurvePoint point(ScoreOverlay scores, MapScene.LaneFigure lane) {
        return lane.stage() == null ? null : scores.stage(lane.stage().getId());
    }

    /**
     * The overlay's key, left to right: the five levels' swatches with their names, few answers (grey), no answers
     * (hatched), a better change (blue ▲) and a worse one (vermilion ▼).
     */
    private static void paintScoreLegend(MapGraphics g, MapStyle s, Rect row) {
        MapFont font = s.labelFont();
        double x = row.x() + 8, y = row.y() + 4, box = 14, gap = 4, spacing = 14;
        String[] labels = { Messages.Overlay_wellBelow, Messages.Overlay_below, Messages.Overlay_at,
                Messages.Overlay_above, Messages.Overlay_wellAbove, Messages.Overlay_lowN,
                Messages.Overlay_noAnswers, Messages.Overlay_better, Messages.Overlay_worse };
        ScoreOverlay.Level[] levels = ScoreOverlay.Level.values();
        for (int i = 0; i < labels.length; i++) {
            g.setLineDash();
            g.setLineWidth(0.8);
            if (i < 7) {
                g.setBackground(i < 5 ? levels[i].rgb() : i == 5 ? ScoreOverlay.LOW_N : s.nodeFill());
                g.fillRectangle(x, y, box, box);
                if (i == 6) {
                    g.setForeground(s.laneBorder());
                    g.drawLine(x, y + box, x + box, y);
                    g.drawLine(x, y + box / 2, x + box / 2, y);
                    g.drawLine(x + box / 2, y + box, x + box, y + box / 2);
                }
                g.setForeground(s.nodeBorder());
                g.drawRectangle(x, y, box, box);
            } else {
                paintChange(g, i == 7, i == 7, x, y + 1, box - 2);
            }
            g.setFont(font);
            g.setForeground(s.text());
            g.drawText(labels[i], x + box + gap, y);
            x += box + gap + g.textExtent(labels[i], font).width() + spacing;
        }
    }

    /** Kind markers differ in shape, not only colour: digital circle, physical square, human person, social diamond. */
    private static void paintKindMarker(MapGraphics g, TouchpointKind kind, int color, MapStyle s, double x, double y,
            double size) {
        if (kind == null) {
            return;
        }
        g.setBackground(color);
        g.setForeground(s.text());
        g.setLineWidth(0.8);
        switch (kind) {
            case DIGITAL -> {
                g.fillOval(x, y, size, size);
                g.drawOval(x, y, size, size);
            }
            case PHYSICAL -> {
                g.fillRectangle(x, y, size, size);
                g.drawRectangle(x, y, size, size);
            }
            case HUMAN -> { // a person: head and shoulders (a triangle would read as a warning)
                double[] body = { x, y + size, x + size * 0.12, y + size * 0.6, x + size * 0.5, y + size * 0.48,
                        x + size * 0.88, y + size * 0.6, x + size, y + size };
                g.fillPolygon(body);
                g.drawPolygon(body);
                g.fillOval(x + size * 0.27, y - 1, size * 0.46, size * 0.46);
                g.drawOval(x + size * 0.27, y - 1, size * 0.46, size * 0.46);
            }
            case SOCIAL -> {
                double[] p = { x + size / 2, y - 1, x + size + 1, y + size / 2, x + size / 2, y + size + 1, x - 1,
                        y + size / 2 };
                g.fillPolygon(p);
                g.drawPolygon(p);
            }
        }
    }

    private static void paintStar(MapGraphics g, MapStyle s, double cx, double cy, double r) {
        double[] p = new double[20];
        for (int i = 0; i < 10; i++) {
            double radius = i % 2 == 0 ? r : r * 0.45;
            double angle = -Math.PI / 2 + i * Math.PI / 5;
            p[2 * i] = cx + radius * Math.cos(angle);
            p[2 * i + 1] = cy + radius * Math.sin(angle);
        }
        g.setBackground(s.momentOfTruth());
        g.fillPolygon(p);
        g.setForeground(s.text());
        g.setLineWidth(0.8);
        g.drawPolygon(p);
    }

    private static void paintBadge(BadgeFigure badge, MapGraphics g, MapStyle s, MapDecorations d,
            boolean selected) {
        Rect b = badge.bounds();
        if (selected) {
            paintSelection(g, s, b, 2);
        }
        MapFont font = s.badgeFont();
        double symbolWidth = Math.min(b.width(), g.textExtent(badge.symbol(), font).width() + 8);
        g.setLineDash();
        g.setBackground(s.nodeFill());
        g.fillRoundRectangle(b.x(), b.y(), b.width(), b.height(), 8);
        g.setBackground(s.badgeFill());
        g.fillRoundRectangle(b.x(), b.y(), symbolWidth, b.height(), 8);
        if (symbolWidth < b.width()) {
            g.fillRectangle(b.x() + symbolWidth - 4, b.y(), 4, b.height());
        }
        g.setForeground(s.badgeFill());
        g.setLineWidth(1);
        g.drawRoundRectangle(b.x(), b.y(), b.width(), b.height(), 8);
        double textY = b.y() + (b.height() - g.textExtent("Ag", font).height()) / 2;
        g.setFont(font);
        g.setForeground(s.badgeText());
        g.drawText(ellipsize(g, badge.symbol(), font, b.width() - 6), b.x() + 4, textY);
        String name = badge.point().getName();
        double room = b.width() - symbolWidth - 6;
        if (name != null && room > 14) {
            MapFont nameFont = MapFont.plain(font.size());
            g.setFont(nameFont);
            g.setForeground(s.text());
            g.drawText(ellipsize(g, name, nameFont, room), b.x() + symbolWidth + 3, textY);
        }
        Problem problem = d.problem(badge.point());
        if (problem != null) {
            paintProblem(g, s, problem, b.right() - 8, b.y() - 8);
        }
        Overlay overlay = d.overlay(badge.point());
        if (overlay != null) {
            paintOverlay(g, s, overlay, b.x(), b.bottom() + 2);
        }
    }

    /** An error is a filled circle with "!", a warning a triangle with "!": different shapes, not only colours. */
    private static void paintProblem(MapGraphics g, MapStyle s, Problem problem, double x, double y) {
        double size = 14;
        g.setLineDash();
        g.setLineWidth(1);
        if (problem.severity() == MapDecorations.Severity.ERROR) {
            g.setBackground(s.error());
            g.fillOval(x, y, size, size);
            g.setForeground(0xFFFFFF);
            g.drawOval(x, y, size, size);
            g.setForeground(0xFFFFFF);
        } else {
            double[] p = { x + size / 2, y, x + size, y + size, x, y + size };
            g.setBackground(s.warning());
            g.fillPolygon(p);
            g.setForeground(s.text());
            g.drawPolygon(p);
        }
        g.setLineWidth(2);
        g.drawLine(x + size / 2, y + 3.5, x + size / 2, y + 8.5);
        g.drawLine(x + size / 2, y + 10.5, x + size / 2, y + 11.7);
    }

    private static void paintOverlay(MapGraphics g, MapStyle s, Overlay overlay, double x, double y) {
        MapFont font = s.badgeFont();
        MapGraphics.Extent extent = g.textExtent(overlay.text(), font);
        g.setBackground(overlay.rgb());
        g.fillRoundRectangle(x, y, extent.width() + 8, extent.height() + 2, 6);
        g.setForeground(s.text());
        g.setLineWidth(0.8);
        g.setLineDash();
        g.drawRoundRectangle(x, y, extent.width() + 8, extent.height() + 2, 6);
        g.setFont(font);
        g.drawText(overlay.text(), x + 4, y + 1);
    }

    private static void paintSelection(MapGraphics g, MapStyle s, Rect r, double grow) {
        g.setLineDash();
        g.setForeground(s.selection());
        g.setLineWidth(3);
        g.drawRoundRectangle(r.x() - grow, r.y() - grow, r.width() + 2 * grow, r.height() + 2 * grow, 10);
    }

    // ---- text fitting

    /** {@code text} cut to {@code width} with an ellipsis at the end (all of it when it fits; "" when nothing does). */
    public static String ellipsize(MapGraphics g, String text, MapFont font, double width) {
        if (text == null || text.isEmpty() || g.textExtent(text, font).width() <= width) {
            return text == null ? "" : text;
        }
        String ellipsis = "\u2026";
        int low = 0, high = text.length();
        while (low < high) { // the longest prefix that fits with the ellipsis
            int mid = (low + high + 1) / 2;
            if (g.textExtent(text.substring(0, mid).stripTrailing() + ellipsis, font).width() <= width) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low == 0 ? (g.textExtent(ellipsis, font).width() <= width ? ellipsis : "")
                : text.substring(0, low).stripTrailing() + ellipsis;
    }

    /**
     * {@code text} wrapped at spaces into at most {@code maxLines} lines of {@code width}; a word longer than a
     * line and the last line are ellipsized.
     */
    public static List<String> wrap(MapGraphics g, String text, MapFont font, double width, int maxLines) {
        List<List<String>> greedy = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String word : text.trim().split("\\s+")) {
            current.add(word);
            if (current.size() > 1 && g.textExtent(String.join(" ", current), font).width() > width) {
                current.remove(current.size() - 1);
                greedy.add(current);
                current = new ArrayList<>();
                current.add(word);
            }
        }
        greedy.add(current);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < greedy.size() && i < maxLines; i++) {
            String line;
            if (i == maxLines - 1 && greedy.size() > maxLines) {
                List<String> rest = new ArrayList<>();
                greedy.subList(i, greedy.size()).forEach(rest::addAll);
                line = String.join(" ", rest);
            } else {
                line = String.join(" ", greedy.get(i));
            }
            lines.add(ellipsize(g, line, font, width));
        }
        return lines;
    }
}
