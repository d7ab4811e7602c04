package org.cxworkbench.ui.internal.views;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.navigator.CommonNavigator;

/**
 * The user's workspace folder as a tree: journey files, import mappings, reports. A Common Navigator, so other
 * bundles add content (e.g. the measurement points inside a journey) through {@code org.eclipse.ui.navigator}.
 */
public final class WorkspaceView extends CommonNavigator {

    public static final String ID = "org.cxworkbench.ui.views.workspace";

    @Override
    protected Object getInitialInput() {
        return ResourcesPlugin.getWorkspace().getRoot();
    }

    @Override
    public void createPartControl(Composite parent) {
        super.createPartControl(parent);
        // A workspace with one project (the usual case: Journeys) shows its journeys right away.
        IProject[] projects = ResourcesPlugin.getWorkspace().getRoot().getProjects();
        if (projects.length == 1 && projects[0].isOpen()) {
            getCommonViewer().expandToLevel(projects[0], 1);
        }
    }
}
