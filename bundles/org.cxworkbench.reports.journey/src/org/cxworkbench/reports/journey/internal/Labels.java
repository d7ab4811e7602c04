package org.cxworkbench.reports.journey.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The reports' resource files ({@code reports/journey-reports*.properties}), read in Java for the few labels that
 * are data (a stage called "whole journey", a series called "all", "target met"): the designs read the very same
 * files for their static labels, so a translation lives in one place.
 */
public final class Labels {

    /** The base name of the designs' resource files, as their {@code includeResource} says. */
    public static final String BASE_NAME = "reports.journey-reports";

    private final ResourceBundle bundle;
    private final Locale locale;

    public Labels(Locale locale) {
        this.locale = locale;
        // no fallback to the JVM's default locale: English labels must stay English on a Finnish machine
        this.bundle = ResourceBundle.getBundle(BASE_NAME, locale, Labels.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    /** The label {@code key}, with {@code arguments} put in its {0}, {1}...; the key itself when it is missing. */
    public String get(String key, Object... arguments) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments);
    }

    /** Whether the resource files have {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
