package org.cxworkbench.ui.drivers.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import org.cxworkbench.services.drivers.Driver;
import org.cxworkbench.services.drivers.Quadrant;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * The importance × performance grid drawn on a canvas: one dot per driver at x = its relative weight as a percentage of
 * R², y = its performance (0-100, good end up), the lines at the drivers' mean weight (100 / number of drivers) and
 * mean performance, the four quadrants named in their corners, and each dot labelled with its point's name where the
 * label overlaps no other label or dot. A dot is coloured by the driver's own quadrant ({@link Driver#quadrant()}),
 * which uses the point's target where it has one, so a dot may sit on the other side of the performance line than
 * its colour says.
 * <p>
 * Mouse: a click selects the nearest dot (within {@value #HIT} pixels); hovering shows r, weight, VIF and n.
 * Keyboard: the arrow keys, Home and End move the selection from dot to dot (in the order of importance).
 */
public final class QuadrantChart {

    static final int HIT = 9;
    private static final int RADIUS = 5;
    private static final int MARGIN_LEFT = 48;
    private static final int MARGIN_RIGHT = 16;
    private static final int MARGIN_TOP = 12;
    private static final int MARGIN_BOTTOM = 40;

    private final Canvas canvas;
    private final Color fixFirst;
    private final Color keepUp;
    private final Color maintain;
    private final Color lowPriority;
    private final Color lines;
    private final Color band;
    private List<Driver> drivers = List.of();
    private long n;
    private int selected = -1;
    private IntConsumer selectionListener = i -> { };
    /** Where each dot and each label was drawn last, in the canvas's coordinates. */
    private final List<Point> dots = new ArrayList<>();
    private final List<Rectangle> labels = new ArrayList<>();

    public QuadrantChart(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
        fixFirst = new Color(new RGB(200, 40, 40));
        keepUp = new Color(new RGB(30, 130, 60));
        maintain = new Color(new RGB(40, 90, 170));
        lowPriority = new Color(new RGB(120, 120, 120));
        lines = new Color(new RGB(150, 150, 150));
        band = new Color(new RGB(250, 236, 236));
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        canvas.addListener(SWT.Paint, e -> paint(e.gc));
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseMove, e -> hover(e.x, e.y));
        canvas.addListener(SWT.KeyDown, this::key);
        canvas.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS
                    || e.detail == SWT.TRAVERSE_RETURN) {
                e.doit = true;
            }
        });
        canvas.addListener(SWT.FocusIn, e -> canvas.redraw());
        canvas.addListener(SWT.FocusOut, e -> canvas.redraw());
        canvas.addListener(SWT.Dispose, e -> {
            for (Color color : new Color[] { fixFirst, keepUp, maintain, lowPriority, lines, band }) {
                color.dispose();
            }
        });
        canvas.getAccessible().addAccessibleListener(new org.eclipse.swt.accessibility.AccessibleAdapter() {
            @Override
            public void getName(org.eclipse.swt.accessibility.AccessibleEvent e) {
                e.result = selected >= 0 ? tooltip(drivers.get(selected)) : Messages.Drivers_chartName;
            }
        });
    }

    public Canvas control() {
        return canvas;
    }

    /** Shows {@code shown} (n = the complete respondents); the selection is cleared. */
    public void setDrivers(List<Driver> shown, long completeN) {
        drivers = List.copyOf(shown);
        n = completeN;
        selected = -1;
        canvas.setToolTipText(null);
        canvas.redraw();
    }

    public List<Driver> drivers() {
        return drivers;
    }

    /** Selects the driver at {@code index} (-1: none) without telling the listener. */
    public void select(int index) {
        selected = index >= 0 && index < drivers.size() ? index : -1;
        canvas.redraw();
    }

    public int selection() {
        return selected;
    }

    /** Told the index of a driver the user selected on the chart. */
    public void onSelect(IntConsumer listener) {
        selectionListener = listener;
    }

    /** The centre of the dot of the driver at {@code index}, as last drawn (canvas coordinates), or null. */
    public Point dot(int index) {
        return index >= 0 && index < dots.size() ? dots.get(index) : null;
    }

    /** The label rectangles as last drawn, one per driver (null where no label fitted). */
    public List<Rectangle> labelBounds() {
        return java.util.Collections.unmodifiableList(new ArrayList<>(labels));
    }

    /** The highest weight on the x axis: a multiple of 10 above the largest weight and the line, at most 100. */
    double xMax() {
        double max = drivers.isEmpty() ? 100 : 100.0 / drivers.size();
        for (Driver d : drivers) {
            if (!Double.isNaN(d.importance())) {
                max = Math.max(max, d.importance());
            }
        }
        return Math.min(100, Math.max(10, Math.ceil(max * 1.1 / 10) * 10));
    }

    /** The mean performance of the drivers: the horizontal line. */
    double meanPerformance() {
        return drivers.stream().mapToDouble(Driver::performance).filter(v -> !Double.isNaN(v)).average()
                .orElse(50);
    }

    private Rectangle plot() {
        Rectangle area = canvas.getClientArea();
        return new Rectangle(area.x + MARGIN_LEFT, area.y + MARGIN_TOP,
                Math.max(10, area.width - MARGIN_LEFT - MARGIN_RIGHT),
                Math.max(10, area.height - MARGIN_TOP - MARGIN_BOTTOM));
    }

    private int x(Rectangle plot, double importance) {
        return plot.x + (int) Math.round(Math.max(0, Math.min(1, importance / xMax())) * plot.width);
    }

    private static int y(Rectangle plot, double performance) {
        return plot.y + plot.height - (int) Math.round(Math.max(0, Math.min(100, performance)) / 100 * plot.height);
    }

    private void paint(GC gc) {
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        Rectangle plot = plot();
        dots.clear();
        labels.clear();
        Color text = canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND);
        int lineX = x(plot, drivers.isEmpty() ? 50 : 100.0 / drivers.size());
        int lineY = y(plot, meanPerformance());
        // the fix-first quadrant tinted: where to look first
        gc.setBackground(band);
        gc.fillRectangle(lineX, lineY, plot.x + plot.width - lineX, plot.y + plot.height - lineY);
        gc.setForeground(lines);
        gc.drawRectangle(plot);
        gc.setLineStyle(SWT.LINE_DASH);
        gc.drawLine(lineX, plot.y, lineX, plot.y + plot.height);
        gc.drawLine(plot.x, lineY, plot.x + plot.width, lineY);
        gc.setLineStyle(SWT.LINE_SOLID);

        // axes: ticks and titles
        gc.setForeground(text);
        int height = gc.getFontMetrics().getHeight();
        for (int v = 0; v <= 100; v += 25) {
            int ty = y(plot, v);
            String label = Integer.toString(v);
            Point size = gc.textExtent(label);
            gc.drawLine(plot.x - 3, ty, plot.x, ty);
            gc.drawText(label, plot.x - 6 - size.x, ty - size.y / 2, true);
        }
        double max = xMax();
        for (int v = 0; v <= max + 1e-9; v += max > 50 ? 20 : 10) {
            int tx = x(plot, v);
            String label = Integer.toString(v);
            Point size = gc.textExtent(label);
            gc.drawLine(tx, plot.y + plot.height, tx, plot.y + plot.height + 3);
            gc.drawText(label, tx - size.x / 2, plot.y + plot.height + 4, true);
        }
        String xTitle = Messages.Drivers_axisImportance;
        Point xSize = gc.textExtent(xTitle);
        gc.drawText(xTitle, plot.x + (plot.width - xSize.x) / 2, plot.y + plot.height + 6 + height, true);
        String yTitle = Messages.Drivers_axisPerformance;
        org.eclipse.swt.graphics.Transform rotate = new org.eclipse.swt.graphics.Transform(canvas.getDisplay());
        try {
            Point ySize = gc.textExtent(yTitle);
            rotate.translate(2, plot.y + (plot.height + ySize.x) / 2);
            rotate.rotate(-90);
            gc.setTransform(rotate);
            gc.drawText(yTitle, 0, 0, true);
            gc.setTransform(null);
        } finally {
            rotate.dispose();
        }

        // quadrant names in the corners; they count as taken space for the dot labels
        List<Rectangle> taken = new ArrayList<>();
        corner(gc, Quadrant.MAINTAIN.label(), plot.x + 6, plot.y + 4, false, taken);
        corner(gc, Quadrant.KEEP_UP.label(), plot.x + plot.width - 6, plot.y + 4, true, taken);
        corner(gc, Quadrant.LOW_PRIORITY.label(), plot.x + 6, plot.y + plot.height - 4 - height, false, taken);
        corner(gc, Quadrant.FIX_FIRST.label(), plot.x + plot.width - 6, plot.y + plot.height - 4 - height, true,
                taken);

        for (Driver d : drivers) {
            dots.add(new Point(x(plot, Double.isNaN(d.importance()) ? 0 : d.importance()), y(plot,
                    d.performance())));
        }
        for (Point p : dots) {
            taken.add(new Rectangle(p.x - RADIUS - 1, p.y - RADIUS - 1, 2 * RADIUS + 3, 2 * RADIUS + 3));
        }
        // labels: the most important first, each in the first free place around its dot
        for (int i = 0; i < drivers.size(); i++) {
            Point p = dots.get(i);
            String name = drivers.get(i).pointName();
            Point size = gc.textExtent(name);
            Rectangle place = null;
            for (int[] offset : offsets(size)) {
                Rectangle candidate = new Rectangle(p.x + offset[0], p.y + offset[1], size.x, size.y);
                if (inside(plot, candidate) && taken.stream().noneMatch(candidate::intersects)) {
                    place = candidate;
                    break;
                }
            }
            labels.add(place);
            if (place != null) {
                taken.add(place);
                gc.setForeground(text);
                gc.drawText(name, place.x, place.y, true);
            }
        }
        for (int i = 0; i < drivers.size(); i++) {
            Point p = dots.get(i);
            gc.setBackground(color(drivers.get(i).quadrant()));
            gc.fillOval(p.x - RADIUS, p.y - RADIUS, 2 * RADIUS + 1, 2 * RADIUS + 1);
            if (i == selected) {
                gc.setForeground(text);
                gc.setLineWidth(2);
                gc.drawOval(p.x - RADIUS - 3, p.y - RADIUS - 3, 2 * RADIUS + 7, 2 * RADIUS + 7);
                gc.setLineWidth(1);
                if (canvas.isFocusControl()) {
                    gc.drawFocus(p.x - RADIUS - 6, p.y - RADIUS - 6, 2 * RADIUS + 13, 2 * RADIUS + 13);
                }
            }
        }
        if (drivers.isEmpty()) {
            gc.setForeground(text);
            Point size = gc.textExtent(Messages.Drivers_chartEmpty);
            gc.drawText(Messages.Drivers_chartEmpty, plot.x + (plot.width - size.x) / 2,
                    plot.y + (plot.height - size.y) / 2, true);
        }
    }

    private static boolean inside(Rectangle plot, Rectangle r) {
        return r.x >= plot.x + 1 && r.y >= plot.y + 1 && r.x + r.width <= plot.x + plot.width - 1
                && r.y + r.height <= plot.y + plot.height - 1;
    }

    /** Places to try for a label of {@code size} relative to its dot: right, left, above, below, then further out. */
    private static List<int[]> offsets(Point size) {
        List<int[]> offsets = new ArrayList<>();
        int gap = RADIUS + 4;
        for (int step = 0; step < 6; step++) {
            int d = step * (size.y / 2 + 2);
            offsets.add(new int[] { gap, -size.y / 2 - d });
            offsets.add(new int[] { gap, -size.y / 2 + d });
            offsets.add(new int[] { -gap - size.x, -size.y / 2 - d });
            offsets.add(new int[] { -gap - size.x, -size.y / 2 + d });
            offsets.add(new int[] { -size.x / 2, -gap - size.y - d });
            offsets.add(new int[] { -size.x / 2, gap + d });
        }
        return offsets;
    }

    private void corner(GC gc, String label, int x, int y, boolean right, List<Rectangle> taken) {
        Point size = gc.textExtent(label);
        int left = right ? x - size.x : x;
        gc.setForeground(lines);
        gc.drawText(label, left, y, true);
        taken.add(new Rectangle(left, y, size.x, size.y));
    }

    Color color(Quadrant quadrant) {
        if (quadrant == null) {
            return lowPriority;
        }
        return switch (quadrant) {
            case FIX_FIRST -> fixFirst;
            case KEEP_UP -> keepUp;
            case MAINTAIN -> maintain;
            case LOW_PRIORITY -> lowPriority;
        };
    }

    /** The dot within {@value #HIT} pixels of (x, y) nearest to it, or -1. */
    public int dotAt(int x, int y) {
        int best = -1;
        long bestDistance = (long) HIT * HIT + 1;
        for (int i = 0; i < dots.size(); i++) {
            long dx = dots.get(i).x - x;
            long dy = dots.get(i).y - y;
            long distance = dx * dx + dy * dy;
            if (distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        return best;
    }

    private void mouseDown(Event e) {
        canvas.setFocus();
        if (e.button != 1) {
            return;
        }
        int hit = dotAt(e.x, e.y);
        if (hit >= 0) {
            choose(hit);
        }
    }

    private void hover(int x, int y) {
        int hit = dotAt(x, y);
        String tip = hit < 0 ? null : tooltip(drivers.get(hit));
        if (!java.util.Objects.equals(tip, canvas.getToolTipText())) {
            canvas.setToolTipText(tip);
        }
    }

    /** The tooltip of a dot: name, quadrant, r, weight, VIF, performance and n. */
    String tooltip(Driver d) {
        return NLS.bind(Messages.Drivers_tooltip, new Object[] { d.pointName(),
                d.quadrant() == null ? "" : d.quadrant().label(), Figures.fixed(d.correlation(), 2), //$NON-NLS-1$
                Figures.fixed(d.importance(), 1), Figures.fixed(d.vif(), 2), Figures.fixed(d.performance(), 1),
                Long.toString(n) });
    }

    private void key(Event e) {
        if (drivers.isEmpty()) {
            return;
        }
        int next = switch (e.keyCode) {
            case SWT.ARROW_RIGHT, SWT.ARROW_DOWN -> selected < 0 ? 0 : Math.min(drivers.size() - 1, selected + 1);
            case SWT.ARROW_LEFT, SWT.ARROW_UP -> selected < 0 ? 0 : Math.max(0, selected - 1);
            case SWT.HOME -> 0;
            case SWT.END -> drivers.size() - 1;
            default -> -2;
        };
        if (next >= 0 && next != selected) {
            choose(next);
        }
    }

    private void choose(int index) {
        select(index);
        if (index >= 0) {
            Point p = dots.get(index);
            canvas.setToolTipText(tooltip(drivers.get(index)));
            canvas.getAccessible().setFocus(org.eclipse.swt.accessibility.ACC.CHILDID_SELF);
            if (p == null) {
                return;
            }
        }
        selectionListener.accept(index);
    }
}
