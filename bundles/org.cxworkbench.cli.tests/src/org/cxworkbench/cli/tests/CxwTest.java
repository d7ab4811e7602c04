package org.cxworkbench.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.cxworkbench.cli.Command;
import org.cxworkbench.cli.CommandContext;
import org.cxworkbench.cli.CommandException;
import org.cxworkbench.cli.Cxw;
import org.cxworkbench.cli.ExitCode;
import org.cxworkbench.cli.internal.BuiltInCommands;
import org.cxworkbench.core.ProductInfo;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;

/** The conventions of {@code cxw}: help, version, exit codes, one-line errors. The launch script is tested too. */
class CxwTest {

    /** Runs add up, as a test of the dispatcher resets what it wants to (runner.reset()). */
    private final CxwRunner runner = new CxwRunner().keepingOutput();

    private int run(Cxw dispatcher, String... args) {
        return runner.run(dispatcher, args);
    }

    private String out() {
        return runner.out();
    }

    private String err() {
        return runner.err();
    }

    @Test
    void helpPrintsUsageOnStdoutAndSucceeds() {
        int code = run(new Cxw(BuiltInCommands.all()), "--help");
        assertThat(code).isEqualTo(ExitCode.OK);
        assertThat(out()).startsWith("Usage: cxw <command> [options]").contains("--version").contains("Exit codes");
        assertThat(err()).isEmpty();
    }

    /**
     * NLS turns {@code ''} into {@code '} only when it binds arguments; a help text is printed as it is, so a doubled
     * apostrophe there shows (it did: "the metric''s", "Kish''s"). Every command's help, and the command list, in
     * each shipped language: the messages are loaded again for each locale, as NLS would at start-up.
     */
    @Test
    void noHelpTextShowsADoubledApostropheInAnyLanguage() throws ReflectiveOperationException {
        Locale before = Locale.getDefault();
        java.util.Map<String, String> helps = new java.util.LinkedHashMap<>();
        try {
            for (String language : List.of("en", "fi", "sv")) {
                localize(Locale.of(language));
                Cxw cxw = new Cxw(BuiltInCommands.all());
                runner.reset();
                assertThat(run(cxw, "--help")).isEqualTo(ExitCode.OK);
                helps.put(language + ": cxw --help", out());
                for (Command command : BuiltInCommands.all()) {
                    runner.reset();
                    assertThat(run(cxw, command.name(), "--help")).isEqualTo(ExitCode.OK);
                    helps.put(language + ": cxw " + command.name() + " --help", out());
                }
            }
        } finally {
            localize(before);
        }
        assertThat(helps).hasSize(3 * (BuiltInCommands.all().size() + 1));
        // the languages really differ (the messages were loaded for each)
        assertThat(helps.get("fi: cxw score --help")).isNotEqualTo(helps.get("en: cxw score --help"));
        assertThat(helps.get("sv: cxw score --help")).isNotEqualTo(helps.get("fi: cxw score --help"));
        assertThat(helps.get("en: cxw score --help")).contains("the metric's secondary", "Kish's effective n");
        assertThat(helps).allSatisfy((which, text) -> assertThat(text).as(which).isNotBlank().doesNotContain("''"));
    }

    /** The CLI's messages as NLS loads them for {@code locale} (it keeps the locale's suffixes once computed). */
    private static void localize(Locale locale) throws ReflectiveOperationException {
        Locale.setDefault(locale);
        java.lang.reflect.Field suffixes = NLS.class.getDeclaredField("nlSuffixes");
        suffixes.setAccessible(true);
        suffixes.set(null, null);
        NLS.initializeMessages("org.cxworkbench.cli.internal.messages", org.cxworkbench.cli.internal.Messages.class);
        // the demo's messages class is package-private
        NLS.initializeMessages("org.cxworkbench.cli.internal.demo.messages",
                Class.forName("org.cxworkbench.cli.internal.demo.Messages", true, Cxw.class.getClassLoader()));
    }

    @Test
    void versionPrintsTheBuildsVersion() {
        assertThat(run(new Cxw(BuiltInCommands.all()), "--version")).isEqualTo(ExitCode.OK);
        assertThat(out()).startsWith("cxw " + ProductInfo.version() + "\n").contains("Java ");
    }

    @Test
    void anUnknownCommandIsOneLineOnStderrAndExitCode2() {
        int code = run(new Cxw(BuiltInCommands.all()), "frobnicate", "--fast");
        assertThat(code).isEqualTo(ExitCode.USAGE);
        assertThat(out()).isEmpty();
        assertThat(err()).isEqualTo("cxw: unknown command 'frobnicate' (see 'cxw --help' for the list)\n");
    }

    @Test
    void noArgumentsIsAUsageError() {
        assertThat(run(new Cxw(BuiltInCommands.all()))).isEqualTo(ExitCode.USAGE);
        assertThat(err()).startsWith("Usage: cxw");
    }

    @Test
    void commandsAreListedAndTheirFailuresAreOneLineUnlessDebug() {
        Command broken = new Command() {
            @Override
            public String name() {
                return "explode";
            }

            @Override
            public String summary() {
                return "Fails on purpose";
            }

            @Override
            public String help() {
                return "Usage: cxw explode";
            }

            @Override
            public int run(List<String> arguments, CommandContext context) throws CommandException {
                throw new CommandException(ExitCode.FAILURE, "file answers.csv, line 3: not a number: 'ten'",
                        new NumberFormatException("ten"));
            }
        };
        Cxw cxw = new Cxw(List.of(broken));
        run(cxw, "--help");
        assertThat(out()).contains("  explode   Fails on purpose");

        runner.reset();
        assertThat(run(cxw, "explode", "--help")).isEqualTo(ExitCode.OK);
        assertThat(out()).isEqualTo("Usage: cxw explode\n");

        assertThat(run(cxw, "explode")).isEqualTo(ExitCode.FAILURE);
        assertThat(err()).isEqualTo("cxw explode: file answers.csv, line 3: not a number: 'ten'\n");

        runner.reset();
        assertThat(run(cxw, "explode", "--debug")).isEqualTo(ExitCode.FAILURE);
        assertThat(err()).contains("java.lang.NumberFormatException: ten").contains("\tat ");
    }

    @Test
    void aBugInACommandIsStillOneLine() {
        Command buggy = new Command() {
            @Override
            public String name() {
                return "npe";
            }

            @Override
            public String summary() {
                return "";
            }

            @Override
            public String help() {
                return "";
            }

            @Override
            public int run(List<String> arguments, CommandContext context) {
                throw new IllegalStateException("boom");
            }
        };
        assertThat(run(new Cxw(List.of(buggy)), "npe")).isEqualTo(ExitCode.FAILURE);
        assertThat(err().lines()).hasSize(1);
        assertThat(err()).contains("internal error: java.lang.IllegalStateException: boom").contains("--debug");
    }
}
