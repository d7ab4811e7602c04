package org.cxworkbench.metrics.internal;

import org.cxworkbench.metrics.MetricRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * Starts the platform's metric registry with the bundle and offers it as an OSGi service ({@link MetricRegistry}),
 * so the workbench and the headless services can track it like any other service. Stopping the bundle withdraws the
 * service and removes the registry's listener from the extension registry.
 */
public final class Activator implements BundleActivator {

    private static volatile ExtensionMetricRegistry running;

    private ServiceRegistration<MetricRegistry> registration;

    @Override
    public void start(BundleContext context) {
        ExtensionMetricRegistry registry = new ExtensionMetricRegistry(RegistryFactory.getRegistry());
        registry.start();
        running = registry;
        registration = context.registerService(MetricRegistry.class, registry, null);
    }

    @Override
    public void stop(BundleContext context) {
        ExtensionMetricRegistry registry = running;
        running = null;
        if (registration != null) {
            registration.unregister();
            registration = null;
        }
        if (registry != null) {
            registry.stop();
        }
    }

    /** The registry of the active bundle, or null when the bundle is not active. */
    static ExtensionMetricRegistry running() {
        return running;
    }
}
