package org.cxworkbench.services.store;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a results store is: a folder holding an embedded Derby database, or the URL of a database on a Derby network
 * server ({@code jdbc:derby://host:port/db}). Anything else starting with {@code jdbc:} is kept as given and refused
 * when opened, so the caller can name it.
 *
 * @param target the folder or URL as the user gave it
 */
public record StoreLocation(String target) {

    /** The folder of the embedded store when none is given, relative to the current directory. */
    public static final String DEFAULT_FOLDER = "cxw-results";

    public StoreLocation {
        if (target == null || target.isEmpty()) {
            throw new IllegalArgumentException("a store location needs a folder or a URL");
        }
    }

    /** {@code target}, or {@link #DEFAULT_FOLDER} when it is null. */
    public static StoreLocation of(String target) {
        return new StoreLocation(target == null ? DEFAULT_FOLDER : target);
    }

    /** An embedded store in {@code folder}. */
    public static StoreLocation folder(Path folder) {
        return new StoreLocation(folder.toString());
    }

    /** A URL of the Derby network client. */
    public boolean isNetwork() {
        return target.startsWith("jdbc:derby://");
    }

    /** Some JDBC URL, which may not be one of the network client. */
    public boolean isUrl() {
        return target.startsWith("jdbc:");
    }

    /** The embedded store's folder; only for a location that is not a URL. */
    public Path folder() {
        if (isUrl()) {
            throw new IllegalStateException(target + " is not a folder");
        }
        return Path.of(target);
    }

    /** An embedded location whose folder exists. */
    boolean folderExists() {
        return !isUrl() && Files.isDirectory(folder());
    }

    /** An embedded location that names a regular file: Derby would only say it failed to start a database. */
    boolean isRegularFile() {
        return !isUrl() && Files.exists(folder()) && !Files.isDirectory(folder());
    }

    @Override
    public String toString() {
        return target;
    }
}
