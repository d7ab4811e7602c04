package org.cxworkbench.services.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.cxworkbench.services.store.ResultsStore;

/**
 * Every rejected row of an import batch, as the store keeps them ({@code rejected_rows}), written to a CSV file for
 * whoever fixes the export: line, column, value, reason. UTF-8 with a byte order mark so that spreadsheet programs
 * read it right; written to a temporary file and moved into place, so a failure leaves no half file.
 */
public final class RejectedRowsFile {

    /** The header line. */
    public static final String HEADER = "line,column,value,reason";

    private RejectedRowsFile() {
    }

    /** Where the rejected rows of {@code imported} go when not told: beside it, as {@code <name>.rejected.csv}. */
    public static Path besides(Path imported) {
        String name = imported.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return imported.resolveSibling(name + ".rejected.csv");
    }

    /**
     * Writes the batch's rejected rows to {@code file}, in line order.
     *
     * @return how many problems were written (a row may have several)
     */
    public static long write(ResultsStore store, long batchId, Path file) throws SQLException, IOException {
        Path parent = file.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(parent, ".cxw-rejected-", ".csv");
        long written = 0;
        try {
            try (BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
                    PreparedStatement st = store.connection().prepareStatement("select line_number, column_name,"
                            + " raw_text, reason from rejected_rows where batch_id = ? order by line_number, id")) {
                out.write('\uFEFF');
                out.write(HEADER);
                out.write("\r\n");
                st.setLong(1, batchId);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.write(Long.toString(rs.getLong(1)));
                        out.write(',');
                        out.write(quote(rs.getString(2)));
                        out.write(',');
                        out.write(quote(rs.getString(3)));
                        out.write(',');
                        out.write(quote(rs.getString(4)));
                        out.write("\r\n");
                        written++;
                    }
                }
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return written;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled. */
    static String quote(String text) {
        if (text == null) {
            return "";
        }
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
