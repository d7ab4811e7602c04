package org.cxworkbench.cli.internal.demo;

import org.eclipse.osgi.util.NLS;

/** The texts of {@code cxw demo}; translations beside messages.properties (fi, sv). */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.cxworkbench.cli.internal.demo.messages"; //$NON-NLS-1$

    public static String Demo_summary;
    public static String Demo_help;
    public static String Demo_missingValue;
    public static String Demo_unknownOption;
    public static String Demo_oneFolder;
    public static String Demo_badNumber;
    public static String Demo_badLanguage;
    public static String Demo_notAFolder;
    public static String Demo_foreignFolder;
    public static String Demo_databaseFailed;
    public static String Demo_ioFailed;
    public static String Demo_reportFailed;
    public static String Demo_generated;
    public static String Demo_imported;
    public static String Demo_importedBefore;
    public static String Demo_scoresTitle;
    public static String Demo_lowN;
    public static String Demo_reported;
    public static String Demo_done;
    public static String Demo_next;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
