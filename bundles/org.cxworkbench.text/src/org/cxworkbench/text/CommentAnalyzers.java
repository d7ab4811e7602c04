package org.cxworkbench.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Lucene analyzers for the languages survey comments are written in, and the terms they make of a text.
 * <p>
 * Lucene's own language analyzers are used as they are (standard tokenizer, lower case, the Snowball stop words,
 * Snowball stemming for Finnish and Swedish, Porter for English): they are what Lucene's users have tuned for
 * years, and a comment indexed today must still match a query analysed the same way in a later version of ours.
 */
public final class CommentAnalyzers {

    private static final Set<String> LANGUAGES = Set.of("fi", "sv", "en");

    /** The field name {@link #terms} analyses under; our analyzers treat every field alike. */
    private static final String ANY_FIELD = "comment";

    private CommentAnalyzers() {
    }

    /** The ISO 639-1 codes {@link #forLanguage} accepts. */
    public static Set<String> supportedLanguages() {
        return LANGUAGES;
    }

    /**
     * A new analyzer for a language. Analyzers are thread-safe and meant to be reused; the caller owns this one and
     * closes it.
     *
     * @param languageCode an ISO 639-1 code, or a locale tag such as {@code fi-FI} or {@code sv_FI}, as survey tools
     *                     write the respondent's language
     * @throws IllegalArgumentException if the language is not one of {@link #supportedLanguages()}
     */
    public static Analyzer forLanguage(String languageCode) {
        String language = forLanguageCode(languageCode);
        return switch (language) {
            case "fi" -> new FinnishAnalyzer();
            case "sv" -> new SwedishAnalyzer();
            case "en" -> new EnglishAnalyzer();
            default -> throw new IllegalArgumentException("no analyzer for language '" + languageCode
                    + "'; supported are " + LANGUAGES.stream().sorted().toList());
        };
    }

    /**
     * The ISO 639-1 code of a language code or locale tag ({@code fi-FI}, {@code sv_FI} give {@code fi},
     * {@code sv}), lower-cased; supported or not.
     */
    public static String forLanguageCode(String languageCode) {
        Objects.requireNonNull(languageCode, "languageCode");
        return Locale.forLanguageTag(languageCode.strip().replace('_', '-')).getLanguage();
    }

    /** The terms an analyzer makes of a text, in text order, repeats included (they are what keyword counts count). */
    public static List<String> terms(Analyzer analyzer, String text) {
        return analyse(analyzer, text).stream().map(AnalysedTerm::term).toList();
    }

    /**
     * The terms an analyzer makes of a text, each with the word it was made of as written in the text (lower-cased),
     * in text order, repeats included: "Asiakaspalvelu oli hidas" gives asiakaspalvel from asiakaspalvelu.
     */
    public static List<AnalysedTerm> analyse(Analyzer analyzer, String text) {
        Objects.requireNonNull(analyzer, "analyzer");
        Objects.requireNonNull(text, "text");
        List<AnalysedTerm> terms = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(ANY_FIELD, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                int start = Math.max(0, Math.min(offset.startOffset(), text.length()));
                int end = Math.max(start, Math.min(offset.endOffset(), text.length()));
                String surface = text.substring(start, end).toLowerCase(Locale.ROOT);
                String stem = term.toString();
                terms.add(new AnalysedTerm(stem, surface.isEmpty() ? stem : surface));
            }
            tokens.end();
        } catch (IOException e) {
            // analysing a String reads no file; Lucene declares IOException only because its readers may
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
