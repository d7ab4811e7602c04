package org.cxworkbench.services.demo;

/**
 * A demo that could not run or finish, with the reason for the caller to word in its own language and the detail
 * (the folder, or the underlying failure's message) to put in.
 */
public final class DemoException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the demo stopped. */
    public enum Reason {
        /** The folder named is a file: {@link DemoException#detail()} is the folder. */
        NOT_A_FOLDER,
        /** The folder holds files and was not made by the demo; nothing was written. Detail: the folder. */
        FOREIGN_FOLDER,
        /** A journey file in the demo folder cannot be loaded. Detail: the load error (file:line:column: what). */
        JOURNEY,
        /** The embedded database failed. Detail: its message. */
        DATABASE,
        /** A file of the demo could not be written or read. Detail: the failure's message. */
        FILES,
        /** A scorecard could not be written. Detail: the report engine's message. */
        REPORT
    }

    private final Reason reason;
    private final String detail;

    public DemoException(Reason reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = reason;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    /** What the reason is about: the folder, or the message of the failure behind it. */
    public String detail() {
        return detail;
    }
}
