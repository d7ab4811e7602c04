package org.cxworkbench.ui.editor.internal;

import org.cxworkbench.ui.editor.JourneyEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/** Shows or hides the scores on the active journey editor's map, and brings the Map page forward to show them. */
public final class ToggleScoresHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        if (part instanceof JourneyEditor editor && editor.getMapPage() != null) {
            if (editor.getActivePage() != editor.getMapPageIndex()) {
                editor.setActivePage(editor.getMapPageIndex());
            }
            editor.getMapPage().toggleScores();
        }
        return null;
    }
}
