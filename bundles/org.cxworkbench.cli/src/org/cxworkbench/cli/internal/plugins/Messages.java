package org.cxworkbench.cli.internal.plugins;

import org.eclipse.osgi.util.NLS;

/** The texts of {@code cxw plugins}; translations beside messages.properties (fi, sv). */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.cxworkbench.cli.internal.plugins.messages"; //$NON-NLS-1$

    public static String Plugins_summary;
    public static String Plugins_help;
    public static String Plugins_noAction;
    public static String Plugins_unknownAction;
    public static String Plugins_unknownOption;
    public static String Plugins_missingValue;
    public static String Plugins_unknownFormat;
    public static String Plugins_noFeature;
    public static String Plugins_noRepository;
    public static String Plugins_repositoryMissing;
    public static String Plugins_noProduct;
    public static String Plugins_noProfile;
    public static String Plugins_noP2;
    public static String Plugins_readOnly;
    public static String Plugins_cannotRead;
    public static String Plugins_notInRepository;
    public static String Plugins_cannotResolve;
    public static String Plugins_failed;
    public static String Plugins_unsigned;
    public static String Plugins_cancelled;
    public static String Plugins_installed;
    public static String Plugins_uninstalled;
    public static String Plugins_updated;
    public static String Plugins_nothingToUpdate;
    public static String Plugins_notInstalled;
    public static String Plugins_shipped;
    public static String Plugins_userArea;
    public static String Plugins_listHeader;
    public static String Plugins_none;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
