package org.cxworkbench.core.journey;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The journeys shipped with the product ({@code samples/} in this bundle): a B2C retail journey and a B2B
 * service journey. Users start from them; the tests keep them valid.
 */
public final class SampleJourneys {

    public static final String RETAIL_B2C = "retail-b2c.journey";
    public static final String SERVICE_B2B = "service-b2b.journey";

    private SampleJourneys() {
    }

    public static List<String> names() {
        return List.of(RETAIL_B2C, SERVICE_B2B);
    }

    /** The sample's bytes. */
    public static InputStream open(String name) throws IOException {
        InputStream in = SampleJourneys.class.getResourceAsStream("/samples/" + name);
        if (in == null) {
            throw new IOException("no sample journey " + name);
        }
        return in;
    }

    /** Copies a sample into {@code folder}, where it can be loaded, edited and saved like any journey file. */
    public static Path copyTo(String name, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(name);
        try (InputStream in = open(name)) {
            Files.copy(in, target);
        }
        return target;
    }
}
