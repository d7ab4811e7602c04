package org.cxworkbench.ui.internal;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * Unexpected failures reach the user and the Error Log: an exception escaping the UI event loop or any other
 * thread becomes an error status that the workbench's status handler shows in a dialog, naming the cause in one
 * line, and writes to the platform log the Error Log view reads. Failed jobs take the same way through the
 * platform's progress service.
 */
public final class ErrorReporting {

    /** The plug-in id the statuses carry. */
    public static final String PLUGIN_ID = "org.cxworkbench.ui";

    private ErrorReporting() {
    }

    /** Shows and logs {@code failure} with its cause in one line. */
    public static void report(Throwable failure) {
        StatusManager.getManager().handle(status(failure), StatusManager.SHOW | StatusManager.LOG);
    }

    /** The error status of {@code failure}: the innermost cause's type and message as one line. */
    public static IStatus status(Throwable failure) {
        return new Status(IStatus.ERROR, PLUGIN_ID, NLS.bind(Messages.Error_unexpected, cause(failure)), failure);
    }

    /** The innermost cause as "Type: message" (or the type alone when there is no message). */
    static String cause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        String line = message == null || message.isBlank() ? root.getClass().getSimpleName()
                : root.getClass().getSimpleName() + ": " + message;
        int newline = line.indexOf('\n');
        return newline >= 0 ? line.substring(0, newline) : line;
    }

    /** Threads other than the UI's report what escapes them here rather than on stderr. */
    static void installForOtherThreads() {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
            try {
                report(failure);
            } catch (RuntimeException | LinkageError reporting) {
                failure.addSuppressed(reporting);
                if (previous != null) {
                    previous.uncaughtException(thread, failure);
                } else {
                    System.err.println(thread.getName() + ": " + cause(failure));
                }
            }
        });
    }
}
