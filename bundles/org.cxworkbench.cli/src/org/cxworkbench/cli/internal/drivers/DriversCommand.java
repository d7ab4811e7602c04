package org.cxworkbench.cli.internal.drivers;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
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
import org.cxworkbench.cli.internal.metrics.Output;
import org.cxworkbench.cli.internal.store.StoreOptions;
import org.cxworkbench.core.journey.JourneyDocument;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.services.drivers.Driver;
import org.cxworkbench.services.drivers.DriverQuery;
import org.cxworkbench.services.drivers.DriverResult;
import org.cxworkbench.services.drivers.DriverWarning;
import org.cxworkbench.services.drivers.KeyDrivers;
import org.cxworkbench.services.scoring.NoResultsStoreException;
import org.cxworkbench.store.SchemaTooNewException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * {@code cxw drivers --journey <file> --outcome <point> [--driver <point>]... [--from --to --segment] [--format
 * table|csv|json] [--db --user]}: the importance × performance table of {@link KeyDrivers}, most important first;
 * warnings go to stderr, one line each, and R² and n to stderr as a summary line (so csv and json stay one table).
 */
public final class DriversCommand implements Command {

    private final Supplier<MetricRegistry> registry;
    private final Function<String, String> environment;

    public DriversCommand() {
        this(MetricRegistry::getDefault, System::getenv);
    }

    public DriversCommand(Supplier<MetricRegistry> registry, Function<String, String> environment) {
        this.registry = registry;
        this.environment = environment;
    }

    @Override
    public String name() {
        return "drivers";
    }

    @Override
    public String summary() {
        return Messages.Drivers_summary;
    }

    @Override
    public String help() {
        return Messages.Drivers_help;
    }

    @Override
    public int run(List<String> arguments, CommandContext context) throws CommandException {
        Arguments options = new CommandOptions(CommandOptions.metrics())
                .once("--journey", "--outcome", "--from", "--to", "--segment", "--format", "--db", "--user")
                .repeatable("--driver").required("--journey", "--outcome").parse(arguments);
        Output.Format format = Output.format(options.value("--format", "table"));
        LocalDate from = StoreCommands.date(options, "--from", true);
        LocalDate to = StoreCommands.date(options, "--to", false);
        DriverQuery query;
        try {
            query = new DriverQuery(options.value("--outcome"), options.values("--driver"), from, to,
                    options.value("--segment"));
        } catch (IllegalArgumentException e) {
            throw CommandException.usage(e.getMessage());
        }
        JourneyDocument journey = StoreCommands.journey(options);
        String db = options.value("--db");
        String target = db == null ? "cxw-results" : db;
        DriverResult result;
        try (StoreOptions store = StoreOptions.read(db, options.value("--user"), environment, e -> null)) {
            result = new KeyDrivers(journey.journey(), registry.get()).analyse(store.store(), query,
                    new NullProgressMonitor());
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
        context.err().println(NLS.bind(Messages.Drivers_summaryLine, new Object[] {result.outcomeName(), result.n(),
                String.format(java.util.Locale.ROOT, "%.3f", result.rSquared())}));
        for (DriverWarning warning : result.warnings()) {
            context.err().println(warning.message());
        }
        Output output = new Output();
        for (Driver driver : result.drivers()) {
            Map<String, Object> row = output.row();
            row.put("driver", driver.pointName());
            row.put("touchpoint", driver.touchpointName());
            row.put("metric", driver.metricId());
            row.put("n", result.n());
            row.put("r", driver.correlation());
            row.put("weight", driver.rawWeight());
            row.put("importance_pct", driver.importance());
            row.put("vif", driver.vif());
            row.put("score", driver.score() == null ? null : driver.score().value());
            row.put("score_n", driver.score() == null ? null : driver.score().n());
            row.put("target", driver.target());
            row.put("performance", driver.performance());
            row.put("quadrant", driver.quadrant() == null ? null
                    : format == Output.Format.TABLE ? driver.quadrant().label() : driver.quadrant().key());
            row.put("point_id", driver.pointId());
        }
        output.write(format, context.out());
        return ExitCode.OK;
    }

    static String list(Object[] values) {
        return String.join(", ", Arrays.stream(values).map(String::valueOf).toList());
    }
}
