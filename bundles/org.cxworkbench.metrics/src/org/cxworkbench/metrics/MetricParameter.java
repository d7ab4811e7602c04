package org.cxworkbench.metrics;

import java.util.Objects;

/**
 * A parameter a metric reads from {@link ScoringOptions#parameters()} (on the command line {@code --param
 * name=value}), declared in plugin.xml as a {@code parameter} child of the {@code metric} element, so that help texts
 * and dialogs can list it without loading the metric's class.
 *
 * @param name         the name typed after {@code --param}: letters, digits, {@code _} and {@code -}
 * @param description  what the parameter does, in the user's language; may be empty
 * @param defaultValue the value the metric uses when the parameter is not given, or {@code null} when the parameter
 *                     is required
 * @since 0.2
 */
public record MetricParameter(String name, String description, String defaultValue) {

    public MetricParameter {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            throw new IllegalArgumentException("a parameter name must be letters, digits, _ and - but was '" + name
                    + "'");
        }
        description = description == null ? "" : description;
    }

    /** Whether the metric cannot score without it. */
    public boolean required() {
        return defaultValue == null;
    }
}
