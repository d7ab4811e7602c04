package org.cxworkbench.ui.internal;

import org.cxworkbench.ui.internal.views.WorkspaceView;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.PlatformUI;

/**
 * CX Design &amp; Analysis: the Workspace view on the left, the editors in the middle, Outline and Properties on the
 * right, and below the editors the Scores view, Problems, Progress and the Error Log. The id is the one of the
 * earlier "Customer Journeys" perspective, so saved workspaces keep their layout.
 */
public final class JourneyPerspective implements IPerspectiveFactory {

    public static final String ID = "org.cxworkbench.ui.perspectives.journeys";
    /** The New Journey wizard (contributed by the journey editor bundle), offered first under File > New. */
    static final String NEW_JOURNEY_WIZARD = "org.cxworkbench.ui.editor.newJourney";
    /** The Scores view of bundle {@code org.cxworkbench.ui.results}; a placeholder when that bundle is missing. */
    public static final String SCORES_VIEW = "org.cxworkbench.ui.results.views.scores";
    /** The platform's Progress view. */
    public static final String PROGRESS_VIEW = "org.eclipse.ui.views.ProgressView";
    /** The Error Log of bundle {@code org.eclipse.ui.views.log}. */
    public static final String ERROR_LOG_VIEW = "org.eclipse.pde.runtime.LogView";

    /** The folders, named so that tests and later perspectives can find them. */
    public static final String LEFT = "left";
    public static final String RIGHT = "right";
    public static final String RIGHT_BOTTOM = "rightBottom";
    public static final String BOTTOM = "bottom";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        IFolderLayout left = layout.createFolder(LEFT, IPageLayout.LEFT, 0.22f, editors);
        left.addView(WorkspaceView.ID);
        IFolderLayout right = layout.createFolder(RIGHT, IPageLayout.RIGHT, 0.74f, editors);
        right.addView(IPageLayout.ID_OUTLINE);
        IFolderLayout rightBottom = layout.createFolder(RIGHT_BOTTOM, IPageLayout.BOTTOM, 0.5f, RIGHT);
        rightBottom.addView(IPageLayout.ID_PROP_SHEET);
        IFolderLayout bottom = layout.createFolder(BOTTOM, IPageLayout.BOTTOM, 0.68f, editors);
        addViewOrPlaceholder(bottom, SCORES_VIEW);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addView(PROGRESS_VIEW);
        addViewOrPlaceholder(bottom, ERROR_LOG_VIEW);
        for (String view : new String[] { WorkspaceView.ID, SCORES_VIEW, IPageLayout.ID_OUTLINE,
                IPageLayout.ID_PROP_SHEET, IPageLayout.ID_PROBLEM_VIEW, PROGRESS_VIEW, ERROR_LOG_VIEW }) {
            layout.addShowViewShortcut(view);
        }
        layout.addNewWizardShortcut(NEW_JOURNEY_WIZARD);
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
    }

    /**
     * The view when its bundle is installed; otherwise a placeholder, which the view fills once its bundle is there
     * (rather than an "unable to create view" part).
     */
    private static void addViewOrPlaceholder(IFolderLayout folder, String id) {
        if (PlatformUI.getWorkbench().getViewRegistry().find(id) != null) {
            folder.addView(id);
        } else {
            folder.addPlaceholder(id);
        }
    }
}
