package org.cxworkbench.cli.internal.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.cxworkbench.cli.internal.plugins.ProductPlugins.Plugin;
import org.cxworkbench.cli.internal.plugins.ProductPlugins.PluginsException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.osgi.util.NLS;

/**
 * The per-user area of a user who cannot write the product folder (an installation shared by several users):
 * {@code ~/.cxworkbench/dropins}, or {@code $CXW_USER_DROPINS}. It is a dropins folder ({@code plugins/} and
 * {@code features/}), which the {@code cxw} launch script adds to the bundles it starts and the workbench's p2
 * reconciler reads as an extra dropins folder. What {@code cxw plugins install} put there is recorded, one
 * properties file per feature, in the folder beside it with {@code .installed} appended, so that uninstall removes
 * exactly those files.
 *
 * <p>The plan (which bundles a feature brings that the product lacks) is made by p2's planner on a private copy of
 * the product's profile, so the product is never written.
 */
public final class UserPlugins {

    private final Path folder;

    private UserPlugins(Path folder) {
        this.folder = folder;
    }

    /** The area of the user running cxw. */
    public static UserPlugins forUser() {
        String configured = System.getenv("CXW_USER_DROPINS");
        Path folder = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cxworkbench", "dropins");
        return new UserPlugins(folder.toAbsolutePath().normalize());
    }

    public static UserPlugins in(Path folder) {
        return new UserPlugins(folder.toAbsolutePath().normalize());
    }

    public Path folder() {
        return folder;
    }

    private Path records() {
        return folder.resolveSibling(folder.getFileName() + ".installed");
    }

    /** The features installed here. */
    public List<Plugin> list() {
        List<Plugin> plugins = new ArrayList<>();
        if (!Files.isDirectory(records())) {
            return plugins;
        }
        try (var files = Files.list(records())) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (file.getFileName().toString().endsWith(".properties")) {
                    Properties record = read(file);
                    plugins.add(new Plugin(record.getProperty("id"), record.getProperty("version"),
                            record.getProperty("provider", ""), true));
                }
            }
        } catch (IOException e) {
            // an unreadable area lists nothing
        }
        plugins.sort(Comparator.comparing(Plugin::id));
        return plugins;
    }

    /** Installs the features into this area: their new bundles into plugins/, the features into features/. */
    public List<Plugin> install(Path product, URI repository, List<String> ids, boolean trust,
            IProgressMonitor monitor) throws PluginsException {
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        Path work;
        try {
            work = Files.createTempDirectory("cxw-plugins");
        } catch (IOException e) {
            throw new PluginsException(NLS.bind(Messages.Plugins_failed, e.getMessage()), e);
        }
        List<Path> written = new ArrayList<>();
        boolean done = false;
        try (ProductPlugins plan = ProductPlugins.openCopy(product, work.resolve("p2"))) {
            List<IInstallableUnit> additions = plan.additions(repository, ids, progress.split(4));
            SubMonitor fetching = progress.split(6).setWorkRemaining(additions.size());
            List<String> files = new ArrayList<>();
            for (IInstallableUnit iu : additions) {
                for (IArtifactKey key : iu.getArtifacts()) {
                    if (fetching.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                    String name = key.getId() + "_" + key.getVersion();
                    if ("osgi.bundle".equals(key.getClassifier())) {
                        Path jar = folder.resolve("plugins").resolve(name + ".jar");
                        plan.fetch(repository, key, work.resolve(name + ".jar"), null);
                        if (!trust && !signed(work.resolve(name + ".jar"))) {
                            throw new PluginsException(Messages.Plugins_unsigned);
                        }
                        Files.createDirectories(jar.getParent());
                        Files.copy(work.resolve(name + ".jar"), jar,
                                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                        written.add(jar);
                        files.add(folder.relativize(jar).toString());
                    } else if ("org.eclipse.update.feature".equals(key.getClassifier())) {
                        Path jar = work.resolve(name + ".feature.jar");
                        plan.fetch(repository, key, jar, null);
                        Path target = folder.resolve("features").resolve(name);
                        unzip(jar, target);
                        written.add(target);
                        files.add(folder.relativize(target).toString());
                    }
                }
                fetching.worked(1);
            }
            List<Plugin> installed = new ArrayList<>();
            for (IInstallableUnit iu : additions) {
                String id = iu.getId();
                if (!id.endsWith(".feature.group") || !ids.contains(id.replace(".feature.group", ""))
                        && !ids.contains(id)) {
                    continue;
                }
                Plugin plugin = new Plugin(id.replace(".feature.group", ""), iu.getVersion().toString(),
                        ProductPlugins.providerOf(iu), true);
                Properties record = new Properties();
                record.setProperty("id", plugin.id());
                record.setProperty("version", plugin.version());
                record.setProperty("provider", plugin.provider());
                record.setProperty("files", String.join(",", files));
                Files.createDirectories(records());
                try (OutputStream out = Files.newOutputStream(records().resolve(plugin.id() + ".properties"))) {
                    record.store(out, "installed by cxw plugins install");
                }
                installed.add(plugin);
            }
            done = true;
            return installed;
        } catch (IOException e) {
            throw new PluginsException(NLS.bind(Messages.Plugins_failed, e.getMessage()), e);
        } finally {
            if (!done) {
                for (Path path : written) {
                    delete(path);
                }
            }
            delete(work);
        }
    }

    /** Removes the files an install put here. */
    public List<Plugin> uninstall(List<String> ids) throws PluginsException {
        List<Plugin> removed = new ArrayList<>();
        for (String id : ids) {
            String feature = id.replace(".feature.group", "");
            Path file = records().resolve(feature + ".properties");
            if (!Files.isRegularFile(file)) {
                throw new PluginsException(NLS.bind(Messages.Plugins_notInstalled, feature));
            }
            Properties record = read(file);
            for (String path : record.getProperty("files", "").split(",")) {
                if (!path.isBlank() && !usedElsewhere(feature, path)) {
                    delete(folder.resolve(path));
                }
            }
            delete(file);
            removed.add(new Plugin(feature, record.getProperty("version"), record.getProperty("provider", ""), true));
        }
        return removed;
    }

    /** Installs the newest version from {@code repository} over the one installed here. */
    public List<Plugin> update(Path product, URI repository, List<String> ids, boolean trust,
            IProgressMonitor monitor) throws PluginsException {
        List<String> names = ids.isEmpty() ? list().stream().map(Plugin::id).toList() : ids;
        if (names.isEmpty() || repository == null) {
            return List.of();
        }
        List<Plugin> before = list();
        uninstall(names);
        try {
            List<Plugin> after = install(product, repository, names, trust, monitor);
            return after.stream().filter(plugin -> !before.contains(plugin)).toList();
        } catch (PluginsException e) {
            throw e;
        }
    }

    private boolean usedElsewhere(String feature, String path) {
        try (var files = Files.list(records())) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (!file.getFileName().toString().equals(feature + ".properties")
                        && List.of(read(file).getProperty("files", "").split(",")).contains(path)) {
                    return true;
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    /** Whether every entry of a jar (other than its signature files) is signed. */
    static boolean signed(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile(), true)) {
            Enumeration<JarEntry> entries = file.entries();
            boolean any = false;
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (entry.isDirectory() || entry.getName().startsWith("META-INF/")) {
                    continue;
                }
                try (InputStream in = file.getInputStream(entry)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
                if (entry.getCodeSigners() == null) {
                    return false;
                }
                any = true;
            }
            return any;
        }
    }

    private static void unzip(Path zip, Path target) throws IOException {
        Files.createDirectories(target);
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    continue;
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    try (InputStream in = file.getInputStream(entry)) {
                        Files.copy(in, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            // an unreadable record has no values
        }
        return properties;
    }

    private static void delete(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (var paths = Files.walk(path)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        } catch (IOException e) {
            // what is left is harmless and removed by the next uninstall
        }
    }
}
