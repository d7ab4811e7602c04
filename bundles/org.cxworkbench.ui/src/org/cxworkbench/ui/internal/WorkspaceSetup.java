package org.cxworkbench.ui.internal;

import java.io.IOException;
import java.io.InputStream;

import org.cxworkbench.core.journey.SampleJourneys;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Gives a new workspace the project that journeys, import mappings and reports are kept in, with the sample
 * journeys in it, so that a first start shows a journey to open rather than an empty tree.
 */
public final class WorkspaceSetup {

    /** The project a new workspace starts with. A name, not translated, so workspaces move between languages. */
    public static final String JOURNEYS_PROJECT = "Journeys";

    private WorkspaceSetup() {
    }

    /** Creates and opens the Journeys project with the samples when the workspace has no project at all. */
    public static void ensureJourneysProject(IWorkspace workspace, IProgressMonitor monitor) throws CoreException {
        if (workspace.getRoot().getProjects().length > 0) {
            return;
        }
        SubMonitor progress = SubMonitor.convert(monitor, 2 + SampleJourneys.names().size());
        IProject project = workspace.getRoot().getProject(JOURNEYS_PROJECT);
        project.create(progress.split(1));
        project.open(progress.split(1));
        for (String sample : SampleJourneys.names()) {
            IFile file = project.getFile(sample);
            try (InputStream content = SampleJourneys.open(sample)) {
                file.create(content, IFile.KEEP_HISTORY, progress.split(1));
            } catch (IOException e) {
                throw new CoreException(Status.error("Cannot copy the sample journey " + sample, e));
            }
        }
    }
}
