package org.cxworkbench.cli.internal.metrics;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.cxworkbench.cli.CommandException;
import org.cxworkbench.cli.internal.Messages;
import org.cxworkbench.imports.DateOrder;
import org.cxworkbench.imports.Dialect;
import org.eclipse.osgi.util.NLS;

/**
 * What a user says about an export file instead of letting it be detected: {@code --separator}, {@code --encoding},
 * {@code --dialect}, {@code --date-format}. One reading of each for every command that reads exports ({@code score},
 * {@code compare}, {@code import}), so that they accept the same values and say the same when one is wrong.
 */
public final class FileOptions {

    private FileOptions() {
    }

    /** {@code --separator}: one character, or {@code tab} ({@code \t}), since a tab is hard to type. */
    public static char separator(String text) throws CommandException {
        boolean tab = "tab".equalsIgnoreCase(text) || "\\t".equals(text);
        String given = tab ? "\t" : text;
        if (given.length() != 1) {
            throw CommandException.usage(NLS.bind(Messages.Metrics_badSeparator, text));
        }
        return given.charAt(0);
    }

    /** {@code --encoding}: any name Java knows (UTF-8, UTF-16LE, windows-1252, ISO-8859-1, ...). */
    public static Charset encoding(String name) throws CommandException {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw CommandException.usage(NLS.bind(Messages.Metrics_badEncoding, name));
        }
    }

    /** {@code --dialect}: a {@link Dialect#id()}. */
    public static Dialect dialect(String name) throws CommandException {
        return Dialect.byId(name).orElseThrow(() -> CommandException.usage(NLS.bind(Messages.Metrics_badDialect, name,
                Arrays.stream(Dialect.values()).map(Dialect::id).collect(Collectors.joining(", ")))));
    }

    /** {@code --date-format}: {@code day-first} or {@code month-first} (also dmy, mdy, dd/mm/yyyy, mm/dd/yyyy). */
    public static DateOrder dateOrder(String name) throws CommandException {
        return DateOrder.byName(name).orElseThrow(() -> CommandException.usage(NLS.bind(
                Messages.Metrics_badDateFormat, name)));
    }
}
