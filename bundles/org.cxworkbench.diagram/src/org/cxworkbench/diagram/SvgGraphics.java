package org.cxworkbench.diagram;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import org.cxworkbench.diagram.MapScene.Rect;

/**
 * A {@link MapGraphics} that writes plain SVG 1.1: one element per call, text escaped, transforms as nested
 * {@code <g>} elements, and a {@code viewBox} of the caller's choosing ({@link #toSvg(Rect, double)}).
 * <p>
 * <b>Text measuring</b> uses {@code java.awt.Font} metrics of the logical font {@code SansSerif} (headless AWT:
 * no display needed), antialiased with fractional metrics; the SVG names that font's family first (on Linux
 * usually DejaVu Sans) followed by generic fallbacks. A viewer with another font shows labels slightly narrower or
 * wider than measured; labels were fitted with some room to spare. Batik (the PNG export) renders through the
 * same AWT fonts, so PNGs match the measuring exactly.
 * <p>
 * Not thread-safe; one instance per picture.
 */
public final class SvgGraphics implements MapGraphics {

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final Map<MapFont, Font> FONTS = new java.util.concurrent.ConcurrentHashMap<>();
    private static volatile String family;

    private record State(int foreground, int background, int alpha, double lineWidth, double[] dash, MapFont font,
            int openGroups) {
    }

    private final StringBuilder out = new StringBuilder(1 << 16);
    private final Deque<State> stack = new ArrayDeque<>();
    private final Map<MapFont, Double> ascents = new HashMap<>();
    private int foreground = 0x000000;
    private int background = 0xFFFFFF;
    private int alpha = 255;
    private double lineWidth = 1;
    private double[] dash;
    private MapFont font = MapFont.plain(12);
    private int openGroups;

    @Override
    public void setForeground(int rgb) {
        foreground = rgb & 0xFFFFFF;
    }

    @Override
    public void setBackground(int rgb) {
        background = rgb & 0xFFFFFF;
    }

    @Override
    public void setAlpha(int alpha) {
        this.alpha = Math.max(0, Math.min(255, alpha));
    }

    @Override
    public void setLineWidth(double width) {
        lineWidth = width;
    }

    @Override
    public void setLineDash(double... dash) {
        this.dash = dash == null || dash.length == 0 ? null : dash.clone();
    }

    @Override
    public void setFont(MapFont font) {
        this.font = font;
    }

    @Override
    public void fillRectangle(double x, double y, double width, double height) {
        out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"")
                .append(n(width)).append("\" height=\"").append(n(height)).append('"');
        fill();
        out.append("/>\n");
    }

    @Override
    public void drawRectangle(double x, double y, double width, double height) {
        out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"")
                .append(n(width)).append("\" height=\"").append(n(height)).append('"');
        stroke();
        out.append("/>\n");
    }

    @Override
    public void fillRoundRectangle(double x, double y, double width, double height, double arc) {
        roundRect(x, y, width, height, arc);
        fill();
        out.append("/>\n");
    }

    @Override
    public void drawRoundRectangle(double x, double y, double width, double height, double arc) {
        roundRect(x, y, width, height, arc);
        stroke();
        out.append("/>\n");
    }

    private void roundRect(double x, double y, double width, double height, double arc) {
        double r = Math.min(arc / 2, Math.min(width, height) / 2);
        out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"")
                .append(n(width)).append("\" height=\"").append(n(height)).append("\" rx=\"").append(n(r))
                .append('"');
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        ellipse(x, y, width, height);
        fill();
        out.append("/>\n");
    }

    @Override
    public void drawOval(double x, double y, double width, double height) {
        ellipse(x, y, width, height);
        stroke();
        out.append("/>\n");
    }

    private void ellipse(double x, double y, double width, double height) {
        out.append("<ellipse cx=\"").append(n(x + width / 2)).append("\" cy=\"").append(n(y + height / 2))
                .append("\" rx=\"").append(n(width / 2)).append("\" ry=\"").append(n(height / 2)).append('"');
    }

    @Override
    public void drawLine(double x1, double y1, double x2, double y2) {
        out.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append('"');
        stroke();
        out.append("/>\n");
    }

    @Override
    public void drawPolyline(double... points) {
        out.append("<polyline");
        points(points);
        stroke();
        out.append("/>\n");
    }

    @Override
    public void fillPolygon(double... points) {
        out.append("<polygon");
        points(points);
        fill();
        out.append("/>\n");
    }

    @Override
    public void drawPolygon(double... points) {
        out.append("<polygon");
        points(points);
        stroke();
        out.append("/>\n");
    }

    private void points(double[] points) {
        out.append(" points=\"");
        for (int i = 0; i + 1 < points.length; i += 2) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(n(points[i])).append(',').append(n(points[i + 1]));
        }
        out.append('"');
    }

    @Override
    public void drawText(String text, double x, double y) {
        if (text == null || text.isEmpty()) {
            return;
        }
        double ascent = ascents.computeIfAbsent(font, f -> (double) lineMetrics(f).getAscent());
        out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y + ascent)).append("\" font-size=\"")
                .append(n(font.size())).append('"');
        if (font.bold()) {
            out.append(" font-weight=\"bold\"");
        }
        if (font.italic()) {
            out.append(" font-style=\"italic\"");
        }
        out.append(" fill=\"").append(color(foreground)).append('"');
        opacity("fill-opacity");
        out.append('>');
        escape(text);
        out.append("</text>\n");
    }

    @Override
    public void drawTooltip(String text, double x, double y, double width, double height) {
        if (text == null || text.isEmpty()) {
            return;
        }
        out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append("\" fill=\"#000000\" fill-opacity=\"0\"><title>");
        escape(text);
        out.append("</title></rect>\n");
    }

    @Override
    public Extent textExtent(String text, MapFont font) {
        Font awt = awtFont(font);
        LineMetrics metrics = lineMetrics(font);
        double width = text == null || text.isEmpty() ? 0 : awt.getStringBounds(text, FRC).getWidth();
        return new Extent(width, metrics.getAscent() + metrics.getDescent());
    }

    @Override
    public void push() {
        stack.push(new State(foreground, background, alpha, lineWidth, dash, font, openGroups));
        openGroups = 0;
    }

    @Override
    public void pop() {
        if (stack.isEmpty()) {
            throw new IllegalStateException("pop() without push()");
        }
        for (; openGroups > 0; openGroups--) {
            out.append("</g>\n");
        }
        State state = stack.pop();
        foreground = state.foreground();
        background = state.background();
        alpha = state.alpha();
        lineWidth = state.lineWidth();
        dash = state.dash();
        font = state.font();
        openGroups = state.openGroups();
    }

    @Override
    public void translate(double dx, double dy) {
        out.append("<g transform=\"translate(").append(n(dx)).append(',').append(n(dy)).append(")\">\n");
        openGroups++;
    }

    @Override
    public void scale(double factor) {
        out.append("<g transform=\"scale(").append(n(factor)).append(")\">\n");
        openGroups++;
    }

    /**
     * The SVG document of everything drawn so far, showing {@code area} (model coordinates) with a margin, at
     * {@code scale} pixels per model pixel (the {@code width} and {@code height} attributes; the {@code viewBox}
     * stays in model coordinates).
     */
    public String toSvg(Rect area, double margin, double scale) {
        StringBuilder doc = new StringBuilder(out.length() + 512);
        double x = area.x() - margin, y = area.y() - margin;
        double w = area.width() + 2 * margin, h = area.height() + 2 * margin;
        doc.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        doc.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"")
                .append(n(Math.ceil(w * scale))).append("\" height=\"").append(n(Math.ceil(h * scale)))
                .append("\" viewBox=\"").append(n(x)).append(' ').append(n(y)).append(' ').append(n(w))
                .append(' ').append(n(h)).append("\" font-family=\"");
        escapeInto(doc, fontFamily() + ", DejaVu Sans, Verdana, Arial, Helvetica, sans-serif");
        doc.append("\" stroke-linejoin=\"round\">\n");
        doc.append(out);
        for (int i = 0; i < openGroups; i++) {
            doc.append("</g>\n");
        }
        doc.append("</svg>\n");
        return doc.toString();
    }

    // ---- attributes

    private void fill() {
        out.append(" fill=\"").append(color(background)).append("\" stroke=\"none\"");
        opacity("fill-opacity");
    }

    private void stroke() {
        out.append(" fill=\"none\" stroke=\"").append(color(foreground)).append("\" stroke-width=\"")
                .append(n(lineWidth)).append('"');
        if (dash != null) {
            out.append(" stroke-dasharray=\"");
            for (int i = 0; i < dash.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(n(dash[i]));
            }
            out.append('"');
        }
        opacity("stroke-opacity");
    }

    private void opacity(String attribute) {
        if (alpha < 255) {
            out.append(' ').append(attribute).append("=\"").append(n(Math.round(alpha / 2.55) / 100.0))
                    .append('"');
        }
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static String color(int rgb) {
        char[] c = new char[7];
        c[0] = '#';
        for (int i = 0; i < 6; i++) {
            c[6 - i] = HEX[(rgb >> (4 * i)) & 0xF];
        }
        return new String(c);
    }

    /** A coordinate with at most two decimals, no exponent, {@code .} as decimal point. */
    static String n(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "0";
        }
        long hundredths = Math.round(value * 100);
        if (hundredths % 100 == 0) {
            return Long.toString(hundredths / 100);
        }
        StringBuilder s = new StringBuilder();
        if (hundredths < 0) {
            s.append('-');
            hundredths = -hundredths;
        }
        s.append(hundredths / 100).append('.');
        long fraction = hundredths % 100;
        if (fraction < 10) {
            s.append('0').append(fraction);
        } else if (fraction % 10 == 0) {
            s.append(fraction / 10);
        } else {
            s.append(fraction);
        }
        return s.toString();
    }

    private void escape(String text) {
        escapeInto(out, text);
    }

    /** XML-escapes text; characters XML 1.0 cannot hold (control characters) become spaces. */
    private static void escapeInto(StringBuilder sb, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    if (c < 0x20 && c != '\t' || c == 0xFFFE || c == 0xFFFF) {
                        sb.append(' ');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
    }

    // ---- fonts

    private static Font awtFont(MapFont font) {
        return FONTS.computeIfAbsent(font, f -> new Font(Font.SANS_SERIF,
                (f.bold() ? Font.BOLD : 0) | (f.italic() ? Font.ITALIC : 0), 1).deriveFont((float) f.size()));
    }

    private static LineMetrics lineMetrics(MapFont font) {
        return awtFont(font).getLineMetrics("Ag", FRC);
    }

    /** The physical family AWT uses for {@code SansSerif} here, e.g. DejaVu Sans. */
    static String fontFamily() {
        String f = family;
        if (f == null) {
            String name = new Font(Font.SANS_SERIF, Font.PLAIN, 12).getFontName();
            // "DejaVu Sans" from "DejaVu Sans" or "DejaVuSans"; AWT reports the logical name when it maps fonts lazily
            f = name == null || name.isBlank() || name.toLowerCase(java.util.Locale.ROOT).startsWith("sansserif")
                    ? "DejaVu Sans" : name.replace(".plain", "").replace(" Regular", "");
            family = f;
        }
        return f;
    }
}
