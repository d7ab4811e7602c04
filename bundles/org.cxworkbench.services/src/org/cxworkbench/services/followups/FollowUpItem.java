package org.cxworkbench.services.followups;

import org.cxworkbench.store.FollowUp;

/**
 * A follow-up with the names a person reads: where in the journey its answer was given and which rule made it.
 *
 * @param touchpoint the touchpoint, stage or journey its measurement point is attached to; empty when the point
 *                   is not in the journey
 * @param point      the measurement point's name, or its id when not in the journey
 * @param rule       the rule's name in the user's language, or its id when no such rule is installed; empty for a
 *                   follow-up made before rules
 */
public record FollowUpItem(FollowUp followUp, String touchpoint, String point, String rule) {
}
