package org.cxworkbench.store;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.cxworkbench.store.internal.FollowUpMessages;
import org.eclipse.osgi.util.NLS;

/**
 * A change of a follow-up that someone else changed after the caller read it: nothing was written, so no change
 * is lost. The message names who changed it and when; read the follow-up again and repeat the change.
 */
public final class FollowUpConflictException extends Exception {

    private static final long serialVersionUID = 1L;

    private final long followUpId;
    private final int expectedVersion;
    private final int currentVersion;
    private final String changedBy;
    private final LocalDateTime changedAt;

    public FollowUpConflictException(long followUpId, int expectedVersion, int currentVersion, String changedBy,
            LocalDateTime changedAt) {
        super(NLS.bind(FollowUpMessages.FollowUp_conflict, new Object[] {followUpId,
                changedBy == null ? FollowUpMessages.FollowUp_unknownUser : changedBy,
                changedAt == null ? "?" : changedAt.withNano(0).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                        .replace('T', ' ')}));
        this.followUpId = followUpId;
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public long followUpId() {
        return followUpId;
    }

    public int expectedVersion() {
        return expectedVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }

    /** The store user who made the change the caller did not see. */
    public String changedBy() {
        return changedBy;
    }

    public LocalDateTime changedAt() {
        return changedAt;
    }
}
