package org.cxworkbench.diagram.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import org.cxworkbench.diagram.MapGraphics;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.LineAttributes;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;

/**
 * {@link MapGraphics} over an SWT {@link GC}: what the map viewer paints with. Zoom and scrolling are a
 * {@link Transform} on the GC ({@link #translate}, {@link #scale}); antialiasing is on. Colours and fonts are
 * created once and kept in a {@link Resources} cache that outlives a single paint (the viewer owns one and disposes
 * it with itself); {@link #dispose()} releases only the transform this object created.
 * <p>
 * A {@link MapFont}'s size is in model pixels; the SWT font is sized in points for the device's resolution so that
 * one model pixel of text is one pixel at 100 %.
 */
public final class SwtMapGraphics implements MapGraphics {

    /** The colours and fonts a viewer's paints share; dispose with the viewer. */
    public static final class Resources {

        private final Device device;
        private final Map<Integer, Color> colors = new HashMap<>();
        private final Map<MapFont, Font> fonts = new HashMap<>();
        /** Measured texts: the painter fits every label to its box on every paint, and Pango is slow at it. */
        private final Map<TextKey, Extent> extents = new HashMap<>();
        private final String family;

        public Resources(Device device) {
            this.device = device;
            FontData[] system = device.getSystemFont().getFontData();
            this.family = system.length > 0 ? system[0].getName() : "Sans";
        }

        Color color(int rgb) {
            return colors.computeIfAbsent(rgb & 0xFFFFFF,
                    c -> new Color(device, (c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF));
        }

        Font font(MapFont font) {
            // sizes rounded to a tenth of a pixel keep the cache small
            MapFont key = new MapFont(Math.round(font.size() * 10) / 10.0, font.bold(), font.italic());
            return fonts.computeIfAbsent(key, k -> {
                int style = (k.bold() ? SWT.BOLD : 0) | (k.italic() ? SWT.ITALIC : 0);
                int dpi = Math.max(1, device.getDPI().y);
                double points = k.size() * 72.0 / dpi;
                FontData data;
                try {
                    // the serialized form keeps a fractional height, which the constructor cannot take
                    data = new FontData("1|" + family + "|" + (float) points + "|" + style + "|");
                } catch (IllegalArgumentException e) {
                    data = new FontData(family, Math.max(1, (int) Math.round(points)), style);
                }
                return new Font(device, data);
            });
        }

        Extent extent(GC gc, String text, MapFont font) {
            MapFont key = new MapFont(Math.round(font.size() * 10) / 10.0, font.bold(), font.italic());
            TextKey textKey = new TextKey(text, key);
            Extent known = extents.get(textKey);
            if (known != null) {
                return known;
            }
            if (extents.size() > 50_000) {
                extents.clear();
            }
            Font old = gc.getFont();
            gc.setFont(font(key));
            Point p = gc.textExtent(text, SWT.DRAW_TRANSPARENT);
            gc.setFont(old);
            Extent extent = new Extent(p.x, p.y);
            extents.put(textKey, extent);
            return extent;
        }

        /** Disposes every colour and font created so far. */
        public void dispose() {
            colors.values().forEach(Color::dispose);
            fonts.values().forEach(Font::dispose);
            colors.clear();
            fonts.clear();
            extents.clear();
        }
    }

    private record TextKey(String text, MapFont font) {
    }

    private record State(float[] transform, int foreground, int background, int alpha, double lineWidth,
            double[] dash, MapFont font) {
    }

    private final GC gc;
    private final Resources resources;
    private final Transform transform;
    private final Deque<State> stack = new ArrayDeque<>();
    /** The area being painted, in device pixels when this object was made: texts wholly outside are skipped. */
    private final Rectangle clip;
    private int foreground = 0x000000, background = 0xFFFFFF, alpha = 255;
    private double lineWidth = 1;
    private double[] dash;
    private MapFont font = MapFont.plain(12);

    /** Graphics on {@code gc} starting from its current transform (none: identity). */
    public SwtMapGraphics(GC gc, Resources resources) {
        this.gc = gc;
        this.resources = resources;
        this.transform = new Transform(gc.getDevice());
        gc.getTransform(transform);
        this.clip = transform.isIdentity() ? gc.getClipping() : null;
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setAdvanced(true);
        setForeground(foreground);
        setBackground(background);
        applyLine();
        gc.setFont(resources.font(font));
    }

    /** Releases the transform; the GC and the resources stay the caller's. */
    public void dispose() {
        transform.dispose();
    }

    @Override
    public void setForeground(int rgb) {
        foreground = rgb;
        gc.setForeground(resources.color(rgb));
    }

    @Override
    public void setBackground(int rgb) {
        background = rgb;
        gc.setBackground(resources.color(rgb));
    }

    @Override
    public void setAlpha(int alpha) {
        this.alpha = Math.max(0, Math.min(255, alpha));
        gc.setAlpha(this.alpha);
    }

    @Override
    public void setLineWidth(double width) {
        lineWidth = width;
        applyLine();
    }

    @Override
    public void setLineDash(double... dash) {
        this.dash = dash == null || dash.length == 0 ? null : dash.clone();
        applyLine();
    }

    private void applyLine() {
        float[] pattern = null;
        if (dash != null) {
            pattern = new float[dash.length];
            for (int i = 0; i < dash.length; i++) {
                pattern[i] = (float) Math.max(0.1, dash[i]);
            }
        }
        gc.setLineAttributes(new LineAttributes((float) lineWidth, SWT.CAP_FLAT, SWT.JOIN_MITER,
                pattern == null ? SWT.LINE_SOLID : SWT.LINE_CUSTOM, pattern, 0, 10));
    }

    @Override
    public void setFont(MapFont font) {
        this.font = font;
        gc.setFont(resources.font(font));
    }

    /** Whether the model rectangle can show in the painted area (always when the area is not known). */
    private boolean visible(double x, double y, double width, double height) {
        if (clip == null) {
            return true;
        }
        double pad = lineWidth + 2;
        float[] corners = { (float) (x - pad), (float) (y - pad), (float) (x + width + pad),
                (float) (y + height + pad) };
        transform.transform(corners);
        float left = Math.min(corners[0], corners[2]), right = Math.max(corners[0], corners[2]);
        float top = Math.min(corners[1], corners[3]), bottom = Math.max(corners[1], corners[3]);
        return !(right < clip.x || left > clip.x + clip.width || bottom < clip.y || top > clip.y + clip.height);
    }

    private boolean visible(double[] points) {
        if (clip == null || points.length < 2) {
            return true;
        }
        double minX = points[0], maxX = points[0], minY = points[1], maxY = points[1];
        for (int i = 2; i + 1 < points.length; i += 2) {
            minX = Math.min(minX, points[i]);
            maxX = Math.max(maxX, points[i]);
            minY = Math.min(minY, points[i + 1]);
            maxY = Math.max(maxY, points[i + 1]);
        }
        return visible(minX, minY, maxX - minX, maxY - minY);
    }

    private static int r(double v) {
        return (int) Math.round(v);
    }

    @Override
    public void fillRectangle(double x, double y, double width, double height) {
        if (!visible(x, y, width, height)) {
            return;
        }
        gc.fillRectangle(r(x), r(y), r(x + width) - r(x), r(y + height) - r(y));
    }

    @Override
    public void drawRectangle(double x, double y, double width, double height) {
        if (!visible(x, y, width, height)) {
            return;
        }
        gc.drawRectangle(r(x), r(y), r(x + width) - r(x), r(y + height) - r(y));
    }

    @Override
    public void fillRoundRectangle(double x, double y, double width, double height, double arc) {
        if (!visible(x, y, width, height)) {
            return;
        }
        gc.fillRoundRectangle(r(x), r(y), r(x + width) - r(x), r(y + height) - r(y), r(arc), r(arc));
    }

    @Override
    public void drawRoundRectangle(double x, double y, double width, double height, double arc) {
        if (!visible(x, y, width, height)) {
            return;
        }
        gc.drawRoundRectangle(r(x), r(y), r(x + width) - r(x), r(y + height) - r(y), r(arc), r(arc));
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        if (!visible(x, y, width, height)) {
            return;
        }
        gc.fillOval(r(x), r(y), r(x + width) - r(x), r(y + height) - r(y));
    }

    @Override
    public void drawOval(double x, double y, double width, double height) {
        if (!visible(x, y, width, height)) {
            return;
        }
        gc.drawOval(r(x), r(y), r(x + width) - r(x), r(y + height) - r(y));
    }

    @Override
    public void drawLine(double x1, double y1, double x2, double y2) {
        if (!visible(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1))) {
            return;
        }
        gc.drawLine(r(x1), r(y1), r(x2), r(y2));
    }

    private static int[] ints(double[] points) {
        int[] result = new int[points.length];
        for (int i = 0; i < points.length; i++) {
            result[i] = r(points[i]);
        }
        return result;
    }

    @Override
    public void drawPolyline(double... points) {
        if (!visible(points)) {
            return;
        }
        gc.drawPolyline(ints(points));
    }

    @Override
    public void fillPolygon(double... points) {
        if (!visible(points)) {
            return;
        }
        gc.fillPolygon(ints(points));
    }

    @Override
    public void drawPolygon(double... points) {
        if (!visible(points)) {
            return;
        }
        gc.drawPolygon(ints(points));
    }

    @Override
    public void drawText(String text, double x, double y) {
        if (clip != null) {
            Extent e = resources.extent(gc, text, font);
            if (!visible(x, y, e.width(), e.height())) {
                return;
            }
        }
        gc.drawText(text, r(x), r(y), SWT.DRAW_TRANSPARENT);
    }

    @Override
    public Extent textExtent(String text, MapFont font) {
        return resources.extent(gc, text, font);
    }

    @Override
    public void push() {
        float[] elements = new float[6];
        transform.getElements(elements);
        stack.push(new State(elements, foreground, background, alpha, lineWidth, dash, font));
    }

    @Override
    public void pop() {
        State s = stack.pop();
        transform.setElements(s.transform()[0], s.transform()[1], s.transform()[2], s.transform()[3],
                s.transform()[4], s.transform()[5]);
        gc.setTransform(transform);
        setForeground(s.foreground());
        setBackground(s.background());
        setAlpha(s.alpha());
        lineWidth = s.lineWidth();
        dash = s.dash();
        applyLine();
        setFont(s.font());
    }

    @Override
    public void translate(double dx, double dy) {
        transform.translate((float) dx, (float) dy);
        gc.setTransform(transform);
    }

    @Override
    public void scale(double factor) {
        transform.scale((float) factor, (float) factor);
        gc.setTransform(transform);
    }
}
