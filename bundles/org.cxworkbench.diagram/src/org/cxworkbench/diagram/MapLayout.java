package org.cxworkbench.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cxworkbench.diagram.MapScene.LaneFigure;
import org.cxworkbench.diagram.MapScene.NodeFigure;
import org.cxworkbench.diagram.internal.Messages;
import org.cxworkbench.layout.JourneyLayout;
import org.cxworkbench.layout.JourneyLayout.Box;
import org.cxworkbench.layout.JourneyLayout.Link;
import org.cxworkbench.layout.JourneyLayout.Placement;
import org.cxworkbench.layout.JourneyLayout.Result;
import org.cxworkbench.layout.JourneyLayout.Route;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.Path;
import org.cxworkbench.model.journey.Stage;
import org.cxworkbench.model.journey.Touchpoint;
import org.cxworkbench.model.notation.Bendpoint;
import org.cxworkbench.model.notation.Diagram;
import org.cxworkbench.model.notation.Edge;
import org.cxworkbench.model.notation.Lane;
import org.cxworkbench.model.notation.Node;
import org.cxworkbench.model.notation.NotationFactory;
import org.cxworkbench.model.notation.NotationPackage;
import org.cxworkbench.model.notation.Orientation;
import org.cxworkbench.model.notation.Shape;
import org.cxworkbench.model.notation.View;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Lays out journey maps with Eclipse ELK and writes the result into the notation, as EMF commands so that
 * "Arrange all" can be undone.
 * <p>
 * The layout: ELK's layered algorithm, left to right, with one ELK partition per stage, so that every touchpoint
 * stays in its stage's column and the stage order is kept (an empty stage still gets its column). Paths to a
 * later stage are laid out and routed by ELK (orthogonally; their bends are stored as the edge's bendpoints), and
 * ELK orders the boxes within each column to keep crossings few. Paths within a stage, backward paths (to an
 * earlier stage) and loops are left out of ELK's graph, so that a stage stays one column of boxes, and get no
 * bendpoints: {@link MapScene} routes them (within a column from box to box, backward ones below all boxes), so
 * they follow the boxes when these move. Lanes are then drawn around each stage's boxes,
 * meeting halfway between neighbouring stages.
 * <p>
 * A journey of more than {@link JourneyLayout#LARGE} touchpoints is laid out without ELK (which takes over a second
 * for 1000 touchpoints and 3000 paths): {@link JourneyLayout} then stacks each stage's boxes on a grid of rows shared
 * by all stages, ordered by the mean row of their neighbours, and routes forward paths orthogonally between the rows.
 */
public final class MapLayout {

    private static final NotationPackage N = NotationPackage.eINSTANCE;
    private static final NotationFactory F = NotationFactory.eINSTANCE;
    private static final double SPACING = 40;

    private MapLayout() {
    }

    /** A new, fully laid-out diagram of the journey, in no resource. */
    public static Diagram layout(Journey journey) {
        List<Stage> stages = journey.getStages();
        Map<Stage, Integer> stageIndex = new IdentityHashMap<>();
        for (int i = 0; i < stages.size(); i++) {
            stageIndex.put(stages.get(i), i);
        }
        int stageless = stages.size();
        Map<String, Touchpoint> byKey = new LinkedHashMap<>();
        List<Box> boxes = new ArrayList<>();
        Map<String, Integer> partitions = new HashMap<>();
        Map<Integer, Integer> perPartition = new HashMap<>();
        int n = 0;
        Map<Touchpoint, String> keys = new IdentityHashMap<>();
        for (Touchpoint tp : journey.getTouchpoints()) {
            String key = "t" + n++;
            keys.put(tp, key);
            byKey.put(key, tp);
            boxes.add(new Box(key, MapScene.NODE_WIDTH, MapScene.NODE_HEIGHT));
            int partition = tp.getStage() == null ? stageless : stageIndex.getOrDefault(tp.getStage(), stageless);
            partitions.put(key, partition);
            perPartition.merge(partition, 1, Integer::sum);
        }
        // an empty stage keeps its column: a placeholder box, dropped afterwards
        for (int i = 0; i < stages.size(); i++) {
            if (!perPartition.containsKey(i)) {
                String key = "s" + i;
                boxes.add(new Box(key, MapScene.NODE_WIDTH, MapScene.NODE_HEIGHT));
                partitions.put(key, i);
            }
        }
        List<Link> links = new ArrayList<>();
        List<Path> laidOut = new ArrayList<>();
        for (Path path : journey.getPaths()) {
            String from = keys.get(path.getFrom()), to = keys.get(path.getTo());
            if (from == null || to == null || partitions.get(to) <= partitions.get(from)) {
                // loops, paths within a stage, backward and dangling paths: routed by the scene, so that each
                // stage stays one column of boxes
                continue;
            }
            links.add(new Link(from, to));
            laidOut.add(path);
        }
        Result result = new JourneyLayout(SPACING).layout(boxes, links, partitions);

        // columns: each partition's horizontal extent, lanes meeting halfway between neighbours
        int columns = stages.size() + (perPartition.containsKey(stageless) ? 1 : 0);
        double[] left = new double[columns], right = new double[columns];
        java.util.Arrays.fill(left, Double.MAX_VALUE);
        java.util.Arrays.fill(right, -Double.MAX_VALUE);
        double top = Double.MAX_VALUE;
        for (Map.Entry<String, Placement> e : result.placements().entrySet()) {
            int p = partitions.get(e.getKey());
            Placement pl = e.getValue();
            left[p] = Math.min(left[p], pl.x());
            right[p] = Math.max(right[p], pl.x() + pl.width());
            top = Math.min(top, pl.y());
        }
        if (top == Double.MAX_VALUE) {
            top = 0;
        }
        double[] laneX = new double[columns], laneRight = new double[columns];
        for (int i = 0; i < columns; i++) {
            laneX[i] = i == 0 ? left[0] - MapScene.NODE_MARGIN
                    : Math.min(left[i] - MapScene.NODE_MARGIN, (right[i - 1] + left[i]) / 2 + MapScene.LANE_GAP / 2);
            laneRight[i] = i == columns - 1 ? right[i] + MapScene.NODE_MARGIN
                    : Math.max(right[i] + MapScene.NODE_MARGIN, (right[i] + left[i + 1]) / 2 - MapScene.LANE_GAP / 2);
        }
        double dx = columns == 0 ? 0 : -laneX[0];
        double dy = MapScene.LANE_HEADER_HEIGHT + MapScene.NODE_MARGIN - top;

        Diagram diagram = F.createDiagram();
        diagram.setElement(journey);
        double bottom = MapScene.LANE_HEADER_HEIGHT + MapScene.NODE_MARGIN;
        for (Map.Entry<String, Placement> e : result.placements().entrySet()) {
            Touchpoint tp = byKey.get(e.getKey());
            if (tp == null) {
                continue;
            }
            Placement pl = e.getValue();
            Node node = F.createNode();
            node.setElement(tp);
            setBounds(node, pl.x() + dx, pl.y() + dy, pl.width(), pl.height());
            diagram.getNodes().add(node);
            bottom = Math.max(bottom, node.getY() + node.getHeight());
        }
        int laneHeight = (int) Math.round(bottom + MapScene.BADGE_HEIGHT + MapScene.NODE_MARGIN);
        for (int i = 0; i < stages.size(); i++) {
            Lane lane = F.createLane();
            lane.setElement(stages.get(i));
            lane.setOrientation(Orientation.COLUMN);
            setBounds(lane, laneX[i] + dx, 0, laneRight[i] - laneX[i], laneHeight);
            diagram.getLanes().add(lane);
        }
        Map<Path, Route> routes = new IdentityHashMap<>();
        for (int i = 0; i < laidOut.size(); i++) {
            routes.put(laidOut.get(i), result.routes().get(i));
        }
        for (Path path : journey.getPaths()) {
            Edge edge = F.createEdge();
            edge.setElement(path);
            Route route = routes.get(path);
            if (route != null) {
                List<double[]> points = route.points();
                for (int i = 1; i < points.size() - 1; i++) { // the ends are re-attached to the boxes
                    Bendpoint b = F.createBendpoint();
                    b.setX((int) Math.round(points.get(i)[0] + dx));
                    b.setY((int) Math.round(points.get(i)[1] + dy));
                    edge.getBendpoints().add(b);
                }
            }
            diagram.getEdges().add(edge);
        }
        return diagram;
    }

    /**
     * A diagram to draw the journey with: a complete layout when {@code diagram} is null, else a copy of it
     * with views added for the elements it lacks (placed as {@link MapScene} places them). {@code diagram} itself
     * is not changed.
     */
    public static Diagram completeCopy(Journey journey, Diagram diagram) {
        if (diagram == null) {
            return layout(journey);
        }
        Diagram copy = EcoreUtil.copy(diagram);
        for (View view : missingViews(journey, copy)) {
            if (view instanceof Lane lane) {
                copy.getLanes().add(lane);
            } else if (view instanceof Node node) {
                copy.getNodes().add(node);
            } else if (view instanceof Edge edge) {
                copy.getEdges().add(edge);
            }
        }
        return copy;
    }

    /**
     * New views for the stages, touchpoints and paths {@code diagram} has none for, placed where {@link MapScene}
     * draws such elements (a lane after the others, a box below the others of its lane, an edge without bends).
     */
    public static List<View> missingViews(Journey journey, Diagram diagram) {
        MapScene scene = MapScene.build(journey, diagram, MapFilter.ALL);
        List<View> views = new ArrayList<>();
        for (LaneFigure lane : scene.lanes()) {
            if (lane.view() == null && lane.stage() != null) {
                Lane view = F.createLane();
                view.setElement(lane.stage());
                view.setOrientation(Orientation.COLUMN);
                setBounds(view, lane.bounds().x(), lane.bounds().y(), lane.bounds().width(),
                        lane.bounds().height());
                views.add(view);
            }
        }
        for (NodeFigure node : scene.nodes()) {
            if (node.view() == null) {
                Node view = F.createNode();
                view.setElement(node.touchpoint());
                setBounds(view, node.bounds().x(), node.bounds().y(), node.bounds().width(), node.bounds().height());
                views.add(view);
            }
        }
        java.util.Set<EObject> withEdge = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        diagram.getEdges().forEach(e -> withEdge.add(e.getElement()));
        for (Path path : journey.getPaths()) {
            if (!withEdge.contains(path)) {
                Edge view = F.createEdge();
                view.setElement(path);
                views.add(view);
            }
        }
        return views;
    }

    /**
     * The command that gives a journey file its notation: a complete layout when {@code resource} has no diagram,
     * or views for the elements the diagram lacks; empty when nothing is missing. Run it on the domain's stack
     * when a journey is opened (it is undoable like any edit; the editor may also flush the stack after it).
     *
     * @param resource the journey file's resource: the journey at index 0, the diagram (if any) after it
     */
    public static Optional<Command> ensureNotation(EditingDomain domain, Resource resource) {
        Journey journey = (Journey) resource.getContents().get(0);
        Diagram diagram = resource.getContents().stream().filter(Diagram.class::isInstance)
                .map(Diagram.class::cast).findFirst().orElse(null);
        if (diagram == null) {
            CompoundCommand command = new CompoundCommand(Messages.Command_createNotation);
            command.append(new AddCommand(domain, resource.getContents(), layout(journey)));
            return Optional.of(command);
        }
        return createViews(domain, diagram, missingViews(journey, diagram));
    }

    /**
     * The command that adds views for new elements (e.g. the notation of a touchpoint or path just created by a
     * {@code JourneyCommands} command); empty for none.
     */
    public static Optional<Command> createViews(EditingDomain domain, Diagram diagram, List<View> views) {
        if (views.isEmpty()) {
            return Optional.empty();
        }
        CompoundCommand command = new CompoundCommand(Messages.Command_createNotation);
        for (View view : views) {
            command.append(AddCommand.create(domain, diagram, view instanceof Lane ? N.getDiagram_Lanes()
                    : view instanceof Node ? N.getDiagram_Nodes() : N.getDiagram_Edges(), view));
        }
        return Optional.of(command);
    }

    /**
     * "Arrange all": the command that lays out the whole journey again ({@link #layout(Journey)}) and sets every
     * lane's and box's bounds and every edge's bendpoints in {@code diagram} to the new layout (adding views for
     * elements it lacks). Undo restores the previous positions. Nothing else of the diagram changes.
     */
    public static Command arrangeAll(EditingDomain domain, Journey journey, Diagram diagram) {
        Diagram target = layout(journey);
        Map<EObject, View> existing = new IdentityHashMap<>();
        diagram.getLanes().forEach(v -> existing.put(v.getElement(), v));
        diagram.getNodes().forEach(v -> existing.put(v.getElement(), v));
        diagram.getEdges().forEach(v -> existing.put(v.getElement(), v));
        CompoundCommand command = new CompoundCommand(Messages.Command_arrangeAll);
        List<View> added = new ArrayList<>();
        List<View> wanted = new ArrayList<>();
        wanted.addAll(target.getLanes());
        wanted.addAll(target.getNodes());
        wanted.addAll(target.getEdges());
        for (View want : wanted) {
            View have = existing.get(want.getElement());
            if (have == null) {
                added.add(want);
            } else if (have instanceof Shape shape && want instanceof Shape w) {
                setShape(domain, command, shape, w.getX(), w.getY(), w.getWidth(), w.getHeight());
            } else if (have instanceof Edge edge && want instanceof Edge w) {
                Command bends = setBendpoints(domain, edge, w.getBendpoints().stream()
                        .map(b -> new MapScene.Point(b.getX(), b.getY())).toList());
                if (bends != null) {
                    command.append(bends);
                }
            }
        }
        createViews(domain, diagram, added).ifPresent(command::append);
        if (command.isEmpty()) {
            // nothing moves: still a command, so that the menu item does something undoable and harmless
            command.append(SetCommand.create(domain, diagram, N.getView_Element(), diagram.getElement()));
        }
        return command;
    }

    /** Appends the SetCommands that change a shape's bounds where they differ. */
    static void setShape(EditingDomain domain, CompoundCommand command, Shape shape, int x, int y, int width,
            int height) {
        if (shape.getX() != x) {
            command.append(SetCommand.create(domain, shape, N.getShape_X(), x));
        }
        if (shape.getY() != y) {
            command.append(SetCommand.create(domain, shape, N.getShape_Y(), y));
        }
        if (shape.getWidth() != width) {
            command.append(SetCommand.create(domain, shape, N.getShape_Width(), width));
        }
        if (shape.getHeight() != height) {
            command.append(SetCommand.create(domain, shape, N.getShape_Height(), height));
        }
    }

    /**
     * The command that replaces an edge's bendpoints by {@code points} (model coordinates, rounded to the
     * notation's integers); {@code null} when they are the same already.
     */
    static Command setBendpoints(EditingDomain domain, Edge edge, List<MapScene.Point> points) {
        List<Bendpoint> current = edge.getBendpoints();
        boolean same = current.size() == points.size();
        for (int i = 0; same && i < points.size(); i++) {
            same = current.get(i).getX() == (int) Math.round(points.get(i).x())
                    && current.get(i).getY() == (int) Math.round(points.get(i).y());
        }
        if (same) {
            return null;
        }
        List<Bendpoint> bends = new ArrayList<>();
        for (MapScene.Point p : points) {
            Bendpoint b = F.createBendpoint();
            b.setX((int) Math.round(p.x()));
            b.setY((int) Math.round(p.y()));
            bends.add(b);
        }
        // remove and add rather than SetCommand, which refuses to set a whole containment list
        CompoundCommand command = new CompoundCommand(Messages.Command_bendpoints);
        if (!current.isEmpty()) {
            command.append(RemoveCommand.create(domain, edge, N.getEdge_Bendpoints(), new ArrayList<>(current)));
        }
        if (!bends.isEmpty()) {
            command.append(AddCommand.create(domain, edge, N.getEdge_Bendpoints(), bends));
        }
        return command;
    }

    static void setBounds(Shape shape, double x, double y, double width, double height) {
        shape.setX((int) Math.round(x));
        shape.setY((int) Math.round(y));
        shape.setWidth((int) Math.round(width));
        shape.setHeight((int) Math.round(height));
    }
}
