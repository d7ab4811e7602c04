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
 */
public record ProcessedComment(String language, boolean languageDetected, List<String> terms,
        double sentimentScore, Sentiment sentiment) {
}
