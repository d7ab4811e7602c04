package org.cxworkbench.core.journey;

import java.nio.file.Path;

/**
 * One thing wrong with a journey file, where it is. Line and column are 0 when the parser could not tell (a
 * missing file, a wrong version).
 */
public record FileProblem(Path file, int line, int column, String message) {

    /** {@code retail.journey:12:5: Feature 'colour' not found}, the form editors and compilers use. */
    @Override
    public String toString() {
        String where = file.getFileName().toString();
        if (line > 0) {
            where += ":" + line + (column > 0 ? ":" + column : "");
        }
        return where + ": " + message;
    }
}
