package org.cxworkbench.cli.internal.launch;

import org.eclipse.osgi.util.NLS;

/**
 * The texts of {@code cxw}'s own start-up ({@link CxwMain}, {@link LazyBundles}); fi and sv beside. {@link CxwMain} uses
 * them on the class path, before any bundle exists: {@code NLS} is then the framework copy's.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.cxworkbench.cli.internal.launch.messages"; //$NON-NLS-1$

    public static String Launch_frameworkFailed;
    public static String Launch_error;
    public static String Launch_seeLog;
    public static String Launch_cannotStart;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
