package org.cxworkbench.metrics;

import java.util.Locale;

/** Which way a score improves: CES on the 1-5 effort scale is the one built-in metric where lower is better. */
public enum Direction {
    HIGHER,
    LOWER;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Direction fromKey(String key) {
        for (Direction direction : values()) {
            if (direction.key().equals(key)) {
                return direction;
            }
        }
        throw new IllegalArgumentException("unknown direction '" + key + "' (higher or lower)");
    }
}
