package org.cxworkbench.services.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.JourneyLoadException;
import org.cxworkbench.imports.Sniffer;
import org.cxworkbench.imports.SurveyReader;
import org.cxworkbench.imports.SurveyReaders;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.services.store.ResultsStore;
import org.cxworkbench.services.store.StoreAccess;
import org.cxworkbench.services.store.StoreException;
import org.cxworkbench.store.ColumnMapping;
import org.cxworkbench.store.ImportCancelledException;
import org.cxworkbench.store.ImportProgress;
import org.cxworkbench.store.ImportResult;
import org.cxworkbench.store.Importer;
import org.cxworkbench.store.MappingSuggestion;
import org.cxworkbench.store.MeasurementPointSpec;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Imports one survey export into a results store as one batch: the file is checked and hashed, its columns mapped
 * (a saved mapping, or matched from the headers), the store opened for writing (which migrates it) and the rows read,
 * checked and stored in one transaction.
 *
 * <p>Progress is reported to the {@link IProgressMonitor} in {@link #TOTAL_WORK} units: {@link #PREPARE_WORK} for
 * hashing the file and opening the store, {@link #READ_WORK} for reading the rows (the number of rows is not known
 * ahead, so each thousand rows takes a share of what is left) and {@link #STORE_WORK} for Derby's loading of the
 * answers (known). Cancelling the monitor stops the import at the next thousand rows or loaded batch: the
 * transaction is rolled back, no batch is recorded, the temporary spool files are deleted and
 * {@link OperationCanceledException} is thrown.
 */
public final class SurveyImports {

    public static final int PREPARE_WORK = 10;
    public static final int READ_WORK = 60;
    public static final int STORE_WORK = 30;
    public static final int TOTAL_WORK = PREPARE_WORK + READ_WORK + STORE_WORK;

    /**
     * Imports into the store the request names, opened for writing and closed at the end.
     *
     * @throws StoreException          when the store cannot be opened or migrated
     * @throws SurveyImportException   when the file, journey, mapping or the store's work fails
     * @throws OperationCanceledException when the monitor was cancelled; the store is as it was
     */
    public SurveyImportResult run(SurveyImportRequest request, IProgressMonitor monitor)
            throws SurveyImportException, StoreException {
        if (request.store() == null) {
            throw new IllegalArgumentException("the request names no store; give run an open one");
        }
        return run(request, null, monitor);
    }

    /**
     * Imports into an open store, which stays open.
     *
     * @param store a store opened with {@link StoreAccess#WRITE}
     */
    public SurveyImportResult run(SurveyImportRequest request, ResultsStore store, IProgressMonitor monitor)
            throws SurveyImportException, StoreException {
        if (store != null && store.access() != StoreAccess.WRITE) {
            throw new IllegalArgumentException("an import needs a store opened for writing");
        }
        Path file = request.file();
        String name = file.getFileName().toString();
        SubMonitor progress = SubMonitor.convert(monitor, "Importing " + name, TOTAL_WORK);
        SubMonitor preparing = progress.split(PREPARE_WORK);
        preparing.setWorkRemaining(3);
        if (!Files.isReadable(file) || Files.isDirectory(file)) {
            throw new SurveyImportException(SurveyImportException.Reason.CANNOT_READ, file, null, null,
                    "cannot read " + file, null);
        }
        Journey journey = journey(request);
        Map<String, MeasurementPointSpec> points = MeasurementPointSpec.of(journey, request.metrics());
        String hash;
        try {
            hash = Importer.contentHash(file);
        } catch (IOException e) {
            throw readFailed(file, e);
        }
        preparing.split(1);
        Sniffer sniffer = sniffer(request);
        ResultsStore opened = null;
        try (SurveyReader reader = SurveyReaders.open(file, sniffer)) {
            if (store == null) {
                opened = ResultsStore.open(request.store(), request.user(), request.password(), StoreAccess.WRITE);
            }
            ResultsStore target = store != null ? store : opened;
            preparing.split(1);
            ColumnMapping mapping = mapping(request, reader.headers(), journey);
            if (request.saveMappingTo() != null) {
                mapping.save(request.saveMappingTo());
                request.listener().mappingSaved(request.saveMappingTo());
            }
            preparing.split(1);
            Work work = new Work(progress.newChild(READ_WORK + STORE_WORK), progress, request.listener());
            Importer importer = new Importer(target.connection(), journey.getId(), points)
                    .rejectionLimit(request.rejectionLimit()).source(request.source()).progress(work);
            ImportResult result;
            try {
                result = importer.run(name, hash, mapping, reader, request.force());
            } catch (ImportCancelledException e) {
                OperationCanceledException cancelled = new OperationCanceledException();
                cancelled.initCause(e);
                throw cancelled;
            }
            progress.setWorkRemaining(0);
            return SurveyImportResult.of(name, result);
        } catch (IOException | UncheckedIOException e) {
            throw readFailed(file, e);
        } catch (IllegalArgumentException e) {
            throw new SurveyImportException(SurveyImportException.Reason.PROBLEM, file, e.getMessage(), null,
                    e.getMessage(), e);
        } catch (SQLException e) {
            throw new SurveyImportException(SurveyImportException.Reason.DATABASE, file, e.getMessage(), null,
                    e.getMessage(), e);
        } finally {
            if (opened != null) {
                try {
                    opened.close();
                } catch (SQLException e) {
                    // a store that fails to close after a good import: the import is committed; say so anyway
                    throw new SurveyImportException(SurveyImportException.Reason.DATABASE, file, e.getMessage(),
                            null, e.getMessage(), e);
                }
            }
        }
    }

    private static SurveyImportException readFailed(Path file, Exception e) {
        return new SurveyImportException(SurveyImportException.Reason.READ_FAILED, file, e.getMessage(), null,
                "cannot read " + file + ": " + e.getMessage(), e);
    }

    private static Journey journey(SurveyImportRequest request) throws SurveyImportException {
        if (request.journey() != null) {
            return request.journey();
        }
        try {
            return JourneyFiles.load(request.journeyFile()).journey();
        } catch (JourneyLoadException e) {
            throw new SurveyImportException(SurveyImportException.Reason.JOURNEY, request.journeyFile(), null, null,
                    e.getMessage(), e);
        }
    }

    static Sniffer sniffer(SurveyImportRequest request) {
        Sniffer sniffer = new Sniffer();
        if (request.dialect() != null) {
            sniffer.dialect(request.dialect());
        }
        if (request.encoding() != null) {
            sniffer.charset(request.encoding());
        }
        if (request.separator() != null) {
            sniffer.separator(request.separator());
        }
        if (request.dateOrder() != null) {
            sniffer.dateOrder(request.dateOrder());
        }
        if (request.decimalMark() != null) {
            sniffer.decimalMark(request.decimalMark());
        }
        return sniffer;
    }

    /** The mapping given, the saved one (every column it names must be in the file), or one matched. */
    private static ColumnMapping mapping(SurveyImportRequest request, List<String> headers, Journey journey)
            throws IOException, SurveyImportException {
        if (request.mapping() != null || request.mappingFile() != null) {
            ColumnMapping mapping = request.mapping() != null ? request.mapping()
                    : ColumnMapping.load(request.mappingFile());
            List<String> missing = new ArrayList<>();
            for (String column : mapping.answers().keySet()) {
                if (!headers.contains(column)) {
                    missing.add(column);
                }
            }
            mapping.comments().keySet().stream().filter(c -> !headers.contains(c)).forEach(missing::add);
            mapping.roles().values().stream().filter(c -> !headers.contains(c)).forEach(missing::add);
            if (!missing.isEmpty()) {
                throw new SurveyImportException(SurveyImportException.Reason.MAPPING_COLUMNS, request.mappingFile(),
                        null, missing, "the mapping names columns the file does not have: " + missing, null);
            }
            return mapping;
        }
        MappingSuggestion suggestion = MappingSuggestion.suggest(headers, journey);
        if (suggestion.mapping().answers().isEmpty()) {
            throw new SurveyImportException(SurveyImportException.Reason.NO_MATCH, request.file(), null, headers,
                    "no column matches a measurement point of the journey: " + headers, null);
        }
        request.listener().matched(suggestion);
        return suggestion.mapping();
    }

    /**
     * The importer's progress as work units and the listener's calls; asks the monitor whether to stop. The importer
     * may call from its reading thread and from Derby's loading at once, so the monitor is used one call at a time.
     */
    private static final class Work implements ImportProgress {

        /** Units of the reading and of the storing, in the child monitor's finer scale. */
        private static final int READ_UNITS = READ_WORK * 100;
        private static final int STORE_UNITS = STORE_WORK * 100;
        /** The share of the reading's remaining units each thousand rows takes: a bar that slows but never stops. */
        private static final int READING_SLICES = 50;

        private final SubMonitor monitor;
        private final IProgressMonitor cancel;
        private final SurveyImportListener listener;
        private long lastRead;
        private int readUsed;
        private int storeUsed;

        Work(SubMonitor monitor, IProgressMonitor cancel, SurveyImportListener listener) {
            this.monitor = monitor.setWorkRemaining(READ_UNITS + STORE_UNITS);
            this.cancel = cancel;
            this.listener = listener;
        }

        @Override
        public void rows(long read, long stored, long rejected) {
            synchronized (this) {
                if (read > lastRead && storeUsed == 0) {
                    lastRead = read;
                    int step = Math.max(1, (READ_UNITS - readUsed) / READING_SLICES);
                    if (readUsed + step < READ_UNITS) {
                        readUsed += step;
                        monitor.worked(step);
                    }
                }
            }
            listener.rows(read, stored, rejected);
        }

        @Override
        public void storing(long written, long total) {
            synchronized (this) {
                if (readUsed < READ_UNITS) {
                    monitor.worked(READ_UNITS - readUsed);
                    readUsed = READ_UNITS;
                }
                int units = total <= 0 ? STORE_UNITS : (int) Math.min(STORE_UNITS, written * STORE_UNITS / total);
                if (units > storeUsed) {
                    monitor.worked(units - storeUsed);
                    storeUsed = units;
                }
            }
            listener.storing(written, total);
        }

        @Override
        public boolean cancelled() {
            return cancel.isCanceled();
        }
    }
}
