package org.cxworkbench.cli.internal.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.cxworkbench.cli.Command;
import org.cxworkbench.cli.CommandContext;
import org.cxworkbench.cli.CommandException;
import org.cxworkbench.cli.ExitCode;
import org.cxworkbench.core.journey.JourneyDocument;
import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.JourneyLoadException;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.metrics.Score;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.reports.ReportException;
import org.cxworkbench.reports.ReportFormat;
import org.cxworkbench.reports.journey.JourneyReports;
import org.cxworkbench.reports.journey.ReportParameters;
import org.cxworkbench.services.imports.SurveyImportException;
import org.cxworkbench.services.imports.SurveyImportRequest;
import org.cxworkbench.services.imports.SurveyImportResult;
import org.cxworkbench.services.imports.SurveyImports;
import org.cxworkbench.services.store.ResultsStore;
import org.cxworkbench.services.store.StoreAccess;
import org.cxworkbench.services.store.StoreException;
import org.cxworkbench.services.store.StoreLocation;
import org.cxworkbench.store.AnswerGenerator;
import org.cxworkbench.store.Dimension;
import org.cxworkbench.store.ScoreQuery;
import org.cxworkbench.store.ScoredGroup;
import org.cxworkbench.store.StoreScoring;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * {@code cxw demo [folder]}: the whole job once, on the embedded default, for someone meeting the product: the sample
 * journeys are copied, a year of answers is generated for each, imported into an embedded database, scored per
 * touchpoint, and the journey scorecard of the last month is written as HTML and PDF. Everything it makes stays in
 * the folder, so the user can go on from there with the other commands.
 *
 * <p>Running it again on the same folder is safe and quick: the journeys a user edited are kept, the generated
 * files come out byte for byte the same (fixed seed and months), the import sees the same content and does
 * nothing, and the scores and reports are written anew. A folder that holds something else is refused.
 */
public final class DemoCommand implements Command {

    /** The default folder, in the current directory. */
    static final String DEFAULT_FOLDER = "cxw-demo";
    /** Marks a folder as made by this command; only such a folder (or an empty one) is written into. */
    static final String MARKER = ".cxw-demo";
    static final long DEFAULT_ROWS = 20_000;
    static final long DEFAULT_SEED = 2026;
    /** A fixed year of answers, so that the demo's files and figures are the same on every machine and day. */
    static final YearMonth FIRST_MONTH = YearMonth.of(2025, 12);
    static final int MONTHS = 12;

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
        return NLS.bind(Messages.Demo_help, new Object[] {DEFAULT_FOLDER, DEFAULT_ROWS, DEFAULT_SEED});
    }

    @Override
    public int run(List<String> arguments, CommandContext context) throws CommandException {
        Path folder = null;
        long rows = DEFAULT_ROWS;
        long seed = DEFAULT_SEED;
        Locale language = Locale.ENGLISH;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            switch (argument) {
                case "--rows", "--seed", "--language" -> {
                    if (i + 1 >= arguments.size()) {
                        throw CommandException.usage(NLS.bind(Messages.Demo_missingValue, argument));
                    }
                    String value = arguments.get(++i);
                    switch (argument) {
                        case "--rows" -> rows = number(argument, value, 100);
                        case "--seed" -> seed = number(argument, value, Long.MIN_VALUE);
                        default -> language = language(value);
                    }
                }
                default -> {
                    if (argument.startsWith("-")) {
                        throw CommandException.usage(NLS.bind(Messages.Demo_unknownOption, argument));
                    }
                    if (folder != null) {
                        throw CommandException.usage(Messages.Demo_oneFolder);
                    }
                    folder = Path.of(argument);
                }
            }
        }
        folder = (folder == null ? Path.of(DEFAULT_FOLDER) : folder).toAbsolutePath().normalize();
        prepare(folder);

        MetricRegistry metrics = MetricRegistry.getDefault();
        List<Path> reports = new ArrayList<>();
        try (ResultsStore store = ResultsStore.open(StoreLocation.folder(folder.resolve("results")),
                StoreAccess.WRITE); JourneyReports renderer = new JourneyReports(metrics)) {
            Connection connection = store.connection();
            for (String sample : SampleJourneys.names()) {
                String base = sample.substring(0, sample.lastIndexOf('.'));
                Journey journey = journey(folder.resolve("journeys"), sample);
                Path csv = generate(journey, folder.resolve("data"), base, rows, seed, context);
                importAnswers(store, journey, metrics, csv, context);
                printScores(journey, metrics, connection, context);
                reports.addAll(writeScorecard(renderer, journey, connection, folder.resolve("reports"), base,
                        language, context));
            }
        } catch (SQLException e) {
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Demo_databaseFailed, e.getMessage()), e);
        } catch (StoreException e) {
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Demo_databaseFailed,
                    e.getCause() != null ? e.getCause().getMessage() : e.getMessage()), e);
        } catch (SurveyImportException e) {
            throw new CommandException(ExitCode.FAILURE, e.reason() == SurveyImportException.Reason.DATABASE
                    ? NLS.bind(Messages.Demo_databaseFailed, e.getCause().getMessage())
                    : NLS.bind(Messages.Demo_ioFailed, e.detail() != null ? e.detail() : e.getMessage()), e);
        } catch (IOException e) {
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Demo_ioFailed, e.getMessage()), e);
        } catch (ReportException e) {
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Demo_reportFailed, e.getMessage()), e);
        }
        context.out().println();
        context.out().println(NLS.bind(Messages.Demo_done, folder));
        reports.forEach(report -> context.out().println("  " + report));
        context.out().println(NLS.bind(Messages.Demo_next, folder.resolve("journeys"), folder.resolve("results")));
        return ExitCode.OK;
    }

    /** An empty or earlier demo folder is used; anything else is refused, so that no one's files are touched. */
    private static void prepare(Path folder) throws CommandException {
        try {
            if (Files.exists(folder) && !Files.isDirectory(folder)) {
                throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Demo_notAFolder, folder));
            }
            if (Files.isDirectory(folder) && !Files.exists(folder.resolve(MARKER))) {
                try (Stream<Path> entries = Files.list(folder)) {
                    if (entries.findAny().isPresent()) {
                        throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Demo_foreignFolder, folder));
                    }
                }
            }
            Files.createDirectories(folder);
            if (!Files.exists(folder.resolve(MARKER))) {
                Files.writeString(folder.resolve(MARKER), "made by cxw demo; run it again to refresh\n");
            }
        } catch (IOException e) {
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Demo_ioFailed, e.getMessage()), e);
        }
    }

    /** The sample in the demo folder: copied the first time, and kept (perhaps edited by the user) after that. */
    private static Journey journey(Path journeys, String sample) throws IOException, CommandException {
        Path file = journeys.resolve(sample);
        if (!Files.exists(file)) {
            SampleJourneys.copyTo(sample, journeys);
        }
        try {
            JourneyDocument document = JourneyFiles.load(file);
            return document.journey();
        } catch (JourneyLoadException e) {
            throw new CommandException(ExitCode.FAILURE, e.getMessage(), e);
        }
    }

    private static Path generate(Journey journey, Path data, String base, long rows, long seed,
            CommandContext context) throws IOException {
        Files.createDirectories(data);
        Path csv = data.resolve(base + "-answers.csv");
        Path mapping = data.resolve(base + "-answers.mapping");
        AnswerGenerator.Result result = new AnswerGenerator(journey,
                new AnswerGenerator.Settings(seed, rows, FIRST_MONTH, MONTHS)).write(csv, mapping);
        context.err().println(NLS.bind(Messages.Demo_generated, new Object[] {csv.getFileName(), result.rows(),
                result.badRows().size()}));
        return csv;
    }

    private static void importAnswers(ResultsStore store, Journey journey, MetricRegistry metrics, Path csv,
            CommandContext context) throws SurveyImportException, StoreException {
        String name = csv.getFileName().toString();
        SurveyImportRequest request = SurveyImportRequest.builder(csv).journey(journey).metrics(metrics)
                .mappingFile(csv.resolveSibling(name.replace(".csv", ".mapping"))).rejectionLimit(0).build();
        SurveyImportResult result = new SurveyImports().run(request, store, new NullProgressMonitor());
        if (result.alreadyImported()) {
            context.err().println(NLS.bind(Messages.Demo_importedBefore, name, result.batchId()));
        } else {
            context.err().println(NLS.bind(Messages.Demo_imported, new Object[] {name, result.rowsStored(),
                    result.rowsRejected(), result.batchId()}));
        }
    }

    /** Every touchpoint's scores over the whole year, on stdout: what the scorecard shows for one month. */
    private static void printScores(Journey journey, MetricRegistry metrics, Connection connection,
            CommandContext context) throws SQLException {
        List<ScoredGroup> groups = new StoreScoring(journey, metrics).score(connection,
                ScoreQuery.of(Dimension.STAGE, Dimension.TOUCHPOINT));
        context.out().println();
        context.out().println(NLS.bind(Messages.Demo_scoresTitle, journey.getName(), FIRST_MONTH + ".."
                + FIRST_MONTH.plusMonths(MONTHS - 1L)));
        context.out().println(String.format(Locale.ROOT, "  %-14s %-30s %-9s %7s %9s  %-19s", "stage",
                "touchpoint", "metric", "n", "score", "95% interval"));
        for (ScoredGroup group : groups) {
            Score score = group.score();
            String touchpoint = group.label(Dimension.TOUCHPOINT) == null ? "-" : group.label(Dimension.TOUCHPOINT);
            String stage = group.label(Dimension.STAGE) == null ? "-" : group.label(Dimension.STAGE);
            context.out().println(String.format(Locale.ROOT, "  %-14s %-30s %-9s %7d %9.1f  %-19s%s",
                    clip(stage, 14), clip(touchpoint, 30), group.metricId(), score.n(), score.value(),
                    String.format(Locale.ROOT, "%.1f .. %.1f", score.low(), score.high()),
                    score.lowN() ? "  " + Messages.Demo_lowN : ""));
        }
    }

    private static List<Path> writeScorecard(JourneyReports reports, Journey journey, Connection connection,
            Path folder, String base, Locale language, CommandContext context)
            throws IOException, SQLException, ReportException {
        Files.createDirectories(folder);
        YearMonth last = FIRST_MONTH.plusMonths(MONTHS - 1L);
        ReportParameters parameters = ReportParameters.defaults().withFrom(last.atDay(1))
                .withTo(last.atEndOfMonth()).withLanguage(language);
        List<Path> written = new ArrayList<>();
        for (ReportFormat format : List.of(ReportFormat.HTML, ReportFormat.PDF)) {
            Path out = folder.resolve(base + "-scorecard." + format.fileExtension());
            reports.render("scorecard", journey, connection, parameters, format, out);
            written.add(out);
        }
        context.err().println(NLS.bind(Messages.Demo_reported, base, last));
        return written;
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
