package org.cxworkbench.cli.internal.metrics;

import org.eclipse.osgi.util.NLS;

/**
 * Texts of the metric parameters' help and of the hint about a plug-in that is present but not installed; kept apart
 * from the command line's shared messages so that they merge cleanly. Translations beside metricmessages.properties.
 */
public final class MetricMessages extends NLS {

    private static final String BUNDLE_NAME = "org.cxworkbench.cli.internal.metrics.metricmessages"; //$NON-NLS-1$

    public static String Params_heading;
    public static String Params_none;
    public static String Params_line;
    public static String Params_required;
    public static String Params_default;
    public static String Plugins_declares;
    public static String Plugins_contributes;
    public static String Plugins_adviceInPlugins;
    public static String Plugins_adviceInDropins;

    static {
        NLS.initializeMessages(BUNDLE_NAME, MetricMessages.class);
    }

    private MetricMessages() {
    }
}
