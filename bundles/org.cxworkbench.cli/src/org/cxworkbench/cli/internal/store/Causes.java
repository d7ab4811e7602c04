package org.cxworkbench.cli.internal.store;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/**
 * Looks through everything an exception carries for a known cause: Derby puts the cause of "Failed to start
 * database" in the next exception, the JDBC driver wraps I/O errors as causes, and a failure while cleaning up
 * after the first one (a rollback on a connection Derby closed) is added as suppressed.
 */
final class Causes {

    /** More would be a cycle the identity check missed, or not worth reading. */
    private static final int LIMIT = 200;

    private Causes() {
    }

    /**
     * The first mark found in {@code error}'s chain, breadth first: an {@link SQLException}'s SQL state that is one of
     * {@code marks}, or a mark that a message contains (for marks with a space: "No space left on device").
     */
    static Optional<String> find(Throwable error, Set<String> marks) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> queue = new ArrayDeque<>();
        queue.add(error);
        while (!queue.isEmpty() && seen.size() < LIMIT) {
            Throwable t = queue.removeFirst();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && marks.contains(sql.getSQLState())) {
                return Optional.of(sql.getSQLState());
            }
            String message = t.getMessage();
            if (message != null) {
                for (String mark : marks) {
                    if (mark.indexOf(' ') >= 0 && message.contains(mark)) {
                        return Optional.of(mark);
                    }
                }
            }
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                queue.add(sql.getNextException());
            }
            if (t.getCause() != null) {
                queue.add(t.getCause());
            }
            Collections.addAll(queue, t.getSuppressed());
        }
        return Optional.empty();
    }

    static boolean has(Throwable error, Set<String> marks) {
        return find(error, marks).isPresent();
    }
}
