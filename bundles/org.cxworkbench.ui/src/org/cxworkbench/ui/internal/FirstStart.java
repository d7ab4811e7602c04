package org.cxworkbench.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.services.demo.DemoException;
import org.cxworkbench.services.demo.DemoRun;
import org.cxworkbench.services.demo.SampleAnswers;
import org.cxworkbench.services.store.StoreLocation;
import org.cxworkbench.ui.preferences.CxPreferences;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/**
 * A new workspace's results store gets the sample journeys' generated answers, so that a newcomer who opens a
 * sample sees scores. Runs as a background job after the window opens, only for an embedded store whose folder
 * does not exist yet. The answers are imported into a sibling folder and moved into place when complete, so a
 * cancelled or killed first start leaves no half-filled store (the next start tries again).
 */
public final class FirstStart {

    /** Answers per sample journey; the system property {@value #ROWS_PROPERTY} sets another number (tests). */
    public static final String ROWS_PROPERTY = "cxworkbench.sampleRows";
    /** The job family of the import, for tests and shutdown. */
    public static final Object FAMILY = FirstStart.class;
    private static final String PARTIAL_SUFFIX = ".importing";

    private FirstStart() {
    }

    /** Whether a store belongs there: an embedded store whose folder does not exist. */
    public static boolean wanted() {
        return !CxPreferences.isNetwork() && !Files.exists(CxPreferences.storeFolder());
    }

    /** Schedules the import of the sample answers into the preferences' embedded store, if {@link #wanted()}. */
    public static Job schedule() {
        if (!wanted()) {
            return null;
        }
        Path store = CxPreferences.storeFolder();
        long rows = Long.getLong(ROWS_PROPERTY, DemoRun.DEFAULT_ROWS);
        Job job = new Job(Messages.FirstStart_job) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                return importInto(store, rows, monitor);
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setPriority(Job.LONG);
        job.schedule();
        return job;
    }

    /**
     * Imports {@code rows} answers per sample journey into {@code store} by way of a sibling folder; the status says
     * what happened in one line (INFO with the number of answers, CANCEL, or ERROR with the cause).
     */
    public static IStatus importInto(Path store, long rows, IProgressMonitor monitor) {
        Path partial = store.resolveSibling(store.getFileName() + PARTIAL_SUFFIX);
        try {
            delete(partial); // what a killed earlier first start left
            long answers = SampleAnswers.importInto(StoreLocation.folder(partial), rows,
                    MetricRegistry.getDefault(), monitor);
            if (Files.exists(store)) { // someone imported meanwhile: theirs stays
                delete(partial);
                return Status.OK_STATUS;
            }
            Files.move(partial, store, StandardCopyOption.ATOMIC_MOVE);
            return Status.info(NLS.bind(Messages.FirstStart_done, Long.toString(answers), store));
        } catch (OperationCanceledException e) {
            deleteOrWarn(partial);
            return Status.CANCEL_STATUS;
        } catch (DemoException e) {
            deleteOrWarn(partial);
            return Status.error(NLS.bind(Messages.FirstStart_failed, store, e.detail() != null ? e.detail()
                    : e.getMessage()), e);
        } catch (IOException e) {
            deleteOrWarn(partial);
            return Status.error(NLS.bind(Messages.FirstStart_failed, store, e.getMessage()), e);
        }
    }

    private static void deleteOrWarn(Path folder) {
        try {
            delete(folder);
        } catch (IOException e) {
            ILog.of(FirstStart.class).warn(
                    NLS.bind(Messages.FirstStart_leftOver, folder, e.getMessage()), e);
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
