package org.cxworkbench.reports.internal;

import org.eclipse.birt.core.exception.BirtException;
import org.eclipse.birt.core.framework.Platform;
import org.eclipse.birt.core.framework.PlatformConfig;

/**
 * Counts the users of BIRT's platform. {@link Platform} is one static state per JVM, so two renderers (say the CLI's
 * and a view's) must not shut it down under each other: the first user starts it, the last one shuts it down.
 */
public final class BirtPlatform {

    private static int users;

    private BirtPlatform() {
    }

    /** Starts the platform unless another user already has. Pair every successful call with {@link #release()}. */
    public static synchronized void acquire(PlatformConfig config) throws BirtException {
        if (users == 0) {
            Platform.startup(config);
        }
        users++;
    }

    /** Shuts the platform down when the last user releases it. */
    public static synchronized void release() {
        if (users == 0) {
            throw new IllegalStateException("The BIRT platform was released more often than acquired");
        }
        users--;
        if (users == 0) {
            Platform.shutdown();
        }
    }
}
