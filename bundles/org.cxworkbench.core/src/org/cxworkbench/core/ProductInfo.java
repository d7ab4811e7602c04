package org.cxworkbench.core;

import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/**
 * Facts about the running CX Workbench that the command line, the About dialog and the reports print.
 * The version is the core bundle's own, so that a build qualifier tells exactly which build answered.
 */
public final class ProductInfo {

    /** The product's name as shown in window titles and reports. Not translated: it is a name. */
    public static final String NAME = "CX Workbench";

    private ProductInfo() {
    }

    /** The full version of this build, e.g. {@code 0.1.0.202611270700}. */
    public static String version() {
        return bundleVersion().map(Version::toString).orElse("0.0.0.dev");
    }

    /** The version without the build qualifier, e.g. {@code 0.1.0}. */
    public static String shortVersion() {
        return bundleVersion().map(v -> v.getMajor() + "." + v.getMinor() + "." + v.getMicro()).orElse("0.0.0");
    }

    /** The Java runtime this process runs on, e.g. {@code 25.0.1 (Eclipse Adoptium)}. */
    public static String javaRuntime() {
        return System.getProperty("java.runtime.version", System.getProperty("java.version")) + " ("
                + System.getProperty("java.vendor", "?") + ")";
    }

    private static Optional<Version> bundleVersion() {
        Bundle bundle = FrameworkUtil.getBundle(ProductInfo.class);
        return Optional.ofNullable(bundle).map(Bundle::getVersion);
    }
}
