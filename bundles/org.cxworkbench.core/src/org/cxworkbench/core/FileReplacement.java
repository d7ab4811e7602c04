package org.cxworkbench.core;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file whole or not at all: the content goes to a temporary file next to the target, which is then moved
 * over it (atomically where the file system can), so that a crash or a full disk leaves the old file whole. A
 * replaced file keeps its permissions (a team's read access, or a private 0600); a new one gets the user's usual
 * ones. The one place for journeys, exported maps and anything else the product writes over a user's file.
 */
public final class FileReplacement {

    private FileReplacement() {
    }

    /**
     * Writes {@code content} to {@code file}.
     *
     * @param backup where to copy the file being replaced first, or {@code null} for no copy
     * @throws IOException when the folder cannot be written; the target is then as it was, and no temporary file
     *         is left
     */
    public static void write(Path file, byte[] content, Path backup) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        // Not Files.createTempFile: its file is private (0600), and the written file would lose the permissions the
        // user's umask (or the file before) gave it.
        Path temporary = target.resolveSibling("." + target.getFileName() + "." + Long.toUnsignedString(
                ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        Files.createFile(temporary);
        try {
            Files.write(temporary, content);
            if (Files.exists(target) && Files.getFileStore(target).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
            }
            if (backup != null && Files.exists(target)) {
                Files.copy(target, backup, StandardCopyOption.REPLACE_EXISTING);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
