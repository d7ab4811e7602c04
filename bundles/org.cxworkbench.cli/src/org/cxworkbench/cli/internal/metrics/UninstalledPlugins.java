package org.cxworkbench.cli.internal.metrics;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Finds metric plug-ins that lie in the running product's {@code plugins/} or {@code dropins/} folder but are not
 * installed, so that "unknown metric" can say why: a jar copied into {@code plugins/} is never read (the product
 * lists its bundles in config.ini), and one in {@code dropins/} is read only at the next start.
 */
public final class UninstalledPlugins {

    /** The extension point a metric plug-in contributes to, as it appears in its plugin.xml. */
    private static final String POINT = "org.cxworkbench.metrics.metrics";

    /** A plug-in found: where (relative to the install folder), its bundle name and the metric ids it declares. */
    public record Found(Path relative, String symbolicName, Set<String> metricIds) {
    }

    private UninstalledPlugins() {
    }

    /**
     * The one-line hint for {@code cxw score --metric <id>} when {@code id} is unknown, or empty: the plug-in that
     * declares the metric first, otherwise any metric plug-in that is not installed.
     *
     * @param installArea the product's folder, {@code null} when unknown
     * @param installed   the symbolic names of the installed bundles
     */
    public static Optional<String> hint(Path installArea, Set<String> installed, String metricId) {
        List<Found> found = find(installArea, installed);
        Optional<Found> declaring = found.stream().filter(f -> f.metricIds().contains(metricId)).findFirst();
        Optional<Found> any = declaring.isPresent() ? declaring : found.stream().findFirst();
        return any.map(f -> {
            String where = f.relative().toString().replace(File.separatorChar, '/');
            String advice = where.startsWith("dropins/") ? MetricMessages.Plugins_adviceInDropins
                    : MetricMessages.Plugins_adviceInPlugins;
            return NLS.bind(declaring.isPresent() ? MetricMessages.Plugins_declares
                    : MetricMessages.Plugins_contributes, new Object[] { where, metricId, advice });
        });
    }

    /** {@link #hint(Path, Set, String)} for the running product: its install area and installed bundles. */
    public static Optional<String> hint(String metricId) {
        Bundle self = FrameworkUtil.getBundle(UninstalledPlugins.class);
        BundleContext context = self == null ? null : self.getBundleContext();
        if (context == null) {
            return Optional.empty();
        }
        Set<String> installed = Stream.of(context.getBundles()).map(Bundle::getSymbolicName)
                .filter(name -> name != null).collect(Collectors.toSet());
        return hint(installArea(context.getProperty("osgi.install.area")), installed, metricId);
    }

    /** The folder of an {@code osgi.install.area} URL ({@code file:/opt/cxworkbench/}), or {@code null}. */
    static Path installArea(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URL location = new URL(url);
            return "file".equals(location.getProtocol()) ? new File(location.getFile()).toPath() : null;
        } catch (MalformedURLException e) {
            return null;
        }
    }

    /**
     * The metric plug-ins (jars or bundle folders, in {@code dropins/} up to three levels deep) in
     * {@code plugins/} and {@code dropins/} of {@code installArea} whose symbolic name is not in {@code installed},
     * {@code plugins/} first, each folder by name. An unreadable jar is skipped: it is not what the user asked about.
     */
    public static List<Found> find(Path installArea, Set<String> installed) {
        List<Found> found = new ArrayList<>();
        if (installArea == null) {
            return found;
        }
        for (String folder : List.of("plugins", "dropins")) {
            Path dir = installArea.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            int depth = folder.equals("plugins") ? 1 : 3;
            try (Stream<Path> paths = Files.walk(dir, depth)) {
                for (Path path : paths.sorted().toList()) {
                    read(path).filter(f -> !installed.contains(f.symbolicName()))
                            .map(f -> new Found(installArea.relativize(path), f.symbolicName(), f.metricIds()))
                            .ifPresent(found::add);
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                // a folder we cannot list holds nothing we can point at
            }
        }
        return found;
    }

    /** A jar or bundle folder that contributes metrics, or empty. */
    private static Optional<Found> read(Path path) {
        try {
            if (Files.isRegularFile(path) && path.getFileName().toString().endsWith(".jar")) {
                try (ZipFile zip = new ZipFile(path.toFile())) {
                    ZipEntry manifest = zip.getEntry("META-INF/MANIFEST.MF");
                    ZipEntry pluginXml = zip.getEntry("plugin.xml");
                    if (manifest == null || pluginXml == null) {
                        return Optional.empty();
                    }
                    try (InputStream m = zip.getInputStream(manifest); InputStream p = zip.getInputStream(pluginXml)) {
                        return found(path, new Manifest(m), new String(p.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
            Path manifest = path.resolve("META-INF/MANIFEST.MF");
            Path pluginXml = path.resolve("plugin.xml");
            if (Files.isDirectory(path) && Files.isRegularFile(manifest) && Files.isRegularFile(pluginXml)) {
                try (InputStream m = Files.newInputStream(manifest)) {
                    return found(path, new Manifest(m), Files.readString(pluginXml));
                }
            }
        } catch (IOException | RuntimeException e) {
            // a damaged jar: not a plug-in we can name
        }
        return Optional.empty();
    }

    private static final Pattern METRIC_ID = Pattern.compile("<metric\\b[^>]*?\\bid\\s*=\\s*\"([^\"]+)\"");

    private static Optional<Found> found(Path path, Manifest manifest, String pluginXml) {
        String name = manifest.getMainAttributes().getValue("Bundle-SymbolicName");
        if (name == null || !pluginXml.contains(POINT)) {
            return Optional.empty();
        }
        Set<String> ids = METRIC_ID.matcher(pluginXml).results().map(r -> r.group(1)).collect(Collectors.toSet());
        return Optional.of(new Found(path, name.split(";")[0].strip(), ids));
    }
}
