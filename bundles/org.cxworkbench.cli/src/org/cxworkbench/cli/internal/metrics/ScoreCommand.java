package org.cxworkbench.cli.internal.metrics;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cxworkbench.cli.Command;
import org.cxworkbench.cli.CommandContext;
import org.cxworkbench.cli.CommandException;
import org.cxworkbench.cli.ExitCode;
import org.cxworkbench.cli.internal.Messages;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.metrics.Score;
import org.cxworkbench.metrics.Scoring;
import org.cxworkbench.metrics.Scoring.Answer;

/** {@code cxw score}: one column of a CSV file scored with a metric, one row per group. */
public final class ScoreCommand implements Command {

    static final Set<String> OPTIONS = Set.of("--metric", "--file", "--column", "--by", "--weight", "--level",
            "--method", "--format", "--min-n", "--param", "--separator");

    private final MetricRegistry registry;

    public ScoreCommand() {
        this(MetricRegistry.getDefault());
    }

    public ScoreCommand(MetricRegistry registry) {
        this.registry = registry;
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
        return Messages.Score_help;
    }

    @Override
    public int run(List<String> arguments, CommandContext context) throws CommandException {
        Options options = Options.parse(arguments, OPTIONS, Set.of("--param"));
        MetricOptions metric = MetricOptions.of(options, registry);
        Path file = Path.of(options.required("--file"));
        String column = options.required("--column");
        List<Answer> answers = AnswerFile.read(file, metric.separator, metric.descriptor, column,
                options.get("--by"), "", options.get("--weight"));
        Map<String, Score> scores;
        try {
            scores = Scoring.scoreByGroup(metric.metric, answers, metric.scoring);
        } catch (IllegalArgumentException e) {
            throw CommandException.usage(e.getMessage());
        }
        Output output = new Output();
        if (scores.isEmpty()) {
            scores = Map.of("", Scoring.score(metric.metric, List.of(), metric.scoring));
        }
        scores.forEach((group, score) -> {
            Map<String, Object> row = output.row();
            row.put("metric", metric.descriptor.id());
            row.put("group", group);
            row.put("n", score.n());
            row.put("value", score.value());
            row.put("se", score.standardError());
            row.put("ci_low", score.low());
            row.put("ci_high", score.high());
            score.counts().forEach(row::put);
            score.secondary().forEach(row::put);
            row.put("missing", score.missing());
            row.put("low_n", score.lowN());
        });
        output.write(metric.format, context.out());
        return ExitCode.OK;
    }
}
