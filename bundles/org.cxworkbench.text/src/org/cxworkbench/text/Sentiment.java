package org.cxworkbench.text;

import java.util.Locale;

/** The sentiment of one comment: the sign of its {@link SentimentLexicon} score. */
public enum Sentiment {
    POSITIVE, NEUTRAL, NEGATIVE;

    /** The sentiment of a score: above 0 positive, below 0 negative, 0 neutral. */
    public static Sentiment of(double score) {
        return score > 0 ? POSITIVE : score < 0 ? NEGATIVE : NEUTRAL;
    }

    /** {@code positive}, {@code neutral} or {@code negative}: the name in machine-readable output. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
