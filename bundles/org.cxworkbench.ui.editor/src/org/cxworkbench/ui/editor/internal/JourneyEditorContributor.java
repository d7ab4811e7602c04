package org.cxworkbench.ui.editor.internal;

import org.cxworkbench.ui.editor.JourneyEditor;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.part.MultiPageEditorActionBarContributor;

/**
 * Binds the active journey editor's Undo, Redo, Delete, Select All and Revert to the workbench's global actions, and
 * contributes the Journey menu (New Measurement Point…).
 */
public final class JourneyEditorContributor extends MultiPageEditorActionBarContributor {

    /** The id of the Journey menu. */
    public static final String MENU_ID = "org.cxworkbench.ui.editor.menu";

    private JourneyEditor editor;
    private final Action newMeasurementPoint = new Action(Messages.Action_newMeasurementPoint) {
        @Override
        public void run() {
            if (editor != null) {
                editor.openNewMeasurementPoint();
            }
        }
    };

    public JourneyEditorContributor() {
        newMeasurementPoint.setId("org.cxworkbench.ui.editor.newMeasurementPoint");
    }

    @Override
    public void contributeToMenu(IMenuManager menuManager) {
        MenuManager journey = new MenuManager(Messages.Menu_journey, MENU_ID);
        journey.add(newMeasurementPoint);
        journey.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        menuManager.insertAfter(IWorkbenchActionConstants.M_EDIT, journey);
        IMenuManager edit = menuManager.findMenuUsingPath(IWorkbenchActionConstants.M_EDIT);
        if (edit != null) {
            edit.appendToGroup(IWorkbenchActionConstants.MB_ADDITIONS, newMeasurementPoint);
        }
    }

    @Override
    public void setActiveEditor(IEditorPart part) {
        super.setActiveEditor(part);
        editor = part instanceof JourneyEditor journeyEditor ? journeyEditor : null;
        newMeasurementPoint.setEnabled(editor != null && editor.getJourney() != null);
        if (editor != null) {
            editor.setGlobalActionHandlers(getActionBars());
        }
    }

    @Override
    public void setActivePage(IEditorPart activeEditor) {
        // the pages are controls, not nested editors: the editor's handlers stay as they are
    }
}
