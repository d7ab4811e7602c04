package org.cxworkbench.help.internal;

import org.eclipse.osgi.util.NLS;

/** The User Guide view's texts; translations sit beside messages.properties (fi, sv). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.cxworkbench.help.internal.messages"; //$NON-NLS-1$

    public static String Guide_cannotOpen;
    public static String Guide_pageMissing;
    public static String Guide_noBrowser;
    public static String Guide_home;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
