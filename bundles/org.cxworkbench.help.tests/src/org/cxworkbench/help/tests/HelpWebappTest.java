package org.cxworkbench.help.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.help.internal.base.BaseHelpSystem;
import org.eclipse.help.internal.search.SearchHit;
import org.eclipse.help.internal.search.SearchQuery;
import org.eclipse.help.internal.search.SearchResults;
import org.eclipse.help.internal.server.WebappManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real Eclipse help system serves our guide: its web application starts on Equinox's Jetty, answers
 * {@code /help/index.jsp} (a JSP compiled by Jasper), serves our pages (in Finnish and Swedish where translated), lists
 * our toc, and its Lucene index finds words of the guide.
 */
class HelpWebappTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static String base;

    @BeforeAll
    static void startTheWebapp() {
        assertThat(BaseHelpSystem.ensureWebappRunning()).as("the help web application started").isTrue();
        assertThat(WebappManager.getPort()).as("its port").isPositive();
        base = "http://" + WebappManager.getHost() + ':' + WebappManager.getPort() + "/help";
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        if (base == null) {
            // called from another test class (HelpUiTest) before this class ran
            startTheWebapp();
        }
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theHelpFramesetIsAJspThatRuns() throws Exception {
        HttpResponse<String> index = get("/index.jsp");
        assertThat(index.statusCode()).as(index.body()).isEqualTo(200);
        // the frameset of the help window: the JSP was compiled and run, not served as text
        assertThat(index.body()).doesNotContain("<%@").containsIgnoringCase("<html").contains("advanced/");
    }

    @Test
    void ourTopicPageIsServed() throws Exception {
        HttpResponse<String> page = get("/topic/org.cxworkbench.help/html/scores.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1").containsIgnoringCase("confidence interval");
        // its style sheet beside it, as the page links it
        HttpResponse<String> css = get("/topic/org.cxworkbench.help/html/style.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).contains("font-family");
    }

    @Test
    void ourTocIsListed() throws Exception {
        HttpResponse<String> toc = get("/vs/service/toc");
        assertThat(toc.statusCode()).isEqualTo(200);
        assertThat(toc.body()).contains("contributorId=\"org.cxworkbench.help\"", "isPrimary=\"true\"",
                "CX Workbench User Guide", "href=\"html/getting-started.html\"", "href=\"html/metric-plugin.html\"");
    }

    @Test
    void finnishAndSwedishPagesAreServedForTheirLocale() throws Exception {
        String english = get("/topic/org.cxworkbench.help/html/getting-started.html").body();
        String finnish = get("/topic/org.cxworkbench.help/html/getting-started.html?lang=fi").body();
        String swedish = get("/topic/org.cxworkbench.help/html/getting-started.html?lang=sv").body();
        assertThat(english).contains("<html lang=\"en\"");
        assertThat(finnish).contains("<html lang=\"fi\"");
        assertThat(swedish).contains("<html lang=\"sv\"", "<h1>");
        assertThat(finnish).contains("Aloitus esimerkkipolulla");
    }

    @Test
    void theSearchIndexFindsAWordOfTheGuide() throws Exception {
        // the word only the metric plug-in page uses: the index is built with Lucene 10 on the first search
        List<String> hrefs = search("FirstContactResolution", "en");
        assertThat(hrefs).contains("/org.cxworkbench.help/html/metric-plugin.html");
        assertThat(search("cxworkbenchnosuchword", "en")).isEmpty();
        // and over HTTP, the search service of the help window
        HttpResponse<String> found = get("/vs/service/search?phrase=FirstContactResolution");
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains("/org.cxworkbench.help/html/metric-plugin.html");
    }

    static List<String> search(String word, String locale) {
        SearchResults results = new SearchResults(null, 50, locale);
        BaseHelpSystem.getSearchManager().search(new SearchQuery(word, false, new ArrayList<>(), locale), results,
                new NullProgressMonitor());
        SearchHit[] hits = results.getSearchHits();
        return hits == null ? List.of()
                : Arrays.stream(hits).map(h -> h.getHref().replaceAll("\\?.*$", "")).toList();
    }
}
