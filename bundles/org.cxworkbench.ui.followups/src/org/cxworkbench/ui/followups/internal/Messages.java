package org.cxworkbench.ui.followups.internal;

import org.eclipse.osgi.util.NLS;

/** The Follow-ups view's words in English, Finnish and Swedish. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.cxworkbench.ui.followups.internal.messages";

    public static String FollowUps_nothingSelected;
    public static String FollowUps_loading;
    public static String FollowUps_header;
    public static String FollowUps_none;
    public static String FollowUps_noStore;
    public static String FollowUps_failed;
    public static String FollowUps_journeyUnreadable;
    public static String FollowUps_job;
    public static String FollowUps_saveJob;
    public static String FollowUps_saved;
    public static String FollowUps_saving;
    public static String FollowUps_selectOne;
    public static String FollowUps_badDate;
    public static String FollowUps_state;
    public static String FollowUps_allStates;
    public static String FollowUps_openStates;
    public static String FollowUps_owner;
    public static String FollowUps_overdue;
    public static String FollowUps_due;
    public static String FollowUps_note;
    public static String FollowUps_apply;
    public static String FollowUps_refresh;
    public static String FollowUps_colId;
    public static String FollowUps_colState;
    public static String FollowUps_colPriority;
    public static String FollowUps_colRule;
    public static String FollowUps_colTouchpoint;
    public static String FollowUps_colAnswer;
    public static String FollowUps_colComment;
    public static String FollowUps_colRespondent;
    public static String FollowUps_colAccount;
    public static String FollowUps_colOwner;
    public static String FollowUps_colDue;
    public static String FollowUps_colNote;
    public static String FollowUps_high;
    public static String FollowUps_normal;
    public static String State_new;
    public static String State_contacted;
    public static String State_resolved;
    public static String State_no_response;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
