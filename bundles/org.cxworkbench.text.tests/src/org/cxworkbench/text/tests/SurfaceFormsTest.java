package org.cxworkbench.text.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.cxworkbench.text.AnalysedTerm;
import org.cxworkbench.text.CommentAnalyzers;
import org.cxworkbench.text.CommentProcessor;
import org.cxworkbench.text.ProcessedComment;
import org.cxworkbench.text.SurfaceForms;
import org.junit.jupiter.api.Test;

/**
 * Keywords shown as people wrote them: each stem's most frequent word, on real Finnish, Swedish and English
 * analysis. The stems are those {@code CommentAnalyzersTest} checks by hand.
 */
class SurfaceFormsTest {

    @Test
    void finnishStemKeepsTheWordsItWasMadeOf() {
        try (Analyzer finnish = CommentAnalyzers.forLanguage("fi")) {
            List<AnalysedTerm> terms = CommentAnalyzers.analyse(finnish,
                    "Asiakaspalvelussa, ja Asiakaspalvelu oli nopeaa");
            // the stop words (ja, oli) are gone; each stem keeps its word, lower-cased
            assertThat(terms).containsExactly(new AnalysedTerm("asiakaspalvelu", "asiakaspalvelussa"),
                    new AnalysedTerm("asiakaspalvelu", "asiakaspalvelu"), new AnalysedTerm("nopea", "nopeaa"));
            assertThat(CommentAnalyzers.terms(finnish, "Asiakaspalvelussa, ja Asiakaspalvelu oli nopeaa"))
                    .containsExactly("asiakaspalvelu", "asiakaspalvelu", "nopea");
        }
    }

    @Test
    void theMostFrequentWordWinsInEachLanguage() {
        SurfaceForms forms = new SurfaceForms();
        try (CommentProcessor processor = new CommentProcessor(Map.of(), "en")) {
            for (String[] comment : new String[][] {
                {"Asiakaspalvelussa oli jonoa", "fi"},
                {"Asiakaspalvelussa kesti", "fi"},
                {"Asiakaspalvelu oli hyvä", "fi"},
                {"Kundtjänsten var snabb", "sv"},
                {"Snabba leveranser, snabba svar", "sv"},
                {"The drivers were late", "en"},
                {"Driver was rude, late delivery", "en"},
                {"Late again", "en"}}) {
                ProcessedComment processed = processor.process(comment[0], comment[1]);
                forms.add(processed.terms(), processed.surfaces());
            }
        }
        // fi: asiakaspalvelussa twice, asiakaspalvelu once
        assertThat(forms.of("asiakaspalvelu")).isEqualTo("asiakaspalvelussa");
        assertThat(forms.count("asiakaspalvelu", "asiakaspalvelussa")).isEqualTo(2);
        assertThat(forms.count("asiakaspalvelu", "asiakaspalvelu")).isEqualTo(1);
        // sv: snabba twice, snabb once; kundtjänsten once
        assertThat(forms.of("snabb")).isEqualTo("snabba");
        assertThat(forms.of("kundtjänst")).isEqualTo("kundtjänsten");
        // en: late three times (lower-cased), driver and drivers once each: a tie goes to the shorter word
        assertThat(forms.of("late")).isEqualTo("late");
        assertThat(forms.count("late", "late")).isEqualTo(3);
        assertThat(forms.of("driver")).isEqualTo("driver");
        assertThat(forms.of("deliveri")).isEqualTo("delivery");
        // a term no comment had stands for itself
        assertThat(forms.of("nothing")).isEqualTo("nothing");
    }
}
