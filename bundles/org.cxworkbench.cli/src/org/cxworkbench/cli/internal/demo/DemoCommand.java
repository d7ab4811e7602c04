package org.cxworkbench.cli.internal.demo;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.cxworkbench.cli.Command;
import org.cxworkbench.cli.CommandContext;
import org.cxworkbench.cli.CommandException;
import org.cxworkbench.cli.ExitCode;
import org.cxworkbench.cli.internal.CommandOptions;
import org.cxworkbench.cli.internal.CommandOptions.Arguments;
import org.cxworkbench.metrics.Score;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.services.demo.DemoException;
import org.cxworkbench.services.demo.DemoListener;
import org.cxworkbench.services.demo.DemoResult;
import org.cxworkbench.services.demo.DemoRun;
import org.cxworkbench.services.imports.SurveyImportResult;
import org.cxworkbench.store.Dimension;
import org.cxworkbench.store.ScoredGroup;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * {@code cxw demo [folder]}: the whole job once, on the embedded default, for someone meeting the product. The work
 * is the demo service's ({@link DemoRun}: sample journeys, a year of generated answers, import, scores, the
 * scorecard of the last month in HTML and PDF); the command parses, calls it and prints: progress on stderr, the
 * scores and the report files on stdout.
 */
public final class DemoCommand implements Command {

    /** The default folder, in the current directory. */
    static final String DEFAULT_FOLDER = "cxw-demo";

    /** One folder; options may be given again (the last one counts). */
    private static CommandOptions options() {
        return new CommandOptions(new CommandOptions.Words(Messages.Demo_unknownOption,
                Messages.Demo_missingValue, null, null, Messages.Demo_oneFolder))
                .repeatable("--rows", "--seed", "--language").positionals(1).dashedValues();
    }

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return Messages.Demo_summary;
    }

    @Override
    public String help() {
        return NLS.bind(Messages.Demo_help, new Object[] {DEFAULT_FOLDER, DemoRun.DEFAULT_ROWS,
                DemoRun.DEFAULT_SEED});
    }

    @Override
    public int run(List<String> arguments, CommandContext context) throws CommandException {
        Arguments options = options().parse(arguments);
        String folder = options.positional(0);
        DemoRun demo = new DemoRun(Path.of(folder == null ? DEFAULT_FOLDER : folder));
        for (String rows : options.values("--rows")) {
            demo.rows(number("--rows", rows, DemoRun.MINIMUM_ROWS));
        }
        for (String seed : options.values("--seed")) {
            demo.seed(number("--seed", seed, Long.MIN_VALUE));
        }
        for (String language : options.values("--language")) {
            demo.language(language(language));
        }
        DemoResult result;
        try {
            result = demo.run(new Lines(context), new NullProgressMonitor());
        } catch (DemoException e) {
            String message = switch (e.reason()) {
                case NOT_A_FOLDER -> NLS.bind(Messages.Demo_notAFolder, e.detail());
                case FOREIGN_FOLDER -> NLS.bind(Messages.Demo_foreignFolder, e.detail());
                case JOURNEY -> e.detail();
                case DATABASE -> NLS.bind(Messages.Demo_databaseFailed, e.detail());
                case FILES -> NLS.bind(Messages.Demo_ioFailed, e.detail());
                case REPORT -> NLS.bind(Messages.Demo_reportFailed, e.detail());
            };
            throw new CommandException(ExitCode.FAILURE, message, e.getCause() != null ? e.getCause() : e);
        }
        context.out().println();
        context.out().println(NLS.bind(Messages.Demo_done, result.folder()));
        result.reports().forEach(report -> context.out().println("  " + report));
        context.out().println(NLS.bind(Messages.Demo_next, result.journeys(), result.results()));
        return ExitCode.OK;
    }

    /** The demo's steps as they finish: progress on stderr, every touchpoint's scores on stdout. */
    private static final class Lines implements DemoListener {

        private final CommandContext context;

        Lines(CommandContext context) {
            this.context = context;
        }

        @Override
        public void generated(Path csv, long rows, long badRows) {
            context.err().println(NLS.bind(Messages.Demo_generated, new Object[] {csv.getFileName(), rows,
                    badRows}));
        }

        @Override
        public void imported(Path csv, SurveyImportResult result) {
            String name = csv.getFileName().toString();
            if (result.alreadyImported()) {
                context.err().println(NLS.bind(Messages.Demo_importedBefore, name, result.batchId()));
            } else {
                context.err().println(NLS.bind(Messages.Demo_imported, new Object[] {name, result.rowsStored(),
                        result.rowsRejected(), result.batchId()}));
            }
        }

        /** Every touchpoint's scores over the whole year: what the scorecard shows for one month. */
        @Override
        public void scored(Journey journey, YearMonth first, YearMonth last, List<ScoredGroup> groups) {
            context.out().println();
            context.out().println(NLS.bind(Messages.Demo_scoresTitle, journey.getName(), first + ".." + last));
            context.out().println(String.format(Locale.ROOT, "  %-14s %-30s %-9s %7s %9s  %-19s", "stage",
                    "touchpoint", "metric", "n", "score", "95% interval"));
            for (ScoredGroup group : groups) {
                Score score = group.score();
                String touchpoint = group.label(Dimension.TOUCHPOINT) == null ? "-"
                        : group.label(Dimension.TOUCHPOINT);
                String stage = group.label(Dimension.STAGE) == null ? "-" : group.label(Dimension.STAGE);
                context.out().println(String.format(Locale.ROOT, "  %-14s %-30s %-9s %7d %9.1f  %-19s%s",
                        clip(stage, 14), clip(touchpoint, 30), group.metricId(), score.n(), score.value(),
                        String.format(Locale.ROOT, "%.1f .. %.1f", score.low(), score.high()),
                        score.lowN() ? "  " + Messages.Demo_lowN : ""));
            }
        }

        @Override
        public void reported(String base, YearMonth month) {
            context.err().println(NLS.bind(Messages.Demo_reported, base, month));
        }
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "\u2026";
    }

    private static long number(String option, String value, long minimum) throws CommandException {
        try {
            long number = Long.parseLong(value);
            if (number >= minimum) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw CommandException.usage(NLS.bind(Messages.Demo_badNumber, option, value));
    }

    private static Locale language(String value) throws CommandException {
        return switch (value) {
            case "en", "fi", "sv" -> Locale.of(value);
            default -> throw CommandException.usage(NLS.bind(Messages.Demo_badLanguage, value));
        };
    }
}
