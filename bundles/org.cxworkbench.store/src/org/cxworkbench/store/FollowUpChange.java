package org.cxworkbench.store;

import java.time.LocalDateTime;

/**
 * One row of a follow-up's history: who changed which field when, from what to what. A note is a change of the
 * field {@code note} whose new value is the note.
 *
 * @param field {@code state}, {@code owner}, {@code due} (ISO date) or {@code note}
 * @param by    the store user (Derby's {@code CURRENT_USER}); null for a note carried over from schema version 1
 */
public record FollowUpChange(long followUpId, LocalDateTime at, String by, String field, String oldValue,
        String newValue) {

    public static final String STATE = "state";
    public static final String OWNER = "owner";
    public static final String DUE = "due";
    public static final String NOTE = "note";
}
