package org.cxworkbench.services.tests;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The row counts of a store's tables that an import writes. */
final class Counts {

    static final List<String> TABLES = List.of("answers", "respondents", "import_batches", "rejected_rows",
            "import_claims", "respondent_scopes");

    private Counts() {
    }

    static Map<String, Long> of(Connection connection) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement st = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = st.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }
}
