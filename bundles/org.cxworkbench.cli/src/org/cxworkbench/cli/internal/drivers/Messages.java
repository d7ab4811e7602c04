package org.cxworkbench.cli.internal.drivers;

import org.eclipse.osgi.util.NLS;

/** The texts of {@code cxw drivers}, {@code cxw accounts} and {@code cxw generate --driver-weights}; fi and sv beside. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.cxworkbench.cli.internal.drivers.messages"; //$NON-NLS-1$

    public static String Drivers_summary;
    public static String Drivers_help;
    public static String Drivers_summaryLine;
    public static String Accounts_summary;
    public static String Accounts_help;
    public static String Accounts_noGroup;
    public static String Accounts_none;
    public static String Accounts_noRollUpPoint;
    public static String Generate_driverHelp;
    public static String Generate_badDrivers;
    public static String Generate_outcomeWithoutDrivers;
    public static String Segments_summary;
    public static String Segments_help;
    public static String Segments_badRange;
    public static String Segments_noPoint;
    public static String Segments_none;
    public static String Segments_levelLine;
    public static String Segments_yes;
    public static String Segments_no;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
