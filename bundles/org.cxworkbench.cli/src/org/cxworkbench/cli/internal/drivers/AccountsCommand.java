package org.cxworkbench.cli.internal.drivers;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

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
import org.cxworkbench.services.drivers.AccountRisk;
import org.cxworkbench.services.drivers.AccountRollUp;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * {@code cxw accounts --journey <file> [--point <point>] [--from --to --segment] [--format table|csv|json] [--db
 * --user]}: the B2B accounts riskiest first ({@link AccountRollUp}), with the unweighted (mean of persons) and the
 * contact-weighted (groups by their contacts) means, detractor share, churn flags and the groups.
 */
public final class AccountsCommand implements Command {

    private final Supplier<MetricRegistry> registry;
    private final Function<String, String> environment;

    public AccountsCommand() {
        this(MetricRegistry::getDefault, System::getenv);
    }

    public AccountsCommand(Supplier<MetricRegistry> registry, Function<String, String> environment) {
        this.registry = registry;
        this.environment = environment;
    }

    @Override
    public String name() {
        return "accounts";
    }

    @Override
    public String summary() {
        return Messages.Accounts_summary;
    }

    @Override
    public String help() {
        return Messages.Accounts_help;
    }

    @Override
    public int run(List<String> arguments, CommandContext context) throws CommandException {
        Arguments options = new CommandOptions(CommandOptions.metrics())
                .once("--journey", "--point", "--from", "--to", "--segment", "--format", "--db", "--user")
                .required("--journey").parse(arguments);
        Output.Format format = Output.format(options.value("--format", "table"));
        LocalDate from = StoreCommands.date(options, "--from", true);
        LocalDate to = StoreCommands.date(options, "--to", false);
        if (from != null && to != null && to.isBefore(from)) {
            throw CommandException.usage("--to " + to + " is before --from " + from);
        }
        JourneyDocument journey = StoreCommands.journey(options);
        String db = options.value("--db");
        String target = db == null ? "cxw-results" : db;
        List<AccountRisk> accounts;
        try (StoreOptions store = StoreOptions.read(db, options.value("--user"), environment, e -> null)) {
            accounts = new AccountRollUp(journey.journey(), registry.get()).accounts(store.connection(),
                    options.value("--point"), from, to, options.value("--segment"), new NullProgressMonitor());
        } catch (SQLException e) {
            throw new CommandException(ExitCode.FAILURE, NLS.bind(
                    org.cxworkbench.cli.internal.Messages.Score_databaseFailed, target, e.getMessage()), e);
        } catch (IllegalArgumentException e) {
            throw new CommandException(ExitCode.FAILURE, e.getMessage(), e);
        }
        if (accounts.isEmpty()) {
            context.err().println(Messages.Accounts_none);
        }
        Output output = new Output();
        int rank = 0;
        for (AccountRisk account : accounts) {
            Map<String, Object> row = output.row();
            row.put("rank", ++rank);
            row.put("account", account.account());
            row.put("persons", account.persons());
            row.put("mean_unweighted", account.unweighted());
            row.put("mean_weighted_by_contacts", account.weighted());
            row.put("detractor_share", account.detractorShare());
            row.put("churn_flags", account.churnFlags());
            row.put("groups", account.groups().stream().map(g -> (g.group() == null ? Messages.Accounts_noGroup
                    : g.group()) + " " + String.format(java.util.Locale.ROOT, "%.2f", g.mean()) + " (" + g.persons()
                    + "/" + g.contacts() + ")").collect(Collectors.joining("; ")));
        }
        output.write(format, context.out());
        return ExitCode.OK;
    }
}
