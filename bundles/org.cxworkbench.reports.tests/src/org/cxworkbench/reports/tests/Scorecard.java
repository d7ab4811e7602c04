package org.cxworkbench.reports.tests;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

import org.cxworkbench.store.EmbeddedDatabase;

/** The test data behind the scorecard designs: a results store with touchpoints, Finnish names and mean scores. */
final class Scorecard {

    record Touchpoint(String name, String stage, BigDecimal score, int answers) {
    }

    static final List<Touchpoint> TOUCHPOINTS = List.of(
            new Touchpoint("Verkkokaupan etusivu", "Harkinta", new BigDecimal("8.4"), 412),
            new Touchpoint("Myymäläkäynti", "Ostaminen", new BigDecimal("7.9"), 188),
            new Touchpoint("Tilausvahvistus sähköpostilla", "Ostaminen", new BigDecimal("9.1"), 356),
            new Touchpoint("Pöytävaraus sovelluksessa", "Ostaminen", new BigDecimal("6.8"), 97),
            new Touchpoint("Kotiinkuljetus", "Käyttö", new BigDecimal("7.2"), 240),
            new Touchpoint("Hyvityksen käsittely", "Jälkihoito", new BigDecimal("5.5"), 63),
            new Touchpoint("Asiakaspalvelun chat", "Jälkihoito", new BigDecimal("6.1"), 129));

    static final String TITLE = "Customer journey scorecard";

    private Scorecard() {
    }

    /** A new results store in {@code folder} holding {@link #TOUCHPOINTS}. */
    static EmbeddedDatabase createDatabase(Path folder) throws SQLException {
        // Derby writes derby.log into the working directory (the module folder under Maven) unless told otherwise
        if (System.getProperty("derby.stream.error.file") == null) {
            Path logFolder = Files.isDirectory(Path.of("target")) ? Path.of("target") : folder.getParent();
            System.setProperty("derby.stream.error.file", logFolder.resolve("derby.log").toAbsolutePath().toString());
        }
        EmbeddedDatabase database = EmbeddedDatabase.open(folder);
        try (Connection c = database.connection(); Statement st = c.createStatement()) {
            st.executeUpdate("create table TOUCHPOINT_SCORE (ID int primary key, TOUCHPOINT varchar(80) not null,"
                    + " STAGE varchar(40) not null, SCORE decimal(3,1) not null, ANSWERS int not null)");
            try (PreparedStatement insert = c.prepareStatement("insert into TOUCHPOINT_SCORE values (?, ?, ?, ?, ?)")) {
                int id = 1;
                for (Touchpoint t : TOUCHPOINTS) {
                    insert.setInt(1, id++);
                    insert.setString(2, t.name());
                    insert.setString(3, t.stage());
                    insert.setBigDecimal(4, t.score());
                    insert.setInt(5, t.answers());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        return database;
    }

    /** A design of this fragment, from {@code resources/}. */
    static URL design(String fileName) {
        URL url = Scorecard.class.getResource("/resources/" + fileName);
        if (url == null) {
            throw new IllegalStateException("resources/" + fileName + " is not in the test fragment");
        }
        return url;
    }

    /**
     * Where rendered reports are kept for a person to look at: the folder named by the system property
     * {@code cxw.reports.out} (e.g. {@code -Dtycho.testArgLine=-Dcxw.reports.out=/tmp/out}); none by default.
     */
    static Optional<Path> outputFolder() throws IOException {
        String folder = System.getProperty("cxw.reports.out");
        if (folder == null || folder.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Files.createDirectories(Path.of(folder)));
    }

    static void keep(String fileName, byte[] content) throws IOException {
        Optional<Path> folder = outputFolder();
        if (folder.isPresent()) {
            Files.write(folder.get().resolve(fileName), content);
        }
    }
}
