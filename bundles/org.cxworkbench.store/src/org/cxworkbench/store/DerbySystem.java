package org.cxworkbench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where Derby writes its log, {@code derby.log}. Derby's default is the folder the JVM was started in, so every
 * {@code cxw} command that touched a store left a {@code derby.log} in the user's current folder (beside their
 * exports, or in a source tree).
 *
 * <p>Derby reads its log's place once, when its engine boots in the process, from system properties, which are
 * global to the JVM (the workbench shares them with every bundle). So this sets only a default, and only when no one
 * chose: when none of {@code derby.stream.error.file}, {@code derby.stream.error.field},
 * {@code derby.stream.error.method} and {@code derby.system.home} is set (a {@code -D} option, a test, the
 * workbench), the log goes to {@code derby.log} in the user's cache folder, {@code $XDG_CACHE_HOME/cxworkbench}
 * or {@code ~/.cache/cxworkbench} (where the launch scripts keep their configuration areas too). It is called
 * before anything of this bundle boots the engine: {@link EmbeddedDatabase} and {@link NetworkServer}.
 */
final class DerbySystem {

    /** Derby's property for its log file. */
    static final String LOG_FILE = "derby.stream.error.file";

    /** Properties by which someone already decided where Derby logs. */
    private static final List<String> CHOSEN = List.of(LOG_FILE, "derby.stream.error.field",
            "derby.stream.error.method", "derby.system.home");

    private DerbySystem() {
    }

    /** Sets {@link #LOG_FILE} to the user's cache folder, unless the log's place was chosen already. */
    static synchronized void logOutsideTheWorkingFolder() {
        for (String property : CHOSEN) {
            if (System.getProperty(property) != null) {
                return;
            }
        }
        Path folder = cacheFolder();
        try {
            Files.createDirectories(folder);
        } catch (IOException | SecurityException e) {
            // no cache folder (a read-only home): the temporary folder, still not the user's current one
            folder = Path.of(System.getProperty("java.io.tmpdir"), "cxworkbench-" + System.getProperty("user.name"));
            try {
                Files.createDirectories(folder);
            } catch (IOException | SecurityException alsoNot) {
                return;
            }
        }
        System.setProperty(LOG_FILE, folder.resolve("derby.log").toString());
    }

    /** {@code $XDG_CACHE_HOME/cxworkbench} when that is an absolute path, else {@code ~/.cache/cxworkbench}. */
    static Path cacheFolder() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".cache");
        return cache.resolve("cxworkbench");
    }
}
