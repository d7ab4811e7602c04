package org.cxworkbench.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.eclipse.osgi.util.NLS;

/**
 * A sentiment lexicon of one language: scores of stems and the words that negate. Read from the plain-text format
 * the built-in lexicons ({@code lexicons/sentiment_*.txt} in this bundle) document: {@code word score} lines, with
 * the score between -2 and 2, {@code !word} lines for negating words, {@code #} comments. Words are stemmed with the
 * language's {@link CommentAnalyzers analyzer} as they are read; words that share a stem get the mean of their
 * scores; a word the analyzer drops (a stop word) cannot score and is ignored.
 */
public final class SentimentLexicon {

    private final String language;
    private final String source;
    private final Map<String, Double> scores;
    private final Set<String> negators;

    private SentimentLexicon(String language, String source, Map<String, Double> scores, Set<String> negators) {
        this.language = language;
        this.source = source;
        this.scores = Collections.unmodifiableMap(scores);
        this.negators = Collections.unmodifiableSet(negators);
    }

    /**
     * Reads a lexicon.
     *
     * @param language an ISO 639-1 code of {@link CommentAnalyzers#supportedLanguages()}
     * @param reader   the text; not closed
     * @param source   where the text comes from, named in errors
     * @throws IOException              when the reader fails
     * @throws IllegalArgumentException for a malformed line, naming the source and line
     */
    public static SentimentLexicon read(String language, Reader reader, String source) throws IOException {
        Objects.requireNonNull(source, "source");
        Map<String, double[]> sums = new HashMap<>();
        Set<String> negators = new HashSet<>();
        try (Analyzer analyzer = CommentAnalyzers.forLanguage(language)) {
            BufferedReader lines = new BufferedReader(reader);
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                String text = line.strip();
                if (number == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1).strip();
                }
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                if (text.startsWith("!")) {
                    String negator = text.substring(1).strip().toLowerCase(Locale.ROOT);
                    if (negator.isEmpty() || negator.contains(" ")) {
                        throw new IllegalArgumentException(NLS.bind(Messages.Lexicon_badNegator, source,
                                String.valueOf(number)));
                    }
                    negators.add(negator);
                    continue;
                }
                String[] parts = text.split("\\s+");
                double score;
                try {
                    if (parts.length != 2) {
                        throw new NumberFormatException();
                    }
                    score = Double.parseDouble(parts[1]);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(NLS.bind(Messages.Lexicon_badLine, new Object[] { source,
                            String.valueOf(number), text }), e);
                }
                if (!(score >= -2 && score <= 2)) {
                    throw new IllegalArgumentException(NLS.bind(Messages.Lexicon_badScore, new Object[] { source,
                            String.valueOf(number), parts[1] }));
                }
                List<String> stems = CommentAnalyzers.terms(analyzer, parts[0]);
                for (String stem : stems) {
                    double[] sum = sums.computeIfAbsent(stem, s -> new double[2]);
                    sum[0] += score;
                    sum[1]++;
                }
            }
        }
        Map<String, Double> scores = new HashMap<>();
        sums.forEach((stem, sum) -> scores.put(stem, sum[0] / sum[1]));
        return new SentimentLexicon(CommentAnalyzers.forLanguageCode(language), source, scores, negators);
    }

    /** The language's ISO 639-1 code. */
    public String language() {
        return language;
    }

    /** Where the lexicon was read from. */
    public String source() {
        return source;
    }

    /** The score of a stem, 0 when the lexicon does not have it. */
    public double score(String stem) {
        return scores.getOrDefault(stem, 0.0);
    }

    /** Whether a lower-cased word (not a stem) negates the words after it. */
    public boolean negates(String word) {
        return negators.contains(word);
    }

    /** How many stems have a score. */
    public int size() {
        return scores.size();
    }
}
