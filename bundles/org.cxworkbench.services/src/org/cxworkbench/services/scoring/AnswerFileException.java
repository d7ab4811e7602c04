package org.cxworkbench.services.scoring;

import java.nio.file.Path;
import java.util.List;

import org.cxworkbench.imports.MessageText;

/**
 * An answer file that cannot be scored, with what a caller needs to say so in its own words: the file, and the line,
 * column and reason where the file itself is at fault. The message is an English one-liner for logs.
 */
public final class AnswerFileException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
        /** The file cannot be read at all ({@link #reason()} says why). */
        UNREADABLE,
        /** A column the caller named is not in the file ({@link #column()}; {@link #headers()} lists the file's). */
        NO_COLUMN,
        /** A cell is not a valid answer or weight ({@link #line()}, {@link #column()}, {@link #reason()}). */
        BAD_CELL,
        /** A row the reader could not trust, e.g. more cells than the header ({@link #line()}, {@link #reason()}). */
        BAD_ROW
    }

    /**
     * The most characters of a reason: a reason quotes the cell, and a cell of a megabyte (a runaway quote) must not
     * become a message of a megabyte.
     */
    static final int MAX_REASON = 500;

    private final Kind kind;
    private final transient Path file;
    private final long line;
    private final String column;
    private final String reason;
    private final List<String> headers;

    AnswerFileException(Kind kind, Path file, long line, String column, String reason, List<String> headers,
            Throwable cause) {
        super(describe(kind, file, line, MessageText.cut(column), MessageText.cut(reason, MAX_REASON)), cause);
        this.kind = kind;
        this.file = file;
        this.line = line;
        this.column = MessageText.cut(column);
        this.reason = MessageText.cut(reason, MAX_REASON);
        this.headers = headers == null ? List.of() : List.copyOf(headers);
    }

    private static String describe(Kind kind, Path file, long line, String column, String reason) {
        return switch (kind) {
            case UNREADABLE -> "cannot read file " + file + ": " + reason;
            case NO_COLUMN -> "file " + file + " has no column '" + column + "'";
            case BAD_CELL -> "file " + file + ", line " + line + ", column '" + column + "': " + reason;
            case BAD_ROW -> "file " + file + ", line " + line + ": " + reason;
        };
    }

    public Kind kind() {
        return kind;
    }

    public Path file() {
        return file;
    }

    /** The line of the file (1 = header), or 0 when no line is at fault. */
    public long line() {
        return line;
    }

    /** The column at fault (its key in the file, or the name the caller gave for {@link Kind#NO_COLUMN}), or null. */
    public String column() {
        return column;
    }

    /** Why, in the default locale's words; null for {@link Kind#NO_COLUMN}. */
    public String reason() {
        return reason;
    }

    /** The file's headers, for {@link Kind#NO_COLUMN}; else empty. */
    public List<String> headers() {
        return headers;
    }
}
