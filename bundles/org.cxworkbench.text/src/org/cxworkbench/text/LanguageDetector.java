package org.cxworkbench.text;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether a survey comment is Finnish, Swedish or English, for comments whose language the import did not
 * record. A small, documented detector, not a general one: it only chooses among these three.
 * <p>
 * How it scores (each language starts at 0, the highest score wins):
 * <ul>
 * <li><b>function words</b>: every word that is one of the language's 50 or so most frequent short words
 * ({@code ja, ei, oli, on, että} / {@code och, inte, var, det, att} / {@code the, and, not, was, is}) adds 2;</li>
 * <li><b>characters</b>: every {@code å} adds 1.5 to Swedish; every {@code ä} or {@code ö} adds 0.5 to Finnish
 * and 0.3 to Swedish (both use them, Finnish far more); a doubled vowel ({@code aa, ee, ii, oo, uu, yy, ää, öö})
 * adds 0.5 to Finnish; {@code th} and {@code w} add 0.5 to English;</li>
 * <li><b>endings</b>: a word of more than four letters ending in a Finnish case ending ({@code -ssa, -ssä, -sta,
 * -stä, -lla, -llä, -lta, -ltä, -ksi, -nsa, -nsä}) adds 1 to Finnish; one ending in {@code -ing} or {@code -ed}
 * adds 1 to English; one ending in {@code -erna, -arna, -heten, -igt} adds 1 to Swedish.</li>
 * </ul>
 * A text that scores nothing (empty, digits, a name) is {@link #UNKNOWN}; callers then take their default. On a
 * tie the order Finnish, Swedish, English decides (the product's home market first).
 */
public final class LanguageDetector {

    /** What {@link #detect(String)} answers when nothing in the text tells. */
    public static final String UNKNOWN = "";

    private enum Lang {
        FI("fi"), SV("sv"), EN("en");

        final String code;

        Lang(String code) {
            this.code = code;
        }
    }

    private static final Set<String> FI_WORDS = Set.of("ja", "ei", "oli", "on", "että", "se", "ne", "mutta", "kun",
            "niin", "myös", "olla", "ole", "ollut", "olisi", "hyvin", "erittäin", "todella", "tosi", "vain", "jo",
            "vielä", "mitä", "mikä", "joka", "koska", "sitten", "kanssa", "minä", "minun", "meidän", "te", "he",
            "tämä", "tuo", "siitä", "siinä", "sen", "en", "eikä", "liian", "aina", "koskaan", "kaikki", "oikein",
            "ihan", "aika", "vaan", "jos", "nyt", "olen", "sain", "ovat");
    private static final Set<String> SV_WORDS = Set.of("och", "inte", "var", "det", "att", "är", "en", "ett", "jag",
            "vi", "de", "som", "på", "med", "för", "av", "till", "men", "om", "mycket", "också", "har", "hade",
            "kan", "kunde", "skulle", "aldrig", "alltid", "bara", "eller", "så", "när", "där", "här", "min", "mitt",
            "vår", "den", "dem", "väldigt", "lite", "fick", "blev", "ingen", "inget", "bra", "allt", "nu",
            "sedan", "jättebra");
    private static final Set<String> EN_WORDS = Set.of("the", "and", "not", "was", "is", "a", "an", "of", "to", "in",
            "it", "that", "for", "with", "on", "but", "very", "too", "i", "we", "they", "my", "our", "were", "be",
            "been", "have", "had", "has", "no", "never", "always", "this", "there", "what", "which", "would",
            "could", "so", "at", "from", "did", "didn't", "don't", "wasn't", "really", "just", "again", "got");

    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final Pattern DOUBLE_VOWEL = Pattern.compile("aa|ee|ii|oo|uu|yy|ää|öö");
    private static final Pattern FI_ENDING = Pattern.compile(".{2,}(ssa|ssä|sta|stä|lla|llä|lta|ltä|ksi|nsa|nsä)");
    private static final Pattern EN_ENDING = Pattern.compile(".{2,}(ing|ed)");
    private static final Pattern SV_ENDING = Pattern.compile(".{1,}(erna|arna|heten|igt)");

    private LanguageDetector() {
    }

    /**
     * The language of a text: {@code fi}, {@code sv} or {@code en}, or {@link #UNKNOWN} when nothing in it tells.
     */
    public static String detect(String text) {
        Map<Lang, Double> scores = scores(text);
        Lang best = null;
        double bestScore = 0;
        for (Lang lang : Lang.values()) {
            double score = scores.get(lang);
            if (score > bestScore) {
                best = lang;
                bestScore = score;
            }
        }
        return best == null ? UNKNOWN : best.code;
    }

    /** The language of a text, or {@code fallback} when nothing in it tells. */
    public static String detect(String text, String fallback) {
        String detected = detect(text);
        return detected.isEmpty() ? fallback : detected;
    }

    /** The score of each language ({@code fi}, {@code sv}, {@code en}) by the rules above, for tests and tracing. */
    public static Map<String, Double> scoresByCode(String text) {
        Map<String, Double> result = new java.util.LinkedHashMap<>();
        scores(text).forEach((lang, score) -> result.put(lang.code, score));
        return result;
    }

    private static Map<Lang, Double> scores(String text) {
        Objects.requireNonNull(text, "text");
        Map<Lang, Double> scores = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            scores.put(lang, 0.0);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher words = WORD.matcher(lower);
        while (words.find()) {
            String word = words.group();
            if (FI_WORDS.contains(word)) {
                add(scores, Lang.FI, 2);
            }
            if (SV_WORDS.contains(word)) {
                add(scores, Lang.SV, 2);
            }
            if (EN_WORDS.contains(word)) {
                add(scores, Lang.EN, 2);
            }
            if (word.length() > 4) {
                if (FI_ENDING.matcher(word).matches()) {
                    add(scores, Lang.FI, 1);
                }
                if (EN_ENDING.matcher(word).matches()) {
                    add(scores, Lang.EN, 1);
                }
                if (SV_ENDING.matcher(word).matches()) {
                    add(scores, Lang.SV, 1);
                }
            }
        }
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == 'å') {
                add(scores, Lang.SV, 1.5);
            } else if (c == 'ä' || c == 'ö') {
                add(scores, Lang.FI, 0.5);
                add(scores, Lang.SV, 0.3);
            } else if (c == 'w') {
                add(scores, Lang.EN, 0.5);
            }
        }
        Matcher doubles = DOUBLE_VOWEL.matcher(lower);
        while (doubles.find()) {
            add(scores, Lang.FI, 0.5);
        }
        int th = lower.indexOf("th");
        while (th >= 0) {
            add(scores, Lang.EN, 0.5);
            th = lower.indexOf("th", th + 2);
        }
        return scores;
    }

    private static void add(Map<Lang, Double> scores, Lang lang, double points) {
        scores.merge(lang, points, Double::sum);
    }
}
