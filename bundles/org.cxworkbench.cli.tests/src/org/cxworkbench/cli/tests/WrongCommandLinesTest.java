package org.cxworkbench.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.cxworkbench.cli.ExitCode;
import org.junit.jupiter.api.Test;

/**
 * Wrong command lines of every command, with the exact line each one gave before the commands' options were
 * parsed by Apache Commons CLI (written down from the hand-written parsers, and passing against them): exit 2 and
 * this one line on stderr, nothing on stdout. None of them reaches a file, a journey or a database.
 */
class WrongCommandLinesTest {

    private final CxwRunner cxw = new CxwRunner();

    /** A command line and the one line it must give. */
    private record Case(String expected, String... args) {
    }

    private static final String SCORE_HELP = " (see the command's --help)";

    private static final List<Case> CASES = List.of(
            // score and compare: options only, each with a value
            new Case("cxw score: unknown option '--bogus'" + SCORE_HELP, "score", "--metric", "nps", "--bogus", "x"),
            new Case("cxw score: unknown option '--metr'" + SCORE_HELP, "score", "--metr", "nps"),
            new Case("cxw score: unknown option 'stray'" + SCORE_HELP, "score", "--metric", "nps", "stray"),
            new Case("cxw score: unknown option '-m'" + SCORE_HELP, "score", "-m", "nps"),
            new Case("cxw score: option --metric needs a value", "score", "--metric"),
            new Case("cxw score: option --metric needs a value", "score", "--metric", "--file", "a.csv"),
            new Case("cxw score: option --column needs a value", "score", "--metric", "nps", "--column", "--weird"),
            new Case("cxw score: option --column needs a value", "score", "--metric", "nps", "--column", "--"),
            new Case("cxw score: option --metric is given twice", "score", "--metric", "nps", "--metric", "csat"),
            new Case("cxw score: option --by is given twice", "score", "--by", "a", "--by", "b"),
            new Case("cxw score: option --file is given twice", "score", "--file", "a", "--file", "b"),
            new Case("cxw score: option --metric is required", "score", "--file", "a.csv", "--column", "q"),
            new Case("cxw score: option --column is required", "score", "--metric", "nps", "--file", "a.csv"),
            new Case("cxw score: option --db needs --journey: it selects answers in the results store", "score",
                    "--metric", "nps", "--file", "a.csv", "--column", "q", "--db", "x"),
            new Case("cxw compare: option --column is required", "compare", "--metric", "nps", "--file", "a.csv",
                    "--file", "b.csv"),
            new Case("cxw compare: unknown option '--criterion'" + SCORE_HELP, "compare", "--metric", "nps",
                    "--criterion", "x"),
            new Case("cxw compare: option --by is given twice", "compare", "--by", "a", "--by", "b"),
            new Case("cxw compare: give two --file options, or one --file and --by <column>", "compare", "--metric",
                    "nps", "--column", "q", "--file", "a.csv", "--file", "b.csv", "--by", "x"),
            // generate: options only, journey and out required
            new Case("cxw generate: option --out is required", "generate", "--journey", "j.journey"),
            new Case("cxw generate: option --journey is required", "generate", "--out", "a.csv"),
            new Case("cxw generate: option --journey is given twice", "generate", "--journey", "j", "--journey", "k",
                    "--out", "a.csv"),
            new Case("cxw generate: unknown option 'extra'" + SCORE_HELP, "generate", "--journey", "j", "--out",
                    "a.csv", "extra"),
            new Case("cxw generate: option --rows needs a value", "generate", "--journey", "j", "--out", "a.csv",
                    "--rows"),
            new Case("cxw generate: option --rows: not a whole number: 'many'", "generate", "--journey", "j",
                    "--out", "a.csv", "--rows", "many"),
            // import: one file, flags, options given again count last
            new Case("cxw import: unknown option '--bogus' (see 'cxw import --help')", "import", "a.csv",
                    "--journey", "j", "--bogus"),
            new Case("cxw import: unknown option '-x' (see 'cxw import --help')", "import", "-x"),
            new Case("cxw import: one file at a time", "import", "a.csv", "b.csv"),
            new Case("cxw import: option --journey needs a value", "import", "a.csv", "--journey"),
            new Case("cxw import: option --journey needs a value", "import", "a.csv", "--journey", "--force"),
            new Case("cxw import: option --journey is required: its measurement points check the answers", "import",
                    "a.csv"),
            new Case("cxw import: which file? (cxw import <file> --journey <file.journey>)", "import", "--journey",
                    "j"),
            new Case("cxw import: --list lists the batches of a store: give it no file, --journey, --mapping,"
                    + " --dialect or --force", "import", "--list", "a.csv"),
            new Case("cxw import: --format goes with --list", "import", "a.csv", "--journey", "j", "--format",
                    "json"),
            // report: one report name
            new Case("cxw report: unknown option or extra argument 'trend' (see 'cxw report --help')", "report",
                    "scorecard", "trend"),
            new Case("cxw report: unknown option or extra argument '--bogus' (see 'cxw report --help')", "report",
                    "scorecard", "--bogus", "x"),
            new Case("cxw report: unknown option or extra argument '--bogus' (see 'cxw report --help')", "report",
                    "scorecard", "--bogus"),
            new Case("cxw report: unknown option or extra argument '-j' (see 'cxw report --help')", "report",
                    "scorecard", "-j", "x"),
            new Case("cxw report: option --journey needs a value", "report", "scorecard", "--journey"),
            new Case("cxw report: option --journey needs a value", "report", "scorecard", "--journey", "--out", "x"),
            new Case("cxw report: option --out is required here", "report", "scorecard", "--journey", "j"),
            new Case("cxw report: option --journey is required here", "report", "scorecard", "--out", "x.html"),
            // validate: one file, --format
            new Case("cxw validate: --format needs a value: text or json", "validate", "--format"),
            new Case("cxw validate: unknown format 'xml' (text or json)", "validate", "--format=xml", "a.journey"),
            new Case("cxw validate: unknown option '-x' (see 'cxw validate --help')", "validate", "-x"),
            new Case("cxw validate: one journey file at a time", "validate", "a.journey", "b.journey"),
            // demo: one folder
            new Case("cxw demo: option --rows needs a value", "demo", "--rows"),
            new Case("cxw demo: unknown option '--bogus' (see 'cxw demo --help')", "demo", "--bogus"),
            new Case("cxw demo: one folder at a time", "demo", "a", "b"),
            new Case("cxw demo: option --rows: '50' is not a whole number in range", "demo", "--rows", "50"),
            new Case("cxw demo: option --language: 'de' is not en, fi or sv", "demo", "--language", "de"),
            // server: the action first, then its options
            new Case("cxw server: which action? (cxw server start|stop|status|user|migrate-auth)", "server"),
            new Case("cxw server: unknown action 'restart' (start, stop, status, user or migrate-auth)", "server",
                    "restart"),
            new Case("cxw server: unknown action '--port' (start, stop, status, user or migrate-auth)", "server",
                    "--port", "1", "start"),
            new Case("cxw server: unknown option '--bogus' (see 'cxw server --help')", "server", "status", "--bogus"),
            new Case("cxw server: unknown option 'extra' (see 'cxw server --help')", "server", "status", "extra"),
            new Case("cxw server: option --port needs a value", "server", "status", "--port"),
            new Case("cxw server: option --port: '99999' is not a port (1..65535)", "server", "status", "--port",
                    "99999"));

    @Test
    void eachWrongCommandLineGivesItsOneLineAndExitTwo() {
        SoftAssertions softly = new SoftAssertions();
        for (Case c : CASES) {
            int code = cxw.run(c.args());
            softly.assertThat(code).as(String.join(" ", c.args())).isEqualTo(ExitCode.USAGE);
            softly.assertThat(cxw.err()).as(String.join(" ", c.args())).isEqualTo(c.expected() + "\n");
            softly.assertThat(cxw.out()).as(String.join(" ", c.args())).isEmpty();
        }
        softly.assertAll();
    }

    /** The report names are listed when none is given. */
    @Test
    void aReportWithoutNameListsTheReports() {
        assertThat(cxw.run("report", "--journey", "j")).isEqualTo(ExitCode.USAGE);
        assertThat(cxw.err()).startsWith("cxw report: which report? (scorecard, ").endsWith(")\n");
        List<String> lines = new ArrayList<>(cxw.err().lines().toList());
        assertThat(lines).hasSize(1);
    }
}
