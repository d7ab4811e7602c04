package org.cxworkbench.store;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One follow-up as read from the store, with its answer, comment and respondent. The answer's fields are null when
 * its answer is gone (its import replaced and the answer not found again).
 *
 * @param version          what a change must name ({@link FollowUps}): a change made meanwhile by someone else
 *                         raised it
 * @param ruleId           the rule that created it; null for one made before rules (schema version 1)
 * @param high             whether its rule asks to contact the customer immediately
 * @param note             the latest note; every note is in the history
 * @param updatedBy        the store user of the last change, or of the import that created it
 * @param respondentId     the survey's respondent id (null when the file had none)
 */
public record FollowUp(long id, int version, FollowUpState state, String ruleId, boolean high, String owner,
        LocalDate due, LocalDateTime createdAt, LocalDateTime updatedAt, String updatedBy, String note,
        Long answerId, String measurementPointId, LocalDateTime answeredAt, Double value, String comment,
        String respondentKey, String respondentId, String segment, String account, String contact) {

    /** Open (new or contacted) with a due date before {@code today}. */
    public boolean isOverdue(LocalDate today) {
        return state.isOpen() && due != null && due.isBefore(today);
    }
}
