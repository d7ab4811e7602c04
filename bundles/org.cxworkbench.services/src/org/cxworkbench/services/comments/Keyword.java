package org.cxworkbench.services.comments;

/**
 * A keyword of a group: its counts and weighted log-odds against the other groups' comments
 * ({@link org.cxworkbench.text.LogOdds}). With a single group there is nothing to compare: delta and z are NaN.
 *
 * @param term       the analysed term (a stem, as the language's Lucene analyzer makes it)
 * @param count      occurrences in the group's comments
 * @param comments   how many of the group's comments contain it
 * @param otherCount occurrences in the other groups' comments
 * @param delta      the log-odds ratio
 * @param z          delta over its standard error
 * @param surface    the term's most frequent surface form in the comments analysed: the word as people wrote it
 *                   (lower-cased; "asiakaspalvelu" for the stem asiakaspalvel), ties to the shorter, then the first
 *                   in alphabetical order
 */
public record Keyword(String term, long count, long comments, long otherCount, double delta, double z,
        String surface) {

    /** A keyword shown as its stem. */
    public Keyword(String term, long count, long comments, long otherCount, double delta, double z) {
        this(term, count, comments, otherCount, delta, z, term);
    }

    /** The keyword as shown to people: its surface form. */
    public String shown() {
        return surface == null || surface.isEmpty() ? term : surface;
    }
}
