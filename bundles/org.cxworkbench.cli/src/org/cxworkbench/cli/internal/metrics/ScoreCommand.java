package org.cxworkbench.cli.internal.metrics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.cxworkbench.cli.Command;
import org.cxworkbench.cli.CommandContext;
import org.cxworkbench.cli.CommandException;
import org.cxworkbench.cli.ExitCode;
import org.cxworkbench.cli.internal.CommandOptions;
import org.cxworkbench.cli.internal.CommandOptions.Arguments;
import org.cxworkbench.cli.internal.Messages;
import org.cxworkbench.imports.MessageText;
import org.cxworkbench.metrics.AnswerType;
import org.cxworkbench.metrics.Checklist;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.metrics.Score;
import org.cxworkbench.metrics.Scoring.Answer;
import org.cxworkbench.services.scoring.AnswerFileException;
import org.cxworkbench.services.scoring.FileScoring;
import org.eclipse.osgi.util.NLS;

/** {@code cxw score}: one column of a CSV file scored with a metric, one row per group. */
public final class ScoreCommand implements Command {

    /** The options {@code score} and {@code compare} share; {@code --param} may repeat. */
    static CommandOptions metricOptions() {
        return new CommandOptions(CommandOptions.metrics()).once("--metric", "--column", "--by", "--weight", "--level",
                "--method", "--format", "--min-n", "--separator", "--encoding", "--dialect").repeatable("--param");
    }

    /** {@code score}'s options: a file's (one {@code --file}, repeatable {@code --criterion}) and the store's. */
    private static CommandOptions options() {
        return metricOptions().once("--file", "--journey", "--from", "--to", "--segment", "--db", "--user", "--sort")
                .repeatable("--criterion");
    }

    // looked up when the command runs, so that cxw --version does not read the extension registry
    private final Supplier<MetricRegistry> registry;
    /** where the password of a network database is read from (CXW_DB_PASSWORD) */
    private final Function<String, String> environment;

    public ScoreCommand() {
        this(MetricRegistry::getDefault);
    }

    public ScoreCommand(Supplier<MetricRegistry> registry) {
        this(registry, System::getenv);
    }

    public ScoreCommand(Supplier<MetricRegistry> registry, Function<String, String> environment) {
        this.registry = registry;
        this.environment = environment;
    }

    /** {@code --criterion column[=weight]} options as a checklist whose criteria are named after the columns. */
    static Checklist checklist(List<String> criteria) throws CommandException {
        List<Checklist.Criterion> list = new ArrayList<>();
        for (String criterion : criteria) {
            int equals = criterion.lastIndexOf('=');
            String name = equals < 0 ? criterion : criterion.substring(0, equals);
            try {
                double weight = equals < 0 ? 1 : Double.parseDouble(criterion.substring(equals + 1));
                list.add(new Checklist.Criterion(name, weight));
            } catch (IllegalArgumentException e) {
                throw CommandException.usage(NLS.bind(Messages.Metrics_badCriterion, criterion));
            }
        }
        try {
            return new Checklist(list);
        } catch (IllegalArgumentException e) {
            throw CommandException.usage(e.getMessage());
        }
    }

    /**
     * The score's fields, in the contract's order and names: n, value, se, ci_low, ci_high, the counts per category,
     * the secondary figures, missing, low_n. One place for {@code score --file} and {@code score --journey}.
     */
    static void putScore(Map<String, Object> row, Score score) {
        row.put("n", score.n());
        row.put("value", score.value());
        row.put("se", score.standardError());
        row.put("ci_low", score.low());
        row.put("ci_high", score.high());
        score.counts().forEach(row::put);
        score.secondary().forEach(row::put);
        row.put("missing", score.missing());
        row.put("low_n", score.lowN());
    }

    /** An answer file that cannot be scored, in the command's words: exit 1 with the file, line and column. */
    static CommandException failure(AnswerFileException e) {
        String message = switch (e.kind()) {
            case UNREADABLE -> NLS.bind(Messages.Metrics_unreadable, e.file(), e.reason());
            case NO_COLUMN -> NLS.bind(Messages.Metrics_noColumn, new Object[] { e.file(), e.column(),
                    MessageText.list(e.headers()) });
            case BAD_CELL -> NLS.bind(Messages.Metrics_badCell, new Object[] { e.file(), e.line(), e.column(),
                    e.reason() });
            case BAD_ROW -> NLS.bind(Messages.Metrics_badRow, new Object[] { e.file(), e.line(), e.reason() });
        };
        return new CommandException(ExitCode.FAILURE, message, e.getCause() == null ? e : e.getCause());
    }

    @Override
    public String name() {
        return "score";
    }

    @Override
    public String summary() {
        return Messages.Score_summary;
    }

    @Override
    public String help() {
        return Messages.Score_help + "\n\n" + Messages.Score_journeyHelp + "\n\n" + ParameterHelp.of(registry.get());
    }

    @Override
    public int run(List<String> arguments, CommandContext context) throws CommandException {
        Arguments options = options().parse(arguments);
        if (options.value("--journey") != null) {
            return StoreScore.run(options, registry.get(), environment, context);
        }
        for (String option : StoreScore.STORE_ONLY) {
            if (options.value(option) != null) {
                throw CommandException.usage(NLS.bind(Messages.Score_storeOnly, option));
            }
        }
        MetricOptions metric = MetricOptions.of(options, registry.get());
        Path file = Path.of(options.required("--file"));
        Map<String, Score> scores;
        try {
            if (options.values("--criterion").isEmpty()) {
                // read and scored in one pass: a clean CSV file's answers go into primitive arrays per group
                String column = options.required("--column");
                try {
                    scores = FileScoring.scoreColumn(file, metric.export, metric.descriptor, metric.metric, column,
                            options.value("--by"), "", options.value("--weight"), metric.scoring);
                } catch (IllegalArgumentException e) {
                    throw CommandException.usage(e.getMessage());
                }
            } else {
                if (metric.descriptor.answerType() != AnswerType.DECIMAL || metric.descriptor.scaleMin() > 0
                        || metric.descriptor.scaleMax() < 100) {
                    throw CommandException.usage(NLS.bind(Messages.Metrics_criterionMetric, metric.descriptor.id()));
                }
                List<Answer> answers = FileScoring.visits(file, metric.export,
                        checklist(options.values("--criterion")), options.value("--by"), "", options.value("--weight"));
                try {
                    scores = FileScoring.scoreByGroup(metric.metric, answers, metric.scoring);
                } catch (IllegalArgumentException e) {
                    throw CommandException.usage(e.getMessage());
                }
            }
        } catch (AnswerFileException e) {
            throw failure(e);
        }
        Output output = new Output();
        scores.forEach((group, score) -> {
            Map<String, Object> row = output.row();
            row.put("metric", metric.descriptor.id());
            row.put("group", group);
            putScore(row, score);
            // parameters such as churn's period belong with the figure they qualify
            metric.scoring.parameters().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> row.put(e.getKey(), e.getValue()));
        });
        output.write(metric.format, context.out());
        return ExitCode.OK;
    }
}
