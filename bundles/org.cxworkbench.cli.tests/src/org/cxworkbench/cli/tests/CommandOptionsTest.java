package org.cxworkbench.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.cxworkbench.cli.CommandException;
import org.cxworkbench.cli.ExitCode;
import org.cxworkbench.cli.internal.CommandOptions;
import org.cxworkbench.cli.internal.CommandOptions.Arguments;
import org.junit.jupiter.api.Test;

/**
 * The shared option parser on its own: what Commons CLI gives each command (values kept as typed, the last of a
 * repeated option, flags, positionals, {@code --name=value}) and the rules kept from the hand-written parsers,
 * each failing as a usage error (exit 2) in the words given.
 */
class CommandOptionsTest {

    private static final CommandOptions.Words WORDS = new CommandOptions.Words("unknown {0}", "no value for {0}",
            "twice {0}", "required {0}", "extra {0}");

    private static CommandOptions options() {
        return new CommandOptions(WORDS).once("--metric", "--min-n").repeatable("--param", "--db")
                .required("--column").flag("--force").positionals(1);
    }

    private static Arguments parse(String... args) throws CommandException {
        return options().parse(List.of(args));
    }

    private static void fails(String message, String... args) {
        assertThatThrownBy(() -> parse(args)).as(String.join(" ", args)).isInstanceOfSatisfying(
                CommandException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
                    assertThat(e.getMessage()).isEqualTo(message);
                });
    }

    @Test
    void valuesFlagsAndPositionalsAreReadAsTyped() throws CommandException {
        Arguments line = parse("answers.csv", "--metric=nps", "--column", "\"Q1\"", "--param", "period=Q1",
                "--param", "base=average", "--db", "a", "--db", "b", "--min-n", "-5", "--force");
        assertThat(line.positionals()).containsExactly("answers.csv");
        assertThat(line.positional(0)).isEqualTo("answers.csv");
        assertThat(line.positional(1)).isNull();
        assertThat(line.value("--metric")).isEqualTo("nps");
        // quotes are the user's: kept
        assertThat(line.value("--column")).isEqualTo("\"Q1\"");
        assertThat(line.values("--param")).containsExactly("period=Q1", "base=average");
        assertThat(line.value("--db")).isEqualTo("b");
        // a negative number is a value, not an option
        assertThat(line.value("--min-n")).isEqualTo("-5");
        assertThat(line.has("--force")).isTrue();
        assertThat(line.has("--metric")).isTrue();
        assertThat(line.has("--param")).isTrue();
        assertThat(line.value("--nothing", "fallback")).isEqualTo("fallback");
        assertThat(parse("--column", "q").has("--force")).isFalse();
        // after --, everything is a positional argument
        assertThat(parse("--column", "q", "--", "file.csv").positionals()).containsExactly("file.csv");
    }

    @Test
    void aWrongLineIsAUsageErrorInTheCommandsWords() {
        fails("unknown --colum", "--colum", "q");
        fails("unknown --bogus=1", "--column", "q", "--bogus=1");
        fails("unknown -c", "-c", "q");
        fails("no value for --metric", "--column", "q", "--metric");
        fails("no value for --metric", "--metric", "--column", "q");
        fails("no value for --metric", "--column", "q", "--metric", "--unknown");
        fails("twice --metric", "--column", "q", "--metric", "a", "--metric", "b");
        fails("required --column", "--metric", "nps");
        fails("extra b.csv", "--column", "q", "a.csv", "b.csv");
        fails("unknown -x", "--column", "q", "--", "-x");
    }

    @Test
    void dashedValuesAreTakenAsGivenWhereTheCommandSaysSo() throws CommandException {
        CommandOptions options = new CommandOptions(WORDS).repeatable("--format").dashedValues();
        assertThat(options.parse(List.of("--format", "--strict")).value("--format")).isEqualTo("--strict");
        assertThatThrownBy(() -> options.parse(List.of("--format", "--format")))
                .hasMessage("no value for --format");
    }
}
