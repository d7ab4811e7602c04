package org.cxworkbench.services.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cxworkbench.imports.SurveyReader;
import org.cxworkbench.imports.SurveyReaders;
import org.cxworkbench.imports.SurveyRow;
import org.cxworkbench.services.store.ResultsStore;
import org.cxworkbench.services.store.StoreAccess;
import org.cxworkbench.services.store.StoreException;
import org.cxworkbench.services.store.StoreLocation;
import org.cxworkbench.store.ColumnMapping;
import org.cxworkbench.store.MappingSuggestion;
import org.cxworkbench.store.Rejection;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * A dry run of an import: the whole file read and checked with the request's settings and mapping, exactly as
 * {@link SurveyImports} would, storing nothing in the results store. The rows go into a throwaway embedded store in a
 * temporary folder (so that every check the import makes, duplicate respondents included, is the import's own code),
 * which is deleted at the end. What it cannot know is what the real store holds already: rows a cumulative export
 * repeats, or a file imported before, count here as valid.
 */
public final class ImportValidation {

    /** Work units: the run, then reading the rejected rows' cells again. */
    private static final int RUN_WORK = 95;
    private static final int CELLS_WORK = 5;

    private ImportValidation() {
    }

    /**
     * Reads and checks the whole file.
     *
     * @param request the import to try; its store is ignored, and it must not save a mapping
     * @throws SurveyImportException      when the file, journey or mapping fails, as the import would
     * @throws StoreException             when the temporary store cannot be made
     * @throws OperationCanceledException when the monitor was cancelled; nothing is left behind
     */
    public static ValidationReport dryRun(SurveyImportRequest request, IProgressMonitor monitor)
            throws SurveyImportException, StoreException {
        if (request.saveMappingTo() != null) {
            throw new IllegalArgumentException("a dry run saves nothing; do not ask it to save the mapping");
        }
        SubMonitor progress = SubMonitor.convert(monitor, RUN_WORK + CELLS_WORK);
        Path folder;
        try {
            folder = Files.createTempDirectory("cxw-validation-");
        } catch (IOException e) {
            throw new SurveyImportException(SurveyImportException.Reason.PROBLEM, request.file(), e.getMessage(),
                    null, "cannot make a temporary folder for the validation: " + e.getMessage(), e);
        }
        try {
            ColumnMapping[] matched = new ColumnMapping[1];
            SurveyImportRequest.Builder tried = SurveyImportRequest.builder(request.file()).journey(request.journey())
                    .journeyFile(request.journeyFile()).mapping(request.mapping()).mappingFile(request.mappingFile())
                    .source(request.source()).encoding(request.encoding()).separator(request.separator())
                    .dialect(request.dialect()).decimalMark(request.decimalMark()).dateOrder(request.dateOrder())
                    .force(true).rejectionLimit(request.rejectionLimit()).metrics(request.metrics())
                    .listener(new SurveyImportListener() {
                        @Override
                        public void matched(MappingSuggestion suggestion) {
                            matched[0] = suggestion.mapping();
                            request.listener().matched(suggestion);
                        }

                        @Override
                        public void rows(long read, long stored, long rejected) {
                            request.listener().rows(read, stored, rejected);
                        }
                    });
            SurveyImportResult result;
            try (ResultsStore store = ResultsStore.open(StoreLocation.folder(folder.resolve("db")),
                    StoreAccess.WRITE)) {
                result = new SurveyImports().run(tried.build(), store, progress.split(RUN_WORK));
            } catch (SQLException e) {
                throw new SurveyImportException(SurveyImportException.Reason.DATABASE, request.file(), e.getMessage(),
                        null, e.getMessage(), e);
            }
            ColumnMapping mapping = request.mapping() != null ? request.mapping() : matched[0];
            if (mapping == null && request.mappingFile() != null) {
                try {
                    mapping = ColumnMapping.load(request.mappingFile());
                } catch (IOException e) {
                    throw new SurveyImportException(SurveyImportException.Reason.READ_FAILED, request.mappingFile(),
                            e.getMessage(), null, e.getMessage(), e);
                }
            }
            List<BadRow> bad = badRows(request, result.rejections(), progress.split(CELLS_WORK));
            return new ValidationReport(result.rowsRead(), result.rowsStored(), result.answersStored(),
                    result.rowsRejected(), bad, mapping);
        } finally {
            delete(folder);
        }
    }

    /** The rejections grouped by line, with each rejected line's cells read again from the file. */
    private static List<BadRow> badRows(SurveyImportRequest request, List<Rejection> rejections, SubMonitor monitor)
            throws SurveyImportException {
        Map<Long, List<Rejection>> byLine = new LinkedHashMap<>();
        for (Rejection rejection : rejections) {
            byLine.computeIfAbsent(rejection.line(), line -> new ArrayList<>()).add(rejection);
        }
        if (byLine.isEmpty()) {
            return List.of();
        }
        long last = byLine.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
        Map<Long, List<String>> cells = new HashMap<>();
        try (SurveyReader reader = SurveyReaders.open(request.file(), SurveyImports.sniffer(request))) {
            List<String> headers = reader.headers();
            monitor.setWorkRemaining((int) Math.min(Integer.MAX_VALUE, last / 1000 + 1));
            long count = 0;
            for (SurveyRow row : reader) {
                if (byLine.containsKey(row.lineNumber())) {
                    cells.put(row.lineNumber(), ImportPreview.cells(row, headers));
                }
                if (++count % 1000 == 0) {
                    monitor.split(1);
                }
                if (row.lineNumber() >= last) {
                    break;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new SurveyImportException(SurveyImportException.Reason.READ_FAILED, request.file(), e.getMessage(),
                    null, "cannot read " + request.file() + ": " + e.getMessage(), e);
        }
        List<BadRow> rows = new ArrayList<>();
        byLine.forEach((line, problems) -> rows.add(new BadRow(line, problems, cells.getOrDefault(line, List.of()))));
        return rows;
    }

    private static void delete(Path folder) {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a temporary folder that cannot be deleted is left to the system's cleaning of its temporary files;
            // the validation's outcome does not depend on it
            System.getLogger(ImportValidation.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot delete the validation's temporary store " + folder + ": " + e.getMessage());
        }
    }
}
