package org.cxworkbench.text;

import java.util.Objects;

/**
 * One term of an analysed text and the word it came from.
 *
 * @param term    the analysed term: a stem, as the language's Lucene analyzer makes it ("asiakaspalvel")
 * @param surface the word as written in the text, lower-cased ("asiakaspalvelua"): what people read
 */
public record AnalysedTerm(String term, String surface) {

    public AnalysedTerm {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(surface, "surface");
    }
}
