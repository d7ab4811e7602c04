package org.cxworkbench.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cxworkbench.cli.internal.Messages;
import org.cxworkbench.core.ProductInfo;
import org.eclipse.osgi.util.NLS;

/**
 * The {@code cxw} dispatcher: global options, the command table, and the conventions every command follows.
 *
 * <ul>
 * <li>exit codes from {@link ExitCode}; an error is one line on stderr, prefixed {@code cxw: } (or
 * {@code cxw <command>: }), with a stack trace only under {@code --debug};</li>
 * <li>{@code --help} anywhere after a command shows that command's help; {@code --version} prints the version.</li>
 * </ul>
 * It holds no static state, so tests run it in-process with their own streams.
 */
public final class Cxw {

    private final Map<String, Command> commands = new TreeMap<>();

    /** A dispatcher knowing {@code commands}; {@code help} is always there. */
    public Cxw(List<? extends Command> commands) {
        for (Command command : commands) {
            if (this.commands.putIfAbsent(command.name(), command) != null) {
                throw new IllegalArgumentException("Two cxw commands are named " + command.name());
            }
        }
    }

    /** The commands known, by name. */
    public Map<String, Command> commands() {
        return Collections.unmodifiableMap(commands);
    }

    /** Runs one command line and returns its exit code; never throws. */
    public int run(String[] args, CommandContext context) {
        List<String> rest = new ArrayList<>(List.of(args));
        boolean debug = rest.remove("--debug");
        CommandContext ctx = new CommandContext(context.out(), context.err(), debug || context.debug());
        if (rest.isEmpty()) {
            ctx.err().print(usage());
            return ExitCode.USAGE;
        }
        String first = rest.remove(0);
        switch (first) {
            case "-h", "--help" -> {
                ctx.out().print(usage());
                return ExitCode.OK;
            }
            case "-V", "--version" -> {
                ctx.out().println("cxw " + ProductInfo.version());
                ctx.out().println(NLS.bind(Messages.Cxw_javaRuntime, ProductInfo.javaRuntime()));
                return ExitCode.OK;
            }
            case "help" -> {
                return help(rest, ctx);
            }
            default -> {
                if (first.startsWith("-")) {
                    return fail(ctx, "cxw", CommandException.usage(NLS.bind(Messages.Cxw_unknownOption, first)));
                }
                Command command = commands.get(first);
                if (command == null) {
                    return fail(ctx, "cxw", CommandException.usage(NLS.bind(Messages.Cxw_unknownCommand, first)));
                }
                return runCommand(command, rest, ctx);
            }
        }
    }

    private int help(List<String> rest, CommandContext ctx) {
        if (rest.isEmpty()) {
            ctx.out().print(usage());
            return ExitCode.OK;
        }
        Command command = commands.get(rest.get(0));
        if (command == null) {
            return fail(ctx, "cxw help", CommandException.usage(NLS.bind(Messages.Cxw_unknownCommand, rest.get(0))));
        }
        ctx.out().print(withNewline(command.help()));
        return ExitCode.OK;
    }

    private static int runCommand(Command command, List<String> arguments, CommandContext ctx) {
        if (arguments.contains("--help") || arguments.contains("-h")) {
            ctx.out().print(withNewline(command.help()));
            return ExitCode.OK;
        }
        try {
            return command.run(List.copyOf(arguments), ctx);
        } catch (CommandException e) {
            return fail(ctx, "cxw " + command.name(), e);
        } catch (RuntimeException | LinkageError e) {
            // A bug, not a user error: still one line by default, but say how to see more.
            String message = NLS.bind(Messages.Cxw_internalError, e.toString());
            return fail(ctx, "cxw " + command.name(), new CommandException(ExitCode.FAILURE, message, e));
        }
    }

    private static int fail(CommandContext ctx, String prefix, CommandException e) {
        ctx.err().println(prefix + ": " + e.getMessage());
        if (ctx.debug()) {
            writeTrace(e.getCause() != null ? e.getCause() : e, ctx.err());
        }
        return e.exitCode();
    }

    /** The trace that {@code --debug} asks for, cause by cause, on the user's stderr. */
    private static void writeTrace(Throwable error, java.io.PrintStream err) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            err.println(t == error ? t.toString() : "Caused by: " + t);
            for (StackTraceElement frame : t.getStackTrace()) {
                err.println("\tat " + frame);
            }
        }
    }

    /** The text of {@code cxw --help}. */
    public String usage() {
        StringBuilder text = new StringBuilder();
        text.append(Messages.Cxw_usage).append("\n\n");
        text.append(NLS.bind(Messages.Cxw_about, ProductInfo.NAME, ProductInfo.shortVersion())).append("\n\n");
        text.append(Messages.Cxw_commands).append('\n');
        int width = Math.max("help".length(), commands.keySet().stream().mapToInt(String::length).max().orElse(0));
        text.append(row("help", Messages.Cxw_helpSummary, width));
        commands.values().forEach(c -> text.append(row(c.name(), c.summary(), width)));
        text.append('\n').append(Messages.Cxw_globalOptions).append('\n');
        text.append(Messages.Cxw_options).append("\n\n");
        text.append(Messages.Cxw_exitCodes).append('\n');
        return text.toString();
    }

    private static String row(String name, String summary, int width) {
        return "  " + name + " ".repeat(width - name.length() + 3) + summary + '\n';
    }

    private static String withNewline(String text) {
        return text.endsWith("\n") ? text : text + '\n';
    }
}
