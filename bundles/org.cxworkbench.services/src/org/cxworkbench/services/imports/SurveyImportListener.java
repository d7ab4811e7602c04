package org.cxworkbench.services.imports;

import java.nio.file.Path;

import org.cxworkbench.store.MappingSuggestion;

/**
 * Told what an import does, for callers that show more than a progress bar (the command line's lines on stderr).
 * Progress in work units and cancellation go through the {@link org.eclipse.core.runtime.IProgressMonitor} given to
 * {@link SurveyImports#run}; these calls may come from a thread the import started to read the file.
 */
public interface SurveyImportListener {

    SurveyImportListener NONE = new SurveyImportListener() {
    };

    /** The columns were matched to the journey's measurement points automatically (no mapping was given). */
    default void matched(MappingSuggestion suggestion) {
    }

    /** The mapping used was saved, as asked. */
    default void mappingSaved(Path file) {
    }

    /** After each batch of rows was read and checked, and once at the end of the file. */
    default void rows(long read, long stored, long rejected) {
    }

    /** While Derby loads the answers of an embedded store: how many of {@code total} it has loaded. */
    default void storing(long written, long total) {
    }
}
