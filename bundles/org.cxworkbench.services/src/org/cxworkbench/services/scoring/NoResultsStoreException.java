package org.cxworkbench.services.scoring;

/** The database has no results store in it (no schema): nothing was imported into it yet. */
public final class NoResultsStoreException extends Exception {

    private static final long serialVersionUID = 1L;

    public NoResultsStoreException() {
        super("no results store in this database: import answers first");
    }
}
