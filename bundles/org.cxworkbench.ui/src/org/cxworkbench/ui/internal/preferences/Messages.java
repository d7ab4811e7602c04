package org.cxworkbench.ui.internal.preferences;

import org.eclipse.osgi.util.NLS;

/** The preference page's texts; translations sit beside messages.properties (fi, sv). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.cxworkbench.ui.internal.preferences.messages"; //$NON-NLS-1$

    public static String Error_database;
    public static String Error_folderIsFile;
    public static String Error_host;
    public static String Error_level;
    public static String Error_lowN;
    public static String Error_password;
    public static String Error_port;
    public static String Error_save;
    public static String Page_description;
    public static String Reports_group;
    public static String Reports_language;
    public static String Reports_languageWorkbench;
    public static String Reports_month;
    public static String Reports_period;
    public static String Reports_quarter;
    public static String Scores_group;
    public static String Scores_level;
    public static String Scores_lowN;
    public static String Scores_method;
    public static String Scores_methodAdjustedWald;
    public static String Scores_methodDefault;
    public static String Store_browse;
    public static String Store_database;
    public static String Store_embedded;
    public static String Store_folder;
    public static String Store_folderDialog;
    public static String Store_folderHint;
    public static String Store_group;
    public static String Store_host;
    public static String Store_network;
    public static String Store_password;
    public static String Store_tls;
    public static String Store_passwordUnreadable;
    public static String Store_port;
    public static String Store_test;
    public static String Store_user;
    public static String Test_empty;
    public static String Test_failed;
    public static String Test_job;
    public static String Test_locked;
    public static String Test_needsCredentials;
    public static String Test_notFound;
    public static String Test_ok;
    public static String Test_refused;
    public static String Test_running;
    public static String Test_tooNew;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
