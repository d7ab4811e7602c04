package org.cxworkbench.cli.internal.launch;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

/**
 * {@code cxw}'s own entry point, in place of the Equinox launcher: the launch script puts an unsigned copy of the
 * framework jar ({@link FrameworkCopy}) and this bundle's jar on the JVM's class path and runs this class, which starts
 * the framework in-process with {@code EclipseStarter}. The framework's classes are then the application class
 * loader's, from an unsigned jar, so the JDK's ahead-of-time cache keeps them (it leaves out signed jars, and the
 * launcher's own class loader made them load, verify and check signatures on every run).
 *
 * <p>It takes the launcher's arguments ({@code -install <product>}, {@code -configuration}, {@code -data},
 * {@code -application}, then the application's) and, like the launcher, exits with the application's return value,
 * or 13 after a start-up error (which the framework has written to its log file).
 *
 * <p>It runs on the class path, before any bundle exists, and reaches the framework by reflection; its messages use
 * the framework copy's {@code NLS}.
 */
public final class CxwMain {

    /** The launcher's exit code for a failure the framework logged. */
    static final int STARTUP_ERROR = 13;

    private CxwMain() {
    }

    public static void main(String[] args) {
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if ("-install".equals(args[i]) && i + 1 < args.length) {
                // as the Equinox launcher writes it, which cxw plugins reads back: file:<absolute path>/, not encoded
                String install = Path.of(args[++i]).toAbsolutePath().normalize().toString();
                System.setProperty("osgi.install.area", "file:" + install + (install.endsWith("/") ? "" : "/"));
            } else if (!"-nosplash".equals(args[i])) {
                rest.add(args[i]);
            }
        }
        System.setProperty("eclipse.startTime", Long.toString(System.currentTimeMillis()));
        int exitCode;
        boolean reported = false;
        try {
            Method run = Class.forName("org.eclipse.core.runtime.adaptor.EclipseStarter").getMethod("run",
                    String[].class, Runnable.class);
            Object result = run.invoke(null, rest.toArray(String[]::new), null);
            exitCode = result instanceof Integer code ? code.intValue() : Integer.getInteger("eclipse.exitcode", 0);
        } catch (InvocationTargetException e) {
            System.err.println(NLS.bind(Messages.Launch_frameworkFailed, e.getCause()));
            exitCode = STARTUP_ERROR;
            reported = true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.err.println(NLS.bind(Messages.Launch_frameworkFailed, e));
            exitCode = STARTUP_ERROR;
            reported = true;
        }
        String log = System.getProperty("osgi.logfile");
        if (exitCode == STARTUP_ERROR && !reported) {
            // what the Equinox launcher says when the application failed to start (the framework logged why)
            System.err.println(NLS.bind(Messages.Launch_error, log == null ? "" : log));
        } else if (exitCode == STARTUP_ERROR && log != null) {
            System.err.println(NLS.bind(Messages.Launch_seeLog, log));
        }
        System.out.flush();
        System.exit(exitCode);
    }
}
