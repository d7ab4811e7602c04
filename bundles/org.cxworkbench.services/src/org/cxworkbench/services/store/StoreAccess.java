package org.cxworkbench.services.store;

/**
 * What a caller does with a results store, which decides the schema policy of {@link ResultsStore#open}.
 */
public enum StoreAccess {
    /**
     * Reads only (score, report, list the batches): the database is never changed, not even migrated, and an
     * embedded folder that does not exist is not created.
     */
    READ,
    /** Writes (import, demo): the database is created when missing and migrated to the current schema. */
    WRITE
}
