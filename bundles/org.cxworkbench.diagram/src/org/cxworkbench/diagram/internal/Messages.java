package org.cxworkbench.diagram.internal;

import org.eclipse.osgi.util.NLS;

/** The texts the journey map shows and its commands' labels, in English, Finnish and Swedish. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.cxworkbench.diagram.internal.messages";

    public static String Map_noStage;
    public static String Map_unnamed;
    public static String Legend_digital;
    public static String Legend_physical;
    public static String Legend_human;
    public static String Legend_social;
    public static String Legend_indirect;
    public static String Legend_momentOfTruth;
    public static String Legend_backward;
    public static String Command_arrangeAll;
    public static String Command_createNotation;
    public static String Command_move;
    public static String Command_resize;
    public static String Command_bendpoints;
    public static String Export_cannotWrite;
    public static String Export_png;
    public static String Export_progress;
    public static String Overlay_wellBelow;
    public static String Overlay_below;
    public static String Overlay_at;
    public static String Overlay_above;
    public static String Overlay_wellAbove;
    public static String Overlay_lowN;
    public static String Overlay_noAnswers;
    public static String Overlay_better;
    public static String Overlay_worse;
    public static String Overlay_curveTitle;
    public static String Overlay_target;
    public static String Overlay_allMetrics;
    public static String Overlay_noTarget;
    public static String Overlay_tooltip;
    public static String Overlay_significant;
    public static String Overlay_notSignificant;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
