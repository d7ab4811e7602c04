package org.cxworkbench.cli.internal.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cxworkbench.cli.CommandException;
import org.cxworkbench.cli.internal.Messages;
import org.eclipse.osgi.util.NLS;

/** {@code --name value} options of one command line; some may repeat. Anything else is a usage error. */
final class Options {

    private final Map<String, List<String>> values = new LinkedHashMap<>();

    private Options() {
    }

    static Options parse(List<String> arguments, Set<String> known, Set<String> repeatable) throws CommandException {
        Options options = new Options();
        for (int i = 0; i < arguments.size(); i++) {
            String name = arguments.get(i);
            if (!known.contains(name)) {
                throw CommandException.usage(NLS.bind(Messages.Metrics_unknownOption, name));
            }
            if (i + 1 >= arguments.size() || arguments.get(i + 1).startsWith("--")) {
                throw CommandException.usage(NLS.bind(Messages.Metrics_missingValue, name));
            }
            List<String> list = options.values.computeIfAbsent(name, n -> new ArrayList<>());
            if (!list.isEmpty() && !repeatable.contains(name)) {
                throw CommandException.usage(NLS.bind(Messages.Metrics_repeatedOption, name));
            }
            list.add(arguments.get(++i));
        }
        return options;
    }

    String get(String name) {
        List<String> list = values.get(name);
        return list == null ? null : list.get(0);
    }

    String get(String name, String fallback) {
        String value = get(name);
        return value == null ? fallback : value;
    }

    String required(String name) throws CommandException {
        String value = get(name);
        if (value == null) {
            throw CommandException.usage(NLS.bind(Messages.Metrics_missingOption, name));
        }
        return value;
    }

    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }
}
