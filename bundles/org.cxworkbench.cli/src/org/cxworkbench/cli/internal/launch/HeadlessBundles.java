package org.cxworkbench.cli.internal.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The bundles {@code cxw} starts: the product's {@code osgi.bundles} without the user interface. The launch script
 * runs this on a plain JVM (no OSGi: only the JDK) when the product's {@code config.ini} is new to it, and keeps the
 * result beside its configuration area, so the list follows whatever the build put into the product and is never
 * kept by hand.
 *
 * <p>A bundle is left out when it is SWT, JFace, the workbench or e4's UI, when it needs (not optionally) a package of
 * SWT, JFace, the workbench or e4's UI, when it needs (not optionally) a bundle left out, when it is a fragment of one,
 * when it is a plain library that only bundles left out use, or when it is e4's core runtime (dependency injection,
 * contexts, services) and no bundle that stays needs it. Everything else stays, including bundles nothing requires,
 * such as the SLF4J provider that SPI Fly registers.
 *
 * <p>Usage: {@code java -cp <this bundle's jar> org.cxworkbench.cli.internal.launch.HeadlessBundles
 * <product folder>}; prints the value of {@code osgi.bundles} on stdout; exits 1 with one line on stderr when the
 * product cannot be read (the script then starts every bundle, as before).
 */
public final class HeadlessBundles {

    private static final List<String> UI_PACKAGES = List.of("org.eclipse.swt", "org.eclipse.jface", "org.eclipse.ui",
            "org.eclipse.e4.ui");

    private HeadlessBundles() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: HeadlessBundles <product folder> [<user dropins folder>]");
            System.exit(2);
        }
        try {
            String value = headless(Path.of(args[0]), args.length > 1 ? Path.of(args[1]) : null);
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            out.println(value);
        } catch (IOException | RuntimeException e) {
            System.err.println("cxw: cannot list the product's headless bundles: " + e);
            System.exit(1);
        }
    }

    /** The {@code osgi.bundles} value of the product in {@code product} without its UI bundles. */
    public static String headless(Path product) throws IOException {
        return headless(product, null);
    }

    /**
     * The {@code osgi.bundles} value of the product in {@code product} without its UI bundles, with the bundles
     * dropped into its {@code dropins/} folder and into {@code userDropins} (may be null or missing).
     *
     * <p>A p2-enabled product starts simpleconfigurator, which installs what its {@code bundles.info} lists: then the
     * list is that file (so plug-ins installed with p2 are in it), with simpleconfigurator unstarted and without the
     * dropins reconciler, which cxw does without (it takes the dropins folders as they are, below).
     */
    public static String headless(Path product, Path userDropins) throws IOException {
        Properties config = new Properties();
        try (InputStream in = Files.newInputStream(product.resolve("configuration/config.ini"))) {
            config.load(in);
        }
        String bundles = config.getProperty("osgi.bundles");
        if (bundles == null || bundles.isBlank()) {
            throw new IOException("no osgi.bundles in configuration/config.ini");
        }
        Map<String, Manifest> manifests = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        if (bundles.contains(SIMPLECONFIGURATOR)) {
            for (String entry : bundlesInfo(product, config)) {
                Manifest manifest = manifest(product.resolve("plugins"), entry);
                if (manifest != null && seen.add(key(manifest))) {
                    manifests.put(entry, manifest);
                }
            }
        } else {
            for (String entry : bundles.split(",")) {
                entry = entry.strip();
                if (!entry.isEmpty()) {
                    Manifest manifest = manifest(product.resolve("plugins"), entry);
                    manifests.put(entry, manifest);
                    if (manifest != null) {
                        seen.add(key(manifest));
                    }
                }
            }
        }
        for (Path dropins : new Path[] {product.resolve("dropins"), userDropins}) {
            for (Path bundle : dropins(dropins)) {
                String entry = "reference:file:" + bundle.toAbsolutePath().normalize() + "@4";
                Manifest manifest = manifest(product.resolve("plugins"), entry);
                if (manifest != null && manifest.getMainAttributes().getValue("Bundle-SymbolicName") != null
                        && seen.add(key(manifest))) {
                    manifests.put(entry, manifest);
                }
            }
        }
        Set<String> excluded = new HashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<String, Manifest> bundle : manifests.entrySet()) {
                Attributes main = bundle.getValue() == null ? null : bundle.getValue().getMainAttributes();
                if (main == null) {
                    continue;
                }
                String name = symbolicName(main);
                if (excluded.contains(name)) {
                    continue;
                }
                if (isUi(name) || needsUi(main, excluded)) {
                    excluded.add(name);
                    changed = true;
                }
            }
        }
        excludeWhatOnlyTheUserInterfaceUses(product.resolve("plugins"), manifests, excluded);
        List<String> kept = new ArrayList<>();
        for (Map.Entry<String, Manifest> bundle : manifests.entrySet()) {
            Manifest manifest = bundle.getValue();
            String name = manifest == null ? ""
                    : symbolicName(manifest.getMainAttributes());
            if (!excluded.contains(name)) {
                kept.add(LAZY.contains(name) ? bundle.getKey().replaceFirst(":start$", "") : bundle.getKey());
            }
        }
        return String.join(",", kept);
    }

    /**
     * Leaves out the plain libraries that only left-out bundles use: a bundle that other bundles of the product require
     * or import from, all of them left out, and that does nothing by itself (no activator, no extensions, no
     * declarative services, no capabilities it provides, not a fragment). Such a bundle can only be wired to the user
     * interface, and one that cannot even resolve without it (JSVG, which SWT's SVG support uses, requires the service
     * loader mediator's capabilities) makes the framework retry its resolution and save its whole state on every
     * start. A bundle that contributes anything stays, whoever uses it: p2's touchpoints, for one, are found through
     * the extension registry, not imported. e4's core runtime ({@link #WORKBENCH_ONLY}) goes whatever it does, used by
     * left-out bundles only or by none.
     */
    private static void excludeWhatOnlyTheUserInterfaceUses(Path plugins, Map<String, Manifest> manifests,
            Set<String> excluded) throws IOException {
        // each bundle's main attributes and osgi.bundles entry by symbolic name, and the bundles exporting each package
        Map<String, Attributes> bundles = new LinkedHashMap<>();
        Map<String, String> entries = new HashMap<>();
        Map<String, Set<String>> exporters = new HashMap<>();
        for (Map.Entry<String, Manifest> bundle : manifests.entrySet()) {
            if (bundle.getValue() == null) {
                continue;
            }
            Attributes main = bundle.getValue().getMainAttributes();
            String name = symbolicName(main);
            bundles.put(name, main);
            entries.put(name, bundle.getKey());
            for (String clause : clauses(main.getValue("Export-Package"))) {
                exporters.computeIfAbsent(name(clause), k -> new HashSet<>()).add(name);
            }
        }
        Map<String, Set<String>> users = new HashMap<>();
        bundles.forEach((name, main) -> {
            for (String required : names(main.getValue("Require-Bundle"))) {
                users.computeIfAbsent(required, k -> new HashSet<>()).add(name);
            }
            for (String host : names(main.getValue("Fragment-Host"))) {
                users.computeIfAbsent(host, k -> new HashSet<>()).add(name);
            }
            for (String clause : clauses(main.getValue("Import-Package"))) {
                for (String exporter : exporters.getOrDefault(name(clause), Set.of())) {
                    if (!exporter.equals(name)) {
                        users.computeIfAbsent(exporter, k -> new HashSet<>()).add(name);
                    }
                }
            }
        });
        // the bundles that may go: used by someone and without an activator, services or capabilities; and the
        // workbench's own runtime, whatever it does, used or not
        List<String> candidates = new ArrayList<>();
        bundles.forEach((name, main) -> {
            if (!excluded.contains(name)
                    && (workbenchOnly(name) || users.containsKey(name) && !doesSomething(main))) {
                candidates.add(name);
            }
        });
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Iterator<String> each = candidates.iterator(); each.hasNext();) {
                String name = each.next();
                if (excluded.containsAll(users.getOrDefault(name, Set.of()))) {
                    // only now its jar is opened, once: a plugin.xml keeps it for good
                    if (workbenchOnly(name) || !contributes(plugins, entries.get(name))) {
                        excluded.add(name);
                        changed = true;
                    }
                    each.remove();
                }
            }
        }
    }

    /**
     * The workbench's own runtime beside its user interface: e4's dependency injection, contexts and services, which
     * only the e4 workbench model uses. Their declarative services (two of them immediate) and activators cost every
     * {@code cxw} start about 0.04 s; they stay only when a bundle that stays needs them.
     */
    private static final List<String> WORKBENCH_ONLY = List.of("org.eclipse.e4.core.");

    private static boolean workbenchOnly(String name) {
        return WORKBENCH_ONLY.stream().anyMatch(name::startsWith);
    }

    /** The symbolic name of a bundle's main attributes, without its directives ({@code singleton:=true}). */
    private static String symbolicName(Attributes main) {
        return names(main.getValue("Bundle-SymbolicName")).stream().findFirst().orElse("");
    }

    private static boolean doesSomething(Attributes main) {
        return main.getValue("Bundle-Activator") != null || main.getValue("Service-Component") != null
                || main.getValue("Provide-Capability") != null || main.getValue("Fragment-Host") != null
                || main.getValue("Eclipse-BuddyPolicy") != null;
    }

    /** Whether the bundle of an {@code osgi.bundles} entry has a plugin.xml (extensions or extension points). */
    private static boolean contributes(Path plugins, String entry) throws IOException {
        Path path = path(plugins, entry);
        if (Files.isDirectory(path)) {
            return Files.exists(path.resolve("plugin.xml"));
        }
        if (!Files.isRegularFile(path)) {
            return true;
        }
        try (JarFile jar = new JarFile(path.toFile(), false)) {
            return jar.getEntry("plugin.xml") != null;
        }
    }

    private static final String SIMPLECONFIGURATOR = "org.eclipse.equinox.simpleconfigurator";

    /**
     * Bundles listed without {@code :start}: {@link LazyBundles} starts them when a command may need them (SPI Fly,
     * whose start-up scan and weaving cost a third of {@code cxw --version}'s processor time).
     */
    static final Set<String> LAZY = Set.of("org.apache.aries.spifly.dynamic.bundle");

    /**
     * The dropins reconciler, which cxw does without (it reads the dropins folders itself). Simpleconfigurator stays
     * in the list, unstarted, because p2's bundles need its packages; the launch script points it at an empty list.
     */
    private static final Set<String> NOT_FOR_CXW = Set.of("org.eclipse.equinox.p2.reconciler.dropins");

    /** The entries of simpleconfigurator's bundles.info as {@code osgi.bundles} entries with absolute paths. */
    static List<String> bundlesInfo(Path product, Properties config) throws IOException {
        String url = config.getProperty(SIMPLECONFIGURATOR + ".configUrl",
                "file:" + SIMPLECONFIGURATOR + "/bundles.info");
        Path info = product.resolve("configuration").resolve(url.replaceFirst("^file:", ""));
        List<String> entries = new ArrayList<>();
        for (String line : Files.readAllLines(info, StandardCharsets.UTF_8)) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            // symbolic name,version,location,start level,started
            String[] fields = line.split(",");
            if (fields.length < 5 || NOT_FOR_CXW.contains(fields[0])) {
                continue;
            }
            String location = fields[2].replaceFirst("^file:", "");
            Path path = Path.of(location).isAbsolute() ? Path.of(location) : product.resolve(location);
            boolean start = Boolean.parseBoolean(fields[4]) && !fields[0].equals(SIMPLECONFIGURATOR);
            entries.add("reference:file:" + path.toAbsolutePath().normalize() + "@" + fields[3]
                    + (start ? ":start" : ""));
        }
        return entries;
    }

    /**
     * The bundles of a dropins folder, as p2's reconciler finds them: jars and bundle folders at its top, in its
     * {@code plugins/}, and in the {@code plugins/} of {@code eclipse/} or any other folder below it.
     */
    static List<Path> dropins(Path dropins) throws IOException {
        List<Path> bundles = new ArrayList<>();
        if (dropins == null || !Files.isDirectory(dropins)) {
            return bundles;
        }
        List<Path> folders = new ArrayList<>();
        folders.add(dropins);
        try (var children = Files.list(dropins)) {
            for (Path child : children.sorted().toList()) {
                if (Files.isDirectory(child) && !Files.isRegularFile(child.resolve("META-INF/MANIFEST.MF"))) {
                    folders.add(child.getFileName().toString().equals("plugins") ? child : child.resolve("plugins"));
                    if (Files.isDirectory(child.resolve("eclipse/plugins"))) {
                        folders.add(child.resolve("eclipse/plugins"));
                    }
                }
            }
        }
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (var children = Files.list(folder)) {
                for (Path child : children.sorted().toList()) {
                    if (child.getFileName().toString().endsWith(".jar") && Files.isRegularFile(child)
                            || Files.isRegularFile(child.resolve("META-INF/MANIFEST.MF"))) {
                        bundles.add(child);
                    }
                }
            }
        }
        return bundles;
    }

    private static String key(Manifest manifest) {
        Attributes main = manifest.getMainAttributes();
        return symbolicName(main) + "_"
                + main.getValue("Bundle-Version");
    }

    private static boolean isUi(String name) {
        return UI_PACKAGES.stream().anyMatch(ui -> name.equals(ui) || name.startsWith(ui + "."));
    }

    private static boolean needsUi(Attributes main, Set<String> excluded) {
        for (String host : names(main.getValue("Fragment-Host"))) {
            if (excluded.contains(host)) {
                return true;
            }
        }
        for (String clause : clauses(main.getValue("Require-Bundle"))) {
            if (!optional(clause) && excluded.contains(name(clause))) {
                return true;
            }
        }
        for (String clause : clauses(main.getValue("Import-Package"))) {
            String pkg = name(clause);
            if (!optional(clause) && isUi(pkg)) {
                return true;
            }
        }
        return false;
    }

    /** The manifest of an {@code osgi.bundles} entry ({@code reference:file:name.jar@4:start}), or null. */
    private static Manifest manifest(Path plugins, String entry) throws IOException {
        Path path = path(plugins, entry);
        if (Files.isDirectory(path)) {
            Path mf = path.resolve("META-INF/MANIFEST.MF");
            if (!Files.isRegularFile(mf)) {
                return null;
            }
            try (InputStream in = Files.newInputStream(mf)) {
                return new Manifest(in);
            }
        }
        if (!Files.isRegularFile(path)) {
            return null;
        }
        try (JarFile jar = new JarFile(path.toFile(), false)) {
            return jar.getManifest();
        }
    }

    /** The file or folder of an {@code osgi.bundles} entry. */
    private static Path path(Path plugins, String entry) {
        String location = entry;
        int at = location.lastIndexOf('@');
        if (at > 0) {
            location = location.substring(0, at);
        }
        location = location.replaceFirst("^reference:", "").replaceFirst("^file:", "");
        return plugins.resolve(location);
    }

    /** The clauses of a manifest header, split at the commas outside quotes. */
    static List<String> clauses(String header) {
        List<String> clauses = new ArrayList<>();
        if (header == null) {
            return clauses;
        }
        StringBuilder clause = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(clause.toString().strip());
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        if (!clause.isEmpty()) {
            clauses.add(clause.toString().strip());
        }
        return clauses;
    }

    private static List<String> names(String header) {
        return clauses(header).stream().map(HeadlessBundles::name).toList();
    }

    private static String name(String clause) {
        int semicolon = clause.indexOf(';');
        return (semicolon < 0 ? clause : clause.substring(0, semicolon)).strip();
    }

    private static boolean optional(String clause) {
        return clause.replace(" ", "").contains("resolution:=optional");
    }
}
