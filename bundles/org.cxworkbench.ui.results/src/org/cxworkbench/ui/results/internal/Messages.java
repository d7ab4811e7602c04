package org.cxworkbench.ui.results.internal;

import org.eclipse.osgi.util.NLS;

/** The results views' texts; translations sit beside messages.properties (fi, sv). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.cxworkbench.ui.results.internal.messages"; //$NON-NLS-1$

    public static String Bar_month;
    public static String Bar_quarter;
    public static String Bar_custom;
    public static String Bar_period;
    public static String Bar_previous;
    public static String Bar_next;
    public static String Bar_from;
    public static String Bar_to;
    public static String Bar_segment;
    public static String Bar_allSegments;
    public static String Bar_loading;
    public static String Bar_range;

    public static String Scores_metric;
    public static String Scores_score;
    public static String Scores_n;
    public static String Scores_interval;
    public static String Scores_previous;
    public static String Scores_change;
    public static String Scores_significance;
    public static String Scores_target;
    public static String Scores_significant;
    public static String Scores_notSignificant;
    public static String Scores_met;
    public static String Scores_notMet;
    public static String Scores_lowN;
    public static String Scores_lowNTip;
    public static String Scores_none;
    public static String Scores_header;
    public static String Scores_computing;
    public static String Scores_job;
    public static String Scores_nothingSelected;
    public static String Scores_noPoints;
    public static String Scores_noStore;
    public static String Scores_emptyStore;
    public static String Scores_noAnswers;
    public static String Scores_failed;
    public static String Scores_journeyUnreadable;
    public static String Scores_copy;
    public static String Scores_export;
    public static String Scores_exportFailed;
    public static String Scores_exportTitle;
    public static String Store_password;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
