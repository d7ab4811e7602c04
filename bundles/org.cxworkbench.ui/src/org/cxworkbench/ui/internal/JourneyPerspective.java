package org.cxworkbench.ui.internal;

import org.cxworkbench.ui.internal.views.WorkspaceView;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Customer Journeys: the workspace on the left, editors in the middle, properties below. */
public final class JourneyPerspective implements IPerspectiveFactory {

    public static final String ID = "org.cxworkbench.ui.perspectives.journeys";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.24f, editors);
        left.addView(WorkspaceView.ID);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.70f, editors);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(WorkspaceView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
    }
}
