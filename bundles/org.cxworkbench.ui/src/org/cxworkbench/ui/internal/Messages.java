package org.cxworkbench.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The user interface's texts; translations sit beside messages.properties (fi, sv). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.cxworkbench.ui.internal.messages"; //$NON-NLS-1$

    public static String Application_noDisplay;
    public static String Application_workspaceInUseTitle;
    public static String Application_workspaceInUse;
    public static String Menu_file;
    public static String Menu_new;
    public static String Menu_edit;
    public static String Menu_window;
    public static String Menu_help;
    public static String Menu_showView;
    public static String Workspace_openFailedTitle;
    public static String Workspace_openFailed;
    public static String FirstStart_job;
    public static String Error_unexpected;
    public static String FirstStart_done;
    public static String FirstStart_failed;
    public static String FirstStart_leftOver;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
