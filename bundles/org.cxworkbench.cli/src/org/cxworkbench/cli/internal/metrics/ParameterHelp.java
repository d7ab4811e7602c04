package org.cxworkbench.cli.internal.metrics;

import java.util.Comparator;

import org.cxworkbench.metrics.MetricDescriptor;
import org.cxworkbench.metrics.MetricParameter;
import org.cxworkbench.metrics.MetricRegistry;
import org.eclipse.osgi.util.NLS;

/**
 * The {@code --param} section of {@code cxw help score}: every installed metric's declared parameters, read from the
 * registry (plugin.xml), so that a plug-in's parameters are listed as soon as it is installed.
 */
public final class ParameterHelp {

    private ParameterHelp() {
    }

    /** The section: a heading and one line per parameter, metrics by id; ends without a line break. */
    public static String of(MetricRegistry registry) {
        StringBuilder text = new StringBuilder(MetricMessages.Params_heading);
        boolean any = false;
        for (MetricDescriptor descriptor : registry.descriptors().stream()
                .sorted(Comparator.comparing(MetricDescriptor::id)).toList()) {
            for (MetricParameter parameter : descriptor.parameters()) {
                any = true;
                String when = parameter.required() ? MetricMessages.Params_required
                        : NLS.bind(MetricMessages.Params_default, parameter.defaultValue());
                text.append('\n').append(NLS.bind(MetricMessages.Params_line, new Object[] { descriptor.id(),
                        parameter.name(), when, parameter.description() }).stripTrailing());
            }
        }
        if (!any) {
            text.append('\n').append(MetricMessages.Params_none);
        }
        return text.toString();
    }
}
