package org.cxworkbench.metrics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;

/**
 * The follow-up rules contributed to {@code org.cxworkbench.metrics.followUpRules}. Read from the extension
 * registry on each call (imports are rare; a bundle installed later is seen at the next import). A malformed
 * contribution or a class that cannot be created is logged under the contributing bundle's name and left out.
 */
public final class FollowUpRules {

    /** The extension point's full id. */
    public static final String EXTENSION_POINT = "org.cxworkbench.metrics.followUpRules";

    /** How urgent a follow-up of a rule is. */
    public enum Priority {
        /** contact the customer in the normal course */
        NORMAL,
        /** contact immediately */
        HIGH;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Priority fromKey(String key) {
            for (Priority priority : values()) {
                if (priority.key().equals(key)) {
                    return priority;
                }
            }
            throw new IllegalArgumentException("unknown priority '" + key + "' (normal or high)");
        }
    }

    /**
     * One contributed rule.
     *
     * @param id          unique, stored with each follow-up it creates (at most 64 characters)
     * @param name        the name in the user's language
     * @param priority    how urgent its follow-ups are
     * @param contributor the contributing bundle
     * @param rule        the class that says which answers trigger it
     */
    public record Rule(String id, String name, Priority priority, String contributor, FollowUpRule rule) {

        /**
         * The rule's {@link FollowUpRule#trigger(MetricDescriptor)}; a rule that throws is logged under its bundle
         * and does not apply, so that a broken plug-in never fails an import.
         */
        public Optional<FollowUpRule.Trigger> triggerFor(MetricDescriptor metric) {
            try {
                Optional<FollowUpRule.Trigger> trigger = rule.trigger(metric);
                return trigger == null ? Optional.empty() : trigger;
            } catch (RuntimeException e) {
                ILog.of(FollowUpRules.class).log(new Status(IStatus.ERROR, contributor, "follow-up rule " + id
                        + " of " + contributor + " failed for metric " + metric.id() + ": " + e, e));
                return Optional.empty();
            }
        }
    }

    private FollowUpRules() {
    }

    /** The rules of the running platform, in contribution order. */
    public static List<Rule> all() {
        return read(RegistryFactory.getRegistry());
    }

    /** The rules contributed to {@code registry}; none without a registry. */
    public static List<Rule> read(IExtensionRegistry registry) {
        List<Rule> rules = new ArrayList<>();
        if (registry == null) {
            return rules;
        }
        Set<String> ids = new HashSet<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            String contributor = element.getContributor().getName();
            try {
                String id = element.getAttribute("id");
                if (id == null || !id.matches("[a-z0-9][a-z0-9.-]{0,63}")) {
                    throw new IllegalArgumentException("the id '" + id + "' is not lower case letters, digits, '.'"
                            + " and '-' (at most 64)");
                }
                if (!ids.add(id)) {
                    throw new IllegalArgumentException("the id '" + id + "' is contributed twice");
                }
                String name = element.getAttribute("name");
                String priority = element.getAttribute("priority");
                Object created = element.createExecutableExtension("class");
                if (!(created instanceof FollowUpRule rule)) {
                    throw new IllegalArgumentException(created.getClass().getName() + " is not a FollowUpRule");
                }
                rules.add(new Rule(id, name == null || name.isBlank() ? id : name,
                        priority == null ? Priority.NORMAL : Priority.fromKey(priority), contributor, rule));
            } catch (CoreException | RuntimeException e) {
                ILog.of(FollowUpRules.class).log(new Status(IStatus.ERROR, contributor, "follow-up rule of "
                        + contributor + " left out: " + e.getMessage(), e));
            }
        }
        return rules;
    }

    /** The rule with this id, if one is contributed. */
    public static Optional<Rule> find(String id) {
        return all().stream().filter(rule -> rule.id().equals(id)).findFirst();
    }
}
