package org.cxworkbench.reports;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Opens the JDBC connection a report reads its data from, typically the results store's
 * ({@code EmbeddedDatabase::connection} or a network server client connection).
 *
 * <p>The renderer asks for one new connection per rendered report and closes it when the report is done.
 */
@FunctionalInterface
public interface ConnectionSupplier {

    /** A new open connection; the renderer closes it. */
    Connection connection() throws SQLException;
}
