package org.cxworkbench.services.imports;

import java.util.List;

/**
 * One row of a file as the preview shows it.
 *
 * @param line    its line in the file (the header rows counted, 1-based)
 * @param cells   its cells in the order of the file's headers, each cut to {@link ImportPreview#CELL_LENGTH}
 * @param problem why the reader found the row malformed, or null
 */
public record PreviewRow(long line, List<String> cells, String problem) {
}
