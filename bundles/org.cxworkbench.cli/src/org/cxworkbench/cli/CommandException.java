package org.cxworkbench.cli;

/**
 * A failure a command reports to the user as one line (its message) with an exit code; the stack trace is shown
 * only with {@code --debug}.
 */
public class CommandException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public CommandException(int exitCode, String message) {
        this(exitCode, message, null);
    }

    public CommandException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** A mistake in the command line: exit code {@link ExitCode#USAGE}. */
    public static CommandException usage(String message) {
        return new CommandException(ExitCode.USAGE, message);
    }

    public int exitCode() {
        return exitCode;
    }
}
