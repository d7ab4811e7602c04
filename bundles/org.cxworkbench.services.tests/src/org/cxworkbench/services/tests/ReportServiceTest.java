package org.cxworkbench.services.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.stream.Stream;

import org.cxworkbench.reports.ReportFormat;
import org.cxworkbench.reports.journey.ReportParameters;
import org.cxworkbench.services.reports.ReportService;
import org.cxworkbench.services.reports.internal.Messages;
import org.cxworkbench.store.EmbeddedDatabase;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report service with real BIRT over a real Derby store: progress in work units, and a cancelled render that
 * leaves no file behind (no report, no temporary part) and an older report byte for byte as it was.
 */
class ReportServiceTest {

    private static final byte[] OLD_REPORT = "<html>last month's scorecard</html>\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    static Path dir;

    private static WeightedNpsFixture fixture;
    private static EmbeddedDatabase store;
    private static Connection connection;
    private static ReportService reports;

    @BeforeAll
    static void importAnswers() throws Exception {
        fixture = new WeightedNpsFixture(dir);
        store = EmbeddedDatabase.open(dir.resolve("db"));
        connection = store.connection();
        fixture.importInto(connection, fixture.file);
        reports = new ReportService();
    }

    @AfterAll
    static void close() throws Exception {
        reports.close();
        connection.close();
        store.close();
    }

    /** A monitor that is cancelled once the report is being written, after {@code writes} progress reports. */
    private static final class CancelWhileWriting extends NullProgressMonitor {
        private final int writes;
        private boolean writing;
        private int worked;
        private double total;

        CancelWhileWriting(int writes) {
            this.writes = writes;
        }

        @Override
        public void subTask(String name) {
            writing = Messages.Report_rendering.equals(name);
        }

        @Override
        public void worked(int work) {
            internalWorked(work);
        }

        @Override
        public void internalWorked(double work) {
            total += work;
            if (writing && ++worked >= writes) {
                setCanceled(true);
            }
        }
    }

    private static Path reportFolder(String name) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name));
        Files.write(folder.resolve("scorecard.html"), OLD_REPORT);
        return folder;
    }

    private static List<String> files(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static ReportParameters parameters() {
        return ReportParameters.defaults();
    }

    @Test
    void aRenderCancelledBeforeItStartsWritesNothing() throws Exception {
        Path folder = reportFolder("cancelled-first");
        NullProgressMonitor monitor = new NullProgressMonitor();
        monitor.setCanceled(true);
        assertThatThrownBy(() -> reports.render("scorecard", fixture.journey, connection, parameters(),
                ReportFormat.HTML, folder.resolve("scorecard.html"), monitor))
                .isInstanceOf(OperationCanceledException.class);
        assertThat(files(folder)).containsExactly("scorecard.html");
        assertThat(Files.readAllBytes(folder.resolve("scorecard.html"))).isEqualTo(OLD_REPORT);
    }

    @Test
    void aRenderCancelledWhileBirtWritesLeavesNoFileAndTheOlderReportUntouched() throws Exception {
        Path folder = reportFolder("cancelled-writing");
        CancelWhileWriting monitor = new CancelWhileWriting(1);
        assertThatThrownBy(() -> reports.render("scorecard", fixture.journey, connection, parameters(),
                ReportFormat.HTML, folder.resolve("scorecard.html"), monitor))
                .isInstanceOf(OperationCanceledException.class);
        assertThat(monitor.isCanceled()).isTrue();
        assertThat(files(folder)).containsExactly("scorecard.html");
        assertThat(Files.readAllBytes(folder.resolve("scorecard.html"))).isEqualTo(OLD_REPORT);

        Path fresh = Files.createDirectories(dir.resolve("cancelled-new"));
        assertThatThrownBy(() -> reports.render("scorecard", fixture.journey, connection, parameters(),
                ReportFormat.PDF, fresh.resolve("scorecard.pdf"), new CancelWhileWriting(2)))
                .isInstanceOf(OperationCanceledException.class);
        assertThat(files(fresh)).isEmpty();
    }

    @Test
    void anUncancelledRenderReplacesTheOlderReportAndReportsAllItsWork() throws Exception {
        Path folder = reportFolder("done");
        CancelWhileWriting monitor = new CancelWhileWriting(Integer.MAX_VALUE);
        Path written = reports.render("scorecard", fixture.journey, connection, parameters(), ReportFormat.HTML,
                folder.resolve("scorecard.html"), monitor);
        assertThat(written).isEqualTo(folder.resolve("scorecard.html").toAbsolutePath());
        assertThat(files(folder)).containsExactly("scorecard.html");
        String html = Files.readString(written, StandardCharsets.UTF_8);
        assertThat(html).contains("<html").doesNotContain("last month's scorecard");
        assertThat(monitor.worked).isPositive();
        assertThat(monitor.total).isGreaterThan(0);
    }
}
