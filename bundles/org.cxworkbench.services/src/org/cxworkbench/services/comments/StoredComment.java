package org.cxworkbench.services.comments;

import java.time.LocalDateTime;
import java.util.List;

import org.cxworkbench.text.Sentiment;

/**
 * One comment as {@link CommentAnalysis} read and analysed it.
 *
 * @param answerId         the answer's row id
 * @param pointId          its measurement point
 * @param touchpoint       the point's touchpoint name, or null for a point on a stage or the journey
 * @param segment          the respondent's segment as shown (a journey segment's name when the text names one), or
 *                         null
 * @param answeredAt       when, or null
 * @param value            the rating given with it, or null
 * @param scoreGroup       {@code detractor}, {@code passive}, {@code promoter}, {@code low}, {@code middle},
 *                         {@code high} or {@code unrated} ({@link CommentGrouping#SCORE_GROUP})
 * @param language         the language it was analysed in
 * @param languageDetected whether that language was detected, not imported
 * @param text             the comment
 * @param terms            its analysed terms (stems)
 * @param sentiment        its sentiment
 * @param surfaces         the word each term was made of, as written (lower-cased), parallel to {@code terms}
 */
public record StoredComment(long answerId, String pointId, String touchpoint, String segment,
        LocalDateTime answeredAt, Double value, String scoreGroup, String language, boolean languageDetected,
        String text, List<String> terms, Sentiment sentiment, List<String> surfaces) {

    public StoredComment {
        terms = List.copyOf(terms);
        surfaces = List.copyOf(surfaces);
        if (surfaces.size() != terms.size()) {
            throw new IllegalArgumentException("a surface form for each term: " + terms.size() + " terms, "
                    + surfaces.size() + " surface forms");
        }
    }

    /** A comment whose surface forms are not known: each term stands for itself. */
    public StoredComment(long answerId, String pointId, String touchpoint, String segment, LocalDateTime answeredAt,
            Double value, String scoreGroup, String language, boolean languageDetected, String text,
            List<String> terms, Sentiment sentiment) {
        this(answerId, pointId, touchpoint, segment, answeredAt, value, scoreGroup, language, languageDetected, text,
                terms, sentiment, terms);
    }
}
