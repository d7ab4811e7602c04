package org.cxworkbench.imports;

import java.util.Collection;

import org.cxworkbench.imports.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * Text from a file put into a message: cut to a length a terminal line can show. A header of megabytes (a file that
 * is one long line, a binary file read as text) would otherwise become a message of megabytes.
 */
public final class MessageText {

    /** The most characters of one piece of a file's text that a message quotes. */
    public static final int MAX_PIECE = 200;
    /** The most characters a list of a file's texts (column headers) takes in a message. */
    public static final int MAX_LIST = 1000;

    private MessageText() {
    }

    /** {@code text} itself, or its first {@value #MAX_PIECE} characters and its length. */
    public static String cut(String text) {
        return cut(text, MAX_PIECE);
    }

    /** {@code text} itself, or its first {@code max} characters and its length. */
    public static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return NLS.bind(Messages.Text_cut, text.substring(0, max), String.valueOf(text.length()));
    }

    /** The texts joined by ", ", each cut, as many as fit in {@value #MAX_LIST} characters, then how many more. */
    public static String list(Collection<String> texts) {
        StringBuilder joined = new StringBuilder();
        int shown = 0;
        for (String text : texts) {
            String piece = cut(text);
            if (shown > 0 && joined.length() + piece.length() > MAX_LIST) {
                break;
            }
            if (shown > 0) {
                joined.append(", ");
            }
            joined.append(piece);
            shown++;
        }
        if (shown < texts.size()) {
            joined.append(' ').append(NLS.bind(Messages.Text_more, String.valueOf(texts.size() - shown)));
        }
        return joined.toString();
    }
}
