package org.cxworkbench.services.followups;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.cxworkbench.services.followups.messages";

    public static String FollowUps_schemaTooOld;
    public static String FollowUps_noSuchScope;
    public static String FollowUps_notFound;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
