package org.cxworkbench.cli.internal.metrics;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cxworkbench.cli.CommandContext;
import org.cxworkbench.cli.CommandException;
import org.cxworkbench.cli.ExitCode;
import org.cxworkbench.cli.internal.CommandOptions.Arguments;
import org.cxworkbench.cli.internal.Messages;
import org.cxworkbench.cli.internal.store.StoreOptions;
import org.cxworkbench.core.journey.JourneyDocument;
import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.JourneyLoadException;
import org.cxworkbench.metrics.MetricDescriptor;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.metrics.Score;
import org.cxworkbench.metrics.ScoringOptions;
import org.cxworkbench.store.Dimension;
import org.cxworkbench.store.SchemaTooNewException;
import org.cxworkbench.store.ScoreQuery;
import org.cxworkbench.store.ScoredGroup;
import org.cxworkbench.services.scoring.NoResultsStoreException;
import org.cxworkbench.services.scoring.StoreScores;
import org.eclipse.osgi.util.NLS;

/**
 * {@code cxw score --journey <file>}: the answers in the results store scored per group with
 * the scoring service ({@link StoreScores}). The fields are those of {@code cxw score --file} (metric, group, n, value, se, ci_low,
 * ci_high, counts, secondary figures, missing, low_n) plus one per {@code --by} dimension (its name; with
 * {@code _id} for points, touchpoints and stages) and {@code measurement_points}. With {@code --by account} each row
 * has its account's person → group → account roll-up ({@link AccountRisks}); {@code --sort risk} lists the riskiest
 * account first (the rows stay in their usual order without it).
 */
final class StoreScore {

    /** Options that only make sense for a file. */
    static final Set<String> FILE_ONLY = Set.of("--file", "--column", "--weight", "--separator", "--encoding",
            "--dialect", "--criterion");
    /** Options that only make sense for the store. */
    static final Set<String> STORE_ONLY = Set.of("--from", "--to", "--segment", "--db", "--user", "--sort");

    private StoreScore() {
    }

    static int run(Arguments options, MetricRegistry registry, Function<String, String> environment,
            CommandContext context) throws CommandException {
        for (String option : FILE_ONLY) {
            if (!options.values(option).isEmpty()) {
                throw CommandException.usage(NLS.bind(Messages.Score_fileOnly, option));
            }
        }
        List<Dimension> by = dimensions(options.value("--by"));
        String sort = options.value("--sort");
        if (sort != null && !("risk".equals(sort) && by.contains(Dimension.ACCOUNT))) {
            throw CommandException.usage(NLS.bind(Messages.Score_badSort, sort));
        }
        String metricId = options.value("--metric");
        if (metricId != null && registry.find(metricId).isEmpty()) {
            throw CommandException.usage(MetricOptions.unknownMetric(metricId, registry));
        }
        ScoringOptions scoring = ScoringOptions.defaults()
                .withMethod(options.value("--method", ScoringOptions.DEFAULT_METHOD));
        if (options.value("--level") != null) {
            scoring = scoring.withLevel(MetricOptions.level(options.value("--level")));
        }
        if (options.value("--min-n") != null) {
            try {
                scoring = scoring.withMinimumN(Long.parseLong(options.value("--min-n")));
            } catch (IllegalArgumentException e) {
                throw CommandException.usage(NLS.bind(Messages.Metrics_badNumber, "--min-n", options.value("--min-n")));
            }
        }
        for (String parameter : options.values("--param")) {
            int equals = parameter.indexOf('=');
            if (equals <= 0) {
                throw CommandException.usage(NLS.bind(Messages.Metrics_badParam, parameter));
            }
            scoring = scoring.withParameter(parameter.substring(0, equals), parameter.substring(equals + 1));
        }
        LocalDate from = date(options, "--from", true);
        LocalDate to = date(options, "--to", false);
        ScoreQuery query;
        try {
            query = new ScoreQuery(by, from, to, options.value("--segment"), metricId, scoring);
        } catch (IllegalArgumentException e) {
            throw CommandException.usage(e.getMessage());
        }
        Output.Format format = Output.format(options.value("--format", "table"));

        String journeyFile = options.required("--journey");
        JourneyDocument journey;
        try {
            journey = JourneyFiles.load(Path.of(journeyFile));
        } catch (JourneyLoadException e) {
            throw new CommandException(ExitCode.FAILURE, e.getMessage(), e);
        }
        String db = options.value("--db");
        String target = db == null ? "cxw-results" : db;
        StoreScores store = new StoreScores(journey.journey(), registry);
        store.problems().forEach(problem -> context.err().println(problem));
        List<ScoredGroup> groups;
        AccountRisks risks = null;
        try (StoreOptions connection = StoreOptions.read(db, options.value("--user"), environment,
                e -> switch (e.reason()) {
                    case SCHEMA_TOO_NEW -> new CommandException(ExitCode.FAILURE, e.getMessage(), e);
                    case SCHEMA_FAILED -> new CommandException(ExitCode.FAILURE, NLS.bind(
                            Messages.Score_databaseFailed, target, StoreOptions.sqlCause(e).getMessage()), e);
                    default -> null;
                })) {
            groups = store.score(connection.store(), query);
            if (by.contains(Dimension.ACCOUNT)) {
                risks = AccountRisks.read(journey.journey(), registry, connection.connection(), from, to,
                        options.value("--segment"), context);
                if ("risk".equals(options.value("--sort"))) {
                    groups = risks.sorted(groups);
                }
            }
        } catch (NoResultsStoreException e) {
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Score_noDatabase, target));
        } catch (SchemaTooNewException tooNew) {
            throw new CommandException(ExitCode.FAILURE, tooNew.getMessage(), tooNew);
        } catch (SQLException e) {
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Score_databaseFailed, target,
                    e.getMessage()), e);
        } catch (IllegalArgumentException e) {
            throw CommandException.usage(e.getMessage());
        }
        if (groups.isEmpty()) {
            context.err().println(Messages.Score_noAnswers);
        }

        Map<String, String> pointNames = store.pointNames();
        Output output = new Output();
        if (risks != null) {
            output.trailing(AccountRisks.FIELDS);
        }
        for (ScoredGroup group : groups) {
            Score score = group.score();
            Map<String, Object> row = output.row();
            row.put("metric", group.metricId());
            List<String> labels = new ArrayList<>();
            for (Dimension dimension : by) {
                String label = group.label(dimension);
                labels.add(label == null ? Messages.Score_none : label);
            }
            row.put("group", String.join(" / ", labels));
            for (Dimension dimension : by) {
                row.put(dimension.key(), group.label(dimension));
                if (dimension == Dimension.MEASUREMENT_POINT || dimension == Dimension.TOUCHPOINT
                        || dimension == Dimension.STAGE) {
                    row.put(dimension.key() + "_id", group.key(dimension));
                }
            }
            row.put("measurement_points", group.measurementPoints().stream().map(pointNames::get)
                    .collect(Collectors.joining("; ")));
            ScoreCommand.putScore(row, score);
            if (risks != null) {
                risks.put(row, group);
            }
        }
        output.write(format, context.out());
        return ExitCode.OK;
    }

    /** {@code touchpoint,month} -> the dimensions, in that order. */
    static List<Dimension> dimensions(String text) throws CommandException {
        List<Dimension> by = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return by;
        }
        for (String name : text.split(",")) {
            Dimension dimension = Dimension.byKey(name).orElseThrow(() -> CommandException.usage(NLS.bind(
                    Messages.Score_badBy, name.strip())));
            if (by.contains(dimension)) {
                throw CommandException.usage(NLS.bind(Messages.Score_badBy, name.strip()));
            }
            by.add(dimension);
        }
        return by;
    }

    /** {@code 2026-11-27}, or a month {@code 2026-11} meaning its first (from) or last (to) day. */
    private static LocalDate date(Arguments options, String name, boolean start) throws CommandException {
        String text = options.value(name);
        if (text == null) {
            return null;
        }
        try {
            if (text.strip().matches("\\d{4}-\\d{2}")) {
                YearMonth month = YearMonth.parse(text.strip());
                return start ? month.atDay(1) : month.atEndOfMonth();
            }
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw CommandException.usage(NLS.bind(Messages.Score_badDate, name, text));
        }
    }
}
