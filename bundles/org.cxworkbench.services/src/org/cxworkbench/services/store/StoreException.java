package org.cxworkbench.services.store;

import java.util.Objects;

/**
 * A results store could not be opened, or does not have the schema its caller needs. The {@link #reason()} says
 * which, so that a caller can word it in its own language; the message is English, for logs.
 */
public class StoreException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a store could not be opened. */
    public enum Reason {
        /** A network URL without a user or a password. */
        NEEDS_CREDENTIALS,
        /** A {@code jdbc:} URL that is not the Derby network client's. */
        BAD_URL,
        /** The location is a regular file, not a database folder. */
        IS_FILE,
        /** A reader asked for an embedded folder that does not exist. */
        NOT_FOUND,
        /** Another process (another cxw, the workbench) has the embedded database open. */
        LOCKED,
        /** The server refused the user or password. */
        REFUSED,
        /** The database could not be opened for another reason; the cause is an {@link java.sql.SQLException}. */
        CANNOT_OPEN,
        /**
         * The database was written by a newer CX Workbench; the cause is an
         * {@link org.cxworkbench.store.SchemaTooNewException}. Neither readers nor writers change it.
         */
        SCHEMA_TOO_NEW,
        /**
         * A reader found a schema older than it can read: {@link ResultsStore#UPGRADE_COMMAND} upgrades it. Nothing
         * was changed.
         */
        SCHEMA_TOO_OLD,
        /** Reading the schema's version or migrating it failed; the cause is an {@link java.sql.SQLException}. */
        SCHEMA_FAILED
    }

    private final Reason reason;
    private final StoreLocation location;

    public StoreException(Reason reason, StoreLocation location, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason);
        this.location = location;
    }

    public Reason reason() {
        return reason;
    }

    /** The store that could not be opened. */
    public StoreLocation location() {
        return location;
    }
}
