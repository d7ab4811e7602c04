package org.cxworkbench.core.journey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cxworkbench.core.internal.journey.JourneyValidator;
import org.cxworkbench.model.journey.IdentifiedElement;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.JourneyPackage;
import org.cxworkbench.model.journey.NamedElement;
import org.cxworkbench.model.notation.NotationPackage;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * Validates journeys with the rules of {@link JourneyValidator}, through EMF's {@link Diagnostician} with a
 * registry of our own (the global one would need the extension registry and could hold someone else's validator
 * for our package).
 */
public final class JourneyValidation {

    private JourneyValidation() {
    }

    /** Validates without a metric catalog: metric ids are not checked against registered metrics. */
    public static Diagnostic validate(Journey journey) {
        return validate(journey, null);
    }

    /** Validates; with a catalog, unknown metric ids and scales the metric does not accept are errors. */
    public static Diagnostic validate(Journey journey, MetricCatalog catalog) {
        EValidator.Registry registry = new EValidatorRegistryImpl();
        registry.put(JourneyPackage.eINSTANCE, new JourneyValidator(catalog));
        registry.put(NotationPackage.eINSTANCE, new EObjectValidator());
        Diagnostician diagnostician = new Diagnostician(registry);
        Map<Object, Object> context = diagnostician.createDefaultContext();
        return diagnostician.validate(journey, context);
    }

    /** The leaves of a diagnostic tree as findings, errors first, in model order within a severity. */
    public static List<Finding> findings(Diagnostic diagnostic) {
        List<Finding> findings = new ArrayList<>();
        collect(diagnostic, findings);
        findings.sort((a, b) -> a.severity().compareTo(b.severity()));
        return findings;
    }

    private static void collect(Diagnostic diagnostic, List<Finding> findings) {
        if (diagnostic.getChildren().isEmpty()) {
            if (diagnostic.getSeverity() != Diagnostic.OK) {
                findings.add(finding(diagnostic));
            }
            return;
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collect(child, findings);
        }
    }

    private static Finding finding(Diagnostic diagnostic) {
        EObject element = diagnostic.getData().stream().filter(EObject.class::isInstance).map(EObject.class::cast)
                .findFirst().orElse(null);
        String type = element == null ? null : element.eClass().getName();
        String id = element instanceof IdentifiedElement identified ? identified.getId() : null;
        String name = element instanceof NamedElement named ? named.getName() : null;
        return new Finding(Finding.Severity.of(diagnostic), element, type, id, name, diagnostic.getMessage());
    }

    /** Counts by severity, for summaries. */
    public static Map<Finding.Severity, Integer> count(List<Finding> findings) {
        Map<Finding.Severity, Integer> counts = new HashMap<>();
        findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return counts;
    }
}
