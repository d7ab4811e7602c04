package org.cxworkbench.services.drivers;

import java.util.Locale;

import org.cxworkbench.services.drivers.internal.Messages;

/**
 * Where a driver falls in the importance × performance grid. Importance is high when the driver's relative weight is
 * at least the drivers' mean (R² / number of drivers); performance is high when its score meets the point's target,
 * or, without a target, when its performance (the mean answer's position on the scale, 0-100, good end 100) is at
 * least the drivers' mean performance.
 */
public enum Quadrant {
    /** Important and performing poorly: fix first. */
    FIX_FIRST,
    /** Important and performing well: keep it up. */
    KEEP_UP,
    /** Less important, performing well: do not overinvest. */
    MAINTAIN,
    /** Less important, performing poorly: lower priority. */
    LOW_PRIORITY;

    /** {@code fix-first}, {@code keep-up}, {@code maintain}, {@code low-priority}: for csv and json. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The name shown to people, in their language. */
    public String label() {
        return switch (this) {
            case FIX_FIRST -> Messages.Quadrant_fixFirst;
            case KEEP_UP -> Messages.Quadrant_keepUp;
            case MAINTAIN -> Messages.Quadrant_maintain;
            case LOW_PRIORITY -> Messages.Quadrant_lowPriority;
        };
    }

    public static Quadrant of(boolean important, boolean performing) {
        return important ? performing ? KEEP_UP : FIX_FIRST : performing ? MAINTAIN : LOW_PRIORITY;
    }
}
