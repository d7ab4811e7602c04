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

    @Override
    public void preStartup() {
        try {
            WorkspaceSetup.ensureJourneysProject(ResourcesPlugin.getWorkspace(), new NullProgressMonitor());
        } catch (CoreException e) {
            ILog.of(getClass()).log(e.getStatus());
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
