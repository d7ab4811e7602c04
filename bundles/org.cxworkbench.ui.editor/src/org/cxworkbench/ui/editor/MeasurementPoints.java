package org.cxworkbench.ui.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cxworkbench.core.journey.JourneyCommands;
import org.cxworkbench.metrics.Direction;
import org.cxworkbench.metrics.MetricDescriptor;
import org.cxworkbench.model.journey.GoodEnd;
import org.cxworkbench.model.journey.JourneyFactory;
import org.cxworkbench.model.journey.JourneyPackage;
import org.cxworkbench.model.journey.MeasurableElement;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.model.journey.Scale;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The one command that attaches a new measurement point as the New Measurement Point dialog (and the map's palette
 * drop) describe it: {@link JourneyCommands#attachMeasurementPoint} with the questions of every language given
 * ({@link JourneyCommands#setQuestion}) and the scale, as one command, undone in one step.
 */
public final class MeasurementPoints {

    /** The languages questions are asked in, in the order the dialog shows them. */
    public static final List<String> LANGUAGES = List.of("en", "fi", "sv");

    private MeasurementPoints() {
    }

    /** A point's scale: its ends and which end is good. */
    public record ScaleSpec(int min, int max, GoodEnd goodEnd) {

        /** The metric's default scale, when it is a fixed integer one (NPS 0–10, CSAT 1–5), else null. */
        public static ScaleSpec of(MetricDescriptor metric) {
            if (!Double.isFinite(metric.scaleMin()) || !Double.isFinite(metric.scaleMax())) {
                return null;
            }
            return new ScaleSpec((int) metric.scaleMin(), (int) metric.scaleMax(),
                    metric.better() == Direction.LOWER ? GoodEnd.LOW : GoodEnd.HIGH);
        }
    }

    /**
     * The command attaching a point of {@code metricId} to {@code target}, with the non-blank questions (language
     * to wording) and the scale (null for none). Its result is the new point.
     */
    public static JourneyCommands.Creation<MeasurementPoint> attach(EditingDomain domain, MeasurableElement target,
            String metricId, Map<String, String> questions, ScaleSpec scale) {
        JourneyCommands.Creation<MeasurementPoint> attach = JourneyCommands.attachMeasurementPoint(domain, target,
                metricId);
        MeasurementPoint point = attach.created();
        List<Command> more = new ArrayList<>();
        Map<String, String> ordered = new LinkedHashMap<>(questions);
        ordered.forEach((language, text) -> {
            if (text != null && !text.isBlank()) {
                more.add(JourneyCommands.setQuestion(domain, point, language, text.strip()));
            }
        });
        if (scale != null) {
            Scale s = JourneyFactory.eINSTANCE.createScale();
            s.setMin(scale.min());
            s.setMax(scale.max());
            s.setGoodEnd(scale.goodEnd());
            more.add(SetCommand.create(domain, point, JourneyPackage.Literals.MEASUREMENT_POINT__SCALE, s));
        }
        more.forEach(attach::append);
        return attach;
    }
}
