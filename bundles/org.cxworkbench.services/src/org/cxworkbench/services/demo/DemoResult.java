package org.cxworkbench.services.demo;

import java.nio.file.Path;
import java.util.List;

/**
 * What a {@link DemoRun} made, in its folder.
 *
 * @param folder   the demo folder (absolute)
 * @param journeys the folder of the journey files
 * @param results  the embedded database's folder
 * @param reports  the scorecards written, HTML and PDF per journey, in the order written
 */
public record DemoResult(Path folder, Path journeys, Path results, List<Path> reports) {

    public DemoResult {
        reports = List.copyOf(reports);
    }
}
