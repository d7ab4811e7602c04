package org.cxworkbench.diagram;

/**
 * The one small graphics interface the journey map paints through. {@link MapPainter} draws in model coordinates
 * (the notation's pixels: x to the right, y down); zoom and scrolling are the caller's business, set up as a
 * transform before painting. Two implementations exist: the SVG writer {@link SvgGraphics} (headless, also the
 * way to PNG) and the SWT editor's one over a {@code GC}.
 * <p>
 * State (colours, alpha, line width and dash, font) stays set until changed; {@link #push()} saves it together
 * with the transform and {@link #pop()} restores both. Colours are {@code 0xRRGGBB} ints. Coordinates are
 * doubles; an implementation over integer coordinates rounds them.
 */
public interface MapGraphics {

    /**
     * A font: size in model pixels (the height of the em box), bold and italic. The family is the
     * implementation's sans-serif face; the same text measures about the same everywhere.
     */
    record MapFont(double size, boolean bold, boolean italic) {

        public static MapFont plain(double size) {
            return new MapFont(size, false, false);
        }

        public static MapFont bold(double size) {
            return new MapFont(size, true, false);
        }

        public static MapFont italic(double size) {
            return new MapFont(size, false, true);
        }
    }

    /**
     * How much room a text takes in a font: its advance width, and the height of its line (ascent plus descent,
     * what {@link MapGraphics#drawText} advances from the top-left corner).
     */
    record Extent(double width, double height) {
    }

    /** The colour of lines, outlines and text. */
    void setForeground(int rgb);

    /** The colour fills use. */
    void setBackground(int rgb);

    /** Opacity of everything drawn from now on: 0 transparent to 255 opaque. */
    void setAlpha(int alpha);

    /** Width of lines and outlines, in model pixels. */
    void setLineWidth(double width);

    /**
     * The dash pattern of lines and outlines: lengths of dash, gap, dash, ... in model pixels; {@code null} or
     * empty for solid lines.
     */
    void setLineDash(double... dash);

    /** The font {@link #drawText} uses. */
    void setFont(MapFont font);

    void fillRectangle(double x, double y, double width, double height);

    void drawRectangle(double x, double y, double width, double height);

    /** A rectangle with corners rounded by {@code arc} (the diameter of the corner circle). */
    void fillRoundRectangle(double x, double y, double width, double height, double arc);

    void drawRoundRectangle(double x, double y, double width, double height, double arc);

    /** The ellipse inside the rectangle. */
    void fillOval(double x, double y, double width, double height);

    void drawOval(double x, double y, double width, double height);

    void drawLine(double x1, double y1, double x2, double y2);

    /** An open line through {@code points}: x0, y0, x1, y1, ... */
    void drawPolyline(double... points);

    /** A closed polygon through {@code points} (x0, y0, x1, y1, ...), filled with the background colour. */
    void fillPolygon(double... points);

    void drawPolygon(double... points);

    /**
     * Draws one line of text with its top-left corner at (x, y), in the foreground colour and current font,
     * without background.
     */
    void drawText(String text, double x, double y);

    /**
     * Gives the rectangle a tooltip: the whole text of something drawn shortened or left out. Only where the
     * output can carry one (an SVG {@code <title>}); nothing is drawn.
     */
    default void drawTooltip(String text, double x, double y, double width, double height) {
    }

    /** The room {@code text} takes in {@code font}, for fitting labels; does not change the current font. */
    Extent textExtent(String text, MapFont font);

    /** Saves the transform and the drawing state. */
    void push();

    /** Restores what the matching {@link #push()} saved. */
    void pop();

    /** Moves the origin by (dx, dy), in current coordinates. */
    void translate(double dx, double dy);

    /** Scales current coordinates by {@code factor}. */
    void scale(double factor);
}
