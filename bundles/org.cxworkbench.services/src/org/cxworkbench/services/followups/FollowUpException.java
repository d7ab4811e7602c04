package org.cxworkbench.services.followups;

/** Follow-ups cannot be used on this store, or a follow-up or scope does not exist; the message says which. */
public final class FollowUpException extends Exception {

    private static final long serialVersionUID = 1L;

    public FollowUpException(String message) {
        super(message);
    }

    public FollowUpException(String message, Throwable cause) {
        super(message, cause);
    }
}
