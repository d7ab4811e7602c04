package org.cxworkbench.ui.emf.internal;

import org.eclipse.osgi.util.NLS;

/** The glue's texts: command and action labels; translations beside messages.properties (fi, sv). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.cxworkbench.ui.emf.internal.messages"; //$NON-NLS-1$

    public static String Command_set;
    public static String Action_undo;
    public static String Action_undoLabelled;
    public static String Action_redo;
    public static String Action_redoLabelled;
    public static String Action_delete;
    public static String Value_invalid;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
