package org.cxworkbench.cli.internal.metrics;

import java.nio.charset.Charset;
import java.util.stream.Collectors;

import org.cxworkbench.cli.CommandException;
import org.cxworkbench.cli.ExitCode;
import org.cxworkbench.cli.internal.CommandOptions.Arguments;
import org.cxworkbench.cli.internal.Messages;
import org.cxworkbench.imports.Dialect;
import org.cxworkbench.metrics.Metric;
import org.cxworkbench.metrics.MetricDescriptor;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.metrics.MetricUnavailableException;
import org.cxworkbench.metrics.ScoringOptions;
import org.cxworkbench.services.scoring.ExportFormat;
import org.eclipse.osgi.util.NLS;

/** The options {@code score} and {@code compare} share: the metric, the level, the method and what is known about the file. */
final class MetricOptions {

    final MetricDescriptor descriptor;
    final Metric metric;
    final ScoringOptions scoring;
    final Output.Format format;
    /** What the user said about the file, used instead of detection. */
    final ExportFormat export;

    private MetricOptions(MetricDescriptor descriptor, Metric metric, ScoringOptions scoring, Output.Format format,
            ExportFormat export) {
        this.descriptor = descriptor;
        this.metric = metric;
        this.scoring = scoring;
        this.format = format;
        this.export = export;
    }

    static MetricOptions of(Arguments options, MetricRegistry registry) throws CommandException {
        String id = options.required("--metric");
        MetricDescriptor descriptor = registry.find(id).orElseThrow(() -> CommandException.usage(
                unknownMetric(id, registry)));
        ScoringOptions scoring = ScoringOptions.defaults()
                .withMethod(options.value("--method", ScoringOptions.DEFAULT_METHOD));
        String level = options.value("--level");
        if (level != null) {
            scoring = scoring.withLevel(level(level));
        }
        String minimum = options.value("--min-n");
        if (minimum != null) {
            try {
                scoring = scoring.withMinimumN(Long.parseLong(minimum));
            } catch (IllegalArgumentException e) {
                throw CommandException.usage(NLS.bind(Messages.Metrics_badNumber, "--min-n", minimum));
            }
        }
        for (String parameter : options.values("--param")) {
            int equals = parameter.indexOf('=');
            if (equals <= 0) {
                throw CommandException.usage(NLS.bind(Messages.Metrics_badParam, parameter));
            }
            scoring = scoring.withParameter(parameter.substring(0, equals), parameter.substring(equals + 1));
        }
        String separatorText = options.value("--separator");
        Character separator = separatorText == null ? null : FileOptions.separator(separatorText);
        String encodingName = options.value("--encoding");
        Charset encoding = encodingName == null ? null : FileOptions.encoding(encodingName);
        String dialectName = options.value("--dialect");
        Dialect dialect = dialectName == null ? null : FileOptions.dialect(dialectName);
        Output.Format format = Output.format(options.value("--format", "table"));
        Metric metric;
        try {
            metric = descriptor.metric();
        } catch (MetricUnavailableException e) {
            throw new CommandException(ExitCode.FAILURE, e.getMessage(), e);
        }
        return new MetricOptions(descriptor, metric, scoring, format, new ExportFormat(separator, encoding, dialect));
    }

    /**
     * "unknown metric 'x' (known: ...)", in one line, with the metric plug-in that lies uninstalled in the product's
     * plugins/ or dropins/ folder when there is one.
     */
    static String unknownMetric(String id, MetricRegistry registry) {
        String message = NLS.bind(Messages.Metrics_unknownMetric, id, registry.descriptors().stream()
                .map(MetricDescriptor::id).collect(Collectors.joining(", ")));
        return UninstalledPlugins.hint(id).map(hint -> message + "; " + hint).orElse(message);
    }

    static double level(String text) throws CommandException {
        try {
            double level = Double.parseDouble(text);
            if (level > 0 && level < 1) {
                return level;
            }
        } catch (NumberFormatException e) {
            // reported below, as for a number out of range
        }
        throw CommandException.usage(NLS.bind(Messages.Metrics_badLevel, text));
    }
}
