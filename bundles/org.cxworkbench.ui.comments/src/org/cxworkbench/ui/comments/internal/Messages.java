package org.cxworkbench.ui.comments.internal;

import org.eclipse.osgi.util.NLS;

/** The Comments view's texts, in English, Finnish and Swedish ({@code messages*.properties}). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.cxworkbench.ui.comments.internal.messages"; //$NON-NLS-1$

    public static String Comments_touchpoint;
    public static String Comments_scoreGroup;
    public static String Comments_language;
    public static String Comments_text;
    public static String Comments_all;
    public static String Comments_allTouchpoints;
    public static String Comments_date;
    public static String Comments_segment;
    public static String Comments_score;
    public static String Comments_sentiment;
    public static String Comments_comment;
    public static String Comments_keywords;
    public static String Comments_noKeywords;
    public static String Comments_nothingSelected;
    public static String Comments_reading;
    public static String Comments_job;
    public static String Comments_shown;
    public static String Comments_noStore;
    public static String Comments_emptyStore;
    public static String Comments_failed;
    public static String Comments_journeyUnreadable;
    public static String Comments_detractor;
    public static String Comments_passive;
    public static String Comments_promoter;
    public static String Comments_low;
    public static String Comments_middle;
    public static String Comments_high;
    public static String Comments_unrated;
    public static String Comments_positive;
    public static String Comments_neutral;
    public static String Comments_negative;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
