package org.cxworkbench.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cxworkbench.layout.JourneyLayout.Box;
import org.cxworkbench.layout.JourneyLayout.Link;
import org.cxworkbench.layout.JourneyLayout.Placement;
import org.cxworkbench.layout.JourneyLayout.Result;
import org.cxworkbench.layout.JourneyLayout.Route;

/**
 * The layout {@link JourneyLayout} uses for large partitioned maps, where ELK's layered algorithm takes a second
 * or more: one column per partition, left to right; the boxes of a column stacked on one grid of rows shared by all
 * columns, in an order found by barycentre sweeps (each box moves to the mean row of its neighbours in the other
 * columns, alternately looking left and right), which keeps crossings few. Links run orthogonally: out of the
 * source's right side into the gap after its column, along the free channel between two grid rows past any
 * columns in between, and into the target's left side. Runs in about O((boxes + links) log boxes) per sweep.
 */
final class ColumnLayout {

    /** Barycentre sweeps, alternately left to right and right to left. */
    private static final int SWEEPS = 6;

    private final double spacing;

    ColumnLayout(double spacing) {
        this.spacing = spacing;
    }

    Result layout(List<Box> boxes, List<Link> links, Map<String, Integer> partitions) {
        Map<String, Box> byId = new LinkedHashMap<>();
        for (Box box : boxes) {
            if (byId.put(box.id(), box) != null) {
                throw new IllegalArgumentException("Two boxes have the id " + box.id());
            }
        }
        for (Link link : links) {
            for (String end : new String[] { link.from(), link.to() }) {
                if (!byId.containsKey(end)) {
                    throw new IllegalArgumentException("A path ends at " + end + ", which is not on the map");
                }
            }
        }
        // columns in partition order (a box without a partition goes after the others), boxes in input order
        int last = partitions.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        TreeMap<Integer, List<String>> byPartition = new TreeMap<>();
        for (Box box : boxes) {
            byPartition.computeIfAbsent(partitions.getOrDefault(box.id(), last + 1), k -> new ArrayList<>())
                    .add(box.id());
        }
        List<List<String>> columns = new ArrayList<>(byPartition.values());
        Map<String, Integer> column = new HashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            for (String id : columns.get(c)) {
                column.put(id, c);
            }
        }
        Map<String, List<String>> left = new HashMap<>(), right = new HashMap<>();
        for (Link link : links) {
            int a = column.get(link.from()), b = column.get(link.to());
            if (a < b) {
                right.computeIfAbsent(link.from(), k -> new ArrayList<>()).add(link.to());
                left.computeIfAbsent(link.to(), k -> new ArrayList<>()).add(link.from());
            } else if (b < a) {
                right.computeIfAbsent(link.to(), k -> new ArrayList<>()).add(link.from());
                left.computeIfAbsent(link.from(), k -> new ArrayList<>()).add(link.to());
            }
        }
        Map<String, Double> row = new HashMap<>();
        columns.forEach(ids -> {
            for (int i = 0; i < ids.size(); i++) {
                row.put(ids.get(i), (double) i);
            }
        });
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            boolean forward = sweep % 2 == 0;
            Map<String, List<String>> neighbours = forward ? left : right;
            for (int k = 0; k < columns.size(); k++) {
                List<String> ids = columns.get(forward ? k : columns.size() - 1 - k);
                Map<String, Double> key = new HashMap<>();
                for (String id : ids) {
                    List<String> near = neighbours.get(id);
                    key.put(id, near == null || near.isEmpty() ? row.get(id)
                            : near.stream().mapToDouble(row::get).average().orElseThrow());
                }
                ids.sort(Comparator.comparingDouble(key::get)); // stable: ties keep their order
                for (int i = 0; i < ids.size(); i++) {
                    row.put(ids.get(i), (double) i);
                }
            }
        }

        double rowHeight = boxes.stream().mapToDouble(Box::height).max().orElse(0) + spacing;
        double gap = spacing * 2;
        double[] columnX = new double[columns.size()], columnRight = new double[columns.size()];
        double x = 0;
        for (int c = 0; c < columns.size(); c++) {
            columnX[c] = x;
            double width = columns.get(c).stream().mapToDouble(id -> byId.get(id).width()).max().orElse(0);
            columnRight[c] = x + width;
            x += width + gap;
        }
        Map<String, Placement> placements = new LinkedHashMap<>();
        double height = 0;
        for (Box box : boxes) {
            int c = column.get(box.id());
            double y = row.get(box.id()) * rowHeight;
            placements.put(box.id(), new Placement(columnX[c], y, box.width(), box.height()));
            height = Math.max(height, y + box.height());
        }
        List<Route> routes = new ArrayList<>();
        for (Link link : links) {
            routes.add(new Route(link.from(), link.to(), route(placements.get(link.from()),
                    placements.get(link.to()), column.get(link.from()), column.get(link.to()), columnRight,
                    columnX, rowHeight)));
        }
        return new Result(placements, routes, Math.max(0, x - gap), height);
    }

    /** An orthogonal route from the source's right side to the target's left side (source left of target). */
    private List<double[]> route(Placement s, Placement t, int from, int to, double[] columnRight, double[] columnX,
            double rowHeight) {
        List<double[]> points = new ArrayList<>();
        double sy = s.y() + s.height() / 2, ty = t.y() + t.height() / 2;
        points.add(new double[] { s.x() + s.width(), sy });
        if (to == from + 1) {
            double mx = (columnRight[from] + columnX[to]) / 2;
            if (Math.abs(sy - ty) > 1) {
                points.add(new double[] { mx, sy });
                points.add(new double[] { mx, ty });
            }
        } else if (to > from) {
            // past the columns in between along the channel between grid rows nearest to the two ends
            double mid = (sy + ty) / 2;
            double channel = Math.max(0, Math.round(mid / rowHeight)) * rowHeight - spacing / 2;
            double out = (columnRight[from] + columnX[from + 1]) / 2, in = (columnRight[to - 1] + columnX[to]) / 2;
            points.add(new double[] { out, sy });
            points.add(new double[] { out, channel });
            points.add(new double[] { in, channel });
            points.add(new double[] { in, ty });
        }
        points.add(new double[] { t.x(), ty });
        return points;
    }
}
