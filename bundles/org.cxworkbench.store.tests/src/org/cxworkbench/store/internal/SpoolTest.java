package org.cxworkbench.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spool files an import could not delete (it was killed) are deleted by a later import, never a running one's. */
class SpoolTest {

    @TempDir
    Path dir;

    @Test
    void theSpoolFilesOfAProcessThatNoLongerRunsAreDeleted() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path killed = Files.createFile(dir.resolve("cxw-import-" + gone.pid() + "-answers-123.spool"));
        Path running = Files.createFile(dir.resolve("cxw-import-" + ProcessHandle.current().pid()
                + "-answers-456.spool"));
        Path other = Files.createFile(dir.resolve("cxw-import-notes.txt"));

        Spool.deleteLeftovers(dir);

        assertThat(killed).doesNotExist();
        assertThat(running).exists();
        assertThat(other).exists();
    }
}
