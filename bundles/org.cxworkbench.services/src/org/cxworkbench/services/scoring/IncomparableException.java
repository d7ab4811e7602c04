package org.cxworkbench.services.scoring;

/** Two groups whose scores the metric cannot compare (e.g. a score without a standard error). */
public final class IncomparableException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String first;
    private final String second;
    private final String reason;

    IncomparableException(String first, String second, IllegalArgumentException cause) {
        super("cannot compare " + first + " with " + second + ": " + cause.getMessage(), cause);
        this.first = first;
        this.second = second;
        this.reason = cause.getMessage();
    }

    public String first() {
        return first;
    }

    public String second() {
        return second;
    }

    /** The metric's reason, in the default locale's words. */
    public String reason() {
        return reason;
    }
}
