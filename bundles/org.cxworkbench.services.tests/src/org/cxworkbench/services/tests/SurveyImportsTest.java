package org.cxworkbench.services.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.services.imports.SurveyImportListener;
import org.cxworkbench.services.imports.SurveyImportRequest;
import org.cxworkbench.services.imports.SurveyImportResult;
import org.cxworkbench.services.imports.SurveyImports;
import org.cxworkbench.services.store.ResultsStore;
import org.cxworkbench.services.store.StoreAccess;
import org.cxworkbench.services.store.StoreLocation;
import org.cxworkbench.store.AnswerGenerator;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The survey import service against a real embedded Derby store and real export files (generated for a sample
 * journey): progress in work units, and cancellation through the monitor.
 */
class SurveyImportsTest {

    @TempDir
    Path dir;

    private Journey journey;

    @BeforeEach
    void setUp() throws Exception {
        String sample = SampleJourneys.names().get(0);
        Path file = SampleJourneys.copyTo(sample, dir.resolve("journeys"));
        journey = JourneyFiles.load(file).journey();
    }

    private Path export(String name, long seed, long rows) throws IOException {
        Path csv = dir.resolve(name + ".csv");
        new AnswerGenerator(journey, new AnswerGenerator.Settings(seed, rows, YearMonth.of(2025, 12), 12))
                .write(csv, dir.resolve(name + ".mapping"));
        return csv;
    }

    private final List<Long> rowsRead = new ArrayList<>();

    private SurveyImportRequest request(Path csv) {
        return SurveyImportRequest.builder(csv).journey(journey).listener(new SurveyImportListener() {
            @Override
            public void rows(long read, long stored, long rejected) {
                synchronized (rowsRead) {
                    rowsRead.add(read);
                }
            }
        })
                .mappingFile(csv.resolveSibling(csv.getFileName().toString().replace(".csv", ".mapping")))
                .store(StoreLocation.folder(dir.resolve("results")), null, null).build();
    }

    /**
     * A monitor that cancels itself, from its {@code worked} callback, once it has been told of {@code percent} of
     * the task's work (a {@link org.eclipse.core.runtime.SubMonitor} may begin the task with finer units).
     */
    private static final class CancellingMonitor extends NullProgressMonitor {
        private final int percent;
        private final AtomicInteger worked = new AtomicInteger();
        private int total = -1;
        private double after = Double.MAX_VALUE;

        CancellingMonitor(int percent) {
            this.percent = percent;
        }

        @Override
        public void beginTask(String name, int totalWork) {
            total = totalWork;
            after = totalWork * (double) percent / 100;
        }

        private double internal;

        @Override
        public void worked(int work) {
            add(work);
        }

        @Override
        public void internalWorked(double work) {
            add(work);
        }

        private synchronized void add(double work) {
            internal += work;
            worked.set((int) Math.round(internal));
            if (internal >= after) {
                setCanceled(true);
            }
        }
    }

    private static List<Path> spoolFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(tmp,
                "cxw-import-" + ProcessHandle.current().pid() + "-*.spool")) {
            stream.forEach(files::add);
        }
        return files;
    }

    @Test
    void importsReportingWorkUnitsUpToTheTotal() throws Exception {
        Path csv = export("answers", 7, 5_000);
        List<long[]> rows = new ArrayList<>();
        CancellingMonitor monitor = new CancellingMonitor(1000);
        SurveyImportRequest request = SurveyImportRequest.builder(csv).journey(journey)
                .mappingFile(dir.resolve("answers.mapping"))
                .store(StoreLocation.folder(dir.resolve("results")), null, null)
                .listener(new SurveyImportListener() {
                    @Override
                    public void rows(long read, long stored, long rejected) {
                        rows.add(new long[] {read, stored, rejected});
                    }
                }).build();
        SurveyImportResult result = new SurveyImports().run(request, monitor);

        assertThat(result.batchId()).isPositive();
        assertThat(result.rowsStored() + result.rowsRejected()).isEqualTo(result.rowsRead());
        assertThat(result.rowsStored()).isPositive();
        assertThat(result.fileName()).isEqualTo("answers.csv");
        assertThat(rows).isNotEmpty();
        assertThat(monitor.total).isPositive();
        assertThat(monitor.worked.get()).isBetween(monitor.total * 99 / 100, monitor.total);
        assertThat(spoolFiles()).isEmpty();

        SurveyImportResult again = new SurveyImports().run(request, new NullProgressMonitor());
        assertThat(again.alreadyImported()).isTrue();
        assertThat(again.batchId()).isEqualTo(result.batchId());
    }

    @Test
    void aCancelledImportLeavesTheStoreAsItWasAndNoSpoolFiles() throws Exception {
        Path first = export("first", 1, 3_000);
        new SurveyImports().run(request(first), new NullProgressMonitor());
        Map<String, Long> before;
        try (ResultsStore store = ResultsStore.open(StoreLocation.folder(dir.resolve("results")),
                StoreAccess.READ)) {
            before = Counts.of(store.connection());
        }
        assertThat(before.get("answers")).isPositive();

        // another wave: its respondents are looked up in the store, the rows read before they are loaded
        Path second = export("second", 2, 30_000);
        CancellingMonitor monitor = new CancellingMonitor(SurveyImports.PREPARE_WORK + 5);
        rowsRead.clear();
        assertThatThrownBy(() -> new SurveyImports().run(request(second), monitor))
                .isInstanceOf(OperationCanceledException.class);
        assertThat(monitor.isCanceled()).isTrue();
        // cancelled while reading the rows, not before
        assertThat(rowsRead).isNotEmpty().allSatisfy(read -> assertThat(read).isLessThan(30_000));

        try (ResultsStore store = ResultsStore.open(StoreLocation.folder(dir.resolve("results")),
                StoreAccess.READ)) {
            assertThat(Counts.of(store.connection())).isEqualTo(before);
        }
        assertThat(spoolFiles()).isEmpty();

        // and the same file imports afterwards: nothing of the cancelled attempt is in its way
        SurveyImportResult result = new SurveyImports().run(request(second), new NullProgressMonitor());
        assertThat(result.alreadyImported()).isFalse();
        assertThat(result.rowsRead()).isEqualTo(30_000);
    }

    @Test
    void aCancelledFirstImportLeavesAnEmptyStoreEmpty() throws Exception {
        // into a store without respondents the file is read on a thread of its own while Derby loads
        Path csv = export("answers", 3, 30_000);
        try (ResultsStore store = ResultsStore.open(StoreLocation.folder(dir.resolve("results")),
                StoreAccess.WRITE)) {
            Map<String, Long> before = Counts.of(store.connection());
            CancellingMonitor monitor = new CancellingMonitor(SurveyImports.PREPARE_WORK + 5);
            rowsRead.clear();
            assertThatThrownBy(() -> new SurveyImports().run(request(csv), store, monitor))
                    .isInstanceOf(OperationCanceledException.class);
            assertThat(rowsRead).isNotEmpty().allSatisfy(read -> assertThat(read).isLessThan(30_000));
            assertThat(Counts.of(store.connection())).isEqualTo(before);
            assertThat(before.values()).containsOnly(0L);
        }
        assertThat(spoolFiles()).isEmpty();
    }

    @Test
    void aMonitorCancelledBeforeTheStartChangesNothing() throws Exception {
        Path csv = export("answers", 4, 200);
        NullProgressMonitor monitor = new NullProgressMonitor();
        monitor.setCanceled(true);
        assertThatThrownBy(() -> new SurveyImports().run(request(csv), monitor))
                .isInstanceOf(OperationCanceledException.class);
        assertThat(dir.resolve("results")).doesNotExist();
    }
}
