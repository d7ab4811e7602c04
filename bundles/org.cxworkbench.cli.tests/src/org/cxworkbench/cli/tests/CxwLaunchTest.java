package org.cxworkbench.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.cxworkbench.cli.internal.launch.FrameworkCopy;
import org.cxworkbench.cli.internal.launch.LazyBundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

/**
 * What {@code cxw}'s launch needs beyond the Equinox launcher (issue 16): the unsigned copy of the framework's jar
 * that the JDK's AOT cache accepts, made from the real, signed framework jar this test runs on; and which command
 * lines start SPI Fly.
 */
class CxwLaunchTest {

    @TempDir
    Path folder;

    @Test
    void theFrameworkCopyHasEveryEntryButNoSignature() throws IOException, URISyntaxException {
        Path framework = Path.of(Bundle.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(framework.toString()).endsWith(".jar");
        Path copy = folder.resolve("org.eclipse.osgi-unsigned.jar");

        FrameworkCopy.copy(framework, copy);

        try (JarFile signed = new JarFile(framework.toFile(), true); JarFile unsigned = new JarFile(copy.toFile(), true)) {
            List<String> signatures = names(signed).stream().filter(n -> n.matches("META-INF/[^/]+\\.(SF|RSA|DSA|EC)"))
                    .toList();
            // the test is only worth something on a signed jar: Eclipse signs its framework
            assertThat(signatures).isNotEmpty();
            List<String> expected = new ArrayList<>(names(signed));
            expected.removeAll(signatures);
            assertThat(names(unsigned)).containsExactlyElementsOf(expected);
            JarEntry starter = unsigned.getJarEntry("org/eclipse/core/runtime/adaptor/EclipseStarter.class");
            byte[] bytes;
            try (InputStream in = unsigned.getInputStream(starter)) {
                bytes = in.readAllBytes();
            }
            try (InputStream in = signed.getInputStream(signed.getJarEntry(starter.getName()))) {
                assertThat(bytes).isEqualTo(in.readAllBytes());
            }
            // read to the end, an entry of a signed jar has signers; of the copy, none
            assertThat(starter.getCodeSigners()).isNull();
            assertThat(unsigned.getManifest().getEntries()).isEmpty();
            assertThat(unsigned.getManifest().getMainAttributes())
                    .isEqualTo(signed.getManifest().getMainAttributes());
        }
        // no half-written file is left beside it
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList())
                    .containsExactly("org.eclipse.osgi-unsigned.jar");
        }
    }

    @Test
    void spiFlyStartsOnlyForCommandsThatMayNeedIt() {
        assertThat(LazyBundles.needed(new String[0])).isFalse();
        assertThat(LazyBundles.needed(new String[] { "--version" })).isFalse();
        assertThat(LazyBundles.needed(new String[] { "--debug", "-V" })).isFalse();
        assertThat(LazyBundles.needed(new String[] { "help", "import" })).isFalse();
        assertThat(LazyBundles.needed(new String[] { "report", "--help" })).isFalse();
        assertThat(LazyBundles.needed(new String[] { "validate", "a.journey" })).isFalse();
        assertThat(LazyBundles.needed(new String[] { "score", "--metric", "nps", "--file", "A.CSV", "--column", "q"
        })).isFalse();
        assertThat(LazyBundles.needed(new String[] { "compare", "--file=a.tsv", "--file", "b.txt" })).isFalse();
        // a workbook (POI), the store, and every other command do start it
        assertThat(LazyBundles.needed(new String[] { "score", "--file", "answers.xlsx", "--column", "q" })).isTrue();
        assertThat(LazyBundles.needed(new String[] { "compare", "--file", "a.csv", "--file", "b.xls" })).isTrue();
        assertThat(LazyBundles.needed(new String[] { "score", "--journey", "j.journey", "--db", "d" })).isFalse();
        assertThat(LazyBundles.needed(new String[] { "score", "--journey", "j.journey", "--db",
                "jdbc:derby://localhost:1527/results" })).isTrue();
        assertThat(LazyBundles.needed(new String[] { "score", "--db=jdbc:derby://h/r", "--journey=j.journey" }))
                .isTrue();
        assertThat(LazyBundles.needed(new String[] { "score", "--metric", "nps" })).isTrue();
        assertThat(LazyBundles.needed(new String[] { "import", "a.csv" })).isTrue();
        assertThat(LazyBundles.needed(new String[] { "report", "scorecard" })).isTrue();
    }

    private static List<String> names(JarFile jar) {
        List<String> names = new ArrayList<>();
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
            names.add(entries.nextElement().getName());
        }
        return names;
    }
}
