package org.cxworkbench.benchmark.rcp;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** A perspective with the editor area only, and that hidden: the window shows nothing but itself. */
public final class EmptyPerspective implements IPerspectiveFactory {

    static final String ID = "org.cxworkbench.benchmark.rcp.empty";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
    }
}
