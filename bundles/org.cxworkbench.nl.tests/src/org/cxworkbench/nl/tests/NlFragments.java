package org.cxworkbench.nl.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/** Finding the language fragments and their hosts in the running framework, and reading properties files. */
final class NlFragments {

    /** The capability every language fragment declares (Provide-Capability), with the attribute {@code host}. */
    static final String NAMESPACE = "org.cxworkbench.nl";

    /** The platform bundles whose texts we translate; each must have exactly one of our fragments attached. */
    static final List<String> HOSTS = List.of("org.eclipse.ui.workbench", "org.eclipse.ui", "org.eclipse.ui.ide",
            "org.eclipse.ui.views", "org.eclipse.ui.views.log", "org.eclipse.jface", "org.eclipse.e4.ui.workbench.swt",
            "org.eclipse.e4.ui.workbench.renderers.swt", "org.eclipse.e4.ui.workbench.addons.swt",
            "org.eclipse.help.ui", "org.eclipse.help.base", "org.eclipse.ui.navigator");

    private NlFragments() {
    }

    /** The installed bundle named {@code symbolicName} (the highest version), or null. */
    static Bundle bundle(String symbolicName) {
        return Arrays.stream(FrameworkUtil.getBundle(NlFragments.class).getBundleContext().getBundles())
                .filter(b -> symbolicName.equals(b.getSymbolicName()))
                .max(Comparator.comparing(Bundle::getVersion)).orElse(null);
    }

    /** Every installed bundle that declares the language capability. */
    static List<Bundle> fragments() {
        List<Bundle> found = new ArrayList<>();
        for (Bundle b : FrameworkUtil.getBundle(NlFragments.class).getBundleContext().getBundles()) {
            BundleRevision revision = b.adapt(BundleRevision.class);
            if (revision != null && !revision.getDeclaredCapabilities(NAMESPACE).isEmpty()) {
                found.add(b);
            }
        }
        return found;
    }

    /** The bundle {@code fragment} is attached to, or null when it is not attached. */
    static Bundle hostOf(Bundle fragment) {
        BundleWiring wiring = fragment.adapt(BundleWiring.class);
        if (wiring == null) {
            return null;
        }
        List<BundleWire> wires = wiring.getRequiredWires(HostNamespace.HOST_NAMESPACE);
        return wires.isEmpty() ? null : wires.get(0).getProvider().getBundle();
    }

    /** The symbolic names of the fragments attached to {@code host}. */
    static List<String> attachedTo(Bundle host) {
        List<String> names = new ArrayList<>();
        BundleWiring wiring = host.adapt(BundleWiring.class);
        if (wiring != null) {
            for (BundleWire wire : wiring.getProvidedWires(HostNamespace.HOST_NAMESPACE)) {
                names.add(wire.getRequirer().getSymbolicName());
            }
        }
        return names;
    }

    static Properties load(URL url) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = url.openStream()) {
            properties.load(in); // ISO-8859-1 with \\u escapes, as Eclipse's NLS reads them
        }
        return properties;
    }

    static byte[] bytes(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        }
    }
}
