package org.cxworkbench.ui.drivers.internal;

import org.eclipse.osgi.util.NLS;

/** The Key Drivers and Accounts views' words in English, Finnish and Swedish. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.cxworkbench.ui.drivers.internal.messages"; //$NON-NLS-1$

    public static String View_nothingSelected;
    public static String View_journeyUnreadable;
    public static String View_allAnswers;
    public static String View_scopeSegment;
    public static String View_noStore;
    public static String View_failed;
    public static String View_emptyStore;
    public static String View_refresh;
    public static String Drivers_outcome;
    public static String Drivers_chartName;
    public static String Drivers_chartEmpty;
    public static String Drivers_axisImportance;
    public static String Drivers_axisPerformance;
    public static String Drivers_tooltip;
    public static String Drivers_colDriver;
    public static String Drivers_colTouchpoint;
    public static String Drivers_colQuadrant;
    public static String Drivers_colWeight;
    public static String Drivers_colRawWeight;
    public static String Drivers_colR;
    public static String Drivers_colVif;
    public static String Drivers_colPerformance;
    public static String Drivers_colScore;
    public static String Drivers_colN;
    public static String Drivers_noOutcome;
    public static String Drivers_computing;
    public static String Drivers_job;
    public static String Drivers_header;
    public static String Accounts_point;
    public static String Accounts_filter;
    public static String Accounts_colRank;
    public static String Accounts_colAccount;
    public static String Accounts_colChurn;
    public static String Accounts_colDetractors;
    public static String Accounts_colUnweighted;
    public static String Accounts_colWeighted;
    public static String Accounts_colPersons;
    public static String Accounts_colGroups;
    public static String Accounts_noPoint;
    public static String Accounts_computing;
    public static String Accounts_job;
    public static String Accounts_none;
    public static String Accounts_header;
    public static String Account_title;
    public static String Account_summary;
    public static String Account_colGroup;
    public static String Account_colAnswered;
    public static String Account_colContacts;
    public static String Account_colMean;
    public static String Account_noGroup;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
