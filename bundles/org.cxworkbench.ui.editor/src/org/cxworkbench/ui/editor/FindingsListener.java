package org.cxworkbench.ui.editor;

import java.util.List;

import org.cxworkbench.core.journey.Finding;

/**
 * Told the journey's validation findings each time they were computed again (after edits settle), on the display
 * thread; a page (e.g. the map) decorates the elements the findings name.
 */
@FunctionalInterface
public interface FindingsListener {

    void findingsChanged(List<Finding> findings);
}
