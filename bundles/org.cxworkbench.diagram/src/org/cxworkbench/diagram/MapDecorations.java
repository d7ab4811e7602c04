package org.cxworkbench.diagram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.cxworkbench.core.journey.Finding;
import org.cxworkbench.core.journey.JourneyValidation;
import org.cxworkbench.core.journey.MetricCatalog;
import org.cxworkbench.model.journey.Journey;
import org.eclipse.emf.ecore.EObject;

/**
 * What is drawn on top of the map's elements: validation problems (an error or warning icon in the element's
 * corner) and, optionally, a score overlay per element (a small coloured tag with a text such as {@code NPS 32}).
 * Keyed by semantic element (touchpoint, stage, path, measurement point, journey); a finding about an element
 * that is not on the map is kept but not drawn. Mutable and not thread-safe: build it, then paint with it.
 */
public final class MapDecorations {

    /** The worst severity on an element. */
    public enum Severity {
        WARNING, ERROR
    }

    /** A problem marker: its severity and the messages of every finding on the element (for tooltips). */
    public record Problem(Severity severity, List<String> messages) {
    }

    /** A score tag: its text and colour ({@code 0xRRGGBB}). */
    public record Overlay(String text, int rgb) {
    }

    /** No decorations. */
    public static MapDecorations none() {
        return new MapDecorations();
    }

    private final Map<EObject, Problem> problems = new IdentityHashMap<>();
    private final Map<EObject, Overlay> overlays = new IdentityHashMap<>();
    private ScoreOverlay scores;

    /** Decorations for these findings (infos are ignored; the map shows errors and warnings). */
    public static MapDecorations of(List<Finding> findings) {
        MapDecorations decorations = new MapDecorations();
        for (Finding finding : findings) {
            decorations.add(finding);
        }
        return decorations;
    }

    /** Validates the journey ({@link JourneyValidation}, with the catalog if not null) and decorates the result. */
    public static MapDecorations validate(Journey journey, MetricCatalog catalog) {
        return of(JourneyValidation.findings(JourneyValidation.validate(journey, catalog)));
    }

    /** Adds a finding; an element's severity is the worst of its findings. */
    public void add(Finding finding) {
        if (finding.element() == null || finding.severity() == Finding.Severity.INFO) {
            return;
        }
        Severity severity = finding.severity() == Finding.Severity.ERROR ? Severity.ERROR : Severity.WARNING;
        Problem old = problems.get(finding.element());
        List<String> messages = new ArrayList<>(old == null ? List.of() : old.messages());
        messages.add(finding.message());
        Severity worst = old == null || severity.compareTo(old.severity()) > 0 ? severity : old.severity();
        problems.put(finding.element(), new Problem(worst, Collections.unmodifiableList(messages)));
    }

    /** Sets (or with {@code null} removes) the score tag of an element. */
    public void setOverlay(EObject element, Overlay overlay) {
        if (overlay == null) {
            overlays.remove(element);
        } else {
            overlays.put(element, overlay);
        }
    }

    /** The problem marker of an element, or {@code null}. */
    public Problem problem(EObject element) {
        return problems.get(element);
    }

    /** The score tag of an element, or {@code null}. */
    public Overlay overlay(EObject element) {
        return overlays.get(element);
    }

    /**
     * Sets (or with {@code null} removes) the scores drawn on the map: touchpoints filled by their distance from
     * target with a score tag, and the experience curve with its legend in a band under the lanes.
     */
    public void setScores(ScoreOverlay scores) {
        this.scores = scores;
    }

    /** The scores drawn on the map, or {@code null}. */
    public ScoreOverlay scores() {
        return scores;
    }

    /** Whether nothing is decorated. */
    public boolean isEmpty() {
        return problems.isEmpty() && overlays.isEmpty() && scores == null;
    }
}
