package org.cxworkbench.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The bundles {@code cxw} starts in a p2-enabled product: simpleconfigurator's bundles.info (which p2 updates when a
 * plug-in is installed) instead of config.ini's list, less the bundles that manage the framework at start, plus
 * the jars dropped into the product's {@code dropins/} and into the user's own dropins folder.
 */
class HeadlessBundlesP2Test {

    @TempDir
    Path product;

    @TempDir
    Path user;

    @Test
    void readsBundlesInfoAndBothDropinsFolders() throws IOException {
        jar(product.resolve("plugins/org.eclipse.equinox.simpleconfigurator_1.5.jar"),
                "org.eclipse.equinox.simpleconfigurator", "1.5.0");
        jar(product.resolve("plugins/org.eclipse.equinox.p2.reconciler.dropins_1.5.jar"),
                "org.eclipse.equinox.p2.reconciler.dropins", "1.5.0");
        jar(product.resolve("plugins/org.eclipse.ui.workbench_3.1.jar"), "org.eclipse.ui.workbench", "3.1.0");
        jar(product.resolve("plugins/org.cxworkbench.metrics_0.1.jar"), "org.cxworkbench.metrics", "0.1.0");
        jar(product.resolve("plugins/org.apache.felix.scr_2.2.jar"), "org.apache.felix.scr", "2.2.0");
        // installed by cxw plugins: p2 put it into plugins/ and bundles.info
        jar(product.resolve("plugins/org.cxworkbench.example.metric_0.1.jar"), "org.cxworkbench.example.metric",
                "0.1.0");
        // dropped in: one that the workbench's reconciler already listed, and a new one in a plugins/ folder
        jar(product.resolve("dropins/com.example.nps2_1.0.jar"), "com.example.nps2", "1.0.0");
        jar(product.resolve("dropins/team/plugins/com.example.ces9_1.0.jar"), "com.example.ces9", "1.0.0");
        Files.writeString(product.resolve("dropins/readme.txt"), "not a bundle");
        // the user's own area (a read-only product)
        jar(user.resolve("plugins/com.example.mine_2.0.jar"), "com.example.mine", "2.0.0");
        Files.createDirectories(product.resolve("configuration/org.eclipse.equinox.simpleconfigurator"));
        Files.writeString(product.resolve("configuration/config.ini"), """
                osgi.bundles=reference\\:file\\:org.eclipse.equinox.simpleconfigurator_1.5.jar@1\\:start
                org.eclipse.equinox.simpleconfigurator.configUrl=file\\:org.eclipse.equinox.simpleconfigurator/bundles.info
                osgi.bundles.defaultStartLevel=4
                """);
        Files.writeString(product.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"), """
                #encoding=UTF-8
                #version=1
                org.apache.felix.scr,2.2.0,plugins/org.apache.felix.scr_2.2.jar,2,true
                org.cxworkbench.example.metric,0.1.0,plugins/org.cxworkbench.example.metric_0.1.jar,4,false
                org.cxworkbench.metrics,0.1.0,plugins/org.cxworkbench.metrics_0.1.jar,4,false
                org.eclipse.equinox.p2.reconciler.dropins,1.5.0,plugins/org.eclipse.equinox.p2.reconciler.dropins_1.5.jar,4,true
                org.eclipse.equinox.simpleconfigurator,1.5.0,plugins/org.eclipse.equinox.simpleconfigurator_1.5.jar,1,true
                org.eclipse.ui.workbench,3.1.0,plugins/org.eclipse.ui.workbench_3.1.jar,4,false
                com.example.nps2,1.0.0,dropins/com.example.nps2_1.0.jar,4,false
                """);

        String bundles = HeadlessBundles.headless(product, user);

        String plugins = product.toAbsolutePath().normalize() + "/";
        assertThat(Arrays.asList(bundles.split(","))).containsExactly(
                "reference:file:" + plugins + "plugins/org.apache.felix.scr_2.2.jar@2:start",
                "reference:file:" + plugins + "plugins/org.cxworkbench.example.metric_0.1.jar@4",
                "reference:file:" + plugins + "plugins/org.cxworkbench.metrics_0.1.jar@4",
                // p2's bundles need its packages; started, it would install every bundle of the list
                "reference:file:" + plugins + "plugins/org.eclipse.equinox.simpleconfigurator_1.5.jar@1",
                "reference:file:" + plugins + "dropins/com.example.nps2_1.0.jar@4",
                "reference:file:" + plugins + "dropins/team/plugins/com.example.ces9_1.0.jar@4",
                "reference:file:" + user.toAbsolutePath().normalize() + "/plugins/com.example.mine_2.0.jar@4");
    }

    private static void jar(Path file, String symbolicName, String version) throws IOException {
        Files.createDirectories(file.getParent());
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", version);
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
    }
}
