package org.cxworkbench.cli.internal.plugins;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.cli.Command;
import org.cxworkbench.cli.CommandContext;
import org.cxworkbench.cli.CommandException;
import org.cxworkbench.cli.ExitCode;
import org.cxworkbench.cli.internal.plugins.ProductPlugins.Plugin;
import org.cxworkbench.cli.internal.plugins.ProductPlugins.PluginsException;
import org.cxworkbench.cli.internal.plugins.ProductPlugins.ReadOnlyException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;

/**
 * {@code cxw plugins list|install|uninstall|update}: the features of the installed product cxw runs from, changed
 * through p2 (see {@link ProductPlugins}). When the product folder is read-only, install, uninstall and update work
 * on the per-user area instead ({@link UserPlugins}), which both launch scripts read as a dropins folder.
 */
public final class PluginsCommand implements Command {

    @Override
    public String name() {
        return "plugins";
    }

    @Override
    public String summary() {
        return Messages.Plugins_summary;
    }

    @Override
    public String help() {
        return Messages.Plugins_help;
    }

    /** The parsed command line: the action, its options and the feature ids. */
    private record Line(String action, String repository, String format, boolean trust, List<String> ids) {
    }

    private static Line parse(List<String> arguments) throws CommandException {
        if (arguments.isEmpty()) {
            throw CommandException.usage(Messages.Plugins_noAction);
        }
        String action = arguments.get(0);
        if (!List.of("list", "install", "uninstall", "update").contains(action)) {
            throw CommandException.usage(NLS.bind(Messages.Plugins_unknownAction, action));
        }
        String repository = null;
        String format = "text";
        boolean trust = false;
        List<String> ids = new ArrayList<>();
        for (int i = 1; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            String value = null;
            String option = argument;
            int equals = argument.indexOf('=');
            if (argument.startsWith("--") && equals > 0) {
                option = argument.substring(0, equals);
                value = argument.substring(equals + 1);
            }
            switch (option) {
                case "--repository", "--format" -> {
                    boolean allowed = option.equals("--format") ? action.equals("list")
                            : action.equals("install") || action.equals("update");
                    if (!allowed) {
                        throw CommandException.usage(NLS.bind(Messages.Plugins_unknownOption, option, action));
                    }
                    if (value == null) {
                        if (i + 1 >= arguments.size()) {
                            throw CommandException.usage(NLS.bind(Messages.Plugins_missingValue, option));
                        }
                        value = arguments.get(++i);
                    }
                    if (option.equals("--format")) {
                        if (!value.equals("text") && !value.equals("json")) {
                            throw CommandException.usage(NLS.bind(Messages.Plugins_unknownFormat, value));
                        }
                        format = value;
                    } else {
                        repository = value;
                    }
                }
                case "--trust" -> {
                    if (!action.equals("install") && !action.equals("update")) {
                        throw CommandException.usage(NLS.bind(Messages.Plugins_unknownOption, option, action));
                    }
                    trust = true;
                }
                default -> {
                    if (argument.startsWith("-")) {
                        throw CommandException.usage(NLS.bind(Messages.Plugins_unknownOption, argument, action));
                    }
                    if (action.equals("list")) {
                        throw CommandException.usage(NLS.bind(Messages.Plugins_unknownOption, argument, action));
                    }
                    ids.add(argument);
                }
            }
        }
        if ((action.equals("install") || action.equals("uninstall")) && ids.isEmpty()) {
            throw CommandException.usage(NLS.bind(Messages.Plugins_noFeature, action));
        }
        if (action.equals("install") && repository == null) {
            throw CommandException.usage(Messages.Plugins_repositoryMissing);
        }
        return new Line(action, repository, format, trust, ids);
    }

    @Override
    public int run(List<String> arguments, CommandContext context) throws CommandException {
        Line line = parse(arguments);
        Path product = installArea();
        NullProgressMonitor monitor = new NullProgressMonitor();
        try {
            URI repository = line.repository() == null ? null : ProductPlugins.repository(line.repository());
            try (ProductPlugins plugins = ProductPlugins.open(product)) {
                switch (line.action()) {
                    case "list" -> print(context, plugins.list(), UserPlugins.forUser().list(), line.format());
                    case "install" -> report(context, Messages.Plugins_installed,
                            plugins.install(repository, line.ids(), line.trust(), monitor));
                    case "uninstall" -> report(context, Messages.Plugins_uninstalled,
                            plugins.uninstall(line.ids(), monitor));
                    default -> {
                        List<Plugin> updated = plugins.update(repository, line.ids(), line.trust(), monitor);
                        if (updated.isEmpty()) {
                            context.out().println(Messages.Plugins_nothingToUpdate);
                        }
                        report(context, Messages.Plugins_updated, updated);
                    }
                }
            } catch (ReadOnlyException readOnly) {
                // the product folder belongs to someone else: the user's own area, read by both launch scripts
                UserPlugins user = UserPlugins.forUser();
                if (!line.action().equals("list")) {
                    context.err().println(NLS.bind(Messages.Plugins_userArea, product, user.folder()));
                }
                switch (line.action()) {
                    case "list" -> print(context, ProductPlugins.shipped(product), user.list(), line.format());
                    case "install" -> report(context, Messages.Plugins_installed,
                            user.install(product, repository, line.ids(), line.trust(), monitor));
                    case "uninstall" -> report(context, Messages.Plugins_uninstalled, user.uninstall(line.ids()));
                    default -> {
                        List<Plugin> updated = user.update(product, repository, line.ids(), line.trust(), monitor);
                        if (updated.isEmpty()) {
                            context.out().println(Messages.Plugins_nothingToUpdate);
                        }
                        report(context, Messages.Plugins_updated, updated);
                    }
                }
            }
        } catch (PluginsException e) {
            throw new CommandException(ExitCode.FAILURE, e.getMessage(), e);
        } catch (OperationCanceledException e) {
            throw new CommandException(ExitCode.FAILURE, Messages.Plugins_cancelled, e);
        } catch (IllegalStateException e) {
            throw new CommandException(ExitCode.FAILURE, e.getMessage(), e);
        }
        return ExitCode.OK;
    }

    private static void report(CommandContext context, String pattern, List<Plugin> plugins) {
        for (Plugin plugin : plugins) {
            context.out().println(NLS.bind(pattern, plugin.id(), plugin.version()));
        }
    }

    private static void print(CommandContext context, List<Plugin> product, List<Plugin> user, String format) {
        List<Plugin> all = new ArrayList<>(product);
        all.addAll(user);
        if (format.equals("json")) {
            StringBuilder json = new StringBuilder("[");
            for (int i = 0; i < all.size(); i++) {
                Plugin plugin = all.get(i);
                json.append(i == 0 ? "\n  " : ",\n  ");
                json.append("{\"id\":").append(string(plugin.id()));
                json.append(",\"version\":").append(string(plugin.version()));
                json.append(",\"provider\":").append(string(plugin.provider()));
                json.append(",\"installedBy\":").append(string(plugin.user() ? "user" : "shipped")).append('}');
            }
            json.append(all.isEmpty() ? "]" : "\n]");
            context.out().println(json);
            return;
        }
        if (all.isEmpty()) {
            context.out().println(Messages.Plugins_none);
            return;
        }
        context.out().println(Messages.Plugins_listHeader);
        for (Plugin plugin : all) {
            context.out().println(plugin.id() + "\t" + plugin.version() + "\t" + plugin.provider() + "\t"
                    + (plugin.user() ? "user" : "shipped"));
        }
    }

    private static String string(String value) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }

    /** The product cxw runs from: the OSGi install area the launch script passed with -install. */
    private static Path installArea() throws CommandException {
        String area = System.getProperty("osgi.install.area");
        if (area == null) {
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Plugins_noProduct, "?"));
        }
        if (!area.startsWith("file:")) {
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Plugins_noProduct, area));
        }
        try {
            // Equinox writes the area as file:<path>/ without encoding it
            return Path.of(area.substring("file:".length())).toAbsolutePath().normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Plugins_noProduct, area), e);
        }
    }
}
