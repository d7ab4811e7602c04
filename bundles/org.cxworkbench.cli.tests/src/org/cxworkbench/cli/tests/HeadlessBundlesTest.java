package org.cxworkbench.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.cxworkbench.cli.internal.launch.HeadlessBundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundles {@code cxw} starts, worked out from a product folder of real jars and a {@code config.ini} as the build
 * writes them: the user interface goes, with whatever needs it; everything else stays, a third-party metric plug-in
 * and bundles nothing requires (an SLF4J provider) included.
 */
class HeadlessBundlesTest {

    @TempDir
    Path product;

    @Test
    void leavesOutTheUserInterfaceAndWhatNeedsIt() throws IOException {
        jar("org.eclipse.swt_3.1.jar", "org.eclipse.swt", null);
        jar("org.eclipse.swt.gtk_3.1.jar", "org.eclipse.swt.gtk", "Fragment-Host: org.eclipse.swt");
        jar("org.eclipse.ui.workbench_3.1.jar", "org.eclipse.ui.workbench", null);
        jar("org.eclipse.e4.ui.model.workbench_2.4.jar", "org.eclipse.e4.ui.model.workbench", null);
        // (only the UI requires it here, but it has an activator of its own, as the real one does: it stays)
        jar("org.eclipse.core.runtime_3.3.jar", "org.eclipse.core.runtime",
                "Bundle-Activator: org.eclipse.core.internal.runtime.PlatformActivator");
        jar("org.cxworkbench.metrics_0.1.jar", "org.cxworkbench.metrics", null);
        // a view of another engineer's, needing the workbench by bundle; a chart needing SWT by package
        jar("org.cxworkbench.ui.scores_0.1.jar", "org.cxworkbench.ui.scores",
                "Require-Bundle: org.eclipse.core.runtime,org.eclipse.ui.workbench;bundle-version=\"[3.0,4.0)\"");
        jar("org.cxworkbench.charts_0.1.jar", "org.cxworkbench.charts",
                "Import-Package: org.cxworkbench.metrics,org.eclipse.swt.graphics;version=\"[3.0,4.0)\"");
        // and what needs one of those in turn
        jar("org.cxworkbench.ui.scores.extra_0.1.jar", "org.cxworkbench.ui.scores.extra",
                "Require-Bundle: org.cxworkbench.ui.scores");
        // headless: a metric plug-in, a bundle with SWT only optional, a provider nothing requires
        jar("com.example.fcr.metric_1.0.jar", "com.example.fcr.metric;singleton:=true",
                "Import-Package: org.cxworkbench.metrics;version=\"[0.1.0,1.0.0)\"");
        jar("org.eclipse.birt.chart.engine_4.2.jar", "org.eclipse.birt.chart.engine",
                "Import-Package: org.eclipse.swt.graphics;resolution:=optional");
        jar("slf4j.jdk14_2.0.jar", "slf4j.jdk14", null);
        configIni("org.eclipse.swt_3.1.jar@4", "org.eclipse.swt.gtk_3.1.jar@4", "org.eclipse.ui.workbench_3.1.jar@4",
                "org.eclipse.e4.ui.model.workbench_2.4.jar@4", "org.eclipse.core.runtime_3.3.jar@4\\:start",
                "org.cxworkbench.metrics_0.1.jar@4", "org.cxworkbench.ui.scores_0.1.jar@4",
                "org.cxworkbench.charts_0.1.jar@4", "org.cxworkbench.ui.scores.extra_0.1.jar@4",
                "com.example.fcr.metric_1.0.jar@4", "org.eclipse.birt.chart.engine_4.2.jar@4",
                "slf4j.jdk14_2.0.jar@4\\:start");

        String bundles = HeadlessBundles.headless(product);

        assertThat(Arrays.asList(bundles.split(","))).containsExactly(
                "reference:file:org.eclipse.core.runtime_3.3.jar@4:start",
                "reference:file:org.cxworkbench.metrics_0.1.jar@4",
                "reference:file:com.example.fcr.metric_1.0.jar@4",
                "reference:file:org.eclipse.birt.chart.engine_4.2.jar@4",
                "reference:file:slf4j.jdk14_2.0.jar@4:start");
    }

    @Test
    void leavesOutPlainLibrariesThatOnlyTheUserInterfaceUses() throws IOException {
        jar("org.eclipse.swt_3.1.jar", "org.eclipse.swt", null);
        // SWT's SVG support and the library only it imports (JSVG, which cannot resolve without SPI Fly's capability)
        jar("org.eclipse.swt.svg_3.1.jar", "org.eclipse.swt.svg",
                "Import-Package: com.github.weisj.jsvg;version=\"[2.0,3.0)\",org.eclipse.swt.graphics");
        jar("com.github.weisj.jsvg_2.1.0.jar", "com.github.weisj.jsvg", "Export-Package: com.github.weisj.jsvg");
        // a library both sides use stays; so does one only the UI uses but which does something of its own
        jar("org.eclipse.jface_3.3.jar", "org.eclipse.jface",
                "Require-Bundle: org.eclipse.swt,org.eclipse.equinox.common,org.eclipse.core.commands");
        jar("org.eclipse.equinox.common_3.2.jar", "org.eclipse.equinox.common", "Export-Package: org.eclipse.core.runtime");
        jar("org.cxworkbench.metrics_0.1.jar", "org.cxworkbench.metrics", "Import-Package: org.eclipse.core.runtime");
        jar("org.eclipse.core.commands_3.1.jar", "org.eclipse.core.commands",
                "Bundle-Activator: org.eclipse.core.commands.internal.Activator");
        // and a library only a library the UI uses needs: left out in turn
        jar("org.eclipse.e4.emf.xpath_0.5.jar", "org.eclipse.e4.emf.xpath", "Require-Bundle: org.eclipse.e4.base");
        jar("org.eclipse.e4.base_0.1.jar", "org.eclipse.e4.base", null);
        jar("org.eclipse.e4.ui.model.workbench_2.4.jar", "org.eclipse.e4.ui.model.workbench",
                "Require-Bundle: org.eclipse.e4.emf.xpath");
        configIni("org.eclipse.swt_3.1.jar@4", "org.eclipse.swt.svg_3.1.jar@4", "com.github.weisj.jsvg_2.1.0.jar@4",
                "org.eclipse.jface_3.3.jar@4", "org.eclipse.equinox.common_3.2.jar@2\\:start",
                "org.cxworkbench.metrics_0.1.jar@4", "org.eclipse.core.commands_3.1.jar@4",
                "org.eclipse.e4.emf.xpath_0.5.jar@4", "org.eclipse.e4.base_0.1.jar@4",
                "org.eclipse.e4.ui.model.workbench_2.4.jar@4");

        String bundles = HeadlessBundles.headless(product);

        assertThat(Arrays.asList(bundles.split(","))).containsExactly(
                "reference:file:org.eclipse.equinox.common_3.2.jar@2:start",
                "reference:file:org.cxworkbench.metrics_0.1.jar@4",
                "reference:file:org.eclipse.core.commands_3.1.jar@4");
    }

    @Test
    void leavesOutTheWorkbenchsCoreRuntimeUnlessSomethingThatStaysNeedsIt() throws IOException {
        // e4's injection and services, with declarative services of their own, used by e4's UI only or by nothing
        jar("org.eclipse.e4.core.di_1.9.jar", "org.eclipse.e4.core.di", "Service-Component: OSGI-INF/*.xml");
        jar("org.eclipse.e4.core.services_2.5.jar", "org.eclipse.e4.core.services", "Require-Bundle: org.eclipse.e4.core.di");
        jar("org.eclipse.e4.core.di.extensions.supplier_0.17.jar", "org.eclipse.e4.core.di.extensions.supplier",
                "Service-Component: OSGI-INF/*.xml");
        jar("org.eclipse.e4.ui.workbench_1.18.jar", "org.eclipse.e4.ui.workbench",
                "Require-Bundle: org.eclipse.e4.core.services");
        // e4's contexts, which a headless bundle of the product needs: it stays, and what it needs too
        jar("org.eclipse.e4.core.contexts_1.13.jar", "org.eclipse.e4.core.contexts", "Require-Bundle: org.eclipse.e4.core.di");
        jar("com.example.headless_1.0.jar", "com.example.headless", "Require-Bundle: org.eclipse.e4.core.contexts");
        configIni("org.eclipse.e4.core.di_1.9.jar@4", "org.eclipse.e4.core.services_2.5.jar@4",
                "org.eclipse.e4.core.di.extensions.supplier_0.17.jar@4", "org.eclipse.e4.ui.workbench_1.18.jar@4",
                "org.eclipse.e4.core.contexts_1.13.jar@4", "com.example.headless_1.0.jar@4");

        String bundles = HeadlessBundles.headless(product);

        assertThat(Arrays.asList(bundles.split(","))).containsExactly("reference:file:org.eclipse.e4.core.di_1.9.jar@4",
                "reference:file:org.eclipse.e4.core.contexts_1.13.jar@4", "reference:file:com.example.headless_1.0.jar@4");
    }

    @Test
    void spiFlyIsListedButNotStarted() throws IOException {
        jar("org.apache.aries.spifly.dynamic.bundle_1.3.7.jar", "org.apache.aries.spifly.dynamic.bundle", null);
        jar("org.apache.felix.scr_2.2.jar", "org.apache.felix.scr", null);
        configIni("org.apache.aries.spifly.dynamic.bundle_1.3.7.jar@2\\:start", "org.apache.felix.scr_2.2.jar@2\\:start");

        String bundles = HeadlessBundles.headless(product);

        // LazyBundles starts SPI Fly for the commands that may need it; everything else keeps its start
        assertThat(Arrays.asList(bundles.split(","))).containsExactly(
                "reference:file:org.apache.aries.spifly.dynamic.bundle_1.3.7.jar@2",
                "reference:file:org.apache.felix.scr_2.2.jar@2:start");
    }

    @Test
    void aProductWithoutBundlesIsAnError() throws IOException {
        Files.createDirectories(product.resolve("configuration"));
        Files.writeString(product.resolve("configuration/config.ini"), "osgi.bundles.defaultStartLevel=4\n");
        assertThatThrownBy(() -> HeadlessBundles.headless(product)).isInstanceOf(IOException.class)
                .hasMessageContaining("osgi.bundles");
    }

    private void configIni(String... entries) throws IOException {
        Files.createDirectories(product.resolve("configuration"));
        StringBuilder value = new StringBuilder();
        for (String entry : entries) {
            value.append(value.isEmpty() ? "" : ",").append("reference\\:file\\:").append(entry);
        }
        Files.writeString(product.resolve("configuration/config.ini"),
                "#written by the build\nosgi.bundles=" + value + "\nosgi.bundles.defaultStartLevel=4\n");
    }

    /** A jar whose manifest names the bundle and has the given header line, if any. */
    private void jar(String file, String symbolicName, String header) throws IOException {
        Files.createDirectories(product.resolve("plugins"));
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        if (header != null) {
            int colon = header.indexOf(':');
            main.putValue(header.substring(0, colon), header.substring(colon + 1).strip());
        }
        try (OutputStream out = Files.newOutputStream(product.resolve("plugins").resolve(file));
                JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
    }
}
