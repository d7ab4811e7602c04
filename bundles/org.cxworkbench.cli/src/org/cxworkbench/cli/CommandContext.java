package org.cxworkbench.cli;

import java.io.PrintStream;

/**
 * Where a command writes. Machine-readable output goes to {@link #out()}; progress, warnings and errors go to
 * {@link #err()}, so that {@code cxw score ... --format csv > scores.csv} stays clean.
 */
public record CommandContext(PrintStream out, PrintStream err, boolean debug) {
}
