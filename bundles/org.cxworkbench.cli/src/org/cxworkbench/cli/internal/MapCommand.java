package org.cxworkbench.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.cxworkbench.cli.Command;
import org.cxworkbench.cli.CommandContext;
import org.cxworkbench.cli.CommandException;
import org.cxworkbench.cli.ExitCode;
import org.cxworkbench.cli.internal.CommandOptions.Arguments;
import org.cxworkbench.core.journey.JourneyDocument;
import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.JourneyLoadException;
import org.cxworkbench.diagram.MapExport;
import org.cxworkbench.diagram.MapFilter;
import org.cxworkbench.diagram.ScoreOverlay;
import org.cxworkbench.diagram.scores.ScoreOverlays;
import org.cxworkbench.cli.internal.store.StoreOptions;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.metrics.ScoringOptions;
import org.cxworkbench.services.scoring.JourneyScores;
import org.cxworkbench.services.scoring.ScoreBoard;
import org.cxworkbench.services.scoring.ScoreWindow;
import org.cxworkbench.services.store.StoreLocation;
import org.cxworkbench.model.journey.Channel;
import org.cxworkbench.services.metrics.RegisteredMetrics;
import org.eclipse.osgi.util.NLS;

/**
 * {@code cxw map <file.journey> --out <file.svg|file.png>}: the journey's map as the editor draws it, written
 * headless (no SWT, no display) through the drawing bundle's SVG writer and, for PNG, Batik. A journey without a
 * layout is laid out for the picture; the file itself is not changed.
 */
public final class MapCommand implements Command {

    /** The {@code --hide} values and what each leaves out. */
    static final List<String> HIDDEN = List.of("measurement-points", "indirect", "backward-paths");

    private static CommandOptions options() {
        return new CommandOptions(new CommandOptions.Words(Messages.Map_unknownOption, Messages.Map_missingValue,
                Messages.Map_repeatedOption, Messages.Map_missingOption, Messages.Map_oneFile))
                .once("--out", "--format", "--scale", "--db", "--user", "--from", "--to", "--segment", "--metric")
                .flag("--scores").repeatable("--hide", "--hide-channel").required("--out").positionals(1);
    }

    @Override
    public String name() {
        return "map";
    }

    @Override
    public String summary() {
        return Messages.Map_summary;
    }

    @Override
    public String help() {
        return Messages.Map_help;
    }

    @Override
    public int run(List<String> arguments, CommandContext context) throws CommandException {
        Arguments line = options().parse(arguments);
        if (line.positionals().isEmpty()) {
            throw CommandException.usage(Messages.Map_noFile);
        }
        Path file = Path.of(line.positional(0));
        Path out = Path.of(line.required("--out"));
        String format = format(line.value("--format"), out);
        double scale = scale(line.value("--scale", "1"), format);
        MapFilter filter = MapFilter.ALL;
        for (String hidden : line.values("--hide")) {
            filter = switch (hidden) {
                case "measurement-points" -> filter.withMeasurementPoints(false);
                case "indirect" -> filter.withIndirectTouchpoints(false);
                case "backward-paths" -> filter.withBackwardPaths(false);
                default -> throw CommandException.usage(NLS.bind(Messages.Map_unknownHide, hidden,
                        String.join(", ", HIDDEN)));
            };
        }

        JourneyDocument document;
        try {
            document = JourneyFiles.load(file);
        } catch (JourneyLoadException e) {
            throw new CommandException(ExitCode.FAILURE, e.getMessage(), e);
        }
        for (String name : line.values("--hide-channel")) {
            filter = filter.withChannel(channel(document, name), false);
        }
        ScoreOverlay scores = null;
        if (line.has("--scores")) {
            scores = scores(line, document, context);
        } else {
            for (String option : SCORE_OPTIONS) {
                if (line.value(option) != null) {
                    throw CommandException.usage(NLS.bind(Messages.Map_scoresOnly, option));
                }
            }
        }
        try {
            if (format.equals("png")) {
                MapExport.exportPng(document, out, filter, scale, RegisteredMetrics.catalog(), scores, null);
            } else {
                MapExport.exportSvg(document, out, filter, RegisteredMetrics.catalog(), scores, null);
            }
        } catch (IOException e) {
            throw new CommandException(ExitCode.FAILURE, e.getMessage(), e);
        }
        context.out().println(out);
        return ExitCode.OK;
    }

    /** The options that only go with {@code --scores}. */
    static final List<String> SCORE_OPTIONS = List.of("--db", "--user", "--from", "--to", "--segment", "--metric");

    /**
     * The scores of {@code --scores}: the store of {@code --db} (default {@code cxw-results}; the password of a
     * network one from {@code CXW_DB_PASSWORD}), the period {@code --from}..{@code --to} (days or months; default the
     * month of the latest answer) compared with the as long period before it, {@code --segment}, the curve's
     * {@code --metric} (default all metrics).
     */
    private static ScoreOverlay scores(Arguments line, JourneyDocument document, CommandContext context)
            throws CommandException {
        String db = line.value("--db");
        String target = db == null ? StoreLocation.DEFAULT_FOLDER : db;
        MetricRegistry registry = MetricRegistry.getDefault();
        LocalDate from = date(line, "--from", true);
        LocalDate to = date(line, "--to", false);
        try (StoreOptions store = StoreOptions.read(db, line.value("--user"), System::getenv, e -> null)) {
            if (from == null || to == null) {
                Optional<LocalDate> latest = ScoreBoard.latestAnswerDay(store.store());
                if (latest.isEmpty()) {
                    throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Map_noAnswers, target));
                }
                YearMonth month = YearMonth.from(latest.get());
                from = from == null ? (to == null ? month.atDay(1) : YearMonth.from(to).atDay(1)) : from;
                to = to == null ? YearMonth.from(from).atEndOfMonth() : to;
            }
            if (to.isBefore(from)) {
                throw CommandException.usage(NLS.bind(Messages.Map_badPeriod, from, to));
            }
            long days = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
            ScoreWindow window = new ScoreWindow(from, to, from.minusDays(days), from.minusDays(1),
                    line.value("--segment"), ScoringOptions.defaults());
            ScoreBoard board = new ScoreBoard(document.journey(), registry);
            board.problems().forEach(problem -> context.err().println(problem));
            JourneyScores scores = board.journey(store.store(), window, null);
            String metric = line.value("--metric");
            if (metric != null && registry.find(metric).isEmpty()) {
                throw CommandException.usage(NLS.bind(Messages.Map_unknownMetric, metric));
            }
            context.err().println(NLS.bind(Messages.Map_scoresOf, new Object[] { from, to,
                    line.value("--segment") == null ? Messages.Map_allRespondents : line.value("--segment") }));
            return ScoreOverlays.of(document.journey(), scores, metric, registry);
        } catch (SQLException e) {
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Map_databaseFailed, target,
                    StoreOptions.describe(e)), e);
        }
    }

    private static LocalDate date(Arguments line, String name, boolean start) throws CommandException {
        String text = line.value(name);
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
            throw CommandException.usage(NLS.bind(Messages.Map_badDate, name, text));
        }
    }

    /** {@code --format}, else the extension of {@code --out}. */
    private static String format(String given, Path out) throws CommandException {
        if (given != null) {
            if (!given.equals("svg") && !given.equals("png")) {
                throw CommandException.usage(NLS.bind(Messages.Map_unknownFormat, given));
            }
            return given;
        }
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg")) {
            return "svg";
        }
        if (name.endsWith(".png")) {
            return "png";
        }
        throw CommandException.usage(NLS.bind(Messages.Map_noFormat, out));
    }

    private static double scale(String text, String format) throws CommandException {
        double scale;
        try {
            scale = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            scale = Double.NaN;
        }
        if (!(scale > 0 && scale <= 16)) {
            throw CommandException.usage(NLS.bind(Messages.Map_badScale, text));
        }
        if (scale != 1 && !format.equals("png")) {
            throw CommandException.usage(Messages.Map_scaleOnlyPng);
        }
        return scale;
    }

    /** The id of the journey's channel of this name (or id), case as the user likes. */
    private static String channel(JourneyDocument document, String name) throws CommandException {
        List<Channel> channels = document.journey().getChannels();
        for (Channel channel : channels) {
            if (name.equalsIgnoreCase(channel.getName()) || name.equals(channel.getId())) {
                return channel.getId();
            }
        }
        throw CommandException.usage(NLS.bind(Messages.Map_unknownChannel, name,
                channels.stream().map(Channel::getName).collect(Collectors.joining(", "))));
    }
}
