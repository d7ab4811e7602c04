package org.cxworkbench.services.followups;

import java.time.LocalDate;
import java.util.Set;

import org.cxworkbench.store.FollowUpState;

/**
 * What to list.
 *
 * @param states    any of these; empty for every state
 * @param owner     this owner; {@link org.cxworkbench.store.FollowUpFilter#UNASSIGNED} for none; null for any
 * @param scope     a touchpoint, stage or journey name or id of the journey (the follow-ups of the points attached to
 *                  it and, for a stage, to its touchpoints); null for the whole journey
 * @param overdueOn only open follow-ups due before this day; null for no such filter
 * @param limit     at most this many, newest first; 0 for all
 */
public record FollowUpQuery(Set<FollowUpState> states, String owner, String scope, LocalDate overdueOn, int limit) {

    public static final FollowUpQuery ALL = new FollowUpQuery(Set.of(), null, null, null, 0);

    public FollowUpQuery {
        states = states == null ? Set.of() : Set.copyOf(states);
    }
}
