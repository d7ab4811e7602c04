package org.cxworkbench.cli.internal.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.cxworkbench.cli.Command;
import org.cxworkbench.cli.CommandContext;
import org.cxworkbench.cli.CommandException;
import org.cxworkbench.cli.ExitCode;
import org.cxworkbench.cli.internal.Messages;
import org.cxworkbench.cli.internal.metrics.FileOptions;
import org.cxworkbench.cli.internal.metrics.Output;
import org.cxworkbench.core.journey.JourneyDocument;
import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.JourneyLoadException;
import org.cxworkbench.imports.Dialect;
import org.cxworkbench.imports.MessageText;
import org.cxworkbench.imports.Sniffer;
import org.cxworkbench.imports.SurveyReader;
import org.cxworkbench.imports.SurveyReaders;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.store.ColumnMapping;
import org.cxworkbench.store.ImportBatch;
import org.cxworkbench.store.ImportProgress;
import org.cxworkbench.store.ImportResult;
import org.cxworkbench.store.Importer;
import org.cxworkbench.store.MappingSuggestion;
import org.cxworkbench.store.MeasurementPointSpec;
import org.cxworkbench.store.Rejection;
import org.cxworkbench.store.Schema;
import org.cxworkbench.store.SchemaTooNewException;
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
        Path file = null;
        String journeyFile = null;
        String mappingFile = null;
        String saveMapping = null;
        String dialect = null;
        String db = null;
        String user = null;
        String format = null;
        String source = null;
        boolean force = false;
        boolean list = false;
        // what the user knows about the file, as for cxw score: read by FileOptions
        String encoding = null;
        String separator = null;
        String dateFormat = null;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            switch (argument) {
                case "--force" -> force = true;
                case "--list" -> list = true;
                case "--journey", "--mapping", "--save-mapping", "--dialect", "--db", "--user", "--format",
                        "--source" -> {
                    if (i + 1 >= arguments.size() || arguments.get(i + 1).startsWith("--")) {
                        throw CommandException.usage(NLS.bind(Messages.Store_missingValue, argument));
                    }
                    String value = arguments.get(++i);
                    switch (argument) {
                        case "--journey" -> journeyFile = value;
                        case "--mapping" -> mappingFile = value;
                        case "--save-mapping" -> saveMapping = value;
                        case "--dialect" -> dialect = value;
                        case "--db" -> db = value;
                        case "--format" -> format = value;
                        case "--source" -> source = value;
                        default -> user = value;
                    }
                }
                case "--encoding", "--separator", "--date-format" -> {
                    if (i + 1 >= arguments.size() || arguments.get(i + 1).startsWith("--")) {
                        throw CommandException.usage(NLS.bind(Messages.Store_missingValue, argument));
                    }
                    String value = arguments.get(++i);
                    switch (argument) {
                        case "--encoding" -> encoding = value;
                        case "--separator" -> separator = value;
                        default -> dateFormat = value;
                    }
                }
                default -> {
                    if (argument.startsWith("-")) {
                        throw CommandException.usage(NLS.bind(Messages.Import_unknownOption, argument));
                    }
                    if (file != null) {
                        throw CommandException.usage(Messages.Import_oneFile);
                    }
                    file = Path.of(argument);
                }
            }
        }
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
        if (source != null) {
            try {
                source = Importer.checkSource(source);
            } catch (IllegalArgumentException e) {
                throw CommandException.usage(e.getMessage());
            }
        }
        Sniffer sniffer = new Sniffer();
        if (dialect != null) {
            String name = dialect;
            sniffer.dialect(Dialect.byId(name).orElseThrow(() -> CommandException.usage(NLS.bind(
                    Messages.Import_unknownDialect, name))));
        }
        if (encoding != null) {
            sniffer.charset(FileOptions.encoding(encoding));
        }
        if (separator != null) {
            sniffer.separator(FileOptions.separator(separator));
        }
        if (dateFormat != null) {
            sniffer.dateOrder(FileOptions.dateOrder(dateFormat));
        }
        if (!Files.isReadable(file) || Files.isDirectory(file)) {
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Import_cannotRead, file));
        }

        JourneyDocument journey;
        try {
            journey = JourneyFiles.load(Path.of(journeyFile));
        } catch (JourneyLoadException e) {
            throw new CommandException(ExitCode.FAILURE, e.getMessage(), e);
        }
        Map<String, MeasurementPointSpec> points = MeasurementPointSpec.of(journey.journey(),
                MetricRegistry.getDefault());

        String hash;
        try {
            hash = Importer.contentHash(file);
        } catch (IOException e) {
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Import_cannotReadBecause, file,
                    e.getMessage()), e);
        }
        String name = file.getFileName().toString();
        long[] lastReport = {0};
        try (SurveyReader reader = SurveyReaders.open(file, sniffer);
                StoreOptions store = StoreOptions.open(db, user, environment)) {
            ColumnMapping mapping = mapping(mappingFile, reader.headers(), journey, context);
            if (saveMapping != null) {
                mapping.save(Path.of(saveMapping));
                context.err().println(NLS.bind(Messages.Import_mappingWritten, saveMapping));
            }
            Schema.migrate(store.connection());
            Importer importer = new Importer(store.connection(), journey.journey().getId(), points)
                    .rejectionLimit(LISTED_REJECTIONS)
                    .progress(new ImportProgress() {
                        @Override
                        public void rows(long read, long stored, long rejected) {
                            // a line every 10,000 rows: enough to see it move, few enough for a log file
                            if (read - lastReport[0] >= 10_000) {
                                lastReport[0] = read;
                                context.err().println(NLS.bind(Messages.Import_progress, new Object[] {name,
                                        String.valueOf(read), String.valueOf(stored), String.valueOf(rejected)}));
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
                    });
            if (source != null) {
                importer.source(source);
            }
            ImportResult result = importer.run(name, hash, mapping, reader, force);
            report(context, name, result);
            if (result.allRejected()) {
                throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Import_allRejected, new Object[] {
                        name, String.valueOf(result.rowsRejected()), String.valueOf(result.batchId())}));
            }
            return ExitCode.OK;
        } catch (IOException | UncheckedIOException e) {
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Import_cannotReadBecause, file,
                    e.getMessage()), e);
        } catch (IllegalArgumentException e) {
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Import_problem, name, e.getMessage()),
                    e);
        } catch (SQLException e) {
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Import_databaseFailed, name,
                    StoreOptions.describe(e)), e);
        }
    }

    /** {@code --list}: the batches of the store, one row each; the field names are a contract with scripts. */
    private int list(String db, String user, Output.Format format, CommandContext context) throws CommandException {
        String target = db == null ? StoreOptions.DEFAULT_FOLDER : db;
        if (!target.startsWith("jdbc:") && !Files.isDirectory(Path.of(target))) {
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Import_noDatabase, target));
        }
        try (StoreOptions store = StoreOptions.open(db, user, environment)) {
            int version = Schema.version(store.connection());
            if (version > Schema.CURRENT_VERSION) {
                throw new SchemaTooNewException(version, Schema.CURRENT_VERSION);
            }
            Output output = new Output();
            if (version > 0) {
                for (ImportBatch batch : ImportBatch.list(store.connection())) {
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

    private static void report(CommandContext context, String name, ImportResult result) {
        if (result.skipped()) {
            context.out().println(NLS.bind(Messages.Import_skipped, name, String.valueOf(result.batchId())));
            return;
        }
        if (result.empty()) {
            context.out().println(NLS.bind(Messages.Import_empty, name));
            return;
        }
        for (Rejection rejection : result.firstRejections()) {
            context.out().println(rejection.column() == null
                    ? NLS.bind(Messages.Import_rejected, new Object[] {name, String.valueOf(rejection.line()),
                            rejection.reason()})
                    : NLS.bind(Messages.Import_rejectedColumn, new Object[] {name, String.valueOf(rejection.line()),
                            rejection.column(), rejection.reason()}));
        }
        if (result.rowsRejected() > 0 && result.firstRejections().size() >= LISTED_REJECTIONS) {
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

    private static ColumnMapping mapping(String mappingFile, List<String> headers, JourneyDocument journey,
            CommandContext context) throws IOException, CommandException {
        if (mappingFile != null) {
            ColumnMapping mapping = ColumnMapping.load(Path.of(mappingFile));
            List<String> missing = new ArrayList<>();
            for (String column : mapping.answers().keySet()) {
                if (!headers.contains(column)) {
                    missing.add(column);
                }
            }
            mapping.comments().keySet().stream().filter(c -> !headers.contains(c)).forEach(missing::add);
            mapping.roles().values().stream().filter(c -> !headers.contains(c)).forEach(missing::add);
            if (!missing.isEmpty()) {
                throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Import_mappingColumns, mappingFile,
                        MessageText.list(missing)));
            }
            return mapping;
        }
        MappingSuggestion suggestion = MappingSuggestion.suggest(headers, journey.journey());
        if (suggestion.mapping().answers().isEmpty()) {
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Import_noMatch,
                    MessageText.list(headers)));
        }
        context.err().println(Messages.Import_matched);
        suggestion.matches()
                .forEach(line -> context.err().println("  " + MessageText.cut(line, MessageText.MAX_LIST)));
        if (!suggestion.unmatched().isEmpty()) {
            context.err().println(NLS.bind(Messages.Import_notImported, MessageText.list(suggestion.unmatched())));
        }
        return suggestion.mapping();
    }

}
