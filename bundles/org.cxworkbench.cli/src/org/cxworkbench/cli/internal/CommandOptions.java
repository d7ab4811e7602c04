package org.cxworkbench.cli.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.MissingArgumentException;
import org.apache.commons.cli.MissingOptionException;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.commons.cli.UnrecognizedOptionException;
import org.cxworkbench.cli.CommandException;
import org.eclipse.osgi.util.NLS;

/**
 * The options of one {@code cxw} command, declared once and parsed by Apache Commons CLI; the one place where a
 * wrong command line becomes a {@link CommandException#usage(String) usage error} (exit 2) in the command's own
 * words. Each command declares its options and gets an {@link Arguments}:
 *
 * <pre>
 * Arguments line = new CommandOptions(CommandOptions.metrics()).once("--metric", "--column").repeatable("--param")
 *         .parse(arguments);
 * </pre>
 *
 * What the command line accepts, and what it calls wrong, is what the hand-written parsers before it did:
 * <ul>
 * <li>options are long ({@code --name}); an abbreviation is an unknown option (no partial matching);</li>
 * <li>an option with a value needs one: none, or (unless {@link #dashedValues()}) a value that starts with
 * {@code --}, is a missing value;</li>
 * <li>an option declared {@link #once(String...)} and given twice is a repeated option; {@link #repeatable(String...)}
 * ones keep every value ({@link Arguments#values(String)}; {@link Arguments#value(String)} is the last);</li>
 * <li>positional arguments beyond those the command takes are an extra argument; one that starts with {@code -}
 * is an unknown option;</li>
 * <li>{@link #required(String...)} options are checked last, in the order declared.</li>
 * </ul>
 * Commons CLI also reads {@code --name=value} and {@code -name}, and {@code --} ends the options, which the old
 * parsers refused. On a line with two mistakes the one named may differ from before; each mistake alone gives the
 * same line ({@code WrongCommandLinesTest} in the tests). Help texts are the commands' own
 * externalized texts, not Commons CLI's {@code HelpFormatter}. {@code --help} and {@code --debug} are handled by
 * {@link org.cxworkbench.cli.Cxw} before a command parses.
 */
public final class CommandOptions {

    /**
     * A command's words for a wrong command line, NLS patterns whose {@code {0}} is the option (with its
     * {@code --}) or the argument. {@code repeatedOption} and {@code missingOption} may be null for a command
     * without {@link CommandOptions#once(String...) once} and {@link CommandOptions#required(String...) required}
     * options.
     *
     * @param unknownOption  an option the command does not have
     * @param missingValue   an option given without its value
     * @param repeatedOption an option given twice that may be given once
     * @param missingOption  a required option not given
     * @param extraArgument  a positional argument more than the command takes
     */
    public record Words(String unknownOption, String missingValue, String repeatedOption, String missingOption,
            String extraArgument) {
    }

    /**
     * The words of {@code score}, {@code compare} and {@code generate}, which take options only. Like every
     * command's words, read when a command line is parsed, so that they are in the language the messages are
     * loaded in.
     */
    public static Words metrics() {
        return new Words(Messages.Metrics_unknownOption, Messages.Metrics_missingValue,
                Messages.Metrics_repeatedOption, Messages.Metrics_missingOption, Messages.Metrics_unknownOption);
    }

    private static final String DASHES = "--";

    private final Options options = new Options();
    private final Set<String> once = new HashSet<>();
    private final Set<String> required = new LinkedHashSet<>();
    private final Words words;
    private int positionals;
    private boolean dashedValues;

    /** A command that takes options only, worded by {@code words}. */
    public CommandOptions(Words words) {
        this.words = words;
    }

    /** Options {@code --name <value>} that may be given once. */
    public CommandOptions once(String... names) {
        for (String name : names) {
            add(name, true);
            once.add(name);
        }
        return this;
    }

    /** Options {@code --name <value>} that must be given, once; checked after everything else. */
    public CommandOptions required(String... names) {
        once(names);
        required.addAll(List.of(names));
        return this;
    }

    /** Options {@code --name <value>} that may be given more than once. */
    public CommandOptions repeatable(String... names) {
        for (String name : names) {
            add(name, true);
        }
        return this;
    }

    /** Options {@code --name} without a value. */
    public CommandOptions flag(String... names) {
        for (String name : names) {
            add(name, false);
        }
        return this;
    }

    /** The command takes up to {@code count} positional arguments (a file, a folder, a report name). */
    public CommandOptions positionals(int count) {
        this.positionals = count;
        return this;
    }

    /**
     * A value may start with {@code --} (as {@code validate}, {@code demo} and {@code server} always took it); it
     * is then checked as a value, not refused as missing.
     */
    public CommandOptions dashedValues() {
        this.dashedValues = true;
        return this;
    }

    private void add(String name, boolean hasValue) {
        if (!name.startsWith(DASHES)) {
            throw new IllegalArgumentException("an option's name starts with --: " + name);
        }
        options.addOption(Option.builder().longOpt(name.substring(DASHES.length())).hasArg(hasValue).get());
    }

    /** Parses a command line (the arguments after the command's name). */
    public Arguments parse(List<String> arguments) throws CommandException {
        CommandLine line;
        try {
            line = DefaultParser.builder().setAllowPartialMatching(false).setStripLeadingAndTrailingQuotes(false)
                    .get().parse(options, arguments.toArray(String[]::new));
        } catch (UnrecognizedOptionException e) {
            throw usage(words.unknownOption(), e.getOption());
        } catch (MissingArgumentException e) {
            throw usage(words.missingValue(), DASHES + e.getOption().getLongOpt());
        } catch (MissingOptionException e) {
            // not declared to Commons CLI (required() is checked below, in order), but worded all the same
            throw usage(words.missingOption(), DASHES + e.getMissingOptions().get(0));
        } catch (ParseException e) {
            throw CommandException.usage(e.getMessage());
        }
        List<Option> given = List.of(line.getOptions());
        Set<String> seen = new HashSet<>();
        for (Option option : given) {
            String name = DASHES + option.getLongOpt();
            String value = option.getValue();
            if (value != null && !dashedValues && value.startsWith(DASHES)) {
                throw usage(words.missingValue(), name);
            }
            if (!seen.add(name) && once.contains(name)) {
                throw usage(words.repeatedOption(), name);
            }
        }
        List<String> rest = line.getArgList();
        for (int i = 0; i < rest.size(); i++) {
            String argument = rest.get(i);
            if (argument.startsWith("-")) {
                throw usage(words.unknownOption(), argument);
            }
            if (i >= positionals) {
                throw usage(words.extraArgument(), argument);
            }
        }
        Arguments result = new Arguments(given, rest, words);
        for (String name : required) {
            result.required(name);
        }
        return result;
    }

    static CommandException usage(String pattern, String what) {
        return CommandException.usage(NLS.bind(pattern, what));
    }

    /** The options and positional arguments of one command line, as {@link CommandOptions#parse(List)} read them. */
    public static final class Arguments {

        private final List<Option> options;
        private final List<String> positionals;
        private final Words words;

        Arguments(List<Option> options, List<String> positionals, Words words) {
            this.options = options;
            this.positionals = List.copyOf(positionals);
            this.words = words;
        }

        /** Whether option {@code name} ({@code --force}) was given. */
        public boolean has(String name) {
            return options.stream().anyMatch(o -> (DASHES + o.getLongOpt()).equals(name));
        }

        /** Every value of option {@code name}, in the order given. */
        public List<String> values(String name) {
            List<String> values = new ArrayList<>();
            for (Option option : options) {
                if ((DASHES + option.getLongOpt()).equals(name) && option.getValue() != null) {
                    values.add(option.getValue());
                }
            }
            return values;
        }

        /** The value of option {@code name}, the last one if it was given more than once; null when not given. */
        public String value(String name) {
            List<String> values = values(name);
            return values.isEmpty() ? null : values.get(values.size() - 1);
        }

        /** The value of option {@code name}, or {@code fallback}. */
        public String value(String name, String fallback) {
            String value = value(name);
            return value == null ? fallback : value;
        }

        /** The value of option {@code name}; a usage error in the command's words when it is not given. */
        public String required(String name) throws CommandException {
            String value = value(name);
            if (value == null) {
                throw usage(words.missingOption(), name);
            }
            return value;
        }

        /** The positional arguments, in order. */
        public List<String> positionals() {
            return positionals;
        }

        /** Positional argument {@code index}, or null. */
        public String positional(int index) {
            return index < positionals.size() ? positionals.get(index) : null;
        }
    }
}
