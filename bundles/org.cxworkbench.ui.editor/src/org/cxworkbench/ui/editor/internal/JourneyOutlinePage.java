package org.cxworkbench.ui.editor.internal;

import java.util.function.Consumer;

import org.cxworkbench.model.journey.Journey;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/**
 * The Outline of a journey editor: the same tree as the Structure page. Selecting here selects in the editor's pages
 * (and so in the Properties view); the editor selects here when its own selection changes.
 */
public final class JourneyOutlinePage extends ContentOutlinePage {

    private final AdapterFactory adapterFactory;
    private final Consumer<ISelection> selectInEditor;
    private final Consumer<IActionBars> actionBarsHook;
    private Journey journey;
    private boolean echo;

    public JourneyOutlinePage(AdapterFactory adapterFactory, Journey journey, Consumer<ISelection> selectInEditor,
            Consumer<IActionBars> actionBarsHook) {
        this.adapterFactory = adapterFactory;
        this.journey = journey;
        this.selectInEditor = selectInEditor;
        this.actionBarsHook = actionBarsHook;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new JourneyTreeContentProvider());
        viewer.setLabelProvider(new JourneyLabelProvider(adapterFactory));
        viewer.setInput(journey);
        viewer.expandToLevel(2);
        addSelectionChangedListener(event -> {
            if (!echo) {
                selectInEditor.accept(event.getSelection());
            }
        });
    }

    @Override
    public void setActionBars(IActionBars actionBars) {
        super.setActionBars(actionBars);
        actionBarsHook.accept(actionBars);
    }

    /** Shows another journey (after a revert). */
    public void setInput(Journey newJourney) {
        journey = newJourney;
        if (getTreeViewer() != null && !getTreeViewer().getControl().isDisposed()) {
            getTreeViewer().setInput(newJourney);
            getTreeViewer().expandToLevel(2);
        }
    }

    /** Selects what the editor selected, without sending it back. */
    public void showSelection(ISelection selection) {
        TreeViewer viewer = getTreeViewer();
        if (viewer == null || viewer.getControl().isDisposed() || selection.equals(viewer.getSelection())) {
            return;
        }
        echo = true;
        try {
            viewer.setSelection(selection, true);
        } finally {
            echo = false;
        }
    }
}
