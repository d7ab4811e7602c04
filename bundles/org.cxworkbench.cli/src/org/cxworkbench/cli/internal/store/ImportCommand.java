package org.cxworkbench.cli.internal.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.cxworkbench.cli.Command;
import org.cxworkbench.cli.CommandContext;
import org.cxworkbench.cli.CommandException;
import org.cxworkbench.cli.ExitCode;
import org.cxworkbench.cli.internal.CommandOptions;
import org.cxworkbench.cli.internal.CommandOptions.Arguments;
import org.cxworkbench.cli.internal.Messages;
import org.cxworkbench.cli.internal.metrics.FileOptions;
import org.cxworkbench.cli.internal.metrics.Output;
import org.cxworkbench.imports.Dialect;
import org.cxworkbench.imports.MessageText;
import org.cxworkbench.services.imports.SurveyImportException;
import org.cxworkbench.services.imports.SurveyImportListener;
import org.cxworkbench.services.imports.SurveyImportRequest;
import org.cxworkbench.services.imports.SurveyImportResult;
import org.cxworkbench.services.imports.SurveyImports;
import org.cxworkbench.services.store.StoreException;
import org.cxworkbench.services.store.StoreLocation;
import org.cxworkbench.store.ImportBatch;
import org.cxworkbench.store.MappingSuggestion;
import org.cxworkbench.store.Rejection;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * {@code cxw import <file> --journey <file.journey> [--mapping <file>] [--dialect <name>] [--db <db>] [--user <u>]
 * [--source <name>] [--force]}: one export file into the results store as one batch. Rejected rows are reported, not
 * fatal (exit 0) unless every row was rejected (exit 1, the rejections recorded); a file, journey or database that
 * cannot be used is exit 1.
 */
public final class ImportCommand implements Command {

    /** How many rejected rows are listed; all of them are in the rejected_rows table. */
    static final int LISTED_REJECTIONS = 20;

    /** Options may be given again (the last one counts); one file. */
    private static CommandOptions options() {
        return new CommandOptions(new CommandOptions.Words(Messages.Import_unknownOption,
                Messages.Store_missingValue, null, null, Messages.Import_oneFile))
                .repeatable("--journey", "--mapping", "--save-mapping", "--dialect", "--db", "--user", "--format",
                        "--source", "--encoding", "--separator", "--date-format")
                .flag("--force", "--list").positionals(1);
    }

    private final Function<String, String> environment;

    public ImportCommand() {
        this(System::getenv);
    }

    /** For tests: the environment the password is read from. */
    public ImportCommand(Function<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return Messages.Import_summary;
    }

    @Override
    public String help() {
        return Messages.Import_help + "\n\n" + Messages.Import_fileOptionsHelp;
    }

    @Override
    public int run(List<String> arguments, CommandContext context) throws CommandException {
        Arguments options = options().parse(arguments);
        Path file = options.positionals().isEmpty() ? null : Path.of(options.positional(0));
        String journeyFile = options.value("--journey");
        String mappingFile = options.value("--mapping");
        String saveMapping = options.value("--save-mapping");
        String dialect = options.value("--dialect");
        String db = options.value("--db");
        String user = options.value("--user");
        String format = options.value("--format");
        String source = options.value("--source");
        boolean force = options.has("--force");
        boolean list = options.has("--list");
        // what the user knows about the file, as for cxw score: read by FileOptions
        String encoding = options.value("--encoding");
        String separator = options.value("--separator");
        String dateFormat = options.value("--date-format");
        if (list && (encoding != null || separator != null || dateFormat != null)) {
            throw CommandException.usage(Messages.Import_listAlone);
        }
        if (list) {
            if (file != null || journeyFile != null || mappingFile != null || saveMapping != null || dialect != null
                    || force || source != null) {
                throw CommandException.usage(Messages.Import_listAlone);
            }
            return list(db, user, Output.format(format == null ? "table" : format), context);
        }
        if (format != null) {
            throw CommandException.usage(Messages.Import_formatOnlyWithList);
        }
        if (file == null) {
            throw CommandException.usage(Messages.Import_noFile);
        }
        if (journeyFile == null) {
            throw CommandException.usage(Messages.Import_noJourney);
        }
        SurveyImportRequest.Builder request = SurveyImportRequest.builder(file).journeyFile(Path.of(journeyFile))
                .force(force).rejectionLimit(LISTED_REJECTIONS);
        if (source != null) {
            try {
                request.source(source);
            } catch (IllegalArgumentException e) {
                throw CommandException.usage(e.getMessage());
            }
        }
        if (dialect != null) {
            String name = dialect;
            request.dialect(Dialect.byId(name).orElseThrow(() -> CommandException.usage(NLS.bind(
                    Messages.Import_unknownDialect, name))));
        }
        if (encoding != null) {
            request.encoding(FileOptions.encoding(encoding));
        }
        if (separator != null) {
            request.separator(FileOptions.separator(separator));
        }
        if (dateFormat != null) {
            request.dateOrder(FileOptions.dateOrder(dateFormat));
        }
        if (mappingFile != null) {
            request.mappingFile(Path.of(mappingFile));
        }
        if (saveMapping != null) {
            request.saveMappingTo(Path.of(saveMapping));
        }
        String name = file.getFileName().toString();
        request.store(StoreLocation.of(db), user, environment.apply(StoreOptions.PASSWORD_VARIABLE))
                .listener(new Lines(context, name, saveMapping));
        SurveyImportResult result;
        try {
            result = new SurveyImports().run(request.build(), new NullProgressMonitor());
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.SCHEMA_TOO_NEW
                    || e.reason() == StoreException.Reason.SCHEMA_FAILED) {
                throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Import_databaseFailed, name,
                        StoreOptions.describe(StoreOptions.sqlCause(e))), e);
            }
            throw StoreOptions.failure(e, user);
        } catch (SurveyImportException e) {
            throw failure(e, file, name, mappingFile);
        }
        report(context, name, result);
        if (result.allRejected()) {
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Import_allRejected, new Object[] {
                    name, String.valueOf(result.rowsRejected()), String.valueOf(result.batchId())}));
        }
        return ExitCode.OK;
    }

    /** The import's failure in the words of cxw import. */
    private static CommandException failure(SurveyImportException e, Path file, String name, String mappingFile) {
        String message = switch (e.reason()) {
            case CANNOT_READ -> NLS.bind(Messages.Import_cannotRead, file);
            case READ_FAILED -> NLS.bind(Messages.Import_cannotReadBecause, file, e.detail());
            case JOURNEY -> e.getMessage();
            case MAPPING_COLUMNS -> NLS.bind(Messages.Import_mappingColumns, mappingFile,
                    MessageText.list(e.columns()));
            case NO_MATCH -> NLS.bind(Messages.Import_noMatch, MessageText.list(e.columns()));
            case PROBLEM -> NLS.bind(Messages.Import_problem, name, e.detail());
            case DATABASE -> NLS.bind(Messages.Import_databaseFailed, name, e.getCause() instanceof SQLException sql
                    ? StoreOptions.describe(sql) : e.detail());
        };
        return new CommandException(ExitCode.FAILURE, message, e);
    }

    /** The import's lines on stderr: the columns matched, the mapping saved, and how far it got. */
    private static final class Lines implements SurveyImportListener {

        private final CommandContext context;
        private final String name;
        private final String saveMapping;
        private long lastReport;

        Lines(CommandContext context, String name, String saveMapping) {
            this.context = context;
            this.name = name;
            this.saveMapping = saveMapping;
        }

        @Override
        public void matched(MappingSuggestion suggestion) {
            context.err().println(Messages.Import_matched);
            suggestion.matches()
                    .forEach(line -> context.err().println("  " + MessageText.cut(line, MessageText.MAX_LIST)));
            if (!suggestion.unmatched().isEmpty()) {
                context.err().println(NLS.bind(Messages.Import_notImported,
                        MessageText.list(suggestion.unmatched())));
            }
        }

        @Override
        public void mappingSaved(Path mapping) {
            context.err().println(NLS.bind(Messages.Import_mappingWritten, saveMapping));
        }

        @Override
        public synchronized void rows(long read, long stored, long rejected) {
            // a line every 10,000 rows: enough to see it move, few enough for a log file
            if (read - lastReport >= 10_000) {
                lastReport = read;
                context.err().println(NLS.bind(Messages.Import_progress, new Object[] {name, String.valueOf(read),
                        String.valueOf(stored), String.valueOf(rejected)}));
            }
        }

        @Override
        public void storing(long written, long total) {
            // after the last answer Derby still sorts its indexes: say so, or the line reads as done
            context.err().println(written < total
                    ? NLS.bind(Messages.Import_storing, new Object[] {name, String.valueOf(written),
                            String.valueOf(total)})
                    : NLS.bind(Messages.Import_written, name, String.valueOf(total)));
        }
    }

    /** {@code --list}: the batches of the store, one row each; the field names are a contract with scripts. */
    private int list(String db, String user, Output.Format format, CommandContext context) throws CommandException {
        String target = db == null ? StoreOptions.DEFAULT_FOLDER : db;
        try (StoreOptions store = StoreOptions.read(db, user, environment, e -> switch (e.reason()) {
            // a file is not a folder of results either
            case NOT_FOUND, IS_FILE -> new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Import_noDatabase,
                    target), e);
            case SCHEMA_TOO_NEW, SCHEMA_FAILED -> new CommandException(ExitCode.FAILURE, NLS.bind(
                    Messages.Import_listFailed, target, StoreOptions.sqlCause(e).getMessage()), e);
            default -> null;
        })) {
            Output output = new Output();
            for (ImportBatch batch : store.store().batches()) {
                Map<String, Object> row = output.row();
                row.put("id", batch.id());
                row.put("file", batch.fileName());
                row.put("state", batch.state());
                row.put("rows_stored", batch.rowsStored());
                row.put("rows_rejected", batch.rowsRejected());
                row.put("started", time(batch.started()));
                row.put("finished", time(batch.finished()));
                row.put("failure", batch.failure());
            }
            output.write(format, context.out());
            return ExitCode.OK;
        } catch (SQLException e) {
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Import_listFailed, target,
                    e.getMessage()), e);
        }
    }

    /** ISO 8601 in UTC to the second: what scripts parse and sort. */
    private static String time(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static void report(CommandContext context, String name, SurveyImportResult result) {
        if (result.alreadyImported()) {
            context.out().println(NLS.bind(Messages.Import_skipped, name, String.valueOf(result.batchId())));
            return;
        }
        if (result.empty()) {
            context.out().println(NLS.bind(Messages.Import_empty, name));
            return;
        }
        for (Rejection rejection : result.rejections()) {
            context.out().println(rejection.column() == null
                    ? NLS.bind(Messages.Import_rejected, new Object[] {name, String.valueOf(rejection.line()),
                            rejection.reason()})
                    : NLS.bind(Messages.Import_rejectedColumn, new Object[] {name, String.valueOf(rejection.line()),
                            rejection.column(), rejection.reason()}));
        }
        if (result.rowsRejected() > 0 && result.rejections().size() >= LISTED_REJECTIONS) {
            context.out().println(NLS.bind(Messages.Import_moreRejections, String.valueOf(LISTED_REJECTIONS),
                    String.valueOf(result.batchId())));
        }
        context.out().println(NLS.bind(Messages.Import_summaryLine, new Object[] {name,
                String.valueOf(result.rowsStored()), String.valueOf(result.answersStored()),
                String.valueOf(result.rowsRejected()),
                String.format(Locale.ROOT, "%.1f", result.elapsed().toMillis() / 1000.0),
                String.valueOf(result.batchId())}));
        if (result.rowsAlreadyStored() > 0) {
            context.out().println(NLS.bind(Messages.Import_alreadyStored, name,
                    String.valueOf(result.rowsAlreadyStored())));
        }
    }
}
