package org.cxworkbench.cli.internal.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.cxworkbench.cli.Command;
import org.cxworkbench.cli.CommandContext;
import org.cxworkbench.cli.CommandException;
import org.cxworkbench.cli.ExitCode;
import org.cxworkbench.cli.internal.CommandOptions;
import org.cxworkbench.cli.internal.CommandOptions.Arguments;
import org.cxworkbench.cli.internal.Messages;
import org.cxworkbench.core.journey.JourneyDocument;
import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.JourneyLoadException;
import org.cxworkbench.reports.ReportException;
import org.cxworkbench.reports.ReportFormat;
import org.cxworkbench.reports.journey.ReportParameters;
import org.cxworkbench.services.reports.ReportService;
import org.eclipse.osgi.util.NLS;

/**
 * {@code cxw report <name> --journey <file> [--from] [--to] [--segment] [--language] [--format] --out <file>
 * [--db] [--user] [--touchpoint] [--metric] [--by] [--period] [--outcome] [--driver]...}: one journey report from the
 * results store, rendered by BIRT into HTML, PDF or XLSX.
 */
public final class ReportCommand implements Command {

    private static final List<String> LANGUAGES = List.of("en", "fi", "sv");

    /** One report name; options may be given again (the last one counts). */
    private static CommandOptions options() {
        return new CommandOptions(new CommandOptions.Words(Messages.Report_unknownArgument,
                Messages.Report_missingValue, null, null, Messages.Report_unknownArgument))
                .repeatable("--journey", "--out", "--db", "--user", "--format", "--from", "--to", "--segment",
                        "--language", "--touchpoint", "--metric", "--by", "--period", "--outcome", "--driver")
                .positionals(1);
    }

    private final Function<String, String> environment;

    public ReportCommand() {
        this(System::getenv);
    }

    /** For tests: the environment the database password is read from. */
    public ReportCommand(Function<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String summary() {
        return Messages.Report_summary;
    }

    @Override
    public String help() {
        return Messages.Report_help;
    }

    @Override
    public int run(List<String> arguments, CommandContext context) throws CommandException {
        Arguments options = options().parse(arguments);
        String name = options.positional(0);
        String journeyFile = options.value("--journey");
        String out = options.value("--out");
        String db = options.value("--db");
        String user = options.value("--user");
        String format = options.value("--format");
        ReportParameters parameters = ReportParameters.defaults();
        // each value is checked, as given; the last one counts
        for (String value : options.values("--from")) {
            parameters = parameters.withFrom(date("--from", value));
        }
        for (String value : options.values("--to")) {
            parameters = parameters.withTo(date("--to", value));
        }
        for (String value : options.values("--segment")) {
            parameters = parameters.withSegment(value);
        }
        for (String value : options.values("--touchpoint")) {
            parameters = parameters.withTouchpoint(value);
        }
        for (String value : options.values("--metric")) {
            parameters = parameters.withMetric(value);
        }
        for (String value : options.values("--outcome")) {
            parameters = parameters.withOutcome(value);
        }
        if (!options.values("--driver").isEmpty()) {
            // --driver repeats: every one counts
            parameters = parameters.withDrivers(options.values("--driver"));
        }
        for (String value : options.values("--language")) {
            if (!LANGUAGES.contains(value)) {
                throw CommandException.usage(NLS.bind(Messages.Report_badLanguage, value));
            }
            parameters = parameters.withLanguage(Locale.of(value));
        }
        for (String value : options.values("--by")) {
            try {
                parameters = parameters.withBy(ReportParameters.Breakdown.fromKey(value));
            } catch (IllegalArgumentException e) {
                throw CommandException.usage(NLS.bind(Messages.Report_badChoice,
                        new Object[] {"--by", value, "segment, channel"}));
            }
        }
        for (String value : options.values("--period")) {
            try {
                parameters = parameters.withPeriod(ReportParameters.PeriodUnit.fromKey(value));
            } catch (IllegalArgumentException e) {
                throw CommandException.usage(NLS.bind(Messages.Report_badChoice,
                        new Object[] {"--period", value, "month, quarter"}));
            }
        }
        if (name == null) {
            throw CommandException.usage(NLS.bind(Messages.Report_noName, String.join(", ", ReportService.names())));
        }
        if (!ReportService.names().contains(name)) {
            throw CommandException.usage(NLS.bind(Messages.Report_unknownReport, name,
                    String.join(", ", ReportService.names())));
        }
        if (journeyFile == null) {
            throw CommandException.usage(NLS.bind(Messages.Report_missingOption, "--journey"));
        }
        if (out == null) {
            throw CommandException.usage(NLS.bind(Messages.Report_missingOption, "--out"));
        }
        if (parameters.from() != null && parameters.to() != null && parameters.from().isAfter(parameters.to())) {
            throw CommandException.usage(NLS.bind(Messages.Report_badRange, parameters.from(), parameters.to()));
        }
        if ("touchpoint".equals(name) && parameters.touchpoint() == null) {
            throw CommandException.usage(NLS.bind(Messages.Report_missingOption, "--touchpoint"));
        }
        if ("trend".equals(name) && parameters.metric() == null) {
            throw CommandException.usage(NLS.bind(Messages.Report_missingOption, "--metric"));
        }
        if ("drivers".equals(name) && parameters.outcome() == null) {
            throw CommandException.usage(NLS.bind(Messages.Report_missingOption, "--outcome"));
        }
        ReportFormat reportFormat = format(format, out);
        Path target = Path.of(out).toAbsolutePath();
        if (target.getParent() != null && !Files.isDirectory(target.getParent())) {
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Report_noFolder, target.getParent()));
        }

        JourneyDocument journey;
        try {
            journey = JourneyFiles.load(Path.of(journeyFile));
        } catch (JourneyLoadException e) {
            throw new CommandException(ExitCode.FAILURE, e.getMessage(), e);
        }
        long start = System.nanoTime();
        context.err().println(NLS.bind(Messages.Report_rendering, name, journey.journey().getName()));
        String location = db == null ? StoreOptions.DEFAULT_FOLDER : db;
        // a reader: an older schema is read as it is, never migrated
        try (StoreOptions store = StoreOptions.read(db, user, environment, e -> switch (e.reason()) {
            case SCHEMA_TOO_NEW, SCHEMA_FAILED -> new CommandException(ExitCode.FAILURE, NLS.bind(
                    Messages.Report_databaseFailed, StoreOptions.describe(StoreOptions.sqlCause(e))), e);
            default -> null;
        }); ReportService reports = new ReportService()) {
            if (!store.store().hasResults()) {
                throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Score_noDatabase, location));
            }
            reports.render(name, journey.journey(), store.connection(), parameters, reportFormat, target, null);
        } catch (IllegalArgumentException e) {
            throw new CommandException(ExitCode.FAILURE, e.getMessage(), e);
        } catch (SQLException e) {
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Report_databaseFailed,
                    StoreOptions.describe(e)), e);
        } catch (ReportException e) {
            // BIRT's messages span lines (the failing query is quoted): one line for the user, all of it with --debug
            throw new CommandException(ExitCode.FAILURE, e.getMessage().replaceAll("\\s*\\R\\s*", " "), e);
        }
        context.err().println(NLS.bind(Messages.Report_done, String.format(Locale.ROOT, "%.1f",
                (System.nanoTime() - start) / 1e9)));
        context.out().println(target);
        return ExitCode.OK;
    }

    private static LocalDate date(String option, String value) throws CommandException {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw CommandException.usage(NLS.bind(Messages.Report_badDate, option, value));
        }
    }

    /** The format asked for, or the one the output file's extension names, or HTML. */
    private static ReportFormat format(String format, String out) throws CommandException {
        String wanted = format;
        if (wanted == null) {
            String lower = out.toLowerCase(Locale.ROOT);
            wanted = lower.endsWith(".pdf") ? "pdf" : lower.endsWith(".xlsx") ? "xlsx" : "html";
        }
        for (ReportFormat f : ReportFormat.values()) {
            if (f.fileExtension().equals(wanted.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw CommandException.usage(NLS.bind(Messages.Report_badChoice, new Object[] {"--format", wanted,
            "html, pdf, xlsx"}));
    }
}
