package org.cxworkbench.metrics.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cxworkbench.metrics.MetricDescriptor;
import org.cxworkbench.metrics.MetricRegistry;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.FrameworkUtil;

/**
 * The {@link MetricRegistry} on the Eclipse extension registry. Descriptors are rebuilt whenever a contribution
 * arrives or leaves; each keeps its configuration element and creates the scoring class only when first asked.
 */
public final class ExtensionMetricRegistry implements MetricRegistry, IRegistryEventListener {

    /** Outside OSGi (plain Java tests and tools) only: there is no bundle to start and stop a registry. */
    private static volatile ExtensionMetricRegistry outsideOsgi;

    private final IExtensionRegistry registry;
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private volatile Map<String, ExtensionMetricDescriptor> descriptors = Map.of();

    public ExtensionMetricRegistry(IExtensionRegistry registry) {
        this.registry = registry;
    }

    /**
     * The registry of the running platform: the one the bundle's activator started and offers as an OSGi service.
     * Loading this class activates the (lazily activated) bundle, so inside OSGi it is there unless the bundle was
     * stopped. Outside OSGi, a registry over {@link RegistryFactory#getRegistry()} (usually none: no metrics).
     *
     * @throws IllegalStateException when the bundle has been stopped
     */
    public static ExtensionMetricRegistry getDefault() {
        ExtensionMetricRegistry active = Activator.running();
        if (active != null) {
            return active;
        }
        if (FrameworkUtil.getBundle(ExtensionMetricRegistry.class) != null) {
            throw new IllegalStateException("the bundle org.cxworkbench.metrics is not active: no metric registry");
        }
        ExtensionMetricRegistry result = outsideOsgi;
        if (result == null) {
            synchronized (ExtensionMetricRegistry.class) {
                result = outsideOsgi;
                if (result == null) {
                    result = new ExtensionMetricRegistry(RegistryFactory.getRegistry());
                    result.start();
                    outsideOsgi = result;
                }
            }
        }
        return result;
    }

    /** Reads the current contributions and starts following changes. */
    public void start() {
        if (registry != null) {
            // listener first, then read: a bundle resolved in between is then read twice, never missed
            registry.addListener(this, EXTENSION_POINT);
        }
        reload();
    }

    public void stop() {
        if (registry != null) {
            registry.removeListener(this);
        }
    }

    @Override
    public List<MetricDescriptor> descriptors() {
        return List.copyOf(descriptors.values());
    }

    @Override
    public Optional<MetricDescriptor> find(String id) {
        return Optional.ofNullable(descriptors.get(id));
    }

    @Override
    public List<String> problems() {
        return Collections.unmodifiableList(new ArrayList<>(problems));
    }

    @Override
    public void added(IExtension[] extensions) {
        reload();
    }

    @Override
    public void removed(IExtension[] extensions) {
        reload();
    }

    @Override
    public void added(IExtensionPoint[] extensionPoints) {
        reload();
    }

    @Override
    public void removed(IExtensionPoint[] extensionPoints) {
        reload();
    }

    private synchronized void reload() {
        Map<String, ExtensionMetricDescriptor> read = new TreeMap<>();
        Map<String, ExtensionMetricDescriptor> previous = descriptors;
        IConfigurationElement[] elements = registry == null ? new IConfigurationElement[0]
                : registry.getConfigurationElementsFor(EXTENSION_POINT);
        for (IConfigurationElement element : elements) {
            if (!"metric".equals(element.getName())) {
                continue;
            }
            String bundle = element.getContributor().getName();
            try {
                ExtensionMetricDescriptor descriptor = ExtensionMetricDescriptor.read(element, this);
                ExtensionMetricDescriptor earlier = read.putIfAbsent(descriptor.id(), descriptor);
                if (earlier != null) {
                    report(bundle, "metric '" + descriptor.id() + "' of bundle " + bundle
                            + " is left out: bundle " + earlier.contributor() + " already contributes that id", null);
                    continue;
                }
                // keep the instance already created for an unchanged contribution: it is stateless and may be cached
                ExtensionMetricDescriptor known = previous.get(descriptor.id());
                if (known != null && known.element().equals(element)) {
                    read.put(descriptor.id(), known);
                }
            } catch (IllegalArgumentException e) {
                report(bundle, "a metric of bundle " + bundle + " is left out: " + e.getMessage(), null);
            }
        }
        descriptors = read;
    }

    /** Records and logs a problem under the contributing bundle's name, so the log points at the culprit. */
    void report(String bundle, String message, Throwable cause) {
        if (problems.contains(message)) {
            return;
        }
        problems.add(message);
        ILog.of(ExtensionMetricRegistry.class).log(new Status(IStatus.ERROR, bundle, message, cause));
    }
}
