package org.cxworkbench.core.journey;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A journey resource whose load failed was asked to save over its file. It holds nothing, or only what could be
 * read, so saving would destroy the file; the file is left as it is. Fix (or move) the file and open it again.
 */
public class JourneySaveRefusedException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public JourneySaveRefusedException(Path file, String loadProblem) {
        super(file.getFileName() + ": not saved, because the file failed to load (" + loadProblem
                + "); saving would replace it with what could be read of it. Fix or move the file, then open it again");
        this.file = file;
    }

    /** The file that was not written. */
    public Path file() {
        return file;
    }
}
