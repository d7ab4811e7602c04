package org.cxworkbench.core.journey;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;

import org.cxworkbench.core.internal.journey.Messages;
import org.cxworkbench.core.internal.journey.Migration09;
import org.cxworkbench.core.FileReplacement;
import org.cxworkbench.model.journey.Journey;
import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.xml.sax.SAXParseException;

/**
 * The EMF resource of a {@code .journey} file, whoever opens it: {@link JourneyFiles}, an editing domain, or any
 * resource set that finds {@link JourneyResourceFactory} through the registry. The file rules live here once:
 * <ul>
 * <li><b>Load</b>: a file with a {@code <!DOCTYPE} is refused before parsing, and the SAX parser gets no DTD, no
 * external entities and secure processing whatever options the caller passes; a 0.9 file is migrated in memory
 * ({@link #getFormatVersion()} says so); a newer format is refused. A failure is a {@link JourneyLoadException}
 * ({@code file:line:column: what}), its problems are also the resource's {@link #getErrors() errors}, and the
 * resource is left empty.</li>
 * <li><b>Save</b> to a local file: the content is written to a temporary file in the same folder (with the
 * target's POSIX permissions), the previous file is copied to {@code <name>.journey.bak}, and the temporary file
 * is moved over the target. A resource whose last load failed refuses to be saved over an existing file
 * ({@link JourneySaveRefusedException}): it holds nothing, or only the part that could be read.</li>
 * </ul>
 * A URI that is not a local file (and that {@link CommonPlugin#asLocalURI(URI)} cannot make one) is saved through
 * EMF's URI converter, without backup.
 */
public class JourneyResource extends XMIResourceImpl {

    private static final Pattern FORMAT = Pattern.compile("http://cxworkbench\\.org/journey/(\\d+)\\.(\\d+)\"");
    /** EMF appends "(uri, line, column)" to its messages; we say where in our own words. */
    private static final Pattern EMF_LOCATION = Pattern.compile("\\s*\\([^()]*,\\s*-?\\d+,\\s*-?\\d+\\)\\s*$");

    private static final XMLParserPoolImpl PARSERS = new XMLParserPoolImpl(true);
    /** Shared by all loads (EMF's recommendation for speed); EMF caches misses as nulls, so not a ConcurrentHashMap. */
    private static final Map<Object, Object> NAME_TO_FEATURE = Collections.synchronizedMap(new HashMap<>());

    /**
     * SAX features of every load: a DOCTYPE is a fatal error, and external entities and DTDs are never fetched even
     * if one got past the check before parsing (EMF's own handler would resolve them against the file's folder).
     */
    static final Map<String, Boolean> PARSER_FEATURES = Map.of(
            "http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE,
            "http://xml.org/sax/features/external-general-entities", Boolean.FALSE,
            "http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE,
            "http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE,
            XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);

    /** The file named in messages; by default the URI's local file (or its last segment). */
    private Path file;
    private String formatVersion = JourneyFiles.CURRENT_VERSION;
    /** Why the last load failed (its first problem), or null: then the resource may be saved over its file. */
    private String loadFailure;

    public JourneyResource(URI uri) {
        super(uri);
        // References are saved as the targets' UUIDs; this map makes resolving 3000 paths a hash look-up.
        setIntrinsicIDToEObjectMap(new HashMap<>());
        getDefaultLoadOptions().putAll(loadOptions());
        getDefaultSaveOptions().putAll(saveOptions());
    }

    private static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_PARSER_FEATURES, PARSER_FEATURES);
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSERS);
        options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, NAME_TO_FEATURE);
        options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
        return options;
    }

    private static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_LINE_WIDTH, 120);
        options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<>());
        return options;
    }

    /** The format the file was written in ({@code 1.0}, or {@code 0.9} when migrated while loading). */
    public String getFormatVersion() {
        return formatVersion;
    }

    /** Whether the content was migrated from an older format while loading; saving writes the current one. */
    public boolean isMigrated() {
        return !JourneyFiles.CURRENT_VERSION.equals(formatVersion);
    }

    /** Whether the last load failed; such a resource is never saved over its file. */
    public boolean isLoadFailed() {
        return loadFailure != null;
    }

    /** Names the file in messages as the caller named it (JourneyFiles keeps relative paths relative). */
    void setFile(Path file) {
        this.file = file;
    }

    private Path file() {
        if (file != null) {
            return file;
        }
        Path local = localFile();
        if (local != null) {
            return local;
        }
        String name = getURI() == null ? null : getURI().lastSegment();
        return Path.of(name == null || name.isEmpty() ? "journey" : URI.decode(name));
    }

    /** The local file behind the URI, or null (e.g. an http: URI, or platform:/resource outside a workbench). */
    Path localFile() {
        if (getURI() == null) {
            return null;
        }
        URI uri = getURI();
        if (getResourceSet() != null) {
            uri = getResourceSet().getURIConverter().normalize(uri);
        }
        if (!uri.isFile() && uri.isPlatform()) {
            uri = CommonPlugin.asLocalURI(uri);
        }
        return uri.isFile() && !uri.isRelative() ? Path.of(uri.toFileString()) : null;
    }

    @Override
    public void load(Map<?, ?> options) throws IOException {
        boolean wasLoaded = isLoaded();
        boolean done = false;
        try {
            super.load(options);
            done = true;
        } finally {
            if (!done && !wasLoaded && loadFailure == null) {
                // the stream could not even be opened (unreadable file): nothing of it is held
                loadFailure = "the file could not be read";
            }
        }
    }

    @Override
    public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
        loadFailure = "the file is being loaded";
        formatVersion = JourneyFiles.CURRENT_VERSION;
        try {
            read(inputStream.readAllBytes(), options);
            loadFailure = null;
        } catch (JourneyLoadException e) {
            failed(e.problems());
            throw e;
        } catch (IOException | RuntimeException e) {
            List<FileProblem> problems = List.of(describe(file(), e));
            failed(problems);
            throw new JourneyLoadException(problems, e);
        }
    }

    private void read(byte[] content, Map<?, ?> options) throws IOException {
        Path file = file();
        int[] doctype = doctype(content);
        if (doctype != null) {
            throw new JourneyLoadException(List.of(new FileProblem(file, doctype[0], doctype[1],
                    Messages.Files_doctype)), null);
        }
        String version = formatVersion(content);
        if (version == null) {
            throw problem(file, content.length == 0 ? "the file is empty"
                    : "not a CX Workbench journey file (no journey namespace http://cxworkbench.org/journey/<version>)");
        }
        switch (version) {
            case JourneyFiles.CURRENT_VERSION -> parse(file, content, options);
            case Migration09.VERSION -> getContents().add(Migration09.migrate(file, content));
            default -> throw problem(file, newer(version) ? "written in journey format " + version
                    + ", newer than this CX Workbench reads (" + JourneyFiles.CURRENT_VERSION
                    + "); open it with a newer version"
                    : "journey format " + version + " is not known to this CX Workbench");
        }
        if (getContents().isEmpty() || !(getContents().get(0) instanceof Journey)) {
            throw problem(file, "the file holds no journey");
        }
        formatVersion = version;
    }

    private void parse(Path file, byte[] content, Map<?, ?> options) throws JourneyLoadException {
        // Whatever the caller passed, the parser stays hardened.
        Map<Object, Object> hardened = new HashMap<>(options == null ? Map.of() : options);
        Map<String, Boolean> features = new HashMap<>();
        if (hardened.get(XMLResource.OPTION_PARSER_FEATURES) instanceof Map<?, ?> given) {
            given.forEach((k, v) -> features.put(String.valueOf(k), (Boolean) v));
        }
        features.putAll(PARSER_FEATURES);
        hardened.put(XMLResource.OPTION_PARSER_FEATURES, features);
        try {
            super.doLoad(new ByteArrayInputStream(content), hardened);
        } catch (IOException | RuntimeException e) {
            List<FileProblem> problems = new ArrayList<>();
            for (Resource.Diagnostic error : getErrors()) {
                problems.add(error instanceof Throwable t ? describe(file, t)
                        : new FileProblem(file, error.getLine(), error.getColumn(), clean(error.getMessage())));
            }
            if (problems.isEmpty()) {
                problems.add(describe(file, e));
            }
            throw new JourneyLoadException(problems, e);
        }
    }

    /** Empties the resource and records the problems as its errors (what editors show for a resource). */
    private void failed(List<FileProblem> problems) {
        getContents().clear();
        getIntrinsicIDToEObjectMap().clear();
        getEObjectToIDMap().clear();
        getIDToEObjectMap().clear();
        getErrors().clear();
        getWarnings().clear();
        loadFailure = problems.get(0).toString();
        String location = getURI() == null ? null : getURI().toString();
        for (FileProblem problem : problems) {
            getErrors().add(new Problem(location, problem));
        }
    }

    private static FileProblem describe(Path file, Throwable e) {
        // EMF wraps the parser's exception; the parser's own message is the one that says what is wrong.
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SAXParseException sax) {
                return new FileProblem(file, sax.getLineNumber(), sax.getColumnNumber(),
                        "damaged XML: " + sax.getMessage());
            }
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Resource.Diagnostic d) {
                return new FileProblem(file, d.getLine(), d.getColumn(), clean(d.getMessage()));
            }
        }
        return new FileProblem(file, 0, 0, "cannot be read: " + e);
    }

    private static String clean(String message) {
        return message == null ? "unknown problem" : EMF_LOCATION.matcher(message).replaceFirst("");
    }

    private static JourneyLoadException problem(Path file, String message) {
        return new JourneyLoadException(List.of(new FileProblem(file, 0, 0, message)), null);
    }

    /** The journey format version named in the file's namespaces, or null if it has none. */
    static String formatVersion(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 8192),
                StandardCharsets.ISO_8859_1);
        Matcher matcher = FORMAT.matcher(head);
        return matcher.find() ? matcher.group(1) + "." + matcher.group(2) : null;
    }

    /**
     * Where the file's prolog declares a document type: {line, column} of its {@code <!DOCTYPE}, or null. Only the
     * prolog is looked at (before the root element; comments and processing instructions skipped), in UTF-16 when
     * the file starts with its byte order mark and byte by byte otherwise (the markup is ASCII in UTF-8 too).
     */
    static int[] doctype(byte[] content) {
        String text;
        if (content.length >= 2 && (content[0] & 0xff) == 0xfe && (content[1] & 0xff) == 0xff) {
            text = new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
        } else if (content.length >= 2 && (content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xfe) {
            text = new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
        } else {
            int start = content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
                    && (content[2] & 0xff) == 0xbf ? 3 : 0;
            text = new String(content, start, content.length - start, StandardCharsets.ISO_8859_1);
        }
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (text.startsWith("<?", i)) {
                int end = text.indexOf("?>", i + 2);
                i = end < 0 ? text.length() : end + 2;
            } else if (text.startsWith("<!--", i)) {
                int end = text.indexOf("-->", i + 4);
                i = end < 0 ? text.length() : end + 3;
            } else if (text.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
                int line = 1;
                int lineStart = 0;
                for (int j = 0; j < i; j++) {
                    if (text.charAt(j) == '\n') {
                        line++;
                        lineStart = j + 1;
                    }
                }
                return new int[] {line, i - lineStart + 1};
            } else {
                return null; // the root element, or something the parser will call damaged
            }
        }
        return null;
    }

    private static boolean newer(String version) {
        String[] parts = version.split("\\.");
        String[] current = JourneyFiles.CURRENT_VERSION.split("\\.");
        int major = Integer.parseInt(parts[0]);
        int currentMajor = Integer.parseInt(current[0]);
        return major > currentMajor
                || major == currentMajor && Integer.parseInt(parts[1]) > Integer.parseInt(current[1]);
    }

    /**
     * Saves in the current format. To a local file: temporary file, backup of the previous file, atomic move.
     *
     * @throws JourneySaveRefusedException if the last load failed and the file exists: saving would replace it
     *         with what could be read of it
     */
    @Override
    public void save(Map<?, ?> options) throws IOException {
        Path target = localFile();
        if (loadFailure != null && (target == null || Files.exists(target))) {
            throw new JourneySaveRefusedException(file(), loadFailure);
        }
        if (target == null) {
            super.save(options);
            formatVersion = JourneyFiles.CURRENT_VERSION;
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        save(bytes, options); // merges the default save options; marks the resource unmodified
        byte[] content = bytes.toByteArray();
        Map<?, ?> merged = mergeMaps(options, getDefaultSaveOptions());
        if (merged != null && merged.get(OPTION_SAVE_ONLY_IF_CHANGED) != null && Files.exists(target)
                && Arrays.equals(Files.readAllBytes(target), content)) {
            return;
        }
        try {
            write(target, content);
        } catch (IOException | RuntimeException e) {
            setModified(true);
            throw e;
        }
        formatVersion = JourneyFiles.CURRENT_VERSION;
        setTimeStamp(Files.getLastModifiedTime(target).toMillis());
    }

    /**
     * Writes {@code content} to {@code file} whole or not at all ({@link FileReplacement}), keeping the old file as
     * {@link JourneyFiles#backupOf(Path)}.
     */
    static void write(Path file, byte[] content) throws IOException {
        Path target = file.toAbsolutePath();
        FileReplacement.write(target, content, JourneyFiles.backupOf(target));
    }

    /** A load problem as a resource diagnostic, so that EMF editors show it with its line and column. */
    private record Problem(String location, FileProblem problem) implements Resource.Diagnostic {

        @Override
        public String getMessage() {
            return problem.toString();
        }

        @Override
        public String getLocation() {
            return location;
        }

        @Override
        public int getLine() {
            return problem.line();
        }

        @Override
        public int getColumn() {
            return problem.column();
        }
    }
}
