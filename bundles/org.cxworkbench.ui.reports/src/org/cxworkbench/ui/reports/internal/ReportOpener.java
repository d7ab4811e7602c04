package org.cxworkbench.ui.reports.internal;

import java.net.MalformedURLException;
import java.nio.file.Path;

import org.cxworkbench.reports.ReportFormat;
import org.cxworkbench.ui.reports.ReportRuns;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.browser.IWebBrowser;
import org.eclipse.ui.browser.IWorkbenchBrowserSupport;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * Shows a written report: HTML in the workbench's internal browser (an editor tab; the platform falls back to the
 * system's browser where SWT has no browser engine), PDF and XLSX with the system's viewer for their extension, or
 * a message that says where the file is when no viewer is configured.
 */
public final class ReportOpener {

    /** The id of the browser editors reports open in: a new report replaces the one shown. */
    public static final String BROWSER_ID = "org.cxworkbench.ui.reports.browser";

    private ReportOpener() {
    }

    /** Opens {@code file} on the UI thread (asynchronously when called from another one). */
    public static void open(Path file, ReportFormat format) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        if (display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> openNow(file, format));
    }

    private static void openNow(Path file, ReportFormat format) {
        IWorkbench workbench = PlatformUI.getWorkbench();
        Shell shell = workbench.getActiveWorkbenchWindow() != null
                ? workbench.getActiveWorkbenchWindow().getShell() : null;
        if (format == ReportFormat.HTML) {
            try {
                IWebBrowser browser = workbench.getBrowserSupport().createBrowser(
                        IWorkbenchBrowserSupport.AS_EDITOR | IWorkbenchBrowserSupport.NAVIGATION_BAR
                                | IWorkbenchBrowserSupport.STATUS, BROWSER_ID, file.getFileName().toString(),
                        file.toString());
                browser.openURL(file.toUri().toURL());
            } catch (PartInitException | MalformedURLException e) {
                StatusManager.getManager().handle(new Status(IStatus.ERROR, ReportRuns.PLUGIN_ID,
                        NLS.bind(Messages.Open_browserFailed, file, e.getMessage()), e),
                        StatusManager.SHOW | StatusManager.LOG);
            }
            return;
        }
        String extension = '.' + format.fileExtension();
        Program viewer = Program.findProgram(extension);
        boolean launched = viewer != null ? viewer.execute(file.toString()) : Program.launch(file.toString());
        if (!launched) {
            ILog.of(ReportOpener.class).log(new Status(IStatus.INFO, ReportRuns.PLUGIN_ID,
                    NLS.bind(Messages.Open_noViewer, extension, file)));
            MessageDialog.openInformation(shell, Messages.Open_noViewerTitle,
                    NLS.bind(Messages.Open_noViewer, extension, file));
        }
    }
}
