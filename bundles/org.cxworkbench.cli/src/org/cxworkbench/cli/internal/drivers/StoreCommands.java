package org.cxworkbench.cli.internal.drivers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.cxworkbench.cli.CommandException;
import org.cxworkbench.cli.ExitCode;
import org.cxworkbench.cli.internal.CommandOptions.Arguments;
import org.cxworkbench.core.journey.JourneyDocument;
import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.JourneyLoadException;
import org.eclipse.osgi.util.NLS;

/** What {@code cxw drivers} and {@code cxw accounts} share: the journey, and the dates as {@code cxw score} reads them. */
final class StoreCommands {

    private StoreCommands() {
    }

    static JourneyDocument journey(Arguments options) throws CommandException {
        String file = options.required("--journey");
        try {
            return JourneyFiles.load(Path.of(file));
        } catch (JourneyLoadException e) {
            throw new CommandException(ExitCode.FAILURE, e.getMessage(), e);
        }
    }

    /** {@code 2026-11-27}, or a month {@code 2026-11} meaning its first (from) or last (to) day. */
    static LocalDate date(Arguments options, String name, boolean start) throws CommandException {
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
            throw CommandException.usage(NLS.bind(org.cxworkbench.cli.internal.Messages.Score_badDate, name, text));
        }
    }
}
