package org.cxworkbench.model.notation.provider;

import org.cxworkbench.model.journey.IdentifiedElement;
import org.cxworkbench.model.journey.NamedElement;
import org.cxworkbench.model.journey.Path;

/** The part of a view's label that names the semantic element it shows. */
final class NotationLabels {

    private NotationLabels() {
    }

    static String of(IdentifiedElement element) {
        if (element == null) {
            return "";
        }
        if (element instanceof NamedElement named && named.getName() != null) {
            return " " + named.getName();
        }
        if (element instanceof Path path) {
            return " " + (path.getFrom() == null ? "?" : path.getFrom().getName()) + " \u2192 "
                    + (path.getTo() == null ? "?" : path.getTo().getName());
        }
        return " " + element.getId();
    }
}
