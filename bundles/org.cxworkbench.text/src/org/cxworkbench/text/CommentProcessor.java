package org.cxworkbench.text;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;

/**
 * Reads comments: their language (given, or {@link LanguageDetector detected}), their terms ({@link CommentAnalyzers})
 * and their sentiment ({@link SentimentLexicon}). Holds one analyzer per language; not thread-safe, close it when done.
 * <p>
 * Sentiment: each word of the comment is stemmed alone and looked up; a word the lexicon lists as negating flips the
 * sign of the next {@value #NEGATION_WINDOW} words' scores. The comment's score is the sum; its sign is the
 * {@link Sentiment}. A language without a lexicon scores every comment 0 (neutral).
 */
public final class CommentProcessor implements AutoCloseable {

    /** How many words after a negating word have their score's sign flipped. */
    public static final int NEGATION_WINDOW = 3;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");

    private final Map<String, Analyzer> analyzers = new HashMap<>();
    private final Map<String, SentimentLexicon> lexicons;
    private final String defaultLanguage;

    /**
     * @param lexicons        the lexicon of each language, as {@link SentimentLexicons#installed()} gives them
     * @param defaultLanguage the language of a comment whose language is neither given nor detectable
     */
    public CommentProcessor(Map<String, SentimentLexicon> lexicons, String defaultLanguage) {
        this.lexicons = Map.copyOf(lexicons);
        this.defaultLanguage = CommentAnalyzers.forLanguageCode(defaultLanguage);
        if (!CommentAnalyzers.supportedLanguages().contains(this.defaultLanguage)) {
            throw new IllegalArgumentException("no analyzer for language '" + defaultLanguage + "'");
        }
    }

    /** A processor with the installed lexicons, English by default. */
    public static CommentProcessor withInstalledLexicons() {
        return new CommentProcessor(SentimentLexicons.installed(), "en");
    }

    /**
     * Analyses one comment.
     *
     * @param text     the comment
     * @param language the language the import recorded (a code or locale tag), or null or blank to detect it; a
     *                 language the analyzers do not support is detected too
     */
    public ProcessedComment process(String text, String language) {
        String code = language == null || language.isBlank() ? "" : CommentAnalyzers.forLanguageCode(language);
        boolean detected = false;
        if (!CommentAnalyzers.supportedLanguages().contains(code)) {
            code = LanguageDetector.detect(text, defaultLanguage);
            detected = true;
        }
        Analyzer analyzer = analyzers.computeIfAbsent(code, CommentAnalyzers::forLanguage);
        List<AnalysedTerm> analysed = CommentAnalyzers.analyse(analyzer, text);
        double score = sentiment(text, analyzer, lexicons.get(code));
        return new ProcessedComment(code, detected, analysed.stream().map(AnalysedTerm::term).toList(), score,
                Sentiment.of(score), analysed.stream().map(AnalysedTerm::surface).toList());
    }

    private static double sentiment(String text, Analyzer analyzer, SentimentLexicon lexicon) {
        if (lexicon == null) {
            return 0;
        }
        double sum = 0;
        int negated = 0;
        Matcher words = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (words.find()) {
            String word = words.group().replace('’', '\'');
            if (lexicon.negates(word)) {
                negated = NEGATION_WINDOW;
                continue;
            }
            for (String stem : CommentAnalyzers.terms(analyzer, word)) {
                double score = lexicon.score(stem);
                sum += negated > 0 ? -score : score;
            }
            if (negated > 0) {
                negated--;
            }
        }
        return sum;
    }

    /**
     * Where a comment holds words whose stem is one of {@code terms}: start (inclusive) and end (exclusive) offsets
     * into {@code text}, in text order, for highlighting keywords in the comment as written.
     *
     * @param language the language the comment was analysed in ({@link ProcessedComment#language()})
     */
    public List<int[]> find(String text, String language, java.util.Set<String> terms) {
        List<int[]> ranges = new java.util.ArrayList<>();
        if (terms.isEmpty()) {
            return ranges;
        }
        Analyzer analyzer = analyzers.computeIfAbsent(CommentAnalyzers.forLanguageCode(language),
                CommentAnalyzers::forLanguage);
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            for (String stem : CommentAnalyzers.terms(analyzer, words.group())) {
                if (terms.contains(stem)) {
                    ranges.add(new int[] { words.start(), words.end() });
                    break;
                }
            }
        }
        return ranges;
    }

    @Override
    public void close() {
        analyzers.values().forEach(Analyzer::close);
        analyzers.clear();
    }
}
