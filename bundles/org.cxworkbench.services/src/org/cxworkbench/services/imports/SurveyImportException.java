package org.cxworkbench.services.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * An import that could not be done; nothing of it is in the store (a failure of the store itself is recorded there
 * as a failed batch). The {@link #reason()} and its details let a caller word it; the message is English.
 */
public class SurveyImportException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the import failed. */
    public enum Reason {
        /** The export file cannot be read (missing, a folder, no permission): {@link #file()}. */
        CANNOT_READ,
        /** Reading the export or the mapping file failed: {@link #file()}, {@link #detail()}. */
        READ_FAILED,
        /** The journey could not be loaded: the message says why. */
        JOURNEY,
        /** The mapping names columns the file does not have: {@link #file()} (the mapping), {@link #columns()}. */
        MAPPING_COLUMNS,
        /** No column matched a measurement point: {@link #columns()} (the file's headers). */
        NO_MATCH,
        /** The rows cannot be imported as mapped (a point the journey lacks): {@link #detail()}. */
        PROBLEM,
        /** The store failed: the cause is an {@link java.sql.SQLException}. */
        DATABASE
    }

    private final Reason reason;
    private final Path file;
    private final String detail;
    private final List<String> columns;

    public SurveyImportException(Reason reason, Path file, String detail, List<String> columns, String message,
            Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason);
        this.file = file;
        this.detail = detail;
        this.columns = columns == null ? List.of() : List.copyOf(columns);
    }

    public Reason reason() {
        return reason;
    }

    public Path file() {
        return file;
    }

    /** What the underlying failure said, when there is one. */
    public String detail() {
        return detail;
    }

    public List<String> columns() {
        return columns;
    }
}
