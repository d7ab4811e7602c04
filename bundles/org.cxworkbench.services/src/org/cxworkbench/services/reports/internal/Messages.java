package org.cxworkbench.services.reports.internal;

import org.eclipse.osgi.util.NLS;

/** The report service's texts for people (progress), in English, Finnish and Swedish. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.cxworkbench.services.reports.internal.messages";

    public static String Report_task;
    public static String Report_preparing;
    public static String Report_rendering;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
