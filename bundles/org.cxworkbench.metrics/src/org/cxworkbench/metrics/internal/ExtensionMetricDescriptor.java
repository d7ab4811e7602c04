package org.cxworkbench.metrics.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

import org.cxworkbench.metrics.AnswerType;
import org.cxworkbench.metrics.Direction;
import org.cxworkbench.metrics.Metric;
import org.cxworkbench.metrics.MetricDescriptor;
import org.cxworkbench.metrics.MetricParameter;
import org.cxworkbench.metrics.MetricUnavailableException;
import org.cxworkbench.metrics.Tier;
import org.cxworkbench.metrics.Unit;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.InvalidRegistryObjectException;

/** A {@code metric} element of plugin.xml; the attributes are read at once, the class on first use. */
final class ExtensionMetricDescriptor implements MetricDescriptor {

    private final IConfigurationElement element;
    private final ExtensionMetricRegistry registry;
    private final String id;
    private final String name;
    private final String description;
    private final Tier tier;
    private final AnswerType answerType;
    private final double scaleMin;
    private final double scaleMax;
    private final Direction better;
    private final Unit unit;
    private final OptionalDouble good;
    private final OptionalDouble bad;
    private final String contributor;
    private final List<MetricParameter> parameters;
    private Metric metric;
    private MetricUnavailableException failure;

    private ExtensionMetricDescriptor(IConfigurationElement element, ExtensionMetricRegistry registry) {
        this.element = element;
        this.registry = registry;
        this.contributor = element.getContributor().getName();
        this.id = required(element, "id");
        if (!id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("id '" + id + "' must be lower case letters, digits and -");
        }
        this.name = required(element, "name");
        String text = element.getAttribute("description");
        this.description = text == null ? "" : text;
        try {
            this.tier = Tier.fromKey(required(element, "tier"));
            this.answerType = AnswerType.fromKey(required(element, "answerType"));
            this.better = Direction.fromKey(required(element, "better"));
            this.unit = Unit.fromKey(required(element, "unit"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("metric '" + id + "': " + e.getMessage(), e);
        }
        this.scaleMin = number(element, "scaleMin", Double.NEGATIVE_INFINITY);
        this.scaleMax = number(element, "scaleMax", Double.POSITIVE_INFINITY);
        if (!(scaleMin <= scaleMax)) {
            throw new IllegalArgumentException("metric '" + id + "': scaleMin is above scaleMax");
        }
        this.good = optional(element, "good");
        this.bad = optional(element, "bad");
        required(element, "class");
        this.parameters = parameters(element);
    }

    private List<MetricParameter> parameters(IConfigurationElement element) {
        List<MetricParameter> list = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (IConfigurationElement child : element.getChildren("parameter")) {
            String parameterName = child.getAttribute("name");
            if (parameterName == null || parameterName.isBlank()) {
                throw new IllegalArgumentException("metric '" + id + "': a parameter has no attribute name");
            }
            String text = child.getAttribute("description");
            String defaultValue = child.getAttribute("default");
            try {
                list.add(new MetricParameter(parameterName.strip(), text == null ? "" : text.strip(),
                        defaultValue == null || defaultValue.isBlank() ? null : defaultValue.strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("metric '" + id + "': " + e.getMessage(), e);
            }
            if (!names.add(parameterName.strip())) {
                throw new IllegalArgumentException("metric '" + id + "': parameter " + parameterName.strip()
                        + " is declared twice");
            }
        }
        return List.copyOf(list);
    }

    static ExtensionMetricDescriptor read(IConfigurationElement element, ExtensionMetricRegistry registry) {
        return new ExtensionMetricDescriptor(element, registry);
    }

    IConfigurationElement element() {
        return element;
    }

    private static String required(IConfigurationElement element, String attribute) {
        String value = element.getAttribute(attribute);
        if (value == null || value.isBlank()) {
            String id = element.getAttribute("id");
            throw new IllegalArgumentException((id == null ? "a metric" : "metric '" + id + "'")
                    + " has no attribute " + attribute);
        }
        return value.strip();
    }

    private OptionalDouble optional(IConfigurationElement element, String attribute) {
        String value = element.getAttribute(attribute);
        return value == null || value.isBlank() ? OptionalDouble.empty()
                : OptionalDouble.of(number(element, attribute, Double.NaN));
    }

    private double number(IConfigurationElement element, String attribute, double absent) {
        String value = element.getAttribute(attribute);
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("metric '" + id + "': " + attribute + " is not a number: '" + value
                    + "'", e);
        }
    }

    @Override
    public synchronized Metric metric() {
        if (metric != null) {
            return metric;
        }
        if (failure != null) {
            throw failure;
        }
        String why;
        Throwable cause;
        try {
            Object created = element.createExecutableExtension("class");
            if (created instanceof Metric m) {
                metric = m;
                return m;
            }
            why = created.getClass().getName() + " does not implement " + Metric.class.getName();
            cause = null;
        } catch (CoreException | InvalidRegistryObjectException | LinkageError e) {
            why = e.getMessage();
            cause = e;
        }
        String message = "metric '" + id + "' of bundle " + contributor + " cannot be created: " + why;
        registry.report(contributor, message, cause);
        failure = new MetricUnavailableException(message, cause);
        throw failure;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Tier tier() {
        return tier;
    }

    @Override
    public AnswerType answerType() {
        return answerType;
    }

    @Override
    public double scaleMin() {
        return scaleMin;
    }

    @Override
    public double scaleMax() {
        return scaleMax;
    }

    @Override
    public Direction better() {
        return better;
    }

    @Override
    public Unit unit() {
        return unit;
    }

    @Override
    public OptionalDouble good() {
        return good;
    }

    @Override
    public OptionalDouble bad() {
        return bad;
    }

    @Override
    public List<MetricParameter> parameters() {
        return parameters;
    }

    @Override
    public String contributor() {
        return contributor;
    }

    @Override
    public String toString() {
        return id + " (" + contributor + ")";
    }
}
