package org.cxworkbench.cli.internal;

import org.eclipse.osgi.util.NLS;

/** The command line's texts; translations sit beside messages.properties (fi, sv). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.cxworkbench.cli.internal.messages"; //$NON-NLS-1$

    public static String Cxw_usage;
    public static String Cxw_about;
    public static String Cxw_commands;
    public static String Cxw_helpSummary;
    public static String Cxw_globalOptions;
    public static String Cxw_options;
    public static String Cxw_exitCodes;
    public static String Cxw_javaRuntime;
    public static String Cxw_unknownCommand;
    public static String Cxw_unknownOption;
    public static String Cxw_internalError;
    public static String Validate_summary;
    public static String Validate_help;
    public static String Validate_noFile;
    public static String Validate_oneFile;
    public static String Validate_formatMissing;
    public static String Validate_unknownFormat;
    public static String Validate_unknownOption;
    public static String Validate_migrated;
    public static String Validate_result;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
