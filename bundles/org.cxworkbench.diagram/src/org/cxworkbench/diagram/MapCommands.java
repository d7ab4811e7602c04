package org.cxworkbench.diagram;

import java.util.Collection;
import java.util.List;

import org.cxworkbench.core.journey.JourneyCommands;
import org.cxworkbench.diagram.MapScene.LaneFigure;
import org.cxworkbench.diagram.MapScene.NodeFigure;
import org.cxworkbench.diagram.MapScene.Point;
import org.cxworkbench.diagram.MapScene.Rect;
import org.cxworkbench.diagram.internal.Messages;
import org.cxworkbench.model.journey.Channel;
import org.cxworkbench.model.journey.Path;
import org.cxworkbench.model.journey.Stage;
import org.cxworkbench.model.journey.Touchpoint;
import org.cxworkbench.model.notation.Diagram;
import org.cxworkbench.model.notation.Edge;
import org.cxworkbench.model.notation.Node;
import org.cxworkbench.model.notation.NotationFactory;
import org.cxworkbench.model.notation.NotationPackage;
import org.cxworkbench.model.notation.View;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The notation changes the map editor makes, as EMF commands for the journey's editing domain (execute them on
 * its command stack to get undo and redo). Semantic changes stay in {@link JourneyCommands}; where a notation
 * change implies one (a box moved into another stage's lane), the command here contains core's command.
 * <p>
 * The commands take the {@link MapScene} the user is looking at, built over the live diagram of the journey's
 * resource ({@link MapScene#diagram()}), and compute their values when created.
 */
public final class MapCommands {

    private static final NotationPackage N = NotationPackage.eINSTANCE;
    private static final NotationFactory F = NotationFactory.eINSTANCE;

    /** The smallest box a resize leaves. */
    public static final double MIN_NODE_WIDTH = 60, MIN_NODE_HEIGHT = 40;

    private MapCommands() {
    }

    /**
     * Moves touchpoint boxes by (dx, dy), keeping each in a lane: a box is put in the lane under its new centre
     * (the nearest lane when the centre is in a gap or beside the map) and kept inside that lane, below the lane
     * header. A box that lands in another stage's lane changes its touchpoint's stage
     * ({@link JourneyCommands#moveTouchpointToStage}) in the same command, so one undo moves it back. Boxes the
     * notation lacks get a node.
     *
     * @return the command, unexecutable when the scene has no diagram or no lanes
     */
    public static Command moveNodes(EditingDomain domain, MapScene scene, Collection<Touchpoint> touchpoints,
            double dx, double dy) {
        Diagram diagram = scene.diagram();
        if (diagram == null || scene.lanes().isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        CompoundCommand command = new CompoundCommand(Messages.Command_move);
        for (Touchpoint tp : touchpoints) {
            NodeFigure node = scene.node(tp);
            if (node == null) {
                continue;
            }
            Rect b = node.bounds();
            LaneFigure lane = nearestLane(scene, b.centerX() + dx);
            double x = clampInto(b.x() + dx, b.width(), lane.bounds());
            double y = Math.max(MapScene.LANE_HEADER_HEIGHT + 4, b.y() + dy);
            appendBounds(domain, command, diagram, node, x, y, b.width(), b.height());
            if (lane.stage() != null && lane.stage() != tp.getStage()) {
                command.append(JourneyCommands.moveTouchpointToStage(domain, tp, lane.stage()));
            }
        }
        return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
    }

    /** Moves one touchpoint's box so that its top-left corner is at (x, y), as {@link #moveNodes} does. */
    public static Command moveNode(EditingDomain domain, MapScene scene, Touchpoint touchpoint, double x, double y) {
        NodeFigure node = scene.node(touchpoint);
        if (node == null) {
            return UnexecutableCommand.INSTANCE;
        }
        return moveNodes(domain, scene, List.of(touchpoint), x - node.bounds().x(), y - node.bounds().y());
    }

    /**
     * Resizes a touchpoint's box to {@code bounds} (at least {@link #MIN_NODE_WIDTH} by {@link #MIN_NODE_HEIGHT},
     * kept inside its lane and below the lane header).
     */
    public static Command resizeNode(EditingDomain domain, MapScene scene, Touchpoint touchpoint, Rect bounds) {
        NodeFigure node = scene.node(touchpoint);
        if (node == null || scene.diagram() == null) {
            return UnexecutableCommand.INSTANCE;
        }
        Rect lane = node.lane().bounds();
        double x = Math.max(bounds.x(), lane.x() + 2);
        double y = Math.max(bounds.y(), MapScene.LANE_HEADER_HEIGHT + 4);
        double width = Math.max(MIN_NODE_WIDTH, Math.min(bounds.right(), lane.right() - 2) - x);
        double height = Math.max(MIN_NODE_HEIGHT, bounds.bottom() - y);
        CompoundCommand command = new CompoundCommand(Messages.Command_resize);
        appendBounds(domain, command, scene.diagram(), node, x, y, width, height);
        return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
    }

    /**
     * Sets a path's bendpoints (model coordinates; an empty list lets the map route it automatically). Adds the
     * edge to the notation when it has none.
     */
    public static Command setBendpoints(EditingDomain domain, Diagram diagram, Path path, List<Point> points) {
        Edge edge = (Edge) viewOf(diagram.getEdges(), path);
        CompoundCommand command = new CompoundCommand(Messages.Command_bendpoints);
        if (edge == null) {
            edge = F.createEdge();
            edge.setElement(path);
            for (Point p : points) {
                var b = F.createBendpoint();
                b.setX((int) Math.round(p.x()));
                b.setY((int) Math.round(p.y()));
                edge.getBendpoints().add(b);
            }
            command.append(AddCommand.create(domain, diagram, N.getDiagram_Edges(), edge));
            return command;
        }
        Command set = MapLayout.setBendpoints(domain, edge, points);
        return set == null ? UnexecutableCommand.INSTANCE : set;
    }

    /**
     * The notation for a touchpoint just created (e.g. by {@link JourneyCommands#addTouchpointToStage}, executed
     * first): a box with its top-left corner at (x, y), default size, kept in its stage's lane.
     */
    public static Command createNode(EditingDomain domain, MapScene scene, Touchpoint touchpoint, double x,
            double y) {
        Node node = F.createNode();
        node.setElement(touchpoint);
        LaneFigure lane = scene.lane(touchpoint.getStage());
        double width = MapScene.NODE_WIDTH;
        double nx = lane == null ? x : clampInto(x, width, lane.bounds());
        MapLayout.setBounds(node, nx, Math.max(y, MapScene.LANE_HEADER_HEIGHT + 4), width, MapScene.NODE_HEIGHT);
        return AddCommand.create(domain, scene.diagram(), N.getDiagram_Nodes(), node);
    }

    /** The notation for a path just created (e.g. by {@link JourneyCommands#connect}): an edge without bends. */
    public static Command createEdge(EditingDomain domain, Diagram diagram, Path path) {
        Edge edge = F.createEdge();
        edge.setElement(path);
        return AddCommand.create(domain, diagram, N.getDiagram_Edges(), edge);
    }

    /**
     * A palette drop: a new touchpoint in {@code stage} (optionally of a channel) with its box at (x, y), in one
     * command. The touchpoint is {@code getResult()}'s only element.
     */
    public static JourneyCommands.Creation<Touchpoint> addTouchpointAt(EditingDomain domain, MapScene scene,
            Stage stage, String name, Channel channel, double x, double y) {
        JourneyCommands.Creation<Touchpoint> command = JourneyCommands.addTouchpointToStage(domain, stage, name,
                channel);
        Touchpoint touchpoint = command.created();
        Node node = F.createNode();
        node.setElement(touchpoint);
        LaneFigure lane = scene.lane(stage);
        double nx = lane == null ? x : clampInto(x, MapScene.NODE_WIDTH, lane.bounds());
        MapLayout.setBounds(node, nx, Math.max(y, MapScene.LANE_HEADER_HEIGHT + 4), MapScene.NODE_WIDTH,
                MapScene.NODE_HEIGHT);
        command.append(AddCommand.create(domain, scene.diagram(), N.getDiagram_Nodes(), node));
        return command;
    }

    // ---- helpers

    private static void appendBounds(EditingDomain domain, CompoundCommand command, Diagram diagram,
            NodeFigure node, double x, double y, double width, double height) {
        Node view = node.view() != null ? node.view() : (Node) viewOf(diagram.getNodes(), node.touchpoint());
        if (view == null) {
            Node created = F.createNode();
            created.setElement(node.touchpoint());
            MapLayout.setBounds(created, x, y, width, height);
            command.append(AddCommand.create(domain, diagram, N.getDiagram_Nodes(), created));
        } else {
            MapLayout.setShape(domain, command, view, (int) Math.round(x), (int) Math.round(y),
                    (int) Math.round(width), (int) Math.round(height));
        }
    }

    private static View viewOf(List<? extends View> views, Object element) {
        for (View view : views) {
            if (view.getElement() == element) {
                return view;
            }
        }
        return null;
    }

    /** The lane holding x, or the nearest one by horizontal distance. */
    static LaneFigure nearestLane(MapScene scene, double x) {
        LaneFigure best = null;
        double bestDistance = Double.MAX_VALUE;
        for (LaneFigure lane : scene.lanes()) {
            Rect b = lane.bounds();
            double d = x < b.x() ? b.x() - x : x > b.right() ? x - b.right() : 0;
            if (d < bestDistance) {
                bestDistance = d;
                best = lane;
            }
        }
        return best;
    }

    /** x moved so that [x, x + width] lies inside the lane, with a small margin (left-aligned if it cannot). */
    static double clampInto(double x, double width, Rect lane) {
        double min = lane.x() + 4, max = lane.right() - 4 - width;
        return max < min ? min : Math.max(min, Math.min(max, x));
    }
}
