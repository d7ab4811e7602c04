package org.cxworkbench.ui.internal.views;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.cxworkbench.ui.internal.Messages;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.DoubleClickEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;

/**
 * The user's workspace folder as a tree: journey files, import mappings, reports. A Common Navigator, so other
 * bundles add content (e.g. the measurement points inside a journey) through {@code org.eclipse.ui.navigator}.
 */
public final class WorkspaceView extends CommonNavigator {

    public static final String ID = "org.cxworkbench.ui.views.workspace";
    /** Its context help (F1): the user guide's page on the workspace (contexts of org.cxworkbench.help). */
    public static final String HELP_ID = "org.cxworkbench.ui.workspace_view";

    @Override
    protected Object getInitialInput() {
        return ResourcesPlugin.getWorkspace().getRoot();
    }

    @Override
    public void createPartControl(Composite parent) {
        super.createPartControl(parent);
        org.eclipse.ui.PlatformUI.getWorkbench().getHelpSystem().setHelp(getCommonViewer().getControl(), HELP_ID);
        // A workspace with one project (the usual case: Journeys) shows its journeys right away.
        IProject[] projects = ResourcesPlugin.getWorkspace().getRoot().getProjects();
        if (projects.length == 1 && projects[0].isOpen()) {
            getCommonViewer().expandToLevel(projects[0], 1);
        }
    }

    /**
     * A double-click on a file opens it and never expands it. The navigator expands an element on double-click
     * when its Open handler is not (yet) set for the selection, which it updates a moment after the selection
     * changes: a quick double-click on a file the tree draws with an arrow then expanded it instead of opening.
     * Enter still opens through the Open action. Folders and projects expand and collapse as before.
     */
    @Override
    protected void handleDoubleClick(DoubleClickEvent event) {
        if (event.getSelection() instanceof IStructuredSelection selection
                && selection.getFirstElement() instanceof IFile file) {
            // the Open action opens it too when its handler is already in place: opening twice activates the same
            // editor
            try {
                IDE.openEditor(getSite().getPage(), file, true);
            } catch (PartInitException e) {
                MessageDialog.openError(getSite().getShell(), Messages.Workspace_openFailedTitle,
                        NLS.bind(Messages.Workspace_openFailed, file.getName(), e.getMessage()));
            }
            return;
        }
        super.handleDoubleClick(event);
    }
}
