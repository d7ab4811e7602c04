package org.cxworkbench.store;

/**
 * Called while an import runs, e.g. to update a progress line; possibly from a thread the import started to read
 * the file, not the one that called {@link Importer#run}.
 */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (read, stored, rejected) -> {
    };

    /** After each batch of rows was read and checked, and once at the end of the file. */
    void rows(long read, long stored, long rejected);

    /**
     * While Derby loads the answers an import spooled (after the whole file was read and checked): how many of them
     * it has loaded, now and then and at the end.
     */
    default void storing(long written, long total) {
    }

    /**
     * Asked after each batch of rows and while Derby loads them: {@code true} stops the import, which then rolls
     * back everything it wrote, records no batch, deletes its temporary files and throws
     * {@link ImportCancelledException}.
     */
    default boolean cancelled() {
        return false;
    }
}
