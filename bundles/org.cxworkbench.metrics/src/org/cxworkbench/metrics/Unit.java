package org.cxworkbench.metrics;

import java.util.Locale;

/** What a score's value is measured in; thresholds and intervals are in the same unit. */
public enum Unit {
    /** Percentage points of a difference of two shares: NPS, -100..100. */
    NET_POINTS,
    /** A share of answers or customers, 0..100. */
    PERCENT,
    /** The mean answer on the metric's own answer scale. */
    MEAN;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Unit fromKey(String key) {
        for (Unit unit : values()) {
            if (unit.key().equals(key)) {
                return unit;
            }
        }
        throw new IllegalArgumentException("unknown unit '" + key + "' (net-points, percent or mean)");
    }
}
