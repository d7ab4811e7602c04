package org.cxworkbench.ui.internal;

import java.lang.management.ManagementFactory;

import org.cxworkbench.core.ProductInfo;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The main window: title, size, and the start-up figure the benchmark reads. */
final class CxWorkbenchWindowAdvisor extends WorkbenchWindowAdvisor {

    /**
     * When set (to any value), the window prints how long after process start it was shown, and closes the
     * workbench right away: {@code releng/scripts/benchmark-startup.sh} measures start-up with it.
     */
    static final String STARTUP_BENCHMARK_PROPERTY = "cxworkbench.benchmark.startup";

    CxWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new CxActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(new Point(1280, 800));
        configurer.setShowCoolBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setShowPerspectiveBar(true);
        configurer.setTitle(ProductInfo.NAME);
    }

    @Override
    public void postWindowOpen() {
        if (System.getProperty(STARTUP_BENCHMARK_PROPERTY) == null) {
            return;
        }
        Display display = getWindowConfigurer().getWindow().getShell().getDisplay();
        // Measured once the first paint is through, which is when a person sees the window.
        display.asyncExec(() -> {
            long shownAfter = ManagementFactory.getRuntimeMXBean().getUptime();
            System.out.println("cxworkbench: window shown " + shownAfter + " ms after process start");
            System.out.flush();
            PlatformUI.getWorkbench().close();
        });
    }
}
