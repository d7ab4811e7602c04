package org.cxworkbench.diagram.ui;

import java.util.Map;

import org.cxworkbench.model.journey.MeasurableElement;

/**
 * Asks the user about a measurement point about to be attached by a palette drop: the question wording per
 * language. The map viewer calls it before it creates the point; the journey editor plugs in its own dialog with
 * {@link MapViewer#setMeasurementPointRequest}, and {@link DefaultMeasurementPointRequest} is a simple built-in one.
 */
@FunctionalInterface
public interface MeasurementPointRequest {

    /**
     * The question wordings for a new measurement point of a metric on {@code target}.
     *
     * @param metricId the id of the dropped metric ({@code nps}, {@code csat}, ...)
     * @param target the touchpoint, stage or journey the point will be attached to
     * @return language code ({@code en}, {@code fi}, {@code sv}, ...) to question text (blank texts are left out),
     *         or {@code null} when the user cancelled: nothing is attached then
     */
    Map<String, String> questions(String metricId, MeasurableElement target);
}
