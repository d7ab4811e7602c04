package org.cxworkbench.store;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which follow-ups {@link FollowUps#list(FollowUpFilter)} returns; null or empty fields do not filter.
 *
 * @param states      any of these states
 * @param owner       this owner exactly; {@link #UNASSIGNED} for none
 * @param points      answers to any of these measurement points (a touchpoint's points: the caller knows the
 *                    journey, the store does not)
 * @param overdueOn   only open follow-ups whose due date is before this day
 * @param limit       at most this many, newest first; 0 for all
 */
public record FollowUpFilter(Set<FollowUpState> states, String owner, Set<String> points, LocalDate overdueOn,
        int limit) {

    /** The owner of follow-ups nobody owns. */
    public static final String UNASSIGNED = "";

    public static final FollowUpFilter ALL = new FollowUpFilter(Set.of(), null, null, null, 0);

    public FollowUpFilter {
        states = states == null ? Set.of() : Set.copyOf(states);
        points = points == null ? null : Set.copyOf(points);
        if (limit < 0) {
            throw new IllegalArgumentException("a negative limit: " + limit);
        }
    }

    public FollowUpFilter withStates(Set<FollowUpState> newStates) {
        return new FollowUpFilter(newStates, owner, points, overdueOn, limit);
    }

    public FollowUpFilter withOwner(String newOwner) {
        return new FollowUpFilter(states, newOwner, points, overdueOn, limit);
    }

    public FollowUpFilter withPoints(Set<String> newPoints) {
        return new FollowUpFilter(states, owner, newPoints, overdueOn, limit);
    }

    public FollowUpFilter withOverdueOn(LocalDate day) {
        return new FollowUpFilter(states, owner, points, day, limit);
    }

    public FollowUpFilter withLimit(int newLimit) {
        return new FollowUpFilter(states, owner, points, overdueOn, newLimit);
    }
}
