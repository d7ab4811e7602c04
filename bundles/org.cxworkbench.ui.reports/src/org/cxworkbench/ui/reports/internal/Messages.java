package org.cxworkbench.ui.reports.internal;

import org.eclipse.osgi.util.NLS;

/** The reports UI's texts; translations sit beside messages.properties (fi, sv). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.cxworkbench.ui.reports.internal.messages"; //$NON-NLS-1$

    public static String Run_job;
    public static String Run_done;
    public static String Run_noFolder;
    public static String Run_noJourney;
    public static String Run_noResults;
    public static String Run_noStore;
    public static String Run_noPassword;
    public static String Run_storeFailed;
    public static String Run_failed;
    public static String Run_refreshFailed;
    public static String Open_browserFailed;
    public static String Open_noViewerTitle;
    public static String Open_noViewer;
    public static String Dialog_shell;
    public static String Dialog_title;
    public static String Dialog_message;
    public static String Dialog_report;
    public static String Dialog_journey;
    public static String Dialog_from;
    public static String Dialog_to;
    public static String Dialog_dateHint;
    public static String Dialog_segment;
    public static String Dialog_allSegments;
    public static String Dialog_touchpoint;
    public static String Dialog_metric;
    public static String Dialog_by;
    public static String Dialog_bySegment;
    public static String Dialog_byChannel;
    public static String Dialog_period;
    public static String Dialog_periodMonth;
    public static String Dialog_periodQuarter;
    public static String Dialog_format;
    public static String Dialog_language;
    public static String Dialog_languageEn;
    public static String Dialog_languageFi;
    public static String Dialog_languageSv;
    public static String Dialog_output;
    public static String Dialog_outputHint;
    public static String Dialog_browse;
    public static String Dialog_run;
    public static String Dialog_writesTo;
    public static String Dialog_noJourneys;
    public static String Dialog_journeyUnreadable;
    public static String Dialog_badDate;
    public static String Dialog_badRange;
    public static String Dialog_needTouchpoint;
    public static String Dialog_unknownTouchpoint;
    public static String Dialog_needMetric;
    public static String Dialog_outcome;
    public static String Dialog_needOutcome;
    public static String Dialog_unknownOutcome;
    public static String Report_drivers;
    public static String Dialog_badOutput;
    public static String Dialog_outputNotAbsolute;
    public static String Dialog_noFolder;
    public static String Dialog_outputIsFolder;
    public static String Report_scorecard;
    public static String Report_touchpoint;
    public static String Report_trend;
    public static String Report_segments;
    public static String Report_comments;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
