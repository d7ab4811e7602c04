package org.cxworkbench.metrics;

/** A contributed metric whose scoring class cannot be created; the other metrics keep working. */
public class MetricUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MetricUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
