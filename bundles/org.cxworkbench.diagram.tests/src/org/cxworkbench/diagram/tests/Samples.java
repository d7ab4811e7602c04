package org.cxworkbench.diagram.tests;

import java.io.IOException;
import java.nio.file.Path;

import org.cxworkbench.core.journey.JourneyDocument;
import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.JourneyLoadException;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.NamedElement;

/** The shipped sample journeys, copied into a test's folder and loaded from there like any journey file. */
final class Samples {

    private Samples() {
    }

    static JourneyDocument load(String name, Path folder) throws IOException, JourneyLoadException {
        return JourneyFiles.load(SampleJourneys.copyTo(name, folder));
    }

    @SuppressWarnings("unchecked")
    static <T extends NamedElement> T named(Journey journey, Class<T> type, String name) {
        var it = journey.eAllContents();
        while (it.hasNext()) {
            var o = it.next();
            if (type.isInstance(o) && name.equals(((NamedElement) o).getName())) {
                return (T) o;
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " named " + name);
    }
}
