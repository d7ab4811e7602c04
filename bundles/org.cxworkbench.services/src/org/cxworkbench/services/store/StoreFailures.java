package org.cxworkbench.services.store;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/**
 * What a failure of the store was, as far as a user can act on it. Derby puts the cause of "Failed to start
 * database" in the next exception, the JDBC driver wraps I/O errors as causes, and a failure while cleaning up after
 * the first one (a rollback on a connection Derby closed) is added as suppressed: all of them are looked through.
 */
public final class StoreFailures {

    /**
     * Derby's "Another instance of Derby may have already booted the database": another process has the embedded
     * database open. Derby reports it as the next exception of "Failed to start database".
     */
    static final Set<String> LOCKED = Set.of("XSDB6");
    /**
     * Derby's states for a write that the disk refused: a data page (XSDG1), the transaction log (XSLA4), recovery
     * (XSDFI). After them Derby shuts the database down, so what follows fails with "No current connection"; the
     * cause is what the user needs. An {@link java.io.IOException} saying "No space left on device" or "Disk quota
     * exceeded" in the chain counts too.
     */
    static final Set<String> DISK_FULL = Set.of("XSDG1", "XSLA4", "XSDFI", "No space left on device",
            "Disk quota exceeded");

    /** More would be a cycle the identity check missed, or not worth reading. */
    private static final int LIMIT = 200;

    private StoreFailures() {
    }

    /** Whether the failure says another process has the embedded database open. */
    public static boolean isLocked(Throwable error) {
        return find(error, LOCKED).isPresent();
    }

    /**
     * The mark of a full disk in the failure (a Derby SQL state or the operating system's words), if it is one: the
     * user frees space and runs the command again.
     */
    public static Optional<String> diskFull(Throwable error) {
        return find(error, DISK_FULL);
    }

    /**
     * The failure in one line, with its SQL state: for a failed JDBC batch the failure of its member (Derby's own
     * message only says to look there). Says nothing of a full disk; ask {@link #diskFull(Throwable)} first.
     */
    public static String summary(SQLException e) {
        SQLException next = e.getNextException();
        SQLException cause = e instanceof BatchUpdateException && next != null ? next : e;
        return oneLine(cause.getMessage()) + (cause.getSQLState() == null ? "" : " (" + cause.getSQLState() + ")");
    }

    /** Derby's messages may span lines; an error line is one. */
    public static String oneLine(String message) {
        return String.valueOf(message).strip().replaceAll("\\s*\\R\\s*", " ");
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
}
