package org.cxworkbench.text.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;
import org.cxworkbench.text.CommentAnalyzers;
import org.junit.jupiter.api.Test;

/**
 * Lucene inside OSGi: the language analyzers (their stop word files are resources of the analysis bundle) and an
 * index written and searched with lucene-core (its codecs are found through ServiceLoader inside that bundle).
 */
class CommentAnalyzersTest {

    @Test
    void finnishIsLowerCasedStemmedAndLosesItsStopWords() {
        try (Analyzer finnish = CommentAnalyzers.forLanguage("fi")) {
            List<String> terms = CommentAnalyzers.terms(finnish, "Asiakaspalvelu oli erinomaista ja nopeaa");

            assertThat(terms).containsExactly("asiakaspalvelu", "erinom", "nopea");
            assertThat(terms).doesNotContain("ja", "oli");
            // the inessive case ("in the customer service") stems to the same term as the nominative
            assertThat(CommentAnalyzers.terms(finnish, "Asiakaspalvelussa")).containsExactly("asiakaspalvelu");
        }
    }

    @Test
    void swedishIsLowerCasedStemmedAndLosesItsStopWords() {
        try (Analyzer swedish = CommentAnalyzers.forLanguage("sv")) {
            List<String> terms = CommentAnalyzers.terms(swedish, "Kundtjänsten var snabb och mycket vänlig");

            assertThat(terms).containsExactly("kundtjänst", "snabb", "vän");
            assertThat(terms).doesNotContain("och", "var", "mycket");
            assertThat(CommentAnalyzers.terms(swedish, "snabba leveranser")).containsExactly("snabb", "leverans");
        }
    }

    @Test
    void englishIsLowerCasedStemmedAndLosesItsStopWords() {
        try (Analyzer english = CommentAnalyzers.forLanguage("en")) {
            List<String> terms = CommentAnalyzers.terms(english, "The drivers were late and the delivery was damaged");

            assertThat(terms).contains("driver", "late", "deliveri", "damag");
            assertThat(terms).doesNotContain("the", "and", "was");
        }
    }

    @Test
    void acceptsTheLocaleTagsSurveyToolsWrite() {
        try (Analyzer a = CommentAnalyzers.forLanguage("fi-FI"); Analyzer b = CommentAnalyzers.forLanguage("SV_fi")) {
            assertThat(CommentAnalyzers.terms(a, "nopeaa")).containsExactly("nopea");
            assertThat(CommentAnalyzers.terms(b, "snabba")).containsExactly("snabb");
        }
        assertThat(CommentAnalyzers.supportedLanguages()).containsExactlyInAnyOrder("fi", "sv", "en");
    }

    @Test
    void anUnsupportedLanguageIsRefusedWithTheSupportedOnes() {
        assertThatThrownBy(() -> CommentAnalyzers.forLanguage("de")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no analyzer for language 'de'; supported are [en, fi, sv]");
    }

    @Test
    void findsACommentByAnInflectedFormOfAWordItContains() throws Exception {
        try (Analyzer finnish = CommentAnalyzers.forLanguage("fi"); Directory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(finnish))) {
                writer.addDocument(comment("r1", "Asiakaspalvelu oli erinomaista ja nopeaa"));
                writer.addDocument(comment("r2", "Toimitus myöhästyi kaksi päivää"));
                writer.addDocument(comment("r3", "Hinta oli liian korkea"));
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                // "in the customer service": a word none of the comments contains as such
                Query query = new QueryBuilder(finnish).createBooleanQuery("text", "asiakaspalvelussa");
                TopDocs hits = searcher.search(query, 10);

                List<String> respondents = new ArrayList<>();
                for (ScoreDoc hit : hits.scoreDocs) {
                    respondents.add(searcher.storedFields().document(hit.doc).get("respondent"));
                }
                assertThat(respondents).containsExactly("r1");
            }
        }
    }

    private static Document comment(String respondent, String text) {
        Document document = new Document();
        document.add(new StringField("respondent", respondent, Field.Store.YES));
        document.add(new TextField("text", text, Field.Store.NO));
        return document;
    }
}
