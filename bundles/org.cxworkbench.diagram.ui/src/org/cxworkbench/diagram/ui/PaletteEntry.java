package org.cxworkbench.diagram.ui;

import org.cxworkbench.model.journey.Channel;

/**
 * One entry of the {@link MapPalette}: a tool of the {@link MapViewer}.
 *
 * @param kind what the tool does
 * @param label the text shown (the metric's or channel's name)
 * @param channel for {@link Kind#TOUCHPOINT}: the channel of the touchpoints it creates, or {@code null} for none
 * @param metricId for {@link Kind#METRIC}: the id of the metric whose measurement points it attaches
 */
public record PaletteEntry(Kind kind, String label, Channel channel, String metricId) {

    /** The tools. */
    public enum Kind {
        /** Select, move, resize, connect from handles, direct edit. */
        SELECT,
        /** Drag a rectangle to select what lies inside. */
        MARQUEE,
        /** Click to add a stage (lane) there. */
        STAGE,
        /** Click in a lane to add a touchpoint there. */
        TOUCHPOINT,
        /** Drag from one touchpoint to another to connect them with a path. */
        PATH,
        /** Drop on a touchpoint, a lane header or the empty map to attach a measurement point. */
        METRIC
    }

    public static PaletteEntry of(Kind kind, String label) {
        return new PaletteEntry(kind, label, null, null);
    }
}
