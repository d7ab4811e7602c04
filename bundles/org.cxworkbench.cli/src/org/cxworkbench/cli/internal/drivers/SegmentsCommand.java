package org.cxworkbench.cli.internal.drivers;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.cxworkbench.cli.Command;
import org.cxworkbench.cli.CommandContext;
import org.cxworkbench.cli.CommandException;
import org.cxworkbench.cli.ExitCode;
import org.cxworkbench.cli.internal.CommandOptions;
import org.cxworkbench.cli.internal.CommandOptions.Arguments;
import org.cxworkbench.cli.internal.metrics.Output;
import org.cxworkbench.cli.internal.store.StoreOptions;
import org.cxworkbench.core.journey.JourneyDocument;
import org.cxworkbench.metrics.Comparison;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.metrics.Score;
import org.cxworkbench.metrics.ScoringOptions;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.services.drivers.SegmentComparison;
import org.cxworkbench.services.scoring.NoResultsStoreException;
import org.cxworkbench.store.SchemaTooNewException;
import org.eclipse.osgi.util.NLS;

/**
 * {@code cxw segments --journey <file> [--point <point>] [--from --to] [--level] [--format table|csv|json] [--db
 * --user]}: current, former and never-customers side by side on each measurement point ({@link SegmentComparison}),
 * former and never-customers with their difference from the current customers and its significance by the metric's
 * own test (z for shares and NPS, Welch's t for means).
 */
public final class SegmentsCommand implements Command {

    private final Supplier<MetricRegistry> registry;
    private final Function<String, String> environment;

    public SegmentsCommand() {
        this(MetricRegistry::getDefault, System::getenv);
    }

    public SegmentsCommand(Supplier<MetricRegistry> registry, Function<String, String> environment) {
        this.registry = registry;
        this.environment = environment;
    }

    @Override
    public String name() {
        return "segments";
    }

    @Override
    public String summary() {
        return Messages.Segments_summary;
    }

    @Override
    public String help() {
        return Messages.Segments_help;
    }

    @Override
    public int run(List<String> arguments, CommandContext context) throws CommandException {
        Arguments options = new CommandOptions(CommandOptions.metrics())
                .once("--journey", "--point", "--from", "--to", "--level", "--format", "--db", "--user")
                .required("--journey").parse(arguments);
        Output.Format format = Output.format(options.value("--format", "table"));
        LocalDate from = StoreCommands.date(options, "--from", true);
        LocalDate to = StoreCommands.date(options, "--to", false);
        if (from != null && to != null && to.isBefore(from)) {
            throw CommandException.usage(NLS.bind(Messages.Segments_badRange, to, from));
        }
        double level = ScoringOptions.defaults().level();
        if (options.value("--level") != null) {
            level = level(options.value("--level"));
        }
        JourneyDocument journey = StoreCommands.journey(options);
        String pointId = null;
        String wanted = options.value("--point");
        if (wanted != null) {
            pointId = journey.journey().getMeasurementPoints().stream()
                    .filter(p -> wanted.equals(p.getId()) || wanted.equalsIgnoreCase(p.getName()))
                    .map(MeasurementPoint::getId).findFirst().orElseThrow(() -> new CommandException(
                            ExitCode.FAILURE, NLS.bind(Messages.Segments_noPoint, wanted, String.join(", ",
                                    journey.journey().getMeasurementPoints().stream().map(MeasurementPoint::getName)
                                            .toList()))));
        }
        String db = options.value("--db");
        String target = db == null ? "cxw-results" : db;
        List<SegmentComparison.Row> rows;
        try (StoreOptions store = StoreOptions.read(db, options.value("--user"), environment, e -> null)) {
            rows = new SegmentComparison(journey.journey(), registry.get()).compare(store.connection(), from, to,
                    level);
        } catch (NoResultsStoreException e) {
            throw new CommandException(ExitCode.FAILURE, NLS.bind(
                    org.cxworkbench.cli.internal.Messages.Score_noDatabase, target));
        } catch (SchemaTooNewException tooNew) {
            throw new CommandException(ExitCode.FAILURE, tooNew.getMessage(), tooNew);
        } catch (SQLException e) {
            throw new CommandException(ExitCode.FAILURE, NLS.bind(
                    org.cxworkbench.cli.internal.Messages.Score_databaseFailed, target, e.getMessage()), e);
        } catch (IllegalArgumentException e) {
            throw new CommandException(ExitCode.FAILURE, e.getMessage(), e);
        }
        Output output = new Output();
        int shown = 0;
        for (SegmentComparison.Row row : rows) {
            if (pointId != null && !pointId.equals(row.pointId())) {
                continue;
            }
            shown++;
            Score score = row.group().score();
            boolean has = !score.isEmpty();
            Comparison c = row.comparison();
            Map<String, Object> out = output.row();
            out.put("point", row.pointName());
            out.put("metric", row.metricId());
            out.put("kind", row.kind() == null ? "other" : row.kind().getLiteral());
            out.put("segment", row.segment());
            out.put("n", score.n());
            out.put("score", has ? score.value() : null);
            out.put("ci_low", has && score.hasInterval() ? score.low() : null);
            out.put("ci_high", has && score.hasInterval() ? score.high() : null);
            out.put("low_n", has && score.lowN());
            out.put("baseline", row.baseline());
            out.put("difference", c == null ? null : c.difference());
            out.put("se", c == null ? null : c.standardError());
            out.put("test", c == null ? null : c.test());
            out.put("statistic", c == null ? null : c.statistic());
            out.put("p_value", c == null ? null : c.pValue());
            out.put("significant", c == null ? null : format == Output.Format.TABLE
                    ? (c.significant() ? Messages.Segments_yes : Messages.Segments_no) : c.significant());
            out.put("point_id", row.pointId());
        }
        if (shown == 0) {
            context.err().println(Messages.Segments_none);
        }
        context.err().println(NLS.bind(Messages.Segments_levelLine, String.format(Locale.ROOT, "%.0f", level * 100)));
        output.write(format, context.out());
        return ExitCode.OK;
    }

    private static double level(String text) throws CommandException {
        try {
            double level = Double.parseDouble(text);
            if (level > 0 && level < 1) {
                return level;
            }
        } catch (NumberFormatException e) {
            // reported below, as for a number out of range
        }
        throw CommandException.usage(NLS.bind(org.cxworkbench.cli.internal.Messages.Metrics_badLevel, text));
    }
}
