package org.cxworkbench.metrics.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The metrics' texts for people, in English, Finnish and Swedish ({@code messages*.properties}), in the default
 * locale. A plain resource bundle rather than Equinox's NLS: metrics are used outside OSGi too (benchmarks, tools).
 */
public final class Texts {

    private static final String BUNDLE = "org.cxworkbench.metrics.internal.messages";

    private Texts() {
    }

    /**
     * The text of {@code key} with its {@code {0}}-style placeholders filled in.
     *
     * @param arguments already formatted: a number given here would be formatted by the locale's rules
     */
    public static String get(String key, String... arguments) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Locale.getDefault(), Texts.class.getClassLoader());
        return new MessageFormat(texts.getString(key), Locale.getDefault()).format(arguments);
    }
}
