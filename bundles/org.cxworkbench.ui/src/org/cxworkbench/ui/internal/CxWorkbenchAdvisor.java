package org.cxworkbench.ui.internal;

import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.ui.ide.IDE;

/** Workbench life cycle: the Eclipse resources workspace is the user's workspace folder. */
final class CxWorkbenchAdvisor extends WorkbenchAdvisor {

    private static final String IDE_BUNDLE = "org.eclipse.ui.ide";

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        configurer.setSaveAndRestore(true);
        // Labels and icons for files and folders in the navigator come from the IDE's resource adapters; the
        // project icons are images the IDE's own advisor would declare, so a product of its own declares them.
        IDE.registerAdapters();
        declareIdeImage(configurer, IDE.SharedImages.IMG_OBJ_PROJECT, "icons/full/obj16/prj_obj.png");
        declareIdeImage(configurer, IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED, "icons/full/obj16/cprj_obj.png");
    }

    private static void declareIdeImage(IWorkbenchConfigurer configurer, String key, String path) {
        ResourceLocator.imageDescriptorFromBundle(IDE_BUNDLE, path)
                .ifPresent(image -> configurer.declareImage(key, image, true));
    }

    /** Whether this start created the workspace's first project: a new workspace, which gets the sample answers. */
    private boolean newWorkspace;

    @Override
    public void eventLoopException(Throwable exception) {
        // the platform would only log it: the user sees the cause in a dialog, and the Error Log has it too
        ErrorReporting.report(exception);
    }

    @Override
    public void preStartup() {
        ErrorReporting.installForOtherThreads();
        newWorkspace = ResourcesPlugin.getWorkspace().getRoot().getProjects().length == 0;
        try {
            WorkspaceSetup.ensureJourneysProject(ResourcesPlugin.getWorkspace(), new NullProgressMonitor());
        } catch (CoreException e) {
            ILog.of(getClass()).log(e.getStatus());
        }
    }

    @Override
    public void postStartup() {
        // after the window opened, in the background; not when the start-up benchmark closes the window at once
        if (newWorkspace && System.getProperty(CxWorkbenchWindowAdvisor.STARTUP_BENCHMARK_PROPERTY) == null) {
            FirstStart.schedule();
        }
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return JourneyPerspective.ID;
    }

    @Override
    public IAdaptable getDefaultPageInput() {
        return ResourcesPlugin.getWorkspace().getRoot();
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new CxWorkbenchWindowAdvisor(configurer);
    }

    @Override
    public void postShutdown() {
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        try {
            workspace.save(true, new NullProgressMonitor());
        } catch (CoreException e) {
            ILog.of(getClass()).log(e.getStatus());
        }
    }
}
