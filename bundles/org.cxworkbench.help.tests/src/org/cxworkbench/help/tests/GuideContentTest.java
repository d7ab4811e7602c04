package org.cxworkbench.help.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.cxworkbench.help.UserGuide;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.IContext;
import org.eclipse.help.IHelpResource;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.junit.jupiter.api.Test;

/**
 * The user guide's content: our toc is registered with the help system and every page it names is in the bundle,
 * with links that lead to pages that are there; every context help id the sources of all bundles set exists, with a
 * page. (Moved here from org.cxworkbench.ui.reports.tests with the retirement of the User Guide view.)
 */
class GuideContentTest {

    /** The context ids the views and dialogs of issue 15 use, whether or not their bundle is built yet. */
    static final List<String> REQUIRED_CONTEXTS = List.of("org.cxworkbench.ui.workspace_view",
            "org.cxworkbench.ui.editor.map", "org.cxworkbench.ui.editor.structure",
            "org.cxworkbench.ui.results.scores_view", "org.cxworkbench.ui.imports.wizard",
            "org.cxworkbench.ui.preferences_page", "org.cxworkbench.ui.reports.run_dialog");

    @Test
    void ourTocIsRegisteredAndEveryPageItNamesResolves() throws Exception {
        IToc ours = Arrays.stream(HelpSystem.getTocs()).filter(t -> t.getHref().startsWith("/org.cxworkbench.help/"))
                .findFirst().orElseThrow(() -> new AssertionError("no toc of org.cxworkbench.help"));
        assertThat(ours.getLabel()).isEqualTo("CX Workbench User Guide");
        List<String> hrefs = new ArrayList<>();
        hrefs.add(ours.getTopic(null).getHref());
        collect(ours.getTopics(), hrefs);
        assertThat(hrefs).hasSizeGreaterThanOrEqualTo(8).contains("/org.cxworkbench.help/html/getting-started.html",
                "/org.cxworkbench.help/html/drawing.html", "/org.cxworkbench.help/html/importing.html",
                "/org.cxworkbench.help/html/scores.html", "/org.cxworkbench.help/html/reports.html",
                "/org.cxworkbench.help/html/command-line.html", "/org.cxworkbench.help/html/metric-plugin.html");
        for (String href : hrefs) {
            URL url = UserGuide.resolve(href);
            assertThat(url).as(href).isNotNull();
            String page = read(url);
            assertThat(page).as(href).contains("<h1");
            // every link between pages goes to a page that is there
            Matcher links = Pattern.compile("href=\"([^\":#]+\\.html)(#[^\"]*)?\"").matcher(page);
            while (links.find()) {
                assertThat(Files.exists(Path.of(new URL(url, links.group(1)).toURI())))
                        .as(href + " links to " + links.group(1)).isTrue();
            }
        }
    }

    @Test
    void everyContextIdInTheSourcesAndEveryRequiredOneExistsWithAPage() throws Exception {
        Set<String> ids = new TreeSet<>(REQUIRED_CONTEXTS);
        ids.addAll(helpIdsInSources());
        assertThat(ids).contains("org.cxworkbench.ui.reports.run_dialog", "org.cxworkbench.ui.workspace_view");
        for (String id : ids) {
            IContext context = HelpSystem.getContext(id);
            assertThat(context).as("context " + id + " in a contexts file of org.cxworkbench.help").isNotNull();
            IHelpResource[] topics = context.getRelatedTopics();
            assertThat(topics).as(id).isNotEmpty();
            for (IHelpResource topic : topics) {
                assertThat(UserGuide.resolve(topic.getHref())).as(id + " -> " + topic.getHref()).isNotNull();
            }
        }
    }

    private static void collect(ITopic[] topics, List<String> hrefs) {
        for (ITopic topic : topics) {
            if (topic.getHref() != null) {
                hrefs.add(topic.getHref());
            }
            collect(topic.getSubtopics(), hrefs);
        }
    }

    /** Help ids set in any bundle's sources: constants named *HELP_ID* and literals given to setHelp. */
    static Set<String> helpIdsInSources() throws IOException {
        Path bundles = Path.of("..").toAbsolutePath().normalize();
        assertThat(bundles.resolve("org.cxworkbench.ui.reports/src")).as("run from the bundle's folder").isDirectory();
        Pattern constant = Pattern.compile("HELP_ID\\w*\\s*=\\s*\"([^\"]+)\"");
        Pattern literal = Pattern.compile("setHelp\\([^;]*?,\\s*\"([^\"]+)\"\\s*\\)");
        Set<String> ids = new TreeSet<>();
        try (Stream<Path> files = Files.walk(bundles)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("/src/") && !p.toString().contains("/target/"))::iterator) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                for (Pattern pattern : List.of(constant, literal)) {
                    Matcher m = pattern.matcher(source);
                    while (m.find()) {
                        if (m.group(1).startsWith("org.cxworkbench.")) {
                            ids.add(m.group(1));
                        }
                    }
                }
            }
        }
        return ids;
    }

    private static String read(URL url) throws IOException {
        try (var in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
