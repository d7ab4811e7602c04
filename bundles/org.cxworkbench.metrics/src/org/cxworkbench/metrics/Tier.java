package org.cxworkbench.metrics;

import java.util.Locale;

/**
 * The three tiers a metric belongs to. Kept on the descriptor because reports group scores by tier: one experience
 * score from one interaction says little about outcomes, so a journey is read across the tiers.
 */
public enum Tier {
    /** What the business wants: churn, repeat purchases, customer lifetime value. */
    OUTCOME,
    /** How the customer felt the interaction went: NPS, CSAT, CES. */
    EXPERIENCE,
    /** How one operation performs: handling time, first-contact resolution. */
    OPERATIONAL;

    /** The value written in plugin.xml, e.g. {@code experience}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Tier fromKey(String key) {
        for (Tier tier : values()) {
            if (tier.key().equals(key)) {
                return tier;
            }
        }
        throw new IllegalArgumentException("unknown tier '" + key + "' (outcome, experience or operational)");
    }
}
