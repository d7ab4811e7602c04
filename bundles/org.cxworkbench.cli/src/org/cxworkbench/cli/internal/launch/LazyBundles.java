package org.cxworkbench.cli.internal.launch;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;

/**
 * The bundles {@code cxw} starts only for the commands that may need them: SPI Fly, which weaves
 * {@code ServiceLoader} calls (log4j's provider lookup in POI, BIRT's drivers) and, started with the framework, scans
 * and weaves every bundle: about a third of the processor time of {@code cxw --version} (JFR profile, issue 16).
 * {@link HeadlessBundles} lists them unstarted; {@code CxwApplication} starts them, for this run only, before any
 * command that is not known to do without them. Started before the command loads a class of POI or BIRT, SPI Fly
 * weaves them as it would have at start-up.
 */
public final class LazyBundles {

    /** The symbolic names of the bundles started lazily (kept in the plain-JDK class that lists them). */
    public static final Set<String> NAMES = HeadlessBundles.LAZY;

    /** Files that {@code score}/{@code compare --file} read as text; anything else may be a workbook (POI). */
    private static final List<String> TEXT_FILES = List.of(".csv", ".tsv", ".txt");

    private LazyBundles() {
    }

    /**
     * Whether the command line {@code args} may need the lazy bundles. Not needed: no arguments, the global help and
     * version, any command's help, {@code validate}, {@code score}/{@code compare} of text files only, and
     * {@code score --journey} on an embedded store (a folder, not a {@code jdbc:} URL). Everything else starts them
     * (a command not listed here is never slower than before, only not faster).
     */
    public static boolean needed(String[] args) {
        List<String> rest = new ArrayList<>(List.of(args));
        rest.remove("--debug");
        if (rest.isEmpty()) {
            return false;
        }
        String command = rest.get(0);
        if (Set.of("--version", "-V", "--help", "-h", "help").contains(command) || rest.contains("--help")
                || rest.contains("-h")) {
            return false;
        }
        if (command.equals("validate")) {
            return false;
        }
        if (command.equals("score") || command.equals("compare")) {
            boolean file = false;
            for (int i = 1; i < rest.size(); i++) {
                String option = rest.get(i);
                String value = null;
                if (option.equals("--file") && i + 1 < rest.size()) {
                    value = rest.get(++i);
                } else if (option.startsWith("--file=")) {
                    value = option.substring("--file=".length());
                } else if (option.equals("--journey") || option.startsWith("--journey=")) {
                    // the embedded store needs no weaving (checked: same output, clean stderr); a network
                    // server's client driver is left as it was
                    file = true;
                } else if (option.equals("--db") && i + 1 < rest.size() && rest.get(++i).startsWith("jdbc:")
                        || option.startsWith("--db=jdbc:")) {
                    return true;
                }
                if (value != null) {
                    String lower = value.toLowerCase(Locale.ROOT);
                    if (TEXT_FILES.stream().noneMatch(lower::endsWith)) {
                        return true;
                    }
                    file = true;
                }
            }
            return !file;
        }
        return true;
    }

    /**
     * Starts the lazy bundles installed in {@code context}'s framework that are not active, transiently (the next run
     * decides again). A bundle that does not start is reported in one line on {@code err}; the command still runs.
     */
    public static void start(BundleContext context, PrintStream err) {
        for (Bundle bundle : context.getBundles()) {
            if (NAMES.contains(bundle.getSymbolicName()) && bundle.getState() != Bundle.ACTIVE) {
                try {
                    bundle.start(Bundle.START_TRANSIENT);
                } catch (BundleException | RuntimeException e) {
                    err.println(NLS.bind(Messages.Launch_cannotStart, bundle.getSymbolicName(), e.getMessage()));
                }
            }
        }
    }
}
