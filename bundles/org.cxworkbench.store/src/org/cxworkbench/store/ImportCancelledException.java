package org.cxworkbench.store;

/**
 * An import stopped because its {@link ImportProgress#cancelled()} said so: nothing of it is in the store, not even
 * a failed batch, and its temporary files are deleted.
 */
public class ImportCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ImportCancelledException() {
        super("the import was cancelled");
    }
}
