package org.cxworkbench.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cxworkbench.cli.Command;
import org.cxworkbench.cli.CommandContext;
import org.cxworkbench.cli.CommandException;
import org.cxworkbench.cli.internal.CommandOptions.Arguments;
import org.cxworkbench.cli.ExitCode;
import org.cxworkbench.core.journey.Finding;
import org.cxworkbench.core.journey.JourneyDocument;
import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.JourneyLoadException;
import org.cxworkbench.core.journey.JourneyValidation;
import org.cxworkbench.services.metrics.RegisteredMetrics;
import org.eclipse.osgi.util.NLS;

/**
 * {@code cxw validate <file.journey> [--format text|json]}: the journey's diagnostics on stdout, exit 1 when there
 * are errors (warnings alone still exit 0, so scripts can gate on errors). Measurement points are checked against
 * the metrics registered in this installation, plug-ins included.
 */
public final class ValidateCommand implements Command {

    /** One file; {@code --format} may be given again (the last one counts), also as {@code --format=json}. */
    private static CommandOptions options() {
        return new CommandOptions(new CommandOptions.Words(Messages.Validate_unknownOption,
                Messages.Validate_formatMissing, null, null, Messages.Validate_oneFile))
                .repeatable("--format").positionals(1).dashedValues();
    }

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return Messages.Validate_summary;
    }

    @Override
    public String help() {
        return Messages.Validate_help;
    }

    @Override
    public int run(List<String> arguments, CommandContext context) throws CommandException {
        Arguments options = options().parse(arguments);
        String format = "text";
        for (String value : options.values("--format")) {
            if (!value.equals("text") && !value.equals("json")) {
                throw CommandException.usage(NLS.bind(Messages.Validate_unknownFormat, value));
            }
            format = value;
        }
        Path file = options.positionals().isEmpty() ? null : Path.of(options.positional(0));
        if (file == null) {
            throw CommandException.usage(Messages.Validate_noFile);
        }

        JourneyDocument document;
        try {
            document = JourneyFiles.load(file);
        } catch (JourneyLoadException e) {
            throw new CommandException(ExitCode.FAILURE, e.getMessage(), e);
        }
        if (document.migrated()) {
            context.err().println(NLS.bind(Messages.Validate_migrated, file.getFileName(), document.formatVersion()));
        }
        List<Finding> findings = JourneyValidation.findings(
                JourneyValidation.validate(document.journey(), RegisteredMetrics.catalog()));
        Map<Finding.Severity, Integer> counts = JourneyValidation.count(findings);
        int errors = counts.getOrDefault(Finding.Severity.ERROR, 0);
        int warnings = counts.getOrDefault(Finding.Severity.WARNING, 0);
        if (format.equals("json")) {
            printJson(context.out(), file, document.formatVersion(), findings, errors, warnings);
        } else {
            for (Finding finding : findings) {
                context.out().println(finding.severity().name().toLowerCase(java.util.Locale.ROOT) + "\t"
                        + finding.elementLabel() + (finding.elementId() != null ? " [" + finding.elementId() + "]"
                                : "")
                        + "\t" + finding.message());
            }
            context.out().println(NLS.bind(Messages.Validate_result,
                    new Object[] {file.getFileName(), errors, warnings}));
        }
        return errors > 0 ? ExitCode.FAILURE : ExitCode.OK;
    }

    private static void printJson(PrintStream out, Path file, String version, List<Finding> findings, int errors,
            int warnings) {
        StringBuilder json = new StringBuilder();
        json.append("{\"file\":").append(string(file.toString()));
        json.append(",\"formatVersion\":").append(string(version));
        json.append(",\"errors\":").append(errors).append(",\"warnings\":").append(warnings);
        json.append(",\"diagnostics\":[");
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            json.append(i == 0 ? "\n  " : ",\n  ");
            json.append("{\"severity\":").append(string(finding.severity().name().toLowerCase(java.util.Locale.ROOT)));
            json.append(",\"elementType\":").append(string(finding.elementType()));
            json.append(",\"elementId\":").append(string(finding.elementId()));
            json.append(",\"elementName\":").append(string(finding.elementName()));
            json.append(",\"message\":").append(string(finding.message())).append('}');
        }
        json.append(findings.isEmpty() ? "]}" : "\n]}");
        out.println(json);
    }

    /** A JSON string literal (or null); the format is small enough not to need a JSON library. */
    static String string(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder s = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
