package org.cxworkbench.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cxworkbench.cli.Cxw;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * English first, Finnish and Swedish shipped: every message file of every CX Workbench bundle in this runtime has a
 * Finnish and a Swedish twin with the same keys, no empty text, and the same {n} placeholders, so that no user
 * meets a key name or a lost figure in their language; all are ASCII with \\u escapes, as OSGi and NLS read them
 * in ISO-8859-1.
 */
class TranslationsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final List<String> LANGUAGES = List.of("fi", "sv");

    @Test
    void everyMessageFileHasFinnishAndSwedishWithTheSameKeysAndPlaceholders() throws IOException {
        Map<String, URL> english = new TreeMap<>();
        Map<String, URL> all = new TreeMap<>();
        for (Bundle bundle : FrameworkUtil.getBundle(Cxw.class).getBundleContext().getBundles()) {
            String name = bundle.getSymbolicName();
            if (!name.startsWith("org.cxworkbench.") || name.endsWith(".tests")) {
                continue;
            }
            for (URL url : Collections.list(bundle.findEntries("/", "*.properties", true))) {
                String path = name + url.getPath();
                // build.properties and META-INF/maven/ are the build's; a bundle run from its project folder (the
                // one under test) also shows its target/ folder
                if (path.endsWith("/build.properties") || path.contains("/META-INF/maven/")
                        || path.contains("/target/")) {
                    continue;
                }
                all.put(path, url);
                if (!path.matches(".*_[a-z]{2}\\.properties")) {
                    english.put(path, url);
                }
            }
        }
        assertThat(english).as("message files found").containsKey("org.cxworkbench.cli/OSGI-INF/l10n/bundle.properties")
                .containsKey("org.cxworkbench.core/org/cxworkbench/core/internal/journey/messages.properties");

        List<String> problems = new ArrayList<>();
        english.forEach((path, url) -> {
            Properties base = load(path, url, problems);
            for (String language : LANGUAGES) {
                String translated = path.replace(".properties", "_" + language + ".properties");
                URL other = all.get(translated);
                if (other == null) {
                    problems.add(translated + " is missing");
                    continue;
                }
                Properties text = load(translated, other, problems);
                Set<String> missing = new TreeSet<>(base.stringPropertyNames());
                missing.removeAll(text.stringPropertyNames());
                Set<String> extra = new TreeSet<>(text.stringPropertyNames());
                extra.removeAll(base.stringPropertyNames());
                if (!missing.isEmpty()) {
                    problems.add(translated + " lacks " + missing);
                }
                if (!extra.isEmpty()) {
                    problems.add(translated + " has keys English lacks: " + extra);
                }
                for (String key : text.stringPropertyNames()) {
                    String value = text.getProperty(key);
                    if (value.isBlank()) {
                        problems.add(translated + ": " + key + " is empty");
                    } else if (base.containsKey(key)
                            && !placeholders(value).equals(placeholders(base.getProperty(key)))) {
                        problems.add(translated + ": " + key + " has placeholders " + placeholders(value)
                                + " but English has " + placeholders(base.getProperty(key)));
                    }
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    /**
     * An NLS message prints {@code ''} as {@code '} only when it is bound to arguments; one without placeholders
     * is printed as written (help texts are), so it must use a single apostrophe. Every NLS message file
     * ({@code messages*.properties}) of every bundle, in every language: what the user sees has no {@code ''}.
     */
    @Test
    void noMessageShowsADoubledApostrophe() throws IOException {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Bundle bundle : FrameworkUtil.getBundle(Cxw.class).getBundleContext().getBundles()) {
            String name = bundle.getSymbolicName();
            if (!name.startsWith("org.cxworkbench.") || name.endsWith(".tests")) {
                continue;
            }
            var found = bundle.findEntries("/", "messages*.properties", true);
            for (URL url : found == null ? List.<URL>of() : Collections.list(found)) {
                String path = name + url.getPath();
                if (path.contains("/target/")) {
                    continue;
                }
                Properties messages = load(path, url, problems);
                for (String key : messages.stringPropertyNames()) {
                    String text = messages.getProperty(key);
                    int arguments = placeholders(text).stream().mapToInt(Integer::parseInt).max().orElse(-1) + 1;
                    String shown = arguments == 0 ? text : org.eclipse.osgi.util.NLS.bind(text,
                            java.util.stream.IntStream.range(0, arguments).mapToObj(i -> "x").toArray());
                    checked++;
                    if (shown.contains("''")) {
                        problems.add(path + ": " + key + " shows ''");
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
        assertThat(problems).isEmpty();
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** Loads the file as OSGi and NLS do (ISO-8859-1), after checking it is ASCII with \\u escapes. */
    private static Properties load(String path, URL url, List<String> problems) {
        Properties properties = new Properties();
        try (InputStream in = url.openStream()) {
            byte[] bytes = in.readAllBytes();
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] < 0) {
                    problems.add(path + " is not ASCII at byte " + i + ": write \\uXXXX escapes");
                    break;
                }
            }
            properties.load(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
