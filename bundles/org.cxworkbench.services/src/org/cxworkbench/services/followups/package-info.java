/**
 * Closing the loop, headless: the follow-ups that the import's rules created, listed with filters (state, owner,
 * a touchpoint, stage or journey of a journey file, overdue) and changed (owner and due date, a note, the state)
 * with their history and optimistic locking ({@link org.cxworkbench.services.followups.FollowUpService}). The
 * command line ({@code cxw followups}) and the workbench's Follow-ups view both use it; no SQL outside the store.
 */
package org.cxworkbench.services.followups;
