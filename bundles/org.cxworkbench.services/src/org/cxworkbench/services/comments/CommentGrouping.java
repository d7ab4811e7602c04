package org.cxworkbench.services.comments;

import java.util.Locale;
import java.util.Optional;

/** How {@link CommentAnalysis} groups comments; the key is the name on the command line ({@code --by}). */
public enum CommentGrouping {
    /**
     * By the rating the comment came with: NPS detractor (0–6), passive (7–8), promoter (9–10); CSAT low (1–2),
     * middle (3), high (4–5); any other metric low, middle or high third of its point's scale. A comment without a
     * rating is {@code unrated}.
     */
    SCORE_GROUP("score-group"),
    /** By the respondent's segment (the journey segment's name when the stored text names one). */
    SEGMENT("segment"),
    /** By the month the answer was given ({@code 2026-03}). */
    PERIOD("period");

    private final String key;

    CommentGrouping(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The grouping of a command-line key, case-insensitive. */
    public static Optional<CommentGrouping> byKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String wanted = key.strip().toLowerCase(Locale.ROOT);
        for (CommentGrouping grouping : values()) {
            if (grouping.key.equals(wanted)) {
                return Optional.of(grouping);
            }
        }
        return Optional.empty();
    }
}
