package org.cxworkbench.benchmark.rcp;

import java.lang.management.ManagementFactory;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/**
 * A workbench with one empty window and nothing else: no views, no editors, no menus, no state saved. It prints when
 * its window has been painted, in the words CX Workbench uses for the same moment, and closes; the start-up
 * benchmark sets the two figures side by side.
 */
public final class BareApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        Display display = PlatformUI.createDisplay();
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new Advisor());
            return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (PlatformUI.isWorkbenchRunning()) {
            PlatformUI.getWorkbench().getDisplay().syncExec(() -> PlatformUI.getWorkbench().close());
        }
    }

    private static final class Advisor extends WorkbenchAdvisor {

        @Override
        public void initialize(IWorkbenchConfigurer configurer) {
            configurer.setSaveAndRestore(false);
        }

        @Override
        public String getInitialWindowPerspectiveId() {
            return EmptyPerspective.ID;
        }

        @Override
        public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
            return new WindowAdvisor(configurer);
        }
    }

    private static final class WindowAdvisor extends WorkbenchWindowAdvisor {

        WindowAdvisor(IWorkbenchWindowConfigurer configurer) {
            super(configurer);
        }

        @Override
        public void preWindowOpen() {
            // the same size as CX Workbench's window, so both paint the same area
            getWindowConfigurer().setInitialSize(new Point(1280, 800));
            getWindowConfigurer().setTitle("Bare RCP");
        }

        @Override
        public void postWindowOpen() {
            Display display = getWindowConfigurer().getWindow().getShell().getDisplay();
            display.asyncExec(() -> {
                long shownAfter = ManagementFactory.getRuntimeMXBean().getUptime();
                System.out.println("bare rcp: window shown " + shownAfter + " ms after process start");
                System.out.flush();
                PlatformUI.getWorkbench().close();
            });
        }
    }
}
