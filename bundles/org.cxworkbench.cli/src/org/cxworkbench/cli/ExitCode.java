package org.cxworkbench.cli;

/** The exit codes of {@code cxw}; scripts depend on them, so they never change meaning. */
public final class ExitCode {

    /** The command did what was asked. */
    public static final int OK = 0;
    /** The command ran but failed: bad input, an unreachable database, validation errors. */
    public static final int FAILURE = 1;
    /** The command line itself was wrong: unknown command or option, a missing argument. */
    public static final int USAGE = 2;

    private ExitCode() {
    }
}
