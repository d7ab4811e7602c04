package org.cxworkbench.services.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.JourneyLoadException;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.services.imports.SurveyImportException;
import org.cxworkbench.services.imports.SurveyImportRequest;
import org.cxworkbench.services.imports.SurveyImports;
import org.cxworkbench.services.store.ResultsStore;
import org.cxworkbench.services.store.StoreAccess;
import org.cxworkbench.services.store.StoreException;
import org.cxworkbench.services.store.StoreLocation;
import org.cxworkbench.store.AnswerGenerator;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The demo's generated answers of the sample journeys imported into a store of the caller's choosing: what the
 * workbench gives a new workspace's results store, so that a newcomer opening a sample journey sees scores. The
 * same generator, seed and months as {@link DemoRun}, so the figures equal {@code cxw demo}'s for the same rows;
 * the generated files are written to a temporary folder and deleted afterwards.
 */
public final class SampleAnswers {

    private static final int GENERATE_WORK = 2;
    private static final int IMPORT_WORK = 8;

    private SampleAnswers() {
    }

    /**
     * Generates {@code rows} answers per sample journey and imports them into the store at {@code location}
     * (opened for writing, created when missing).
     *
     * @return the answers stored (one per measurement point answered), over all samples
     * @throws DemoException              when generating or importing fails
     * @throws OperationCanceledException when the monitor was cancelled (the import being run is rolled back)
     */
    public static long importInto(StoreLocation location, long rows, MetricRegistry metrics,
            IProgressMonitor monitor) throws DemoException {
        List<String> samples = SampleJourneys.names();
        SubMonitor progress = SubMonitor.convert(monitor, samples.size() * (GENERATE_WORK + IMPORT_WORK));
        Path scratch = null;
        try (ResultsStore store = ResultsStore.open(location, StoreAccess.WRITE)) {
            scratch = Files.createTempDirectory("cxw-sample-answers");
            long stored = 0;
            for (String sample : samples) {
                progress.checkCanceled();
                Journey journey = JourneyFiles.load(SampleJourneys.copyTo(sample, scratch)).journey();
                String base = sample.substring(0, sample.lastIndexOf('.'));
                Path csv = scratch.resolve(base + "-answers.csv");
                Path mapping = scratch.resolve(base + "-answers.mapping");
                new AnswerGenerator(journey, new AnswerGenerator.Settings(DemoRun.DEFAULT_SEED, rows,
                        DemoRun.FIRST_MONTH, DemoRun.MONTHS)).write(csv, mapping);
                progress.split(GENERATE_WORK);
                SurveyImportRequest request = SurveyImportRequest.builder(csv).journey(journey).metrics(metrics)
                        .mappingFile(mapping).rejectionLimit(0).build();
                stored += new SurveyImports().run(request, store, progress.split(IMPORT_WORK)).answersStored();
            }
            return stored;
        } catch (StoreException e) {
            throw new DemoException(DemoException.Reason.DATABASE, e.getMessage(), e);
        } catch (SQLException e) {
            throw new DemoException(DemoException.Reason.DATABASE, e.getMessage(), e);
        } catch (SurveyImportException e) {
            throw new DemoException(DemoException.Reason.FILES, e.detail() != null ? e.detail() : e.getMessage(), e);
        } catch (JourneyLoadException e) {
            throw new DemoException(DemoException.Reason.JOURNEY, e.getMessage(), e);
        } catch (IOException e) {
            throw new DemoException(DemoException.Reason.FILES, e.getMessage(), e);
        } finally {
            deleteQuietly(scratch);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // the import's outcome is what the caller needs: what is left goes when the program ends
            folder.toFile().deleteOnExit();
        }
    }
}
