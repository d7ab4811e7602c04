package org.cxworkbench.store.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.store.EmbeddedDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Derby's embedded engine inside OSGi: create, write, read, shut down, and open again from disk. */
class EmbeddedDatabaseTest {

    @TempDir
    Path workspace;

    @Test
    void createsWritesReadsAndShutsDownCleanly() throws Exception {
        Path folder = workspace.resolve("results-db");
        try (EmbeddedDatabase db = EmbeddedDatabase.open(folder)) {
            try (Connection c = db.connection(); Statement st = c.createStatement()) {
                st.executeUpdate("create table answer(id int primary key, touchpoint varchar(36), score int)");
                try (PreparedStatement insert = c.prepareStatement("insert into answer values (?, ?, ?)")) {
                    int[] scores = {10, 9, 6, 7, 0};
                    for (int i = 0; i < scores.length; i++) {
                        insert.setInt(1, i + 1);
                        insert.setString(2, "tp-checkout");
                        insert.setInt(3, scores[i]);
                        insert.addBatch();
                    }
                    assertThat(insert.executeBatch()).hasSize(5);
                }
            }
        }
        assertThat(folder.resolve("service.properties")).exists();
        assertThat(Files.exists(folder.resolve("db.lck"))).as("a clean shutdown leaves no lock file").isFalse();

        try (EmbeddedDatabase again = EmbeddedDatabase.open(folder);
                Connection c = again.connection();
                ResultSet rs = c.createStatement()
                        .executeQuery("select score from answer where score >= 9 order by id")) {
            List<Integer> promoters = new ArrayList<>();
            while (rs.next()) {
                promoters.add(rs.getInt(1));
            }
            assertThat(promoters).containsExactly(10, 9);
        }
    }

    @Test
    void aClosedDatabaseGivesNoMoreConnections() throws Exception {
        EmbeddedDatabase db = EmbeddedDatabase.open(workspace.resolve("closed-db"));
        db.close();
        assertThatThrownBy(db::connection).isInstanceOf(SQLException.class).hasMessageContaining("closed");
    }

    @Test
    void closingOneOfTwoOpenInstancesLeavesTheOtherConnected() throws Exception {
        Path folder = workspace.resolve("shared-db");
        EmbeddedDatabase first = EmbeddedDatabase.open(folder);
        EmbeddedDatabase second = EmbeddedDatabase.open(folder);
        try (Connection reading = second.connection()) {
            first.close();
            try (ResultSet rs = reading.createStatement().executeQuery("values 1")) {
                assertThat(rs.next()).as("the second reader's connection survives the first one's close").isTrue();
            }
            assertThat(Files.exists(folder.resolve("db.lck"))).as("still booted").isTrue();
        }
        second.close();
        assertThat(Files.exists(folder.resolve("db.lck"))).as("the last close shuts the database down").isFalse();
    }
}
