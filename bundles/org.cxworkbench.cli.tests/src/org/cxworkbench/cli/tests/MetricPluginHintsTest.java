package org.cxworkbench.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

import org.cxworkbench.cli.internal.metrics.ParameterHelp;
import org.cxworkbench.cli.internal.metrics.UninstalledPlugins;
import org.cxworkbench.metrics.MetricRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code cxw} says about metric plug-ins: each installed metric's parameters in {@code cxw help score}, read
 * from the registry, and, for an unknown metric, the plug-in jar that lies in the product's plugins/ or dropins/
 * folder without being installed (real jars in a real product-shaped folder).
 */
class MetricPluginHintsTest {

    private static final String FCR_PLUGIN_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <plugin>
               <extension point="org.cxworkbench.metrics.metrics">
                  <metric id="fcr" name="FCR" tier="operational" answerType="yes-no" unit="percent"
                        better="higher" class="com.example.Fcr"/>
               </extension>
            </plugin>
            """;

    @TempDir
    Path product;

    private final CxwRunner cxw = new CxwRunner();

    private Path jar(String relative, String symbolicName, String pluginXml) throws IOException {
        Path jar = product.resolve(relative);
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", symbolicName + ";singleton:=true");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, manifest)) {
            if (pluginXml != null) {
                zip.putNextEntry(new ZipEntry("plugin.xml"));
                zip.write(pluginXml.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void helpListsEveryInstalledMetricsDeclaredParameters() {
        String help = ParameterHelp.of(MetricRegistry.getDefault());
        assertThat(help).startsWith("Parameters of the installed metrics (--param name=value):\n")
                .contains("\n  churn: period (required) the period the answers cover")
                .contains("\n  churn: base (default start) start (customers at the start of the period)")
                .contains("\n  churn: customersAtEnd (required) ");
        assertThat(cxw.run("help", "score")).isZero();
        assertThat(cxw.out()).contains("  churn: base (default start)");
    }

    @Test
    void aJarInPluginsThatDeclaresTheMetricIsNamedWithWhatToDo() throws IOException {
        jar("plugins/org.eclipse.core.runtime_3.34.0.jar", "org.eclipse.core.runtime", null);
        jar("plugins/com.example.other_1.0.0.jar", "com.example.other",
                FCR_PLUGIN_XML.replace("\"fcr\"", "\"aht\""));
        jar("plugins/com.example.fcr_1.0.0.jar", "com.example.fcr", FCR_PLUGIN_XML);
        Optional<String> hint = UninstalledPlugins.hint(product, Set.of("org.eclipse.core.runtime"), "fcr");
        assertThat(hint).contains("plugins/com.example.fcr_1.0.0.jar contributes metric 'fcr' but is not installed: "
                + "the product does not read jars copied into plugins/; install it with cxw plugins install, or "
                + "move it into dropins/ and start cxw again");
        // another id: the metric plug-in that is not installed, whichever it is
        assertThat(UninstalledPlugins.hint(product, Set.of(), "wow")).hasValueSatisfying(
                text -> assertThat(text).startsWith("plugins/com.example.fcr_1.0.0.jar contributes metrics but is "
                        + "not installed: "));
    }

    @Test
    void aJarInDropinsIsNamedWithTheStartAdviceAndAnInstalledOneIsNot() throws IOException {
        jar("dropins/team/plugins/com.example.fcr_1.0.0.jar", "com.example.fcr", FCR_PLUGIN_XML);
        assertThat(UninstalledPlugins.hint(product, Set.of(), "fcr")).contains("dropins/team/plugins/"
                + "com.example.fcr_1.0.0.jar contributes metric 'fcr' but is not installed: dropins/ is read when "
                + "the product starts; if the metric stays unknown after a new start, the plug-in needs bundles "
                + "this product lacks");
        assertThat(UninstalledPlugins.hint(product, Set.of("com.example.fcr"), "fcr")).isEmpty();
    }

    @Test
    void nothingToSayWithoutAPluginOrAProductFolder() throws IOException {
        Files.createDirectories(product.resolve("plugins"));
        Files.writeString(product.resolve("plugins/broken_1.0.jar"), "not a zip");
        assertThat(UninstalledPlugins.hint(product, Set.of(), "fcr")).isEmpty();
        assertThat(UninstalledPlugins.hint(null, Set.of(), "fcr")).isEmpty();
        // cxw itself: the test runtime's install area holds no metric plug-in, so the line stays as it was
        assertThat(cxw.run("score", "--metric", "fcr", "--file", "x.csv", "--column", "a")).isEqualTo(2);
        assertThat(cxw.err()).startsWith("cxw score: unknown metric 'fcr' (known: ").doesNotContain("\n\n")
                .hasLineCount(1);
    }
}
