package org.cxworkbench.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;

/**
 * The sentiment lexicons in force, one per language, from the extension point
 * {@value #EXTENSION_POINT}. This bundle contributes the built-in ones (English, Finnish, Swedish) through it; a
 * contribution of another bundle for the same language replaces the built-in one (among several, the highest
 * {@code priority} wins, then the bundle name in alphabetical order). A contribution that cannot be read is logged
 * under its bundle's name and the next one is used. Outside OSGi (no extension registry) the built-in files are read
 * from this bundle's class path.
 */
public final class SentimentLexicons {

    /** The extension point's full id. */
    public static final String EXTENSION_POINT = "org.cxworkbench.text.sentimentLexicons";

    private static final String OWN_BUNDLE = "org.cxworkbench.text";

    private SentimentLexicons() {
    }

    private record Contribution(String language, String file, int priority, String bundleName, Bundle bundle,
            boolean builtIn) {
    }

    /** The lexicon in force for each language that has one, by ISO 639-1 code. */
    public static Map<String, SentimentLexicon> installed() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            return builtInFromClassPath();
        }
        List<Contribution> contributions = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            if (!"lexicon".equals(element.getName())) {
                continue;
            }
            String bundleName = element.getContributor().getName();
            try {
                String language = CommentAnalyzers.forLanguageCode(element.getAttribute("language"));
                if (!CommentAnalyzers.supportedLanguages().contains(language)) {
                    throw new IllegalArgumentException(NLS.bind(Messages.Lexicon_unsupportedLanguage, language));
                }
                String priority = element.getAttribute("priority");
                String file = element.getAttribute("file");
                if (file == null || file.isBlank()) {
                    throw new IllegalArgumentException(Messages.Lexicon_noFile);
                }
                contributions.add(new Contribution(language, file.strip(),
                        priority == null ? 0 : Integer.parseInt(priority.strip()), bundleName,
                        ContributorFactoryOSGi.resolve(element.getContributor()), OWN_BUNDLE.equals(bundleName)));
            } catch (RuntimeException e) {
                log(bundleName, e);
            }
        }
        // others before the built-in one, then by priority, then by bundle name
        contributions.sort(Comparator.comparing(Contribution::builtIn)
                .thenComparing(Comparator.comparingInt(Contribution::priority).reversed())
                .thenComparing(Contribution::bundleName));
        Map<String, SentimentLexicon> lexicons = new LinkedHashMap<>();
        for (Contribution contribution : contributions) {
            if (lexicons.containsKey(contribution.language())) {
                continue;
            }
            try {
                URL url = contribution.bundle() == null ? null : contribution.bundle().getEntry(contribution.file());
                if (url == null) {
                    throw new IOException(NLS.bind(Messages.Lexicon_missingFile, contribution.file()));
                }
                try (InputStream in = url.openStream()) {
                    lexicons.put(contribution.language(), SentimentLexicon.read(contribution.language(),
                            new InputStreamReader(in, StandardCharsets.UTF_8),
                            contribution.bundleName() + "/" + contribution.file()));
                }
            } catch (IOException | RuntimeException e) {
                log(contribution.bundleName(), e);
            }
        }
        return lexicons;
    }

    /** The lexicon in force for a language (a code or locale tag), if there is one. */
    public static Optional<SentimentLexicon> forLanguage(String language) {
        return Optional.ofNullable(installed().get(CommentAnalyzers.forLanguageCode(language)));
    }

    /** The built-in lexicons read from this class's class loader. */
    static Map<String, SentimentLexicon> builtInFromClassPath() {
        Map<String, SentimentLexicon> lexicons = new LinkedHashMap<>();
        for (String language : List.of("en", "fi", "sv")) {
            String file = "lexicons/sentiment_" + language + ".txt";
            try (InputStream in = SentimentLexicons.class.getClassLoader().getResourceAsStream(file)) {
                if (in == null) {
                    throw new IOException(NLS.bind(Messages.Lexicon_missingFile, file));
                }
                lexicons.put(language, SentimentLexicon.read(language, new InputStreamReader(in,
                        StandardCharsets.UTF_8), OWN_BUNDLE + "/" + file));
            } catch (IOException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return lexicons;
    }

    private static void log(String bundleName, Exception e) {
        ILog.of(SentimentLexicons.class).log(new Status(IStatus.ERROR, bundleName,
                NLS.bind(Messages.Lexicon_leftOut, bundleName, e.getMessage()), e));
    }
}
