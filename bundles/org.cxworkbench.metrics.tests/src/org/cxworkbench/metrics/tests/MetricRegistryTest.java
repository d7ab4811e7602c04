package org.cxworkbench.metrics.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.cxworkbench.metrics.MetricDescriptor;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.metrics.MetricUnavailableException;
import org.cxworkbench.metrics.Scoring;
import org.cxworkbench.metrics.ScoringOptions;
import org.cxworkbench.metrics.Tier;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The registry follows bundles installed while running, and a broken contribution neither takes it down nor hides
 * the good ones. The contributions come from a bundle built and installed by the test itself, so it is a real,
 * separately resolved contributor, as a third-party plug-in would be.
 */
class MetricRegistryTest {

    private static final String BUNDLE = "org.cxworkbench.metrics.tests.contributor";

    private static final String PLUGIN_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <?eclipse version="3.4"?>
            <plugin>
               <extension point="org.cxworkbench.metrics.metrics">
                  <metric id="fixture-good" name="Fixture" tier="operational" answerType="yes-no" scaleMin="0"
                        scaleMax="1" unit="percent" better="higher" good="80"
                        class="org.cxworkbench.metrics.tests.fixtures.FixtureMetric"/>
                  <metric id="fixture-no-class" name="No class" tier="operational" answerType="yes-no" scaleMin="0"
                        scaleMax="1" unit="percent" better="higher" class="org.example.does.not.Exist"/>
                  <metric id="fixture-bad-tier" name="Bad tier" tier="sideways" answerType="yes-no"
                        unit="percent" better="higher" class="org.cxworkbench.metrics.tests.fixtures.FixtureMetric"/>
               </extension>
            </plugin>
            """;

    @Test
    void aBundleInstalledLaterIsFollowedAndItsBrokenContributionsStayAlone(@TempDir Path dir) throws Exception {
        MetricRegistry registry = MetricRegistry.getDefault();
        assertThat(registry.find("fixture-good")).isEmpty();
        List<IStatus> logged = new CopyOnWriteArrayList<>();
        ILogListener listener = (status, plugin) -> logged.add(status);
        ILog log = ILog.of(MetricRegistry.class);
        log.addLogListener(listener);

        Bundle contributor = context().installBundle(contributorJar(dir).toUri().toString());
        try {
            contributor.start();
            await(() -> registry.find("fixture-good").isPresent());

            MetricDescriptor good = registry.find("fixture-good").orElseThrow();
            assertThat(good.contributor()).isEqualTo(BUNDLE);
            assertThat(good.tier()).isEqualTo(Tier.OPERATIONAL);
            assertThat(good.good()).hasValue(80);
            assertThat(Scoring.score(good.metric(), new double[] { 1, 1, 0, 1 }, ScoringOptions.defaults()).value())
                    .isEqualTo(75);

            // a malformed descriptor is left out at once, with the bundle named
            assertThat(registry.find("fixture-bad-tier")).isEmpty();
            assertThat(registry.problems()).anySatisfy(p -> assertThat(p).contains(BUNDLE).contains("sideways"));

            // a missing class shows only when first used, and only for that metric
            MetricDescriptor broken = registry.find("fixture-no-class").orElseThrow();
            assertThatThrownBy(broken::metric).isInstanceOf(MetricUnavailableException.class)
                    .hasMessageContaining("fixture-no-class").hasMessageContaining(BUNDLE);
            assertThatThrownBy(broken::metric).isInstanceOf(MetricUnavailableException.class);
            assertThat(registry.problems()).anySatisfy(p -> assertThat(p).contains("fixture-no-class").contains(BUNDLE));
            assertThat(good.metric()).isNotNull();

            // the log entries carry the contributing bundle as their plug-in id, so the log points at the culprit
            assertThat(logged).filteredOn(st -> st.getSeverity() == IStatus.ERROR).extracting(IStatus::getPlugin)
                    .containsOnly(BUNDLE).hasSize(2);
        } finally {
            log.removeLogListener(listener);
            contributor.uninstall();
        }
        await(() -> registry.find("fixture-good").isEmpty());
        assertThat(registry.find("fixture-no-class")).isEmpty();
    }

    @Test
    void theRegistryIsAServiceThatStopsListeningWithItsBundle(@TempDir Path dir) throws Exception {
        Bundle host = FrameworkUtil.getBundle(MetricRegistry.class);
        BundleContext system = context().getBundle(0).getBundleContext();
        MetricRegistry before = MetricRegistry.getDefault();
        ServiceReference<MetricRegistry> reference = system.getServiceReference(MetricRegistry.class);
        assertThat(reference).as("the registry is offered as an OSGi service").isNotNull();
        assertThat(system.getService(reference)).isSameAs(before);
        system.ungetService(reference);

        host.stop(Bundle.STOP_TRANSIENT);
        Bundle contributor = null;
        try {
            assertThat(system.getServiceReference(MetricRegistry.class)).as("withdrawn with its bundle").isNull();
            assertThatThrownBy(MetricRegistry::getDefault).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("not active");

            contributor = system.installBundle(contributorJar(dir).toUri().toString());
            contributor.start();
        } finally {
            host.start(Bundle.START_TRANSIENT);
        }
        try {
            MetricRegistry after = MetricRegistry.getDefault();
            assertThat(after).as("a new registry with the restarted bundle").isNotSameAs(before);
            await(() -> after.find("fixture-good").isPresent());
            // the stopped registry's listener was removed: the contribution that arrived since never reached it
            Thread.sleep(500);
            assertThat(before.find("fixture-good")).isEmpty();
        } finally {
            contributor.uninstall();
        }
    }

    private static BundleContext context() throws Exception {
        Bundle host = FrameworkUtil.getBundle(MetricRegistry.class);
        if (host.getBundleContext() == null) {
            host.start(Bundle.START_TRANSIENT);
        }
        return host.getBundleContext();
    }

    private static Path contributorJar(Path dir) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", BUNDLE + ";singleton:=true");
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Import-Package", "org.cxworkbench.metrics,org.cxworkbench.metrics.tests.fixtures");
        Path jar = dir.resolve("contributor.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry("plugin.xml"));
            out.write(PLUGIN_XML.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    /** Registry change events arrive on another thread. */
    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the registry did not follow the bundle within 20 s");
            }
            Thread.sleep(50);
        }
    }
}
