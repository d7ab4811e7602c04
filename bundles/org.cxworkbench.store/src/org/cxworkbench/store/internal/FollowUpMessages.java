package org.cxworkbench.store.internal;

import org.eclipse.osgi.util.NLS;

/** The follow-ups' messages in English, Finnish and Swedish ({@code followups*.properties}). */
public final class FollowUpMessages extends NLS {

    private static final String BUNDLE_NAME = "org.cxworkbench.store.internal.followups";

    public static String FollowUp_conflict;
    public static String FollowUp_unknownUser;
    public static String FollowUp_notFound;
    public static String FollowUp_noteEmpty;
    public static String FollowUp_noteTooLong;
    public static String FollowUp_ownerTooLong;

    static {
        NLS.initializeMessages(BUNDLE_NAME, FollowUpMessages.class);
    }

    private FollowUpMessages() {
    }
}
