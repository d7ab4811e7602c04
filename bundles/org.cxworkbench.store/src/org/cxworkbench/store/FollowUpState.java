package org.cxworkbench.store;

import java.util.Locale;

/** Where a follow-up stands. Stored by {@link #key()}; the keys are a contract (store, CLI, reports). */
public enum FollowUpState {
    /** created by a rule, nobody has contacted the customer yet */
    NEW,
    /** someone contacted the customer */
    CONTACTED,
    /** done */
    RESOLVED,
    /** the customer could not be reached or did not answer */
    NO_RESPONSE;

    /** The stored name: {@code new}, {@code contacted}, {@code resolved}, {@code no_response}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether someone still has to act on it (new or contacted). */
    public boolean isOpen() {
        return this == NEW || this == CONTACTED;
    }

    /**
     * The state of a stored or typed name; {@code no-response} is accepted for {@code no_response}.
     *
     * @throws IllegalArgumentException for another name
     */
    public static FollowUpState fromKey(String key) {
        String normal = key == null ? "" : key.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        for (FollowUpState state : values()) {
            if (state.key().equals(normal)) {
                return state;
            }
        }
        throw new IllegalArgumentException("unknown follow-up state '" + key
                + "' (new, contacted, resolved, no_response)");
    }
}
