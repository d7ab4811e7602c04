package org.cxworkbench.diagram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cxworkbench.diagram.MapScene.LaneFigure;
import org.cxworkbench.diagram.MapScene.Rect;

/**
 * Scores drawn on the journey map: per touchpoint a fill colour by its distance from target, a tag with score, n
 * and interval and a change marker; per stage a point of the <b>experience curve</b>, painted in a band under the
 * lanes. Headless and keyed by element id ({@code getId()}), so that it can be filled from any score source (the
 * editor fills it from the services' {@code JourneyScores}) and painted by {@link MapPainter} into SWT, SVG and
 * PNG alike. Immutable.
 * <p>
 * <b>Position against target.</b> Every score is normalised as
 * {@code position = sign * (score - target) / range}, where {@code sign} is +1 when higher scores are better and
 * -1 when lower are (CES), and {@code range} is the width of the score's scale (200 for NPS's -100..100, 100 for
 * shares in percent, {@code max - min} of the answer scale for means). 0 is on target, positive is better than
 * target whatever the metric's direction, 0.1 is a tenth of the scale better.
 * <p>
 * <b>Colours.</b> A diverging blue–orange scale (light tints of ColorBrewer's PuOr orange and RdBu blue, both
 * legible under the common colour-vision deficiencies, and dark text stays readable on all of them): well below
 * target ({@code position < -0.10}) orange {@code #F1A340}, below ({@code -0.10..-0.02}) light orange
 * {@code #FEE0B6}, on target ({@code -0.02..0.02}) neutral {@code #F7F7F7}, above ({@code 0.02..0.10}) light blue
 * {@code #C6DBEF}, well above ({@code > 0.10}) blue {@code #6BAED6}. Too few answers: grey {@code #C8C8C8}; no
 * answers: hatched. The tag's numbers and the legend carry the same meaning without colour; changes are triangles
 * (▲ up, ▼ down), blue when better and vermilion when worse.
 */
public final class ScoreOverlay {

    /** Where a score lies against its target. */
    public enum Level {
        WELL_BELOW(0xF1A340), BELOW(0xFEE0B6), AT(0xF7F7F7), ABOVE(0xC6DBEF), WELL_ABOVE(0x6BAED6);

        private final int rgb;

        Level(int rgb) {
            this.rgb = rgb;
        }

        /** The fill colour, {@code 0xRRGGBB}. */
        public int rgb() {
            return rgb;
        }
    }

    /** Half the width of "on target", as a share of the scale. */
    public static final double AT_TARGET = 0.02;
    /** Beyond this share of the scale from target a score is well above or below. */
    public static final double WELL = 0.10;
    /** The fill of a touchpoint whose score rests on too few answers. */
    public static final int LOW_N = 0xC8C8C8;
    /** The fill of a touchpoint that has a score but no target. */
    public static final int NO_TARGET = 0xFFFFFF;
    /** Change markers: better (blue) and worse (vermilion), Okabe–Ito. */
    public static final int BETTER = 0x0072B2, WORSE = 0xD55E00;

    /** Height of the experience curve's band under the lanes, and its parts. */
    public static final double CURVE_GAP = 16, CURVE_HEIGHT = 210, LEGEND_ROW = 24, CURVE_TITLE_ROW = 22,
            CURVE_PLOT = 130, CURVE_LABEL_ROW = 20;

    /** Which way a score moved since the previous period. */
    public enum Change {
        NONE, UP, DOWN
    }

    /**
     * One touchpoint's score.
     *
     * @param symbol the metric's short symbol (NPS, CSAT…)
     * @param score the score as text
     * @param n the number of answers
     * @param interval the confidence interval as text ("24–40"), or {@code null}
     * @param position the normalised position against target (see the class), or {@code null} without a target
     * @param change the direction of the change since the previous period
     * @param significant whether that change is significant at the options' level
     * @param better whether the change is an improvement by the metric's direction
     * @param lowN whether the score rests on fewer answers than the minimum
     * @param tooltip the whole story in one text (metric name, target, previous score)
     */
    public record Mark(String symbol, String score, long n, String interval, Double position, Change change,
            boolean significant, boolean better, boolean lowN, String tooltip) {

        /** The level against target, or {@code null} without one. */
        public Level level() {
            return position == null ? null : ScoreOverlay.level(position);
        }

        /** The box's fill: grey for low n, white without a target, else the level's colour. */
        public int fill() {
            return lowN ? LOW_N : position == null ? NO_TARGET : level().rgb();
        }

        /** The tag's text: symbol, score, n and interval. */
        public String text() {
            return symbol + " " + score + " n=" + n + (interval == null ? "" : " [" + interval + "]");
        }
    }

    /**
     * One stage's point of the experience curve, positions normalised like {@link Mark#position()}.
     *
     * @param position the score's position against target
     * @param low the interval's lower end as a position ({@code NaN} without an interval)
     * @param high its upper end
     * @param lowN whether the score rests on too few answers (drawn hollow)
     * @param label the score as text, drawn beside the point
     */
    public record CurvePoint(double position, double low, double high, boolean lowN, String label) {
    }

    /**
     * Where the curve is drawn: the whole band, the legend's row, the plot, the vertical extent (positions from
     * {@code -extent} at the bottom of the plot to {@code +extent} at its top) and every stage's point, in lane
     * order ({@code null} for a lane without one).
     */
    public record CurveLayout(Rect band, Rect legend, Rect plot, double extent, List<LaneFigure> lanes,
            List<MapScene.Point> points) {

        /** The y of the target (position 0). */
        public double zeroY() {
            return plot.y() + plot.height() / 2;
        }

        /** The y of a position. */
        public double y(double position) {
            return zeroY() - position / extent * plot.height() / 2;
        }
    }

    private final String metricName;
    private final String metricSymbol;
    private final Map<String, Mark> touchpoints;
    private final Map<String, CurvePoint> stages;

    /**
     * @param metricName the metric of the curve, as its title says
     * @param metricSymbol its short symbol
     * @param touchpoints marks by touchpoint id; a touchpoint without one is drawn hatched with "no answers"
     * @param stages curve points by stage id
     */
    public ScoreOverlay(String metricName, String metricSymbol, Map<String, Mark> touchpoints,
            Map<String, CurvePoint> stages) {
        this.metricName = metricName == null ? "" : metricName;
        this.metricSymbol = metricSymbol == null ? "" : metricSymbol;
        this.touchpoints = Collections.unmodifiableMap(new LinkedHashMap<>(touchpoints));
        this.stages = Collections.unmodifiableMap(new LinkedHashMap<>(stages));
    }

    public String metricName() {
        return metricName;
    }

    public String metricSymbol() {
        return metricSymbol;
    }

    public Map<String, Mark> touchpoints() {
        return touchpoints;
    }

    public Map<String, CurvePoint> stages() {
        return stages;
    }

    /** A touchpoint's mark, or {@code null}. */
    public Mark touchpoint(String id) {
        return id == null ? null : touchpoints.get(id);
    }

    /** A stage's curve point, or {@code null}. */
    public CurvePoint stage(String id) {
        return id == null ? null : stages.get(id);
    }

    /**
     * The normalised position of a value against a target (see the class).
     *
     * @param range the width of the score's scale, above 0
     */
    public static double position(double value, double target, double range, boolean higherIsBetter) {
        if (!(range > 0)) {
            throw new IllegalArgumentException("the scale's range must be above 0: " + range);
        }
        return (higherIsBetter ? 1 : -1) * (value - target) / range;
    }

    /** The level of a normalised position. */
    public static Level level(double position) {
        if (position < -WELL) {
            return Level.WELL_BELOW;
        }
        if (position < -AT_TARGET) {
            return Level.BELOW;
        }
        if (position <= AT_TARGET) {
            return Level.AT;
        }
        return position <= WELL ? Level.ABOVE : Level.WELL_ABOVE;
    }

    /**
     * Where the curve goes in a scene: a band {@link #CURVE_GAP} under the lanes, as wide as the lanes (at least the
     * title band), with the legend's row, a title row, the plot and a row of stage names centred on their lanes. The
     * vertical extent is the largest distance from target among points and interval ends, at least {@link #WELL},
     * rounded up to a multiple of 0.05.
     */
    public CurveLayout layout(MapScene scene) {
        double left = scene.titleBand().x(), right = scene.titleBand().right(), bottom = 0;
        for (LaneFigure lane : scene.lanes()) {
            right = Math.max(right, lane.bounds().right());
            bottom = Math.max(bottom, lane.bounds().bottom());
        }
        for (MapScene.NodeFigure node : scene.nodes()) {
            bottom = Math.max(bottom, node.bounds().bottom());
        }
        Rect band = new Rect(left, bottom + CURVE_GAP, right - left, CURVE_HEIGHT);
        Rect legend = new Rect(left, band.y() + 4, band.width(), LEGEND_ROW);
        Rect plot = new Rect(left, legend.bottom() + CURVE_TITLE_ROW + 6, band.width(), CURVE_PLOT);
        double largest = WELL;
        for (LaneFigure lane : scene.lanes()) {
            CurvePoint p = lane.stage() == null ? null : stage(lane.stage().getId());
            if (p != null) {
                largest = Math.max(largest, Math.abs(p.position()));
                if (!Double.isNaN(p.low())) {
                    largest = Math.max(largest, Math.max(Math.abs(p.low()), Math.abs(p.high())));
                }
            }
        }
        double extent = Math.ceil(largest / 0.05 - 1e-9) * 0.05;
        List<LaneFigure> lanes = new ArrayList<>(scene.lanes());
        List<MapScene.Point> points = new ArrayList<>();
        CurveLayout layout = new CurveLayout(band, legend, plot, extent, Collections.unmodifiableList(lanes),
                Collections.unmodifiableList(points));
        for (LaneFigure lane : lanes) {
            CurvePoint p = lane.stage() == null ? null : stage(lane.stage().getId());
            points.add(p == null ? null : new MapScene.Point(lane.bounds().centerX(), layout.y(p.position())));
        }
        return layout;
    }
}
