package org.cxworkbench.diagram.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The map viewer's texts, in English, Finnish and Swedish. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.cxworkbench.diagram.ui.internal.messages";

    public static String Palette_select;
    public static String Palette_marquee;
    public static String Palette_stage;
    public static String Palette_touchpoint;
    public static String Palette_touchpointIn;
    public static String Palette_path;
    public static String Palette_tools;
    public static String Palette_metrics;
    public static String Palette_metricTip;
    public static String New_stage;
    public static String New_touchpoint;
    public static String Command_paste;
    public static String Command_reconnect;
    public static String Command_attach;
    public static String Command_addStage;
    public static String Command_deleteSelection;
    public static String Dialog_title;
    public static String Dialog_message;
    public static String Dialog_question;
    public static String Dialog_scale;
    public static String Dialog_openScale;
    public static String Dialog_language_en;
    public static String Dialog_language_fi;
    public static String Dialog_language_sv;
    public static String Tip_channel;
    public static String Tip_noAnswers;
    public static String Tip_measurementPoint;
    public static String Tip_unnamed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
