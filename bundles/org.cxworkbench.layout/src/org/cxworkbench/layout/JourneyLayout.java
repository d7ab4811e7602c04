package org.cxworkbench.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays out a journey map: boxes (touchpoints) of given sizes and the paths between them, left to right in the
 * direction of the journey, with orthogonal routes. Independent of the journey model, so that the editor, reports
 * and tests hand it whatever they draw.
 */
public final class JourneyLayout {

    /** A box to place: its caller's id and its size in pixels. */
    public record Box(String id, double width, double height) {
    }

    /** A path between two boxes, by their ids. */
    public record Link(String from, String to) {
    }

    /** Where a box went: top-left corner and size. */
    public record Placement(double x, double y, double width, double height) {
    }

    /** A route from start to end through its bend points, each as {x, y}. */
    public record Route(String from, String to, List<double[]> points) {
    }

    /** The laid-out map: placements by box id in input order, routes in input order, and the overall size. */
    public record Result(Map<String, Placement> placements, List<Route> routes, double width, double height) {
    }

    /**
     * Boxes above this count are laid out without ELK when they come in partitions ({@link ColumnLayout}: about
     * 20 ms instead of 1.1 s for 1000 boxes and 3000 links), else with less crossing minimisation.
     */
    public static final int LARGE = 300;

    /** x given to a partition's boxes for the interactive layering (far apart, so layers never mix). */
    private static final double PARTITION_X = 100_000;

    private static volatile boolean metaDataRegistered;

    private final double spacing;

    /** A layout with {@code spacing} pixels between boxes (and between layers, doubled). */
    public JourneyLayout(double spacing) {
        this.spacing = spacing;
    }

    /**
     * Lays out {@code boxes} and {@code links}.
     *
     * @throws IllegalArgumentException when a link names a box that is not there, or two boxes share an id
     */
    public Result layout(List<Box> boxes, List<Link> links) {
        return layout(boxes, links, Map.of());
    }

    /**
     * Lays out {@code boxes} and {@code links} in ordered partitions: each partition is one layer (column) of
     * boxes, in partition order, left to right; the journey map uses one partition per stage so that touchpoints
     * stay in their stage's lane. With partitions, every box should have one, and links should run from a lower
     * partition to a higher one (route links within a partition and backward ones yourself).
     *
     * @param partitions partition number (0, 1, ...) by box id
     * @throws IllegalArgumentException when a link names a box that is not there, or two boxes share an id
     */
    public Result layout(List<Box> boxes, List<Link> links, Map<String, Integer> partitions) {
        if (boxes.size() > LARGE && !partitions.isEmpty()) {
            return new ColumnLayout(spacing).layout(boxes, links, partitions);
        }
        registerLayeredAlgorithm();
        ElkNode graph = ElkGraphUtil.createGraph();
        graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        graph.setProperty(CoreOptions.SPACING_NODE_NODE, spacing);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, spacing * 2);
        if (!partitions.isEmpty()) {
            // One layer per partition: ELK's interactive layering puts boxes into layers by their x, which is set
            // from the partition below. Faster than network-simplex layering plus ELK's partition processors
            // (1000 boxes and 3000 links: about 2 s instead of 8 s) and never splits a partition over layers.
            graph.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.INTERACTIVE);
            // ELK lays out connected components apart and packs them afterwards, which would ignore the
            // partitions across components (e.g. a box whose paths all stay in its stage)
            graph.setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, false);
        }
        if (boxes.size() > LARGE) {
            // a large map: one crossing-minimisation sweep instead of seven (4 times faster on 1000 boxes)
            graph.setProperty(LayeredOptions.THOROUGHNESS, 1);
        }

        Map<String, ElkNode> nodes = new LinkedHashMap<>();
        for (Box box : boxes) {
            ElkNode node = ElkGraphUtil.createNode(graph);
            node.setIdentifier(box.id());
            node.setDimensions(box.width(), box.height());
            Integer partition = partitions.get(box.id());
            if (partition != null) {
                node.setLocation(partition * PARTITION_X, 0);
            }
            if (nodes.put(box.id(), node) != null) {
                throw new IllegalArgumentException("Two boxes have the id " + box.id());
            }
        }
        List<ElkEdge> edges = new ArrayList<>();
        for (Link link : links) {
            edges.add(ElkGraphUtil.createSimpleEdge(node(nodes, link.from()), node(nodes, link.to())));
        }

        new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());

        Map<String, Placement> placements = new LinkedHashMap<>();
        nodes.forEach((id, n) -> placements.put(id, new Placement(n.getX(), n.getY(), n.getWidth(), n.getHeight())));
        List<Route> routes = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            routes.add(new Route(links.get(i).from(), links.get(i).to(), points(edges.get(i))));
        }
        return new Result(placements, routes, graph.getWidth(), graph.getHeight());
    }

    private static ElkNode node(Map<String, ElkNode> nodes, String id) {
        ElkNode node = nodes.get(id);
        if (node == null) {
            throw new IllegalArgumentException("A path ends at " + id + ", which is not on the map");
        }
        return node;
    }

    private static List<double[]> points(ElkEdge edge) {
        List<double[]> points = new ArrayList<>();
        for (ElkEdgeSection section : edge.getSections()) {
            points.add(new double[] { section.getStartX(), section.getStartY() });
            for (ElkBendPoint bend : section.getBendPoints()) {
                points.add(new double[] { bend.getX(), bend.getY() });
            }
            points.add(new double[] { section.getEndX(), section.getEndY() });
        }
        return points;
    }

    /**
     * ELK finds its algorithms through Java's ServiceLoader, which sees nothing across bundles inside OSGi, so the
     * layered algorithm is registered by hand, once.
     */
    private static void registerLayeredAlgorithm() {
        if (!metaDataRegistered) {
            synchronized (JourneyLayout.class) {
                if (!metaDataRegistered) {
                    LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
                    metaDataRegistered = true;
                }
            }
        }
    }
}
