package org.cxworkbench.core.journey;

import java.io.IOException;
import java.util.List;

/**
 * A journey file could not be read. The message is the first problem in one line ({@code file:line:column: what});
 * {@link #problems()} has them all. Nothing was written: a file that failed to load is never overwritten.
 */
public class JourneyLoadException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient List<FileProblem> problems;

    public JourneyLoadException(List<FileProblem> problems, Throwable cause) {
        super(problems.get(0) + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""), cause);
        this.problems = List.copyOf(problems);
    }

    public List<FileProblem> problems() {
        return problems;
    }
}
