package org.cxworkbench.store;

import java.sql.SQLException;

/**
 * The database was written by a newer CX Workbench: this program does not know its tables and must not change
 * them, so it refuses to open the store rather than guess.
 */
public class SchemaTooNewException extends SQLException {

    private static final long serialVersionUID = 1L;

    private final int databaseVersion;
    private final int programVersion;

    public SchemaTooNewException(int databaseVersion, int programVersion) {
        super("The results database has schema version " + databaseVersion + ", but this program knows versions up"
                + " to " + programVersion + ": use a newer CX Workbench to open it", "XCXW1");
        this.databaseVersion = databaseVersion;
        this.programVersion = programVersion;
    }

    public int databaseVersion() {
        return databaseVersion;
    }

    public int programVersion() {
        return programVersion;
    }
}
