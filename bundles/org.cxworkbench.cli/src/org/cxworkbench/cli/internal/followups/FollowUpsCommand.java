package org.cxworkbench.cli.internal.followups;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.cxworkbench.cli.Command;
import org.cxworkbench.cli.CommandContext;
import org.cxworkbench.cli.CommandException;
import org.cxworkbench.cli.ExitCode;
import org.cxworkbench.cli.internal.CommandOptions;
import org.cxworkbench.cli.internal.metrics.Output;
import org.cxworkbench.cli.internal.store.StoreOptions;
import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.JourneyLoadException;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.services.followups.FollowUpException;
import org.cxworkbench.services.followups.FollowUpItem;
import org.cxworkbench.services.followups.FollowUpQuery;
import org.cxworkbench.services.followups.FollowUpService;
import org.cxworkbench.store.FollowUp;
import org.cxworkbench.store.FollowUpConflictException;
import org.cxworkbench.store.FollowUpFilter;
import org.cxworkbench.store.FollowUpState;
import org.eclipse.osgi.util.NLS;

/**
 * {@code cxw followups list|assign|note|resolve|set-state}: the follow-ups of the results store through
 * {@link FollowUpService}. Listing opens the store for reading; a change opens it for writing and names the version
 * it expects, so that a change someone else made meanwhile is a conflict (exit 1, one line naming who and when),
 * never overwritten.
 */
public final class FollowUpsCommand implements Command {

    private static final List<String> ACTIONS = List.of("list", "assign", "note", "resolve", "set-state");
    private static final String NONE = "-";

    private static CommandOptions options() {
        return new CommandOptions(new CommandOptions.Words(Messages.FollowUps_unknownOption,
                Messages.FollowUps_missingValue, Messages.FollowUps_repeatedOption, null,
                Messages.FollowUps_extraArgument))
                .once("--journey", "--state", "--owner", "--touchpoint", "--limit", "--format", "--db", "--user",
                        "--due", "--version")
                .flag("--overdue").positionals(3).dashedValues();
    }

    private final Function<String, String> environment;

    public FollowUpsCommand() {
        this(System::getenv);
    }

    /** For tests: the environment the password is read from. */
    public FollowUpsCommand(Function<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public String name() {
        return "followups";
    }

    @Override
    public String summary() {
        return Messages.FollowUps_summary;
    }

    @Override
    public String help() {
        return Messages.FollowUps_help;
    }

    @Override
    public int run(List<String> arguments, CommandContext context) throws CommandException {
        CommandOptions.Arguments line = options().parse(arguments);
        List<String> positionals = line.positionals();
        if (positionals.isEmpty()) {
            throw CommandException.usage(Messages.FollowUps_noAction);
        }
        String action = positionals.get(0);
        if (!ACTIONS.contains(action)) {
            throw CommandException.usage(NLS.bind(Messages.FollowUps_unknownAction, action));
        }
        if (action.equals("list")) {
            only(line, action, Set.of("--journey", "--state", "--owner", "--touchpoint", "--limit", "--format",
                    "--db", "--user", "--overdue"), 1);
            return list(line, context);
        }
        Set<String> allowed = switch (action) {
            case "assign" -> Set.of("--owner", "--due", "--version", "--db", "--user");
            default -> Set.of("--version", "--db", "--user");
        };
        only(line, action, allowed, action.equals("note") || action.equals("set-state") ? 3 : 2);
        if (positionals.size() < 2) {
            throw CommandException.usage(NLS.bind(Messages.FollowUps_noId, action));
        }
        long id = number(positionals.get(1), Messages.FollowUps_badId);
        Integer version = line.has("--version") ? (int) number(line.value("--version"),
                Messages.FollowUps_badVersion) : null;
        return change(action, id, version, line, positionals, context);
    }

    /** Refuses options and positionals that belong to another action. */
    private static void only(CommandOptions.Arguments line, String action, Set<String> allowed, int positionals)
            throws CommandException {
        for (String option : List.of("--journey", "--state", "--owner", "--touchpoint", "--limit", "--format",
                "--db", "--user", "--due", "--version", "--overdue")) {
            if (line.has(option) && !allowed.contains(option)) {
                throw CommandException.usage(NLS.bind(Messages.FollowUps_notForAction, option, action));
            }
        }
        if (line.positionals().size() > positionals) {
            throw CommandException.usage(NLS.bind(Messages.FollowUps_extraArgument,
                    line.positionals().get(positionals)));
        }
    }

    private static long number(String text, String message) throws CommandException {
        try {
            long value = Long.parseLong(text.strip());
            if (value < 0 || value > Integer.MAX_VALUE && message == Messages.FollowUps_badVersion) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw CommandException.usage(NLS.bind(message, text));
        }
    }

    private int list(CommandOptions.Arguments line, CommandContext context) throws CommandException {
        Output.Format format = Output.format(line.value("--format", "table"));
        Set<FollowUpState> states = EnumSet.noneOf(FollowUpState.class);
        if (line.has("--state")) {
            for (String name : line.value("--state").split(",")) {
                states.add(state(name));
            }
        }
        String owner = line.value("--owner");
        if (NONE.equals(owner)) {
            owner = FollowUpFilter.UNASSIGNED;
        }
        if (line.has("--touchpoint") && !line.has("--journey")) {
            throw CommandException.usage(Messages.FollowUps_touchpointNeedsJourney);
        }
        int limit = line.has("--limit") ? (int) number(line.value("--limit"), Messages.FollowUps_badVersion) : 0;
        Journey journey = journey(line);
        FollowUpQuery query = new FollowUpQuery(states, owner, line.value("--touchpoint"),
                line.has("--overdue") ? LocalDate.now() : null, limit);
        List<FollowUpItem> items;
        try (StoreOptions store = StoreOptions.read(line.value("--db"), line.value("--user"), environment,
                e -> null)) {
            items = new FollowUpService(store.store(), journey).list(query);
        } catch (FollowUpException e) {
            throw new CommandException(ExitCode.FAILURE, e.getMessage(), e);
        } catch (SQLException e) {
            throw databaseFailed(line, e);
        }
        if (items.isEmpty()) {
            context.err().println(Messages.FollowUps_none);
        }
        Output output = new Output();
        for (FollowUpItem item : items) {
            FollowUp f = item.followUp();
            var row = output.row();
            row.put("id", f.id());
            row.put("version", (long) f.version());
            row.put("state", f.state().key());
            row.put("priority", f.high() ? "high" : "normal");
            row.put("rule", item.rule());
            row.put("touchpoint", item.touchpoint());
            row.put("point", item.point());
            row.put("answer", f.value() == null ? Double.NaN : f.value());
            row.put("comment", f.comment());
            row.put("respondent", f.respondentId());
            row.put("account", f.account());
            row.put("segment", f.segment());
            row.put("owner", f.owner());
            row.put("due", f.due() == null ? null : f.due().toString());
            row.put("created", f.createdAt().withNano(0).toString());
            row.put("updated", f.updatedAt() == null ? null : f.updatedAt().withNano(0).toString());
            row.put("updated_by", f.updatedBy());
            row.put("note", f.note());
        }
        output.write(format, context.out());
        return ExitCode.OK;
    }

    private int change(String action, long id, Integer version, CommandOptions.Arguments line,
            List<String> positionals, CommandContext context) throws CommandException {
        FollowUpState state = null;
        String note = null;
        String owner = null;
        boolean dueGiven = line.has("--due");
        LocalDate due = null;
        switch (action) {
            case "resolve" -> state = FollowUpState.RESOLVED;
            case "set-state" -> {
                if (positionals.size() < 3) {
                    throw CommandException.usage(Messages.FollowUps_noState);
                }
                state = state(positionals.get(2));
            }
            case "note" -> {
                if (positionals.size() < 3 || positionals.get(2).isBlank()) {
                    throw CommandException.usage(Messages.FollowUps_noNote);
                }
                note = positionals.get(2);
            }
            default -> {
                if (!line.has("--owner")) {
                    throw CommandException.usage(Messages.FollowUps_noOwner);
                }
                owner = NONE.equals(line.value("--owner")) ? null : line.value("--owner");
                if (dueGiven && !NONE.equals(line.value("--due"))) {
                    try {
                        due = LocalDate.parse(line.value("--due").strip());
                    } catch (DateTimeParseException e) {
                        throw CommandException.usage(NLS.bind(Messages.FollowUps_badDate, line.value("--due")));
                    }
                }
            }
        }
        try (StoreOptions store = StoreOptions.open(line.value("--db"), line.value("--user"), environment)) {
            FollowUpService service = new FollowUpService(store.store(), null);
            FollowUpItem before = service.get(id);
            int expected = version != null ? version : before.followUp().version();
            FollowUpItem after = switch (action) {
                case "note" -> service.note(id, expected, note);
                case "assign" -> service.assign(id, expected, owner, dueGiven ? due : before.followUp().due());
                default -> service.setState(id, expected, state);
            };
            FollowUp f = after.followUp();
            if (f.version() == expected) {
                context.err().println(NLS.bind(Messages.FollowUps_unchanged, id, f.version()));
            } else {
                context.out().println(NLS.bind(Messages.FollowUps_changed, new Object[] {id, f.state().key(),
                        f.owner() == null ? NONE : f.owner(), f.due() == null ? NONE : f.due(), f.version()}));
            }
            return ExitCode.OK;
        } catch (FollowUpConflictException | FollowUpException e) {
            throw new CommandException(ExitCode.FAILURE, e.getMessage(), e);
        } catch (SQLException e) {
            throw databaseFailed(line, e);
        }
    }

    private static FollowUpState state(String name) throws CommandException {
        try {
            return FollowUpState.fromKey(name);
        } catch (IllegalArgumentException e) {
            throw CommandException.usage(NLS.bind(Messages.FollowUps_badState, name));
        }
    }

    private static Journey journey(CommandOptions.Arguments line) throws CommandException {
        if (!line.has("--journey")) {
            return null;
        }
        try {
            return JourneyFiles.load(Path.of(line.value("--journey"))).journey();
        } catch (JourneyLoadException e) {
            throw new CommandException(ExitCode.FAILURE, e.getMessage(), e);
        }
    }

    private static CommandException databaseFailed(CommandOptions.Arguments line, SQLException e) {
        String db = line.value("--db", "cxw-results");
        return new CommandException(ExitCode.FAILURE, NLS.bind(Messages.FollowUps_databaseFailed, db,
                StoreOptions.describe(e)), e);
    }
}
