package org.cxworkbench.ui.internal;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/** Gives a new workspace the project that journeys, import mappings and reports are kept in. */
public final class WorkspaceSetup {

    /** The project a new workspace starts with. A name, not translated, so workspaces move between languages. */
    public static final String JOURNEYS_PROJECT = "Journeys";

    private WorkspaceSetup() {
    }

    /** Creates and opens the Journeys project when the workspace has no project at all. */
    public static void ensureJourneysProject(IWorkspace workspace, IProgressMonitor monitor) throws CoreException {
        if (workspace.getRoot().getProjects().length > 0) {
            return;
        }
        SubMonitor progress = SubMonitor.convert(monitor, 2);
        IProject project = workspace.getRoot().getProject(JOURNEYS_PROJECT);
        project.create(progress.split(1));
        project.open(progress.split(1));
    }
}
