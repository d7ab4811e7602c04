package org.cxworkbench.services.drivers.internal;

import org.eclipse.osgi.util.NLS;

/** The key-driver and account analyses' texts for people, in English, Finnish and Swedish. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.cxworkbench.services.drivers.internal.messages";

    public static String Quadrant_fixFirst;
    public static String Quadrant_keepUp;
    public static String Quadrant_maintain;
    public static String Quadrant_lowPriority;
    public static String Warning_thin;
    public static String Warning_tooFew;
    public static String Warning_collinear;
    public static String Warning_singular;
    public static String Warning_noSpread;
    public static String Warning_leftOut;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
