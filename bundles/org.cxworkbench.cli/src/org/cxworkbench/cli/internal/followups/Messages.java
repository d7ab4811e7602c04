package org.cxworkbench.cli.internal.followups;

import org.eclipse.osgi.util.NLS;

/** The words of {@code cxw followups} in English, Finnish and Swedish. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.cxworkbench.cli.internal.followups.messages";

    public static String FollowUps_summary;
    public static String FollowUps_help;
    public static String FollowUps_unknownOption;
    public static String FollowUps_missingValue;
    public static String FollowUps_repeatedOption;
    public static String FollowUps_extraArgument;
    public static String FollowUps_noAction;
    public static String FollowUps_unknownAction;
    public static String FollowUps_noId;
    public static String FollowUps_badId;
    public static String FollowUps_badVersion;
    public static String FollowUps_badDate;
    public static String FollowUps_badState;
    public static String FollowUps_noState;
    public static String FollowUps_noNote;
    public static String FollowUps_noOwner;
    public static String FollowUps_notForAction;
    public static String FollowUps_touchpointNeedsJourney;
    public static String FollowUps_databaseFailed;
    public static String FollowUps_none;
    public static String FollowUps_changed;
    public static String FollowUps_unchanged;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
