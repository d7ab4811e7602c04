package org.cxworkbench.services.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.services.demo.DemoException;
import org.cxworkbench.services.demo.DemoListener;
import org.cxworkbench.services.demo.DemoResult;
import org.cxworkbench.services.demo.DemoRun;
import org.cxworkbench.services.imports.SurveyImportResult;
import org.cxworkbench.store.ScoredGroup;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo use case on a real folder, a real embedded Derby and real BIRT: its steps in order, the scores covering
 * every stored answer, its progress, its cancellation and its refusal of a folder it did not make.
 */
class DemoRunTest {

    @TempDir
    Path dir;

    /** The steps heard, one line each, and the figures to check. */
    private static class Steps implements DemoListener {
        final List<String> heard = new ArrayList<>();
        long generated;
        long stored;
        long rejected;
        long scored;

        @Override
        public void generated(Path csv, long rows, long badRows) {
            heard.add("generated " + csv.getFileName());
            generated += rows;
        }

        @Override
        public void imported(Path csv, SurveyImportResult result) {
            heard.add("imported " + csv.getFileName());
            stored += result.rowsStored();
            rejected += result.rowsRejected();
        }

        @Override
        public void scored(Journey journey, YearMonth first, YearMonth last, List<ScoredGroup> groups) {
            heard.add("scored " + journey.getName() + " " + first + ".." + last);
            groups.forEach(group -> scored += group.score().n());
        }

        @Override
        public void reported(String base, YearMonth month) {
            heard.add("reported " + base + " " + month);
        }
    }

    /** Counts the work done against the work announced. */
    private static class Counting extends NullProgressMonitor {
        int total;
        int worked;

        @Override
        public void beginTask(String name, int totalWork) {
            total = totalWork;
        }

        @Override
        public void worked(int work) {
            worked += work;
        }
    }

    @Test
    void theWholeChainInOrderWithEveryStoredAnswerScored() throws Exception {
        Path folder = dir.resolve("demo");
        Steps steps = new Steps();
        Counting monitor = new Counting();

        DemoResult result = new DemoRun(folder).rows(300).run(steps, monitor);

        assertThat(steps.heard).containsExactly("generated retail-b2c-answers.csv", "imported retail-b2c-answers.csv",
                "scored " + steps.heard.get(2).substring("scored ".length()), "reported retail-b2c 2026-11",
                "generated service-b2b-answers.csv", "imported service-b2b-answers.csv",
                "scored " + steps.heard.get(6).substring("scored ".length()), "reported service-b2b 2026-11");
        assertThat(steps.heard.get(2)).endsWith(" 2025-12..2026-11");
        // 300 rows per journey; the deliberately bad ones rejected, every other one stored and scored once
        assertThat(steps.generated).isEqualTo(600);
        assertThat(steps.stored + steps.rejected).isEqualTo(600);
        assertThat(steps.rejected).isPositive();
        assertThat(steps.scored).isEqualTo(steps.stored);

        assertThat(result.folder()).isEqualTo(folder.toAbsolutePath().normalize());
        assertThat(result.reports()).containsExactly(folder.resolve("reports/retail-b2c-scorecard.html"),
                folder.resolve("reports/retail-b2c-scorecard.pdf"), folder.resolve("reports/service-b2b-scorecard.html"),
                folder.resolve("reports/service-b2b-scorecard.pdf"));
        assertThat(result.reports()).allSatisfy(report -> assertThat(report).isNotEmptyFile());
        assertThat(result.results()).isDirectory();
        assertThat(monitor.total).isPositive();
        assertThat(monitor.worked).isEqualTo(monitor.total);
    }

    @Test
    void aCancelledDemoStopsBeforeTheImport() {
        Path folder = dir.resolve("demo");
        NullProgressMonitor monitor = new NullProgressMonitor();
        Steps steps = new Steps() {
            @Override
            public void generated(Path csv, long rows, long badRows) {
                super.generated(csv, rows, badRows);
                monitor.setCanceled(true);
            }
        };

        assertThatThrownBy(() -> new DemoRun(folder).rows(100).run(steps, monitor))
                .isInstanceOf(OperationCanceledException.class);
        assertThat(steps.heard).containsExactly("generated retail-b2c-answers.csv");
        assertThat(folder.resolve("reports")).doesNotExist();
    }

    @Test
    void aFolderItDidNotMakeIsRefusedUntouched() throws Exception {
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(mine.resolve("thesis.txt"), "precious", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new DemoRun(mine).run(null, null)).isInstanceOfSatisfying(DemoException.class,
                e -> {
                    assertThat(e.reason()).isEqualTo(DemoException.Reason.FOREIGN_FOLDER);
                    assertThat(e.detail()).isEqualTo(mine.toString());
                });
        try (var files = Files.list(mine)) {
            assertThat(files).containsExactly(mine.resolve("thesis.txt"));
        }
        assertThatThrownBy(() -> new DemoRun(mine).rows(99)).isInstanceOf(IllegalArgumentException.class);
    }
}
