package org.cxworkbench.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cxworkbench.ui.testsupport.Ui;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An exception nobody catches and a job that fails both reach the user as a dialog naming the cause and land in the
 * platform log, which the Error Log view shows.
 */
class ErrorReportingTest {

    private final List<IStatus> logged = new CopyOnWriteArrayList<>();
    private final ILogListener listener = (status, plugin) -> logged.add(status);

    private boolean automated;

    @BeforeEach
    void listen() {
        closeDialogs();
        // the test harness keeps error dialogs away (automated mode); a person's workbench shows them
        automated = ErrorDialog.AUTOMATED_MODE;
        ErrorDialog.AUTOMATED_MODE = false;
        Platform.addLogListener(listener);
    }

    /** Closes what earlier tests may have left open, so that the next dialog is the test's own. */
    private static void closeDialogs() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Display display = window.getShell().getDisplay();
        for (Shell shell : display.getShells()) {
            if (shell != window.getShell() && shell.isVisible()) {
                shell.close();
            }
        }
        Ui.settle(display, 200);
    }

    @AfterEach
    void stopListening() {
        Platform.removeLogListener(listener);
        ErrorDialog.AUTOMATED_MODE = automated;
        closeDialogs();
    }

    @Test
    void anUncaughtExceptionShowsItsCauseAndIsLogged() throws Exception {
        Thread thread = new Thread(() -> {
            throw new IllegalStateException("wrapper", new java.io.IOException("No space left on device"));
        }, "failing worker");
        thread.start();
        thread.join();
        String shown = dialogText("No space left on device");
        assertThat(shown).contains("Unexpected error: IOException: No space left on device");
        assertThat(logged).anySatisfy(status -> {
            assertThat(status.getSeverity()).isEqualTo(IStatus.ERROR);
            assertThat(status.getMessage()).isEqualTo("Unexpected error: IOException: No space left on device");
            assertThat(status.getException()).isInstanceOf(IllegalStateException.class);
        });
    }

    @Test
    void aFailedJobShowsItsCauseAndIsLogged() throws Exception {
        IJobFunction failing = monitor -> Status.error("november.csv cannot be read: the file was deleted");
        Job job = Job.create("Import november.csv", failing);
        job.setUser(false);
        job.schedule();
        String shown = dialogText("the file was deleted");
        assertThat(shown).contains("november.csv cannot be read: the file was deleted");
        assertThat(logged).anySatisfy(status -> assertThat(status.getMessage())
                .isEqualTo("november.csv cannot be read: the file was deleted"));
    }

    /** Waits for a dialog over the workbench window showing {@code expected}, returns its texts and closes it. */
    private static String dialogText(String expected) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Display display = window.getShell().getDisplay();
        StringBuilder found = new StringBuilder();
        Shell[] dialog = new Shell[1];
        boolean shown = Ui.waitFor(display, 10_000, () -> {
            for (Shell shell : display.getShells()) {
                if (shell != window.getShell() && shell.isVisible()) {
                    String texts = texts(shell);
                    if (texts.contains(expected)) {
                        found.append(shell.getText()).append('\n').append(texts);
                        dialog[0] = shell;
                        return true;
                    }
                }
            }
            return false;
        });
        StringBuilder seen = new StringBuilder();
        for (Shell shell : display.getShells()) {
            seen.append('[').append(shell.getText()).append(" visible=").append(shell.isVisible()).append("] ")
                    .append(texts(shell).replace('\n', '|')).append('\n');
        }
        assertThat(shown).as("a dialog shows " + expected + "; shells:\n" + seen).isTrue();
        dialog[0].close();
        Ui.settle(display, 200);
        return found.toString();
    }

    private static String texts(Shell shell) {
        StringBuilder all = new StringBuilder();
        for (Control control : Ui.find(shell, Control.class, c -> true)) {
            if (control instanceof Label label) {
                all.append(label.getText()).append('\n');
            } else if (control instanceof Text text) {
                all.append(text.getText()).append('\n');
            } else if (control instanceof CLabel label) {
                all.append(label.getText()).append('\n');
            } else if (control instanceof Link link) {
                all.append(link.getText()).append('\n');
            } else if (control instanceof Table table) {
                for (TableItem item : table.getItems()) {
                    all.append(item.getText()).append('\n');
                }
            } else if (control instanceof org.eclipse.swt.widgets.List list) {
                for (String item : list.getItems()) {
                    all.append(item).append('\n');
                }
            }
        }
        return all.toString();
    }
}
