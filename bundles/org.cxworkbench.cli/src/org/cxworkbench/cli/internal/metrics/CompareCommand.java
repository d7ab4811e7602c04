package org.cxworkbench.cli.internal.metrics;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.cxworkbench.cli.Command;
import org.cxworkbench.cli.CommandContext;
import org.cxworkbench.cli.CommandException;
import org.cxworkbench.cli.ExitCode;
import org.cxworkbench.cli.internal.CommandOptions;
import org.cxworkbench.cli.internal.CommandOptions.Arguments;
import org.cxworkbench.cli.internal.Messages;
import org.cxworkbench.metrics.Comparison;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.metrics.Score;
import org.cxworkbench.metrics.Scoring;
import org.cxworkbench.metrics.Scoring.Answer;
import org.cxworkbench.services.scoring.AnswerFileException;
import org.cxworkbench.services.scoring.FileScoring;
import org.cxworkbench.services.scoring.GroupComparison;
import org.cxworkbench.services.scoring.IncomparableException;
import org.cxworkbench.services.scoring.ScoreComparisons;
import org.eclipse.osgi.util.NLS;

/**
 * {@code cxw compare}: whether a metric differs between two files (two periods) or between the groups of one file
 * (two segments). With more than two groups every pair is compared, the groups sorted by key as {@code score}
 * lists them ({@link org.cxworkbench.metrics.GroupOrder}).
 */
public final class CompareCommand implements Command {

    /** {@code score}'s options for a file, with two {@code --file}s allowed. */
    private static CommandOptions options() {
        return ScoreCommand.metricOptions().repeatable("--file");
    }

    // looked up when the command runs, so that cxw --version does not read the extension registry
    private final Supplier<MetricRegistry> registry;

    public CompareCommand() {
        this(MetricRegistry::getDefault);
    }

    public CompareCommand(Supplier<MetricRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public String name() {
        return "compare";
    }

    @Override
    public String summary() {
        return Messages.Compare_summary;
    }

    @Override
    public String help() {
        return Messages.Compare_help;
    }

    @Override
    public int run(List<String> arguments, CommandContext context) throws CommandException {
        Arguments options = options().parse(arguments);
        MetricOptions metric = MetricOptions.of(options, registry.get());
        String column = options.required("--column");
        List<String> files = options.values("--file");
        String by = options.value("--by");
        String weight = options.value("--weight");
        Map<String, Score> scores = new LinkedHashMap<>();
        try {
            if (files.size() == 2 && by == null) {
                Map<String, Path> pair = new LinkedHashMap<>();
                for (String file : files) {
                    pair.put(file, Path.of(file));
                }
                scores.putAll(FileScoring.scoreFiles(pair, metric.export, metric.descriptor, metric.metric, column,
                        weight, metric.scoring));
            } else if (files.size() == 1 && by != null) {
                List<Answer> answers = FileScoring.answers(Path.of(files.get(0)), metric.export, metric.descriptor,
                        column, by, null, weight);
                scores.putAll(Scoring.scoreByGroup(metric.metric, answers, metric.scoring));
                if (scores.size() < 2) {
                    throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Compare_oneGroup, by));
                }
            } else {
                throw CommandException.usage(Messages.Compare_what);
            }
        } catch (AnswerFileException e) {
            throw ScoreCommand.failure(e);
        } catch (IllegalArgumentException e) {
            throw CommandException.usage(e.getMessage());
        }
        List<GroupComparison> comparisons;
        try {
            comparisons = ScoreComparisons.eachPair(metric.metric, scores, metric.scoring.level());
        } catch (IncomparableException e) {
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Compare_impossible,
                    new Object[] { e.first(), e.second(), e.reason() }), e.getCause());
        }
        Output output = new Output();
        for (GroupComparison pair : comparisons) {
            Score first = pair.firstScore();
            Score second = pair.secondScore();
            Comparison comparison = pair.comparison();
            Map<String, Object> row = output.row();
            row.put("metric", metric.descriptor.id());
            row.put("first", pair.first());
            row.put("second", pair.second());
            row.put("n_first", first.n());
            row.put("n_second", second.n());
            row.put("value_first", first.value());
            row.put("value_second", second.value());
            row.put("difference", comparison.difference());
            row.put("se", comparison.standardError());
            row.put("z", comparison.statistic());
            row.put("p", comparison.pValue());
            row.put("test", comparison.test());
            row.put("significant", comparison.significant());
        }
        output.write(metric.format, context.out());
        return ExitCode.OK;
    }
}
