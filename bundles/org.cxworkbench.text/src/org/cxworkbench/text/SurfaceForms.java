package org.cxworkbench.text;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the words each term was made of, to show a keyword as people wrote it rather than as its stem: the Finnish
 * stem "asiakaspalvel" reads "asiakaspalvelu" when that is how the comments wrote it most often. Not thread-safe.
 */
public final class SurfaceForms {

    private static final Comparator<Map.Entry<String, Long>> BEST = Map.Entry.<String, Long>comparingByValue()
            .reversed().thenComparingInt(e -> e.getKey().length()).thenComparing(Map.Entry.comparingByKey());

    private final Map<String, Map<String, Long>> counts = new HashMap<>();

    /** Counts one text's terms and their words, parallel lists as {@link ProcessedComment} has them. */
    public void add(List<String> terms, List<String> surfaces) {
        if (terms.size() != surfaces.size()) {
            throw new IllegalArgumentException("a surface form for each term: " + terms.size() + " terms, "
                    + surfaces.size() + " surface forms");
        }
        for (int i = 0; i < terms.size(); i++) {
            counts.computeIfAbsent(terms.get(i), t -> new HashMap<>()).merge(surfaces.get(i), 1L, Long::sum);
        }
    }

    /** Counts the terms of analysed text. */
    public void add(List<AnalysedTerm> analysed) {
        for (AnalysedTerm t : analysed) {
            counts.computeIfAbsent(t.term(), k -> new HashMap<>()).merge(t.surface(), 1L, Long::sum);
        }
    }

    /**
     * The most frequent word of {@code term}; on a tie the shorter one, then the first in alphabetical order; the
     * term itself when no text had it.
     */
    public String of(String term) {
        Map<String, Long> forms = counts.get(term);
        if (forms == null || forms.isEmpty()) {
            return term;
        }
        return forms.entrySet().stream().sorted(BEST).findFirst().map(Map.Entry::getKey).orElse(term);
    }

    /** How often {@code surface} was written for {@code term}. */
    public long count(String term, String surface) {
        return counts.getOrDefault(term, Map.of()).getOrDefault(surface, 0L);
    }
}
