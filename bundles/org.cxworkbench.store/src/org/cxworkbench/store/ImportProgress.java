package org.cxworkbench.store;

/** Called while an import runs, after each batch of rows was written, e.g. to update a progress line. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (read, stored, rejected) -> {
    };

    void rows(long read, long stored, long rejected);
}
