package org.cxworkbench.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.cxworkbench.cli.Command;
import org.cxworkbench.cli.CommandContext;
import org.cxworkbench.cli.Cxw;
import org.cxworkbench.cli.internal.BuiltInCommands;

/**
 * {@code cxw} run in-process, as the launch script runs it, with stdout and stderr captured as UTF-8 text: the one
 * runner of the CLI tests. Each {@link #run(String...)} starts with empty streams, unless the runner is
 * {@link #keepingOutput()}.
 */
final class CxwRunner {

    private final Cxw cxw;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private boolean keep;

    /** The commands cxw ships with. */
    CxwRunner() {
        this(BuiltInCommands.all());
    }

    /** Other commands: a command built for the test (another environment, a metric registry). */
    CxwRunner(List<? extends Command> commands) {
        this.cxw = new Cxw(commands);
    }

    /** A runner whose runs add to what the earlier ones wrote, for a test of several runs' lines at once. */
    CxwRunner keepingOutput() {
        keep = true;
        return this;
    }

    /** Runs one command line and returns the exit code; {@link #out()} and {@link #err()} hold what it wrote. */
    int run(String... args) {
        return run(cxw, args);
    }

    /** Runs one command line through another dispatcher (a test of the dispatcher itself), captured alike. */
    int run(Cxw dispatcher, String... args) {
        if (!keep) {
            reset();
        }
        return dispatcher.run(args, new CommandContext(print(out), print(err), false));
    }

    /** Forgets what earlier runs wrote. */
    void reset() {
        out.reset();
        err.reset();
    }

    /** What the last run wrote on stdout. */
    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** What the last run wrote on stderr. */
    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
