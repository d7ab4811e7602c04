package org.cxworkbench.text.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Map;

import org.cxworkbench.text.CommentProcessor;
import org.cxworkbench.text.LanguageDetector;
import org.cxworkbench.text.ProcessedComment;
import org.cxworkbench.text.Sentiment;
import org.cxworkbench.text.SentimentLexicon;
import org.cxworkbench.text.SentimentLexicons;
import org.junit.jupiter.api.Test;

/** Language detection, and sentiment from the built-in lexicons as the extension registry delivers them. */
class SentimentAndLanguageTest {

    @Test
    void detectsFinnishSwedishAndEnglishComments() {
        assertThat(LanguageDetector.detect("Toimitus oli myöhässä ja asiakaspalvelu ei vastannut")).isEqualTo("fi");
        assertThat(LanguageDetector.detect("Kassajonot olivat liian pitkiä")).isEqualTo("fi");
        assertThat(LanguageDetector.detect("Leveransen var sen och ingen svarade på mitt mejl")).isEqualTo("sv");
        assertThat(LanguageDetector.detect("Väldigt trevlig personal i butiken")).isEqualTo("sv");
        assertThat(LanguageDetector.detect("The delivery was late and nobody answered my email")).isEqualTo("en");
        assertThat(LanguageDetector.detect("Checkout crashed twice")).isEqualTo("en");
        assertThat(LanguageDetector.detect("12345 !!")).isEqualTo(LanguageDetector.UNKNOWN);
        assertThat(LanguageDetector.detect("", "sv")).isEqualTo("sv");
    }

    @Test
    void theBuiltInLexiconsComeThroughTheExtensionPoint() {
        Map<String, SentimentLexicon> lexicons = SentimentLexicons.installed();

        assertThat(lexicons).containsOnlyKeys("en", "fi", "sv");
        assertThat(lexicons.get("fi").source()).isEqualTo("org.cxworkbench.text/lexicons/sentiment_fi.txt");
        assertThat(lexicons.values()).allSatisfy(lexicon -> assertThat(lexicon.size()).isGreaterThan(100));
    }

    @Test
    void sentimentOfSentencesInThreeLanguages() {
        try (CommentProcessor comments = CommentProcessor.withInstalledLexicons()) {
            // friendly +2, helpful +2
            ProcessedComment en = comments.process("The staff were friendly and helpful", null);
            assertThat(en.language()).isEqualTo("en");
            assertThat(en.languageDetected()).isTrue();
            assertThat(en.sentimentScore()).isEqualTo(4.0);
            assertThat(en.sentiment()).isEqualTo(Sentiment.POSITIVE);
            // "not" flips helpful (+2) to −2; late −1
            ProcessedComment negated = comments.process("Delivery was late and support was not helpful", "en");
            assertThat(negated.languageDetected()).isFalse();
            assertThat(negated.sentimentScore()).isEqualTo(-3.0);
            assertThat(negated.sentiment()).isEqualTo(Sentiment.NEGATIVE);
            // ystävällinen +2 (ystävällistä shares its stem, mean 2), nopeasti +1 (nopea, nopeaa: mean 1)
            ProcessedComment fi = comments.process("Myyjä oli ystävällinen ja palvelu nopeaa", "fi-FI");
            assertThat(fi.language()).isEqualTo("fi");
            assertThat(fi.sentimentScore()).isEqualTo(3.0);
            // ei flips hyvä (+1)
            assertThat(comments.process("Palvelu ei ollut hyvää", "fi").sentiment()).isEqualTo(Sentiment.NEGATIVE);
            // besviken −2, långsam −1
            ProcessedComment sv = comments.process("Jag är besviken, kassan var långsam", null);
            assertThat(sv.language()).isEqualTo("sv");
            assertThat(sv.sentimentScore()).isEqualTo(-3.0);
            assertThat(comments.process("Vi beställde en soffa", "sv").sentiment()).isEqualTo(Sentiment.NEUTRAL);
        }
    }

    @Test
    void keywordsAreFoundInTheCommentAsWritten() {
        try (CommentProcessor comments = new CommentProcessor(Map.of(), "en")) {
            String text = "Deliveries late again, the delivery was LATE";
            // deliveries and delivery stem to "deliveri", late and LATE to "late"; "again" is not asked for
            assertThat(comments.find(text, "en", java.util.Set.of("deliveri", "late")))
                    .extracting(r -> text.substring(r[0], r[1]))
                    .containsExactly("Deliveries", "late", "delivery", "LATE");
            assertThat(comments.find("Toimitus myöhässä", "fi", java.util.Set.of("toimitus"))).hasSize(1);
        }
    }

    @Test
    void aLexiconIsReadStemmedAndCheckedLineByLine() throws Exception {
        SentimentLexicon lexicon = SentimentLexicon.read("en", new StringReader("""
                # a test lexicon
                !not
                delivery -1
                delivered 1
                """), "test.txt");
        // Porter stems the two apart (delivery -> deliveri, delivered -> deliv): two stems, each its own score
        assertThat(lexicon.size()).isEqualTo(2);
        assertThat(lexicon.score("deliveri")).isEqualTo(-1.0);
        assertThat(lexicon.score("deliv")).isEqualTo(1.0);
        assertThat(lexicon.negates("not")).isTrue();

        assertThatThrownBy(() -> SentimentLexicon.read("en", new StringReader("good\n"), "x.txt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("x.txt, line 1: expected a word and a score, found \"good\"");
        assertThatThrownBy(() -> SentimentLexicon.read("en", new StringReader("\ngood 5\n"), "x.txt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("x.txt, line 2: the score 5 is not a number from -2 to 2");
    }
}
