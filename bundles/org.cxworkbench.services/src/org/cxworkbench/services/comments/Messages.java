package org.cxworkbench.services.comments;

import org.eclipse.osgi.util.NLS;

/** The comment analysis's words, in English, Finnish and Swedish ({@code messages*.properties}). */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.cxworkbench.services.comments.messages";

    public static String Comments_unknownTouchpoint;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
