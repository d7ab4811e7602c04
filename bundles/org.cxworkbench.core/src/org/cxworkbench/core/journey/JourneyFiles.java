package org.cxworkbench.core.journey;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;

import org.cxworkbench.core.internal.journey.Messages;
import org.cxworkbench.core.internal.journey.Migration09;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.JourneyPackage;
import org.cxworkbench.model.notation.Diagram;
import org.cxworkbench.model.notation.NotationPackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.xml.sax.SAXParseException;

/**
 * Reading and writing {@code .journey} files: one XMI file per journey, the semantic {@link Journey} as the first
 * root and its {@link Diagram} (layout) as an optional second root.
 *
 * <p>The rules users rely on: a load failure names the file, the line and what is wrong, and leaves the file
 * alone; a save writes a temporary file next to the target and moves it over, after copying the previous version
 * to {@code <name>.journey.bak}; a file in an older format is migrated in memory, one in a newer format is
 * refused.
 *
 * <p>A journey file is plain XMI: a file with a document type declaration ({@code <!DOCTYPE}) is refused before it
 * is parsed, and the parser is set up to refuse one as well (no DTD, no external entities, secure processing), so
 * that reading a journey can never read another file or expand entities.
 */
public final class JourneyFiles {

    /** The format this build writes: the version in the semantic package's nsURI. */
    public static final String CURRENT_VERSION = "1.0";
    public static final String EXTENSION = "journey";

    private static final Pattern FORMAT = Pattern.compile("http://cxworkbench\\.org/journey/(\\d+)\\.(\\d+)\"");
    /** EMF appends "(uri, line, column)" to its messages; we say where in our own words. */
    private static final Pattern EMF_LOCATION = Pattern.compile("\\s*\\([^()]*,\\s*-?\\d+,\\s*-?\\d+\\)\\s*$");

    private static final XMLParserPoolImpl PARSERS = new XMLParserPoolImpl(true);
    /** Shared by all loads (EMF's recommendation for speed); EMF caches misses as nulls, so not a ConcurrentHashMap. */
    private static final Map<Object, Object> NAME_TO_FEATURE = java.util.Collections.synchronizedMap(new HashMap<>());

    private JourneyFiles() {
    }

    /** A resource set that knows both packages and the {@code .journey} format, without the global registries. */
    public static ResourceSet newResourceSet() {
        ResourceSet set = new ResourceSetImpl();
        set.getPackageRegistry().put(JourneyPackage.eNS_URI, JourneyPackage.eINSTANCE);
        set.getPackageRegistry().put(NotationPackage.eNS_URI, NotationPackage.eINSTANCE);
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION, new XMIResourceFactoryImpl() {
            @Override
            public Resource createResource(URI uri) {
                return newResource(uri);
            }
        });
        return set;
    }

    private static XMIResourceImpl newResource(URI uri) {
        XMIResourceImpl resource = new XMIResourceImpl(uri);
        // References are saved as the targets' UUIDs; this map makes resolving 3000 paths a hash look-up.
        resource.setIntrinsicIDToEObjectMap(new HashMap<>());
        resource.getDefaultLoadOptions().putAll(loadOptions());
        resource.getDefaultSaveOptions().putAll(saveOptions());
        return resource;
    }

    /**
     * SAX features of every load: a DOCTYPE is a fatal error, and external entities and DTDs are never fetched even
     * if one got past that (EMF's own handler would resolve them against the file's folder).
     */
    private static final Map<String, Boolean> PARSER_FEATURES = Map.of(
            "http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE,
            "http://xml.org/sax/features/external-general-entities", Boolean.FALSE,
            "http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE,
            "http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE,
            XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);

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

    /** Loads a journey file into a resource set of its own. */
    public static JourneyDocument load(Path file) throws JourneyLoadException {
        return load(file, newResourceSet());
    }

    /**
     * Loads a journey file into {@code resourceSet} (e.g. an editing domain's), migrating an older format.
     *
     * @throws JourneyLoadException naming the file, line and problem; the file is left as it was
     */
    public static JourneyDocument load(Path file, ResourceSet resourceSet) throws JourneyLoadException {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw problem(file, "no such file", e);
        } catch (IOException e) {
            throw problem(file, "cannot be read: " + e.getMessage(), e);
        }
        int[] doctype = doctype(content);
        if (doctype != null) {
            throw new JourneyLoadException(List.of(new FileProblem(file, doctype[0], doctype[1],
                    Messages.Files_doctype)), null);
        }
        String version = formatVersion(content);
        if (version == null) {
            throw problem(file, content.length == 0 ? "the file is empty"
                    : "not a CX Workbench journey file (no journey namespace http://cxworkbench.org/journey/<version>)",
                    null);
        }
        URI uri = URI.createFileURI(file.toAbsolutePath().toString());
        XMIResourceImpl resource = newResource(uri);
        switch (version) {
            case CURRENT_VERSION -> read(file, content, resource);
            case Migration09.VERSION -> resource.getContents().add(Migration09.migrate(file, content));
            default -> throw problem(file, newer(version) ? "written in journey format " + version
                    + ", newer than this CX Workbench reads (" + CURRENT_VERSION + "); open it with a newer version"
                    : "journey format " + version + " is not known to this CX Workbench", null);
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Journey)) {
            throw problem(file, "the file holds no journey", null);
        }
        resourceSet.getResources().add(resource);
        return new JourneyDocument(file, resource, version);
    }

    private static void read(Path file, byte[] content, XMIResourceImpl resource) throws JourneyLoadException {
        try {
            resource.load(new ByteArrayInputStream(content), null);
        } catch (IOException | RuntimeException e) {
            List<FileProblem> problems = new ArrayList<>();
            for (Resource.Diagnostic error : resource.getErrors()) {
                problems.add(error instanceof Throwable t ? describe(file, t)
                        : new FileProblem(file, error.getLine(), error.getColumn(), clean(error.getMessage())));
            }
            if (problems.isEmpty()) {
                problems.add(describe(file, e));
            }
            resource.unload();
            throw new JourneyLoadException(problems, e);
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

    /** The journey format version named in the file's namespaces, or null if it has none. */
    public static String formatVersion(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 8192), StandardCharsets.ISO_8859_1);
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
        String[] current = CURRENT_VERSION.split("\\.");
        int major = Integer.parseInt(parts[0]);
        int currentMajor = Integer.parseInt(current[0]);
        return major > currentMajor
                || major == currentMajor && Integer.parseInt(parts[1]) > Integer.parseInt(current[1]);
    }

    private static JourneyLoadException problem(Path file, String message, Throwable cause) {
        return new JourneyLoadException(List.of(new FileProblem(file, 0, 0, message)), cause);
    }

    /**
     * Writes a new journey file. Refuses to replace an existing file, so that a file that failed to load cannot
     * be overwritten by starting afresh.
     */
    public static JourneyDocument create(Path file, Journey journey, Diagram diagram) throws IOException {
        if (Files.exists(file)) {
            throw new FileAlreadyExistsException(file.toString(), null,
                    "a file is already there; load it (or move it away) instead of replacing it");
        }
        XMIResourceImpl resource = newResource(URI.createFileURI(file.toAbsolutePath().toString()));
        newResourceSet().getResources().add(resource);
        resource.getContents().add(journey);
        if (diagram != null) {
            resource.getContents().add(diagram);
        }
        return save(new JourneyDocument(file, resource, CURRENT_VERSION));
    }

    /**
     * Saves a loaded document in the current format, keeping the previous file as {@link #backupOf(Path)}.
     *
     * @return the document as it now is on disk (a migrated document is no longer migrated)
     */
    public static JourneyDocument save(JourneyDocument document) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        document.resource().save(bytes, null);
        write(document.file(), bytes.toByteArray());
        return new JourneyDocument(document.file(), document.resource(), CURRENT_VERSION);
    }

    /** Where the previous version of {@code file} is kept on save: {@code retail.journey.bak}. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    private static void write(Path file, byte[] content) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        // Written next to the target and moved over it, so that a crash or a full disk leaves the old file whole.
        // Not Files.createTempFile: its file is private (0600), and the saved journey would lose the permissions
        // the user's umask (or the file before) gave it, e.g. a team's read access.
        Path temporary = target.resolveSibling("." + target.getFileName() + "." + Long.toUnsignedString(
                ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        Files.createFile(temporary);
        try {
            Files.write(temporary, content);
            if (Files.exists(target) && Files.getFileStore(target).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
            }
            if (Files.exists(target)) {
                Files.copy(target, backupOf(target), StandardCopyOption.REPLACE_EXISTING);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
