package org.cxworkbench.core.journey;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.JourneyPackage;
import org.cxworkbench.model.notation.Diagram;
import org.cxworkbench.model.notation.NotationPackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

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
 *
 * <p>These rules live in {@link JourneyResource}, the resource every resource set creates for a {@code .journey}
 * file ({@link JourneyResourceFactory}, registered through the extension registry); this class is the
 * {@link Path}-based façade the command line, the store and the reports use.
 */
public final class JourneyFiles {

    /** The format this build writes: the version in the semantic package's nsURI. */
    public static final String CURRENT_VERSION = "1.0";
    public static final String EXTENSION = "journey";
    /** The content type of journey files ({@code org.eclipse.core.contenttype.contentTypes}, core's plugin.xml). */
    public static final String CONTENT_TYPE = "org.cxworkbench.core.journey";

    private JourneyFiles() {
    }

    /**
     * A resource set that knows both packages and the {@code .journey} format ({@link JourneyResourceFactory}),
     * without the global registries.
     */
    public static ResourceSet newResourceSet() {
        ResourceSet set = new ResourceSetImpl();
        set.getPackageRegistry().put(JourneyPackage.eNS_URI, JourneyPackage.eINSTANCE);
        set.getPackageRegistry().put(NotationPackage.eNS_URI, NotationPackage.eINSTANCE);
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION, new JourneyResourceFactory());
        return set;
    }

    private static JourneyResource newResource(Path file) {
        JourneyResource resource = new JourneyResource(URI.createFileURI(file.toAbsolutePath().toString()));
        resource.setFile(file);
        return resource;
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
        JourneyResource resource = newResource(file);
        try {
            resource.load(new ByteArrayInputStream(content), null);
        } catch (JourneyLoadException e) {
            throw e;
        } catch (IOException e) {
            throw problem(file, "cannot be read: " + e.getMessage(), e);
        }
        resourceSet.getResources().add(resource);
        return new JourneyDocument(file, resource, resource.getFormatVersion());
    }

    /** The journey format version named in the file's namespaces, or null if it has none. */
    public static String formatVersion(byte[] content) {
        return JourneyResource.formatVersion(content);
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
        JourneyResource resource = newResource(file);
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
        Resource resource = document.resource();
        if (resource instanceof JourneyResource journeyResource
                && document.file().toAbsolutePath().equals(journeyResource.localFile())) {
            journeyResource.save(null);
        } else {
            // a document put together by hand: the same write, to the document's file
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
            resource.save(bytes, null);
            JourneyResource.write(document.file(), bytes.toByteArray());
        }
        return new JourneyDocument(document.file(), resource, CURRENT_VERSION);
    }

    /** Where the previous version of {@code file} is kept on save: {@code retail.journey.bak}. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }
}
