package org.cxworkbench.ui.internal;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * The workbench application ({@code org.cxworkbench.ui.application}) behind the {@code cxworkbench} launch script.
 */
public final class CxWorkbenchApplication implements IApplication {

    /** Exit code when there is no display to open a window on. */
    public static final Integer EXIT_NO_DISPLAY = Integer.valueOf(3);
    /** Exit code when another CX Workbench holds the workspace. */
    public static final Integer EXIT_WORKSPACE_IN_USE = Integer.valueOf(4);

    @Override
    public Object start(IApplicationContext context) throws Exception {
        Display display;
        try {
            display = PlatformUI.createDisplay();
        } catch (SWTError noDisplay) {
            // The launch script checks DISPLAY first; this covers a DISPLAY that names no reachable X server.
            System.err.println(NLS.bind(Messages.Application_noDisplay, noDisplay.getMessage()));
            return EXIT_NO_DISPLAY;
        }
        try {
            Location workspace = Platform.getInstanceLocation();
            if (workspace != null && !workspace.isLocked() && !workspace.lock()) {
                MessageDialog.openError(null, Messages.Application_workspaceInUseTitle,
                        NLS.bind(Messages.Application_workspaceInUse, workspace.getURL().getFile()));
                return EXIT_WORKSPACE_IN_USE;
            }
            context.applicationRunning();
            int code = PlatformUI.createAndRunWorkbench(display, new CxWorkbenchAdvisor());
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
            Location workspace = Platform.getInstanceLocation();
            if (workspace != null && workspace.isLocked()) {
                workspace.release();
            }
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
