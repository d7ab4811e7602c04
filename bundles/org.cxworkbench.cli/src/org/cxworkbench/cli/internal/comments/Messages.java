package org.cxworkbench.cli.internal.comments;

import org.eclipse.osgi.util.NLS;

/** The texts of {@code cxw comments}; translations beside messages.properties (fi, sv). */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.cxworkbench.cli.internal.comments.messages"; //$NON-NLS-1$

    public static String Comments_summary;
    public static String Comments_help;
    public static String Comments_unknownOption;
    public static String Comments_missingValue;
    public static String Comments_repeatedOption;
    public static String Comments_missingOption;
    public static String Comments_badBy;
    public static String Comments_badTop;
    public static String Comments_badDate;
    public static String Comments_noDatabase;
    public static String Comments_databaseFailed;
    public static String Comments_none;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
