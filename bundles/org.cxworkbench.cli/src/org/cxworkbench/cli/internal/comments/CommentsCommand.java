package org.cxworkbench.cli.internal.comments;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.cxworkbench.cli.Command;
import org.cxworkbench.cli.CommandContext;
import org.cxworkbench.cli.CommandException;
import org.cxworkbench.cli.ExitCode;
import org.cxworkbench.cli.internal.CommandOptions;
import org.cxworkbench.cli.internal.CommandOptions.Arguments;
import org.cxworkbench.cli.internal.metrics.Output;
import org.cxworkbench.cli.internal.store.StoreOptions;
import org.cxworkbench.core.journey.JourneyDocument;
import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.JourneyLoadException;
import org.cxworkbench.services.comments.CommentAnalysis;
import org.cxworkbench.services.comments.CommentGroup;
import org.cxworkbench.services.comments.CommentGrouping;
import org.cxworkbench.services.comments.CommentQuery;
import org.cxworkbench.services.comments.CommentResult;
import org.cxworkbench.services.comments.Keyword;
import org.cxworkbench.services.scoring.NoResultsStoreException;
import org.cxworkbench.store.SchemaTooNewException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * {@code cxw comments --journey <file>}: the open comments of a journey's stored answers, grouped, with each group's
 * keywords (counts and weighted log-odds z against the other groups) and sentiment shares. The analysis is the
 * service's ({@link CommentAnalysis}); this class reads the command line and writes rows.
 * <p>
 * Rows: {@code kind=keyword} (group, rank, term, count, comments, other_count, delta, z) and
 * {@code kind=sentiment} (group, comments, positive, neutral, negative as shares 0..1).
 */
public final class CommentsCommand implements Command {

    private final Function<String, String> environment;

    public CommentsCommand() {
        this(System::getenv);
    }

    /** @param environment where the password of a network database is read from (CXW_DB_PASSWORD) */
    public CommentsCommand(Function<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public String name() {
        return "comments";
    }

    @Override
    public String summary() {
        return Messages.Comments_summary;
    }

    @Override
    public String help() {
        return Messages.Comments_help;
    }

    private static CommandOptions options() {
        return new CommandOptions(new CommandOptions.Words(Messages.Comments_unknownOption,
                Messages.Comments_missingValue, Messages.Comments_repeatedOption, Messages.Comments_missingOption,
                Messages.Comments_unknownOption)).once("--touchpoint", "--by", "--from", "--to", "--segment", "--top",
                        "--format", "--db", "--user").required("--journey");
    }

    @Override
    public int run(List<String> arguments, CommandContext context) throws CommandException {
        Arguments options = options().parse(arguments);
        CommentGrouping grouping = CommentGrouping.SCORE_GROUP;
        if (options.value("--by") != null) {
            grouping = CommentGrouping.byKey(options.value("--by")).orElseThrow(() -> CommandException.usage(
                    NLS.bind(Messages.Comments_badBy, options.value("--by"))));
        }
        int top = CommentQuery.DEFAULT_TOP;
        if (options.value("--top") != null) {
            try {
                top = Integer.parseInt(options.value("--top").strip());
            } catch (NumberFormatException e) {
                top = 0;
            }
            if (top < 1) {
                throw CommandException.usage(NLS.bind(Messages.Comments_badTop, options.value("--top")));
            }
        }
        CommentQuery query;
        try {
            query = new CommentQuery(options.value("--touchpoint"), options.value("--segment"),
                    date(options, "--from", true), date(options, "--to", false), grouping, top);
        } catch (IllegalArgumentException e) {
            throw CommandException.usage(e.getMessage());
        }
        Output.Format format = Output.format(options.value("--format", "table"));

        JourneyDocument journey;
        try {
            journey = JourneyFiles.load(Path.of(options.required("--journey")));
        } catch (JourneyLoadException e) {
            throw new CommandException(ExitCode.FAILURE, e.getMessage(), e);
        }
        String db = options.value("--db");
        String target = db == null ? "cxw-results" : db;
        CommentResult result;
        try (StoreOptions store = StoreOptions.openExisting(db, options.value("--user"), environment)) {
            result = new CommentAnalysis(journey.journey()).analyse(store.store(), query, new NullProgressMonitor());
        } catch (NoResultsStoreException e) {
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Comments_noDatabase, target), e);
        } catch (SchemaTooNewException e) {
            throw new CommandException(ExitCode.FAILURE, e.getMessage(), e);
        } catch (SQLException e) {
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Comments_databaseFailed, target,
                    StoreOptions.describe(e)), e);
        } catch (IllegalArgumentException e) {
            throw new CommandException(ExitCode.FAILURE, e.getMessage(), e);
        }
        if (result.comments().isEmpty()) {
            context.err().println(Messages.Comments_none);
        }
        Output output = new Output();
        // the stem came later than the other fields: last, so that the older csv columns keep their places
        output.trailing("stem");
        for (CommentGroup group : result.groups()) {
            int rank = 0;
            for (Keyword keyword : group.keywords()) {
                Map<String, Object> row = output.row();
                row.put("kind", "keyword");
                row.put("group", group.key());
                row.put("rank", ++rank);
                // the word as people wrote it; the analysed stem beside it (field stem)
                row.put("term", keyword.shown());
                row.put("count", keyword.count());
                row.put("comments", keyword.comments());
                row.put("other_count", keyword.otherCount());
                row.put("delta", Double.isNaN(keyword.delta()) ? null : keyword.delta());
                row.put("z", Double.isNaN(keyword.z()) ? null : keyword.z());
                if (format != Output.Format.TABLE) {
                    row.put("stem", keyword.term());
                }
            }
        }
        for (CommentGroup group : result.groups()) {
            Map<String, Object> row = output.row();
            row.put("kind", "sentiment");
            row.put("group", group.key());
            row.put("comments", group.comments());
            row.put("positive", group.positiveShare());
            row.put("neutral", group.neutralShare());
            row.put("negative", group.negativeShare());
        }
        output.write(format, context.out());
        return ExitCode.OK;
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
            throw CommandException.usage(NLS.bind(Messages.Comments_badDate, name, text));
        }
    }
}
