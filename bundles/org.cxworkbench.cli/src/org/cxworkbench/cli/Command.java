package org.cxworkbench.cli;

import java.util.List;

/** One {@code cxw} sub-command, e.g. {@code cxw validate}. */
public interface Command {

    /** The name typed on the command line; part of the interface scripts rely on. */
    String name();

    /** One line for the command list of {@code cxw --help}. */
    String summary();

    /** The full help of {@code cxw <name> --help}: usage line, options, examples. */
    String help();

    /**
     * Runs the command with the arguments after its name ({@code --help} and {@code --debug} already handled).
     *
     * @return the exit code, normally {@link ExitCode#OK}
     * @throws CommandException for a failure to report as one line
     */
    int run(List<String> arguments, CommandContext context) throws CommandException;
}
