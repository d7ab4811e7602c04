package org.cxworkbench.cli.internal.metrics;

import java.util.stream.Collectors;

import org.cxworkbench.cli.CommandException;
import org.cxworkbench.cli.ExitCode;
import org.cxworkbench.cli.internal.Messages;
import org.cxworkbench.metrics.Metric;
import org.cxworkbench.metrics.MetricDescriptor;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.metrics.MetricUnavailableException;
import org.cxworkbench.metrics.ScoringOptions;
import org.eclipse.osgi.util.NLS;

/** The options {@code score} and {@code compare} share: the metric, the level, the method and the CSV dialect. */
final class MetricOptions {

    final MetricDescriptor descriptor;
    final Metric metric;
    final ScoringOptions scoring;
    final char separator;
    final Output.Format format;

    private MetricOptions(MetricDescriptor descriptor, Metric metric, ScoringOptions scoring, char separator,
            Output.Format format) {
        this.descriptor = descriptor;
        this.metric = metric;
        this.scoring = scoring;
        this.separator = separator;
        this.format = format;
    }

    static MetricOptions of(Options options, MetricRegistry registry) throws CommandException {
        String id = options.required("--metric");
        MetricDescriptor descriptor = registry.find(id).orElseThrow(() -> CommandException.usage(NLS.bind(
                Messages.Metrics_unknownMetric, id, registry.descriptors().stream().map(MetricDescriptor::id)
                        .collect(Collectors.joining(", ")))));
        ScoringOptions scoring = ScoringOptions.defaults()
                .withMethod(options.get("--method", ScoringOptions.DEFAULT_METHOD));
        String level = options.get("--level");
        if (level != null) {
            scoring = scoring.withLevel(level(level));
        }
        String minimum = options.get("--min-n");
        if (minimum != null) {
            try {
                scoring = scoring.withMinimumN(Long.parseLong(minimum));
            } catch (IllegalArgumentException e) {
                throw CommandException.usage(NLS.bind(Messages.Metrics_badNumber, "--min-n", minimum));
            }
        }
        for (String parameter : options.all("--param")) {
            int equals = parameter.indexOf('=');
            if (equals <= 0) {
                throw CommandException.usage(NLS.bind(Messages.Metrics_badParam, parameter));
            }
            scoring = scoring.withParameter(parameter.substring(0, equals), parameter.substring(equals + 1));
        }
        String separator = options.get("--separator", ",");
        if (separator.length() != 1) {
            throw CommandException.usage(NLS.bind(Messages.Metrics_badSeparator, separator));
        }
        Output.Format format = Output.format(options.get("--format", "table"));
        Metric metric;
        try {
            metric = descriptor.metric();
        } catch (MetricUnavailableException e) {
            throw new CommandException(ExitCode.FAILURE, e.getMessage(), e);
        }
        return new MetricOptions(descriptor, metric, scoring, separator.charAt(0), format);
    }

    private static double level(String text) throws CommandException {
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
