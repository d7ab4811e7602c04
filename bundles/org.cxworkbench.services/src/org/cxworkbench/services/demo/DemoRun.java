package org.cxworkbench.services.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.JourneyLoadException;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.reports.ReportException;
import org.cxworkbench.reports.ReportFormat;
import org.cxworkbench.reports.journey.ReportParameters;
import org.cxworkbench.services.imports.SurveyImportException;
import org.cxworkbench.services.imports.SurveyImportRequest;
import org.cxworkbench.services.imports.SurveyImportResult;
import org.cxworkbench.services.imports.SurveyImports;
import org.cxworkbench.services.reports.ReportService;
import org.cxworkbench.services.store.ResultsStore;
import org.cxworkbench.services.store.StoreAccess;
import org.cxworkbench.services.store.StoreException;
import org.cxworkbench.services.store.StoreLocation;
import org.cxworkbench.store.AnswerGenerator;
import org.cxworkbench.store.Dimension;
import org.cxworkbench.store.ScoreQuery;
import org.cxworkbench.store.ScoredGroup;
import org.cxworkbench.store.StoreScoring;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The whole job once, in one folder, on the embedded database: the sample journeys are copied into
 * {@code journeys/}, a year of answers is generated for each into {@code data/}, imported into {@code results/},
 * every touchpoint is scored, and the journey scorecard of the last month is written as HTML and PDF into
 * {@code reports/}.
 *
 * <p>Running it again on the same folder is safe and quick: the journeys a user edited are kept, the generated files
 * come out byte for byte the same (fixed seed and months), the import sees the same content and does nothing, and
 * the scores and reports are made anew. Only an empty folder, or one this class made (it holds {@link #MARKER}), is
 * written into.
 *
 * <pre>
 * DemoResult result = new DemoRun(folder).rows(20_000).language(Locale.of("fi")).run(listener, monitor);
 * </pre>
 *
 * Progress: {@link #WORK_PER_JOURNEY} units per sample journey (generating 10, importing 40, scoring 10, the two
 * scorecards 40). A cancelled monitor stops it at the next step, the import or a report (as those services do) with
 * {@link OperationCanceledException}; what was finished stays in the folder and a later run goes on from it.
 */
public final class DemoRun {

    /** Marks a folder as made by the demo; only such a folder (or an empty one) is written into. */
    public static final String MARKER = ".cxw-demo";
    public static final long DEFAULT_ROWS = 20_000;
    /** The fewest answers per journey: fewer would leave most touchpoints without a score. */
    public static final long MINIMUM_ROWS = 100;
    public static final long DEFAULT_SEED = 2026;
    /** A fixed year of answers, so that the demo's files and figures are the same on every machine and day. */
    public static final YearMonth FIRST_MONTH = YearMonth.of(2025, 12);
    public static final int MONTHS = 12;
    /** The progress units of one sample journey. */
    public static final int WORK_PER_JOURNEY = 100;

    private static final int GENERATE_WORK = 10;
    private static final int IMPORT_WORK = 40;
    private static final int SCORE_WORK = 10;
    private static final int REPORT_WORK = WORK_PER_JOURNEY - GENERATE_WORK - IMPORT_WORK - SCORE_WORK;

    private final Path folder;
    private long rows = DEFAULT_ROWS;
    private long seed = DEFAULT_SEED;
    private Locale language = Locale.ENGLISH;
    private MetricRegistry metrics;

    /** A demo in {@code folder} (made absolute), with the default rows, seed and English reports. */
    public DemoRun(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    /** Answers generated per journey, bad ones included; at least {@link #MINIMUM_ROWS}. */
    public DemoRun rows(long count) {
        if (count < MINIMUM_ROWS) {
            throw new IllegalArgumentException("a demo needs at least " + MINIMUM_ROWS + " rows, not " + count);
        }
        this.rows = count;
        return this;
    }

    /** The generator's seed: the same seed gives the same answers. */
    public DemoRun seed(long value) {
        this.seed = value;
        return this;
    }

    /** The language of the scorecards. */
    public DemoRun language(Locale locale) {
        this.language = locale;
        return this;
    }

    /** The metrics to score with; by default the running platform's. */
    public DemoRun metrics(MetricRegistry registry) {
        this.metrics = registry;
        return this;
    }

    /**
     * Runs the demo.
     *
     * @param listener hears each step as it finishes, or null
     * @param monitor  progress and cancellation, or null
     * @throws DemoException              when the folder may not be used, or a step failed
     * @throws OperationCanceledException when the monitor was cancelled
     */
    public DemoResult run(DemoListener listener, IProgressMonitor monitor) throws DemoException {
        DemoListener hears = listener == null ? new DemoListener() { } : listener;
        List<String> samples = SampleJourneys.names();
        SubMonitor progress = SubMonitor.convert(monitor, "CX Workbench demo", samples.size() * WORK_PER_JOURNEY);
        prepare();
        MetricRegistry registry = metrics != null ? metrics : MetricRegistry.getDefault();
        Path results = folder.resolve("results");
        List<Path> reports = new ArrayList<>();
        try (ResultsStore store = ResultsStore.open(StoreLocation.folder(results), StoreAccess.WRITE);
                ReportService renderer = new ReportService(registry)) {
            Connection connection = store.connection();
            for (String sample : samples) {
                String base = sample.substring(0, sample.lastIndexOf('.'));
                progress.subTask(base);
                Journey journey = journey(folder.resolve("journeys"), sample);
                Path csv = generate(journey, folder.resolve("data"), base, hears);
                progress.split(GENERATE_WORK);
                importAnswers(store, journey, registry, csv, hears, progress.split(IMPORT_WORK));
                List<ScoredGroup> groups = new StoreScoring(journey, registry).score(connection,
                        ScoreQuery.of(Dimension.STAGE, Dimension.TOUCHPOINT));
                progress.split(SCORE_WORK);
                hears.scored(journey, FIRST_MONTH, lastMonth(), groups);
                reports.addAll(writeScorecard(renderer, journey, connection, base, hears,
                        progress.split(REPORT_WORK)));
            }
        } catch (SQLException e) {
            throw new DemoException(DemoException.Reason.DATABASE, e.getMessage(), e);
        } catch (StoreException e) {
            throw new DemoException(DemoException.Reason.DATABASE,
                    e.getCause() != null ? e.getCause().getMessage() : e.getMessage(), e);
        } catch (SurveyImportException e) {
            throw e.reason() == SurveyImportException.Reason.DATABASE
                    ? new DemoException(DemoException.Reason.DATABASE, e.getCause().getMessage(), e)
                    : new DemoException(DemoException.Reason.FILES, e.detail() != null ? e.detail() : e.getMessage(),
                            e);
        } catch (IOException e) {
            throw new DemoException(DemoException.Reason.FILES, e.getMessage(), e);
        } catch (ReportException e) {
            throw new DemoException(DemoException.Reason.REPORT, e.getMessage(), e);
        }
        progress.done();
        return new DemoResult(folder, folder.resolve("journeys"), results, reports);
    }

    /** The last month of answers, whose scorecard is written. */
    public static YearMonth lastMonth() {
        return FIRST_MONTH.plusMonths(MONTHS - 1L);
    }

    /** An empty or earlier demo folder is used; anything else is refused, so that no one's files are touched. */
    private void prepare() throws DemoException {
        try {
            if (Files.exists(folder) && !Files.isDirectory(folder)) {
                throw new DemoException(DemoException.Reason.NOT_A_FOLDER, folder.toString(), null);
            }
            if (Files.isDirectory(folder) && !Files.exists(folder.resolve(MARKER))) {
                try (Stream<Path> entries = Files.list(folder)) {
                    if (entries.findAny().isPresent()) {
                        throw new DemoException(DemoException.Reason.FOREIGN_FOLDER, folder.toString(), null);
                    }
                }
            }
            Files.createDirectories(folder);
            if (!Files.exists(folder.resolve(MARKER))) {
                Files.writeString(folder.resolve(MARKER), "made by cxw demo; run it again to refresh\n");
            }
        } catch (IOException e) {
            throw new DemoException(DemoException.Reason.FILES, e.getMessage(), e);
        }
    }

    /** The sample in the demo folder: copied the first time, and kept (perhaps edited by the user) after that. */
    private static Journey journey(Path journeys, String sample) throws IOException, DemoException {
        Path file = journeys.resolve(sample);
        if (!Files.exists(file)) {
            SampleJourneys.copyTo(sample, journeys);
        }
        try {
            return JourneyFiles.load(file).journey();
        } catch (JourneyLoadException e) {
            throw new DemoException(DemoException.Reason.JOURNEY, e.getMessage(), e);
        }
    }

    private Path generate(Journey journey, Path data, String base, DemoListener listener) throws IOException {
        Files.createDirectories(data);
        Path csv = data.resolve(base + "-answers.csv");
        Path mapping = data.resolve(base + "-answers.mapping");
        AnswerGenerator.Result result = new AnswerGenerator(journey,
                new AnswerGenerator.Settings(seed, rows, FIRST_MONTH, MONTHS)).write(csv, mapping);
        listener.generated(csv, result.rows(), result.badRows().size());
        return csv;
    }

    private static void importAnswers(ResultsStore store, Journey journey, MetricRegistry metrics, Path csv,
            DemoListener listener, IProgressMonitor monitor) throws SurveyImportException, StoreException {
        String name = csv.getFileName().toString();
        SurveyImportRequest request = SurveyImportRequest.builder(csv).journey(journey).metrics(metrics)
                .mappingFile(csv.resolveSibling(name.replace(".csv", ".mapping"))).rejectionLimit(0).build();
        SurveyImportResult result = new SurveyImports().run(request, store, monitor);
        listener.imported(csv, result);
    }

    private List<Path> writeScorecard(ReportService reports, Journey journey, Connection connection, String base,
            DemoListener listener, IProgressMonitor monitor) throws IOException, SQLException, ReportException {
        Path target = folder.resolve("reports");
        Files.createDirectories(target);
        YearMonth last = lastMonth();
        ReportParameters parameters = ReportParameters.defaults().withFrom(last.atDay(1))
                .withTo(last.atEndOfMonth()).withLanguage(language);
        List<ReportFormat> formats = List.of(ReportFormat.HTML, ReportFormat.PDF);
        SubMonitor progress = SubMonitor.convert(monitor, formats.size());
        List<Path> written = new ArrayList<>();
        for (ReportFormat format : formats) {
            Path out = target.resolve(base + "-scorecard." + format.fileExtension());
            written.add(reports.render("scorecard", journey, connection, parameters, format, out, progress.split(1)));
        }
        listener.reported(base, last);
        return written;
    }
}
