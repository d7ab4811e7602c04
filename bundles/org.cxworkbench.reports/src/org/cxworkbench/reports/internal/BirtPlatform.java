package org.cxworkbench.reports.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

import org.eclipse.birt.core.exception.BirtException;
import org.eclipse.birt.core.framework.Platform;
import org.eclipse.birt.core.framework.PlatformConfig;
import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

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
            ensureInstanceLocation();
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

    /**
     * BIRT's chart engine asks for its plug-in state location when it starts, which needs an instance location
     * ({@code -data}). {@code cxw} runs without one ({@code -data @noDefault}); without this the chart item fails to
     * load and charts are silently left out of the reports. So when no instance location is set, one is set to a
     * folder of this user under the temporary directory. The workbench has its workspace and is left alone.
     */
    private static void ensureInstanceLocation() {
        Bundle bundle = FrameworkUtil.getBundle(BirtPlatform.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            return;
        }
        try {
            Collection<ServiceReference<Location>> references = context.getServiceReferences(Location.class,
                    Location.INSTANCE_FILTER);
            for (ServiceReference<Location> reference : references) {
                Location location = context.getService(reference);
                try {
                    if (location != null && !location.isSet() && !location.isReadOnly()) {
                        Path folder = Path.of(System.getProperty("java.io.tmpdir"),
                                "cxworkbench-" + System.getProperty("user.name"), "report-engine");
                        Files.createDirectories(folder);
                        location.set(folder.toUri().toURL(), false);
                    }
                } finally {
                    context.ungetService(reference);
                }
            }
        } catch (InvalidSyntaxException | IOException | IllegalStateException e) {
            // left as it is: the chart item then fails to load, and BIRT logs why
        }
    }
}
