package org.cxworkbench.cli.internal.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.cxworkbench.cli.Command;
import org.cxworkbench.cli.CommandContext;
import org.cxworkbench.cli.CommandException;
import org.cxworkbench.cli.ExitCode;
import org.cxworkbench.cli.internal.CommandOptions;
import org.cxworkbench.cli.internal.CommandOptions.Arguments;
import org.cxworkbench.cli.internal.Messages;
import org.cxworkbench.core.journey.JourneyDocument;
import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.JourneyLoadException;
import org.cxworkbench.store.AnswerGenerator;
import org.cxworkbench.store.ColumnMapping;
import org.eclipse.osgi.util.NLS;

/**
 * {@code cxw generate --journey <file> --out <file.csv> [--rows N] [--seed S] [--from yyyy-mm] [--months M]
 * [--mapping <file>] [--driver-weights name=w,... [--outcome <point>]]}: reproducible survey answers for a journey,
 * and the mapping that imports them. With driver weights every row is one respondent answering the outcome and the
 * drivers, the outcome made from the drivers with those weights ({@link AnswerGenerator.DriverWeights}).
 */
public final class GenerateCommand implements Command {

    static final long DEFAULT_ROWS = 10_000;
    static final long DEFAULT_SEED = 1;
    /** A fixed start, not today's month: the same command line must write the same bytes on any day. */
    static final YearMonth DEFAULT_FROM = YearMonth.of(2026, 1);
    static final int DEFAULT_MONTHS = 12;

    private static CommandOptions options() {
        return new CommandOptions(CommandOptions.metrics())
                .once("--rows", "--seed", "--from", "--months", "--mapping", "--driver-weights", "--outcome")
                .required("--journey", "--out");
    }

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String summary() {
        return Messages.Generate_summary;
    }

    @Override
    public String help() {
        return Messages.Generate_help + org.cxworkbench.cli.internal.drivers.Messages.Generate_driverHelp;
    }

    @Override
    public int run(List<String> arguments, CommandContext context) throws CommandException {
        Arguments options = options().parse(arguments);
        String journeyFile = options.value("--journey");
        Path out = Path.of(options.value("--out"));
        long rows = number(options, "--rows", DEFAULT_ROWS);
        long seed = number(options, "--seed", DEFAULT_SEED);
        long months = number(options, "--months", DEFAULT_MONTHS);
        if (rows < 0 || months < 1 || months > 1200) {
            throw CommandException.usage(NLS.bind(Messages.Generate_badCount, rows < 0 ? "--rows" : "--months",
                    rows < 0 ? rows : months));
        }
        YearMonth from = DEFAULT_FROM;
        if (options.has("--from")) {
            try {
                from = YearMonth.parse(options.value("--from"));
            } catch (DateTimeParseException e) {
                throw CommandException.usage(NLS.bind(Messages.Generate_badMonth, options.value("--from")));
            }
        }
        AnswerGenerator.DriverWeights drivers = null;
        if (options.has("--driver-weights")) {
            try {
                drivers = AnswerGenerator.DriverWeights.parse(options.value("--outcome"),
                        options.value("--driver-weights"));
            } catch (IllegalArgumentException e) {
                throw CommandException.usage(NLS.bind(
                        org.cxworkbench.cli.internal.drivers.Messages.Generate_badDrivers, e.getMessage()));
            }
        } else if (options.has("--outcome")) {
            throw CommandException.usage(org.cxworkbench.cli.internal.drivers.Messages.Generate_outcomeWithoutDrivers);
        }
        Path mapping = options.has("--mapping") ? Path.of(options.value("--mapping")) : mappingBeside(out);
        refuseToReplace(out, mapping, Path.of(journeyFile));

        JourneyDocument journey;
        try {
            journey = JourneyFiles.load(Path.of(journeyFile));
        } catch (JourneyLoadException e) {
            throw new CommandException(ExitCode.FAILURE, e.getMessage(), e);
        }
        AnswerGenerator generator;
        try {
            generator = new AnswerGenerator(journey.journey(), new AnswerGenerator.Settings(seed, rows, from,
                    (int) months, drivers));
        } catch (IllegalArgumentException e) {
            throw new CommandException(ExitCode.FAILURE, journeyFile + ": " + e.getMessage(), e);
        }
        AnswerGenerator.Result result;
        try {
            result = generator.write(out, mapping);
        } catch (IOException e) {
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Generate_cannotWrite, out,
                    String.valueOf(e.getMessage())), e);
        }
        context.out().println(NLS.bind(Messages.Generate_written, new Object[] {result.rows(),
                result.badRows().size(), out, mapping}));
        return ExitCode.OK;
    }

    /**
     * The files it writes are replaced only when they are what it writes: an existing {@code --out} must be a CSV
     * file whose first line is a generated header ({@link AnswerGenerator#isGeneratedCsv(Path)}), an existing
     * mapping one that cxw saved ({@link ColumnMapping#isSavedMapping(Path)}). So a journey, an export or any other
     * file named by mistake is left untouched, and nothing is written at all.
     */
    private static void refuseToReplace(Path out, Path mapping, Path journey) throws CommandException {
        if (sameFile(out, mapping)) {
            throw CommandException.usage(NLS.bind(Messages.Generate_sameFile, out));
        }
        for (Path written : List.of(out, mapping)) {
            if (sameFile(written, journey)) {
                throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Generate_isJourney, written));
            }
        }
        if (Files.exists(out) && !AnswerGenerator.isGeneratedCsv(out)) {
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Generate_notGenerated, out));
        }
        if (Files.exists(mapping) && !ColumnMapping.isSavedMapping(mapping)) {
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Generate_notMapping, mapping));
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // cannot tell by the file system: compare the names below
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** {@code answers.csv} -> {@code answers.mapping}; a name without extension gets one appended. */
    static Path mappingBeside(Path csv) {
        String name = csv.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return csv.resolveSibling(base + ".mapping");
    }

    private static long number(Arguments options, String name, long fallback) throws CommandException {
        String text = options.value(name);
        if (text == null) {
            return fallback;
        }
        try {
            return Long.parseLong(text.strip().replace("_", ""));
        } catch (NumberFormatException e) {
            throw CommandException.usage(NLS.bind(Messages.Metrics_badNumber, name, text));
        }
    }
}
