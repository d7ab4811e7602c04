package org.cxworkbench.core.journey;

import java.nio.file.Path;
import java.util.Optional;

import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.notation.Diagram;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * A journey file in memory: the resource holding the semantic root and, when the file has a layout, the diagram
 * root.
 *
 * @param file where it was loaded from and where {@link JourneyFiles#save(JourneyDocument)} writes
 * @param resource the EMF resource; hand it to an editing domain to edit with undo
 * @param formatVersion the format the file was written in, e.g. {@code 1.0}, or {@code 0.9} for a file migrated
 *        while loading (saving writes the current format)
 */
public record JourneyDocument(Path file, Resource resource, String formatVersion) {

    public Journey journey() {
        return (Journey) resource.getContents().get(0);
    }

    public Optional<Diagram> diagram() {
        return resource.getContents().stream().filter(Diagram.class::isInstance).map(Diagram.class::cast)
                .findFirst();
    }

    /** Whether the file on disk is in an older format and was upgraded in memory; saving upgrades it on disk. */
    public boolean migrated() {
        return !JourneyFiles.CURRENT_VERSION.equals(formatVersion);
    }
}
