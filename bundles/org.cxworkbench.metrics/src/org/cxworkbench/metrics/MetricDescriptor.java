package org.cxworkbench.metrics;

import java.util.List;
import java.util.OptionalDouble;

import org.cxworkbench.metrics.internal.Texts;

/**
 * What a contribution to {@code org.cxworkbench.metrics.metrics} declares, read from plugin.xml without loading any
 * of the contributor's classes; {@link #metric()} creates the scoring class on first use.
 */
public interface MetricDescriptor {

    /** The short id typed on the command line and stored with a measurement point: {@code nps}, {@code ces5}. */
    String id();

    /** The name in the user's language. */
    String name();

    /** What the metric measures and how it scores, in the user's language; may be empty. */
    String description();

    Tier tier();

    AnswerType answerType();

    /** The lowest answer the default scale accepts; −∞ when open. */
    double scaleMin();

    /** The highest answer the default scale accepts; +∞ when open. */
    double scaleMax();

    /** Which way the score improves. */
    Direction better();

    /** The unit of the score value. */
    Unit unit();

    /** The score at or beyond which (in the {@link #better()} direction) the result is good; empty when not set. */
    OptionalDouble good();

    /** The score at or beyond which (against the {@link #better()} direction) the result is bad. */
    OptionalDouble bad();

    /**
     * The parameters the metric reads ({@code --param name=value}), as declared in plugin.xml, in their order there;
     * empty when it reads none.
     *
     * @since 0.2
     */
    default List<MetricParameter> parameters() {
        return List.of();
    }

    /** The symbolic name of the contributing bundle: who to blame when the metric misbehaves. */
    String contributor();

    /**
     * The scoring class, created on first call and then shared.
     *
     * @throws MetricUnavailableException when the class cannot be created; the failure is logged once
     */
    Metric metric();

    /**
     * The value of one non-blank answer cell, checked against the answer type and the default scale.
     *
     * @throws IllegalArgumentException saying what is wrong with the text, e.g. "11 is outside the scale 0..10"
     */
    default double parse(String text) {
        double value = answerType().parse(text);
        if (value < scaleMin() || value > scaleMax()) {
            throw new IllegalArgumentException(Texts.get("Descriptor_outsideScale", text.strip(), format(scaleMin()),
                    format(scaleMax()), id()));
        }
        return value;
    }

    /** Whether a score is good, bad or neither by the declared thresholds. */
    default Judgement judge(double value) {
        if (Double.isNaN(value)) {
            return Judgement.NONE;
        }
        int sign = better() == Direction.HIGHER ? 1 : -1;
        if (good().isPresent() && sign * (value - good().getAsDouble()) >= 0) {
            return Judgement.GOOD;
        }
        if (bad().isPresent() && sign * (value - bad().getAsDouble()) <= 0) {
            return Judgement.BAD;
        }
        return Judgement.NONE;
    }

    /** The verdict of {@link #judge(double)}. */
    enum Judgement {
        GOOD, BAD, NONE
    }

    private static String format(double bound) {
        return bound == Math.rint(bound) && Double.isFinite(bound) ? Long.toString((long) bound)
                : Double.toString(bound);
    }
}
