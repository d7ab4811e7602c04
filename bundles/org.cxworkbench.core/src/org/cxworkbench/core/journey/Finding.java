package org.cxworkbench.core.journey;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

/**
 * One validation result in the form the command line, the problems view and the tests use: severity, the element
 * it is about and what is wrong.
 *
 * @param element the model element, or null for a problem about the file as a whole
 */
public record Finding(Severity severity, EObject element, String elementType, String elementId, String elementName,
        String message) {

    public enum Severity {
        ERROR, WARNING, INFO;

        static Severity of(Diagnostic diagnostic) {
            return switch (diagnostic.getSeverity()) {
                case Diagnostic.ERROR, Diagnostic.CANCEL -> ERROR;
                case Diagnostic.WARNING -> WARNING;
                default -> INFO;
            };
        }
    }

    /** {@code Touchpoint 'Pay at the till'} (or the type and id for an element without a name). */
    public String elementLabel() {
        if (element == null) {
            return "";
        }
        return elementType + (elementName != null && !elementName.isBlank() ? " '" + elementName + "'"
                : elementId != null ? " " + elementId : "");
    }
}
