package org.cxworkbench.text;

import java.util.List;

/**
 * One comment as {@link CommentProcessor} reads it.
 *
 * @param language         the ISO 639-1 code it was analysed in
 * @param languageDetected whether the language was detected ({@link LanguageDetector}) rather than given
 * @param terms            its analysed terms (stems without stop words), in text order, repeats included
 * @param sentimentScore   the sum of its words' lexicon scores, negated ones with the opposite sign
 * @param sentiment        the sign of that sum
 * @param surfaces         the word each term was made of, as written (lower-cased), parallel to {@code terms}
 */
public record ProcessedComment(String language, boolean languageDetected, List<String> terms,
        double sentimentScore, Sentiment sentiment, List<String> surfaces) {

    public ProcessedComment {
        terms = List.copyOf(terms);
        surfaces = List.copyOf(surfaces);
        if (surfaces.size() != terms.size()) {
            throw new IllegalArgumentException("a surface form for each term: " + terms.size() + " terms, "
                    + surfaces.size() + " surface forms");
        }
    }

    /** A comment whose surface forms are not known: each term stands for itself. */
    public ProcessedComment(String language, boolean languageDetected, List<String> terms, double sentimentScore,
            Sentiment sentiment) {
        this(language, languageDetected, terms, sentimentScore, sentiment, terms);
    }
}
