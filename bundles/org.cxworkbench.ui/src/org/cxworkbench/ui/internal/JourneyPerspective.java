package org.cxworkbench.ui.internal;

import org.cxworkbench.ui.internal.views.WorkspaceView;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * Customer Journeys: the workspace on the left, editors in the middle, the outline on the right, properties and
 * problems below.
 */
public final class JourneyPerspective implements IPerspectiveFactory {

    public static final String ID = "org.cxworkbench.ui.perspectives.journeys";
    /** The New Journey wizard (contributed by the journey editor bundle), offered first under File > New. */
    static final String NEW_JOURNEY_WIZARD = "org.cxworkbench.ui.editor.newJourney";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.24f, editors);
        left.addView(WorkspaceView.ID);
        IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.76f, editors);
        right.addView(IPageLayout.ID_OUTLINE);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.70f, editors);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(WorkspaceView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addNewWizardShortcut(NEW_JOURNEY_WIZARD);
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
    }
}
