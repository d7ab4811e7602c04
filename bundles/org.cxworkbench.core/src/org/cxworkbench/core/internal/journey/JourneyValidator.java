package org.cxworkbench.core.internal.journey;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cxworkbench.core.journey.MetricCatalog;
import org.cxworkbench.model.journey.Account;
import org.cxworkbench.model.journey.CustomerSegment;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.model.journey.NamedElement;
import org.cxworkbench.model.journey.Path;
import org.cxworkbench.model.journey.Scale;
import org.cxworkbench.model.journey.ScaleLabel;
import org.cxworkbench.model.journey.Stage;
import org.cxworkbench.model.journey.Touchpoint;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.osgi.util.NLS;

/**
 * The rules a journey must follow beyond its metamodel's multiplicities. Errors make a journey unusable for
 * measuring (answers could not be assigned, a score could not be computed); warnings point at gaps in what is
 * measured.
 *
 * <p>Rules that look at the journey as a whole (unique names, moments of truth without a measurement point,
 * segments never asked) run once, on the journey, so that the cost stays linear in its size.
 */
public final class JourneyValidator extends EObjectValidator {

    public static final String SOURCE = "org.cxworkbench.core.journey";

    public static final int DUPLICATE_NAME = 1;
    public static final int PATH_END_MISSING = 2;
    public static final int TOUCHPOINT_WITHOUT_STAGE = 3;
    public static final int SCALE_MIN_NOT_BELOW_MAX = 4;
    public static final int METRIC_MISSING = 5;
    public static final int METRIC_UNKNOWN = 6;
    public static final int SCALE_NOT_ACCEPTED = 7;
    public static final int NOT_ATTACHED = 8;
    public static final int TIMING_INCOMPLETE = 9;
    public static final int OUTSIDE_JOURNEY = 10;
    public static final int VALUE_OUT_OF_RANGE = 11;
    public static final int MOMENT_OF_TRUTH_UNMEASURED = 20;
    public static final int SEGMENT_NEVER_ASKED = 21;

    private final MetricCatalog catalog;

    /** @param catalog metrics to check ids and scales against, or null to leave metric ids unchecked */
    public JourneyValidator(MetricCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = validate_EveryDefaultConstraint(object, diagnostics, context);
        if (object instanceof Journey journey) {
            valid &= validateJourney(journey, diagnostics);
        } else if (object instanceof Touchpoint touchpoint) {
            valid &= validateTouchpoint(touchpoint, diagnostics);
        } else if (object instanceof Path path) {
            valid &= validatePath(path, diagnostics);
        } else if (object instanceof MeasurementPoint point) {
            valid &= validateMeasurementPoint(point, diagnostics);
        }
        return valid;
    }

    private boolean validateJourney(Journey journey, DiagnosticChain diagnostics) {
        boolean valid = unique(journey.getStages(), Messages.Validator_duplicateStage, null, diagnostics);
        valid &= unique(journey.getChannels(), Messages.Validator_duplicateChannel, null, diagnostics);
        valid &= unique(journey.getSegments(), Messages.Validator_duplicateSegment, null, diagnostics);
        valid &= unique(journey.getAccounts(), Messages.Validator_duplicateAccount, null, diagnostics);
        for (Stage stage : journey.getStages()) {
            valid &= unique(stage.getTouchpoints(), Messages.Validator_duplicateTouchpoint, stage.getName(),
                    diagnostics);
        }
        for (Account account : journey.getAccounts()) {
            valid &= unique(account.getGroups(), Messages.Validator_duplicateGroup, account.getName(), diagnostics);
        }

        Set<EObject> measured = new HashSet<>();
        Set<CustomerSegment> asked = new HashSet<>();
        boolean everyoneAsked = false;
        for (MeasurementPoint point : journey.getMeasurementPoints()) {
            measured.add(point.getAttachedTo());
            if (point.getSegments().isEmpty()) {
                everyoneAsked = true;
            }
            asked.addAll(point.getSegments());
        }
        for (Touchpoint touchpoint : journey.getTouchpoints()) {
            if (touchpoint.isMomentOfTruth() && !measured.contains(touchpoint)) {
                valid &= report(diagnostics, Diagnostic.WARNING, MOMENT_OF_TRUTH_UNMEASURED, touchpoint,
                        NLS.bind(Messages.Validator_momentOfTruthUnmeasured, touchpoint.getName()));
            }
        }
        if (!everyoneAsked) {
            for (CustomerSegment segment : journey.getSegments()) {
                if (!asked.contains(segment)) {
                    valid &= report(diagnostics, Diagnostic.WARNING, SEGMENT_NEVER_ASKED, segment,
                            NLS.bind(Messages.Validator_segmentNeverAsked, segment.getName(), segment.getKind()));
                }
            }
        }
        return valid;
    }

    /** @param message the duplicate's text: {0} the name, {1} {@code container} */
    private boolean unique(Collection<? extends NamedElement> elements, String message, String container,
            DiagnosticChain diagnostics) {
        Map<String, NamedElement> seen = new HashMap<>();
        boolean valid = true;
        for (NamedElement element : elements) {
            String name = element.getName();
            if (name == null || name.isBlank()) {
                continue;
            }
            // Users read "Store" and "store " as the same name; so do imports that match by name.
            NamedElement first = seen.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), element);
            if (first != null) {
                valid &= report(diagnostics, Diagnostic.ERROR, DUPLICATE_NAME, element,
                        NLS.bind(message, first.getName(), container));
            }
        }
        return valid;
    }

    private boolean validateTouchpoint(Touchpoint touchpoint, DiagnosticChain diagnostics) {
        if (touchpoint.getStage() == null) {
            return report(diagnostics, Diagnostic.ERROR, TOUCHPOINT_WITHOUT_STAGE, touchpoint,
                    NLS.bind(Messages.Validator_touchpointWithoutStage, touchpoint.getName()));
        }
        if (touchpoint.getStage().eContainer() != touchpoint.eContainer()) {
            return report(diagnostics, Diagnostic.ERROR, OUTSIDE_JOURNEY, touchpoint,
                    NLS.bind(Messages.Validator_touchpointOutside, touchpoint.getName()));
        }
        return true;
    }

    private boolean validatePath(Path path, DiagnosticChain diagnostics) {
        boolean valid = end(path, path.getFrom(), true, diagnostics);
        valid &= end(path, path.getTo(), false, diagnostics);
        if (path.getShare() != null && (path.getShare() < 0 || path.getShare() > 1)) {
            valid &= report(diagnostics, Diagnostic.ERROR, VALUE_OUT_OF_RANGE, path,
                    NLS.bind(Messages.Validator_shareOutOfRange, describe(path), path.getShare()));
        }
        return valid;
    }

    private boolean end(Path path, Touchpoint end, boolean start, DiagnosticChain diagnostics) {
        if (end == null || end.eIsProxy()) {
            return report(diagnostics, Diagnostic.ERROR, PATH_END_MISSING, path, NLS.bind(
                    start ? Messages.Validator_pathStartsNowhere : Messages.Validator_pathEndsNowhere, describe(path)));
        }
        if (end.eContainer() != path.eContainer()) {
            return report(diagnostics, Diagnostic.ERROR, PATH_END_MISSING, path,
                    NLS.bind(start ? Messages.Validator_pathStartsOutside : Messages.Validator_pathEndsOutside,
                            describe(path), end.getName()));
        }
        return true;
    }

    private static String describe(Path path) {
        String from = path.getFrom() == null ? "?" : path.getFrom().getName();
        String to = path.getTo() == null ? "?" : path.getTo().getName();
        return path.getLabel() != null ? NLS.bind(Messages.Validator_pathLabelled, new Object[] {path.getLabel(), from, to})
                : NLS.bind(Messages.Validator_path, from, to);
    }

    private boolean validateMeasurementPoint(MeasurementPoint point, DiagnosticChain diagnostics) {
        String name = point.getName() != null ? point.getName() : point.getMetricId();
        boolean valid = true;
        if (point.getAttachedTo() == null) {
            valid &= report(diagnostics, Diagnostic.ERROR, NOT_ATTACHED, point,
                    NLS.bind(Messages.Validator_pointNotAttached, name));
        } else if (point.getAttachedTo() != point.eContainer()
                && point.getAttachedTo().eContainer() != point.eContainer()) {
            valid &= report(diagnostics, Diagnostic.ERROR, OUTSIDE_JOURNEY, point,
                    NLS.bind(Messages.Validator_pointOutside, name, point.getAttachedTo().getName()));
        }
        Optional<MetricCatalog.Metric> metric = Optional.empty();
        if (point.getMetricId() == null || point.getMetricId().isBlank()) {
            valid &= report(diagnostics, Diagnostic.ERROR, METRIC_MISSING, point,
                    NLS.bind(Messages.Validator_pointNoMetric, name));
        } else if (catalog != null) {
            metric = catalog.find(point.getMetricId());
            if (metric.isEmpty()) {
                valid &= report(diagnostics, Diagnostic.ERROR, METRIC_UNKNOWN, point,
                        NLS.bind(Messages.Validator_pointUnknownMetric, name, point.getMetricId()));
            }
        }
        Scale scale = point.getScale();
        if (scale != null) {
            if (scale.getMin() >= scale.getMax()) {
                valid &= report(diagnostics, Diagnostic.ERROR, SCALE_MIN_NOT_BELOW_MAX, point, NLS.bind(
                        Messages.Validator_scaleMinNotBelowMax, new Object[] {name, scale.getMin(), scale.getMax()}));
            } else {
                for (ScaleLabel label : scale.getLabels()) {
                    if (label.getValue() < scale.getMin() || label.getValue() > scale.getMax()) {
                        valid &= report(diagnostics, Diagnostic.ERROR, VALUE_OUT_OF_RANGE, point,
                                NLS.bind(Messages.Validator_scaleLabelOutside, new Object[] {name, label.getText(),
                                        label.getValue(), scale.getMin(), scale.getMax()}));
                    }
                }
            }
            if (metric.isPresent() && !metric.get().accepts(scale.getMin(), scale.getMax())) {
                valid &= report(diagnostics, Diagnostic.ERROR, SCALE_NOT_ACCEPTED, point,
                        NLS.bind(Messages.Validator_scaleNotAccepted, new Object[] {name, point.getMetricId(),
                                scale.getMin(), scale.getMax(), metric.get().acceptedScales()}));
            }
        }
        switch (point.getTiming()) {
            case WITHIN_HOURS -> {
                if (point.getWithinHours() == null || point.getWithinHours() <= 0) {
                    valid &= report(diagnostics, Diagnostic.ERROR, TIMING_INCOMPLETE, point,
                            NLS.bind(Messages.Validator_withinHoursMissing, name));
                }
            }
            case PERIODIC -> {
                if (!isPeriod(point.getPeriod())) {
                    valid &= report(diagnostics, Diagnostic.ERROR, TIMING_INCOMPLETE, point,
                            NLS.bind(Messages.Validator_periodInvalid, name, point.getPeriod()));
                }
            }
            default -> {
                // right after the interaction: nothing more to say
            }
        }
        if (point.getMinimumSampleSize() != null && point.getMinimumSampleSize() < 1) {
            valid &= report(diagnostics, Diagnostic.ERROR, VALUE_OUT_OF_RANGE, point,
                    NLS.bind(Messages.Validator_minimumSampleSize, name));
        }
        for (CustomerSegment segment : point.getSegments()) {
            if (segment.eContainer() != point.eContainer()) {
                valid &= report(diagnostics, Diagnostic.ERROR, OUTSIDE_JOURNEY, point,
                        NLS.bind(Messages.Validator_segmentOutside, name, segment.getName()));
            }
        }
        return valid;
    }

    private static boolean isPeriod(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        try {
            return !Period.parse(text).isZero();
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean report(DiagnosticChain diagnostics, int severity, int code, EObject element,
            String message) {
        if (diagnostics != null) {
            diagnostics.add(new BasicDiagnostic(severity, SOURCE, code, message, new Object[] {element}));
        }
        return severity != Diagnostic.ERROR;
    }

    /** For tests and tools that list the rules. */
    public static List<Integer> codes() {
        return List.of(DUPLICATE_NAME, PATH_END_MISSING, TOUCHPOINT_WITHOUT_STAGE, SCALE_MIN_NOT_BELOW_MAX,
                METRIC_MISSING, METRIC_UNKNOWN, SCALE_NOT_ACCEPTED, NOT_ATTACHED, TIMING_INCOMPLETE,
                OUTSIDE_JOURNEY, VALUE_OUT_OF_RANGE, MOMENT_OF_TRUTH_UNMEASURED, SEGMENT_NEVER_ASKED);
    }
}
