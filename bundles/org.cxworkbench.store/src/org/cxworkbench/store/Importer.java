package org.cxworkbench.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cxworkbench.imports.SurveyRow;
import org.cxworkbench.store.internal.BulkRowStore;
import org.cxworkbench.store.internal.JdbcRowStore;
import org.cxworkbench.store.internal.Messages;
import org.cxworkbench.store.internal.RowStore;
import org.cxworkbench.store.internal.Times;
import org.eclipse.osgi.util.NLS;

/**
 * Imports the rows of one export file into the store as one batch.
 *
 * <p>The whole file is one transaction: the batch row, its respondents, answers and rejected rows are committed
 * together at the end or not at all, so a crash, a kill or a failure half-way leaves the store as it was. Rows are
 * read and checked as they come, so memory does not grow with the file. Into a database in this Java process the
 * accepted rows are spooled to temporary files and loaded by Derby, one statement per table ({@link BulkRowStore}:
 * Derby's bulk insert into a new store, while the file is still being read); through a network server they are
 * sent in JDBC batches ({@link JdbcRowStore}). Derby keeps the uncommitted rows on disk either way.
 *
 * <p>A file is known by the SHA-256 of its content: importing the same content again is a no-op unless forced, and
 * a forced import replaces the answers of the earlier import instead of counting them twice. This holds for imports
 * started at the same time too (clients of one network server): imports into one database run one after the
 * other (the next waits for the commit of the one under way, up to Derby's lock timeout), and each content has one
 * row in {@code import_claims} naming its batch in force, so the second of two imports of the same file finds it
 * imported and does nothing.
 *
 * <p>Each row is checked before anything of it is written: every answer cell by its measurement point (answer
 * type and scale), the time, the weight, the respondent id (present when mapped, not twice in the file), and that
 * the row answers something. A row with any problem is rejected whole, with one {@link Rejection} per problem.
 */
public final class Importer {

    /** Rows read between two progress reports. */
    public static final int BATCH_SIZE = 1000;

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String LOCK_TIMEOUT = "40XL1";
    private static final String DEADLOCK = "40001";

    /** The same content was committed by another connection while this import waited to record its batch. */
    private static final class ImportedMeanwhile extends SQLException {
        private static final long serialVersionUID = 1L;

        ImportedMeanwhile(SQLException cause) {
            super("the same file content was imported by another connection meanwhile", cause.getSQLState(),
                    cause);
        }
    }

    private final Connection connection;
    private final Map<String, MeasurementPointSpec> points;
    private int rejectionLimit = 100;
    private ImportProgress progress = ImportProgress.NONE;
    /** null: decided by where the database runs */
    private Boolean spooled;

    /**
     * @param connection a connection to a store at {@link Schema#CURRENT_VERSION}; its auto-commit is switched off
     *                   during the import and restored afterwards
     * @param points     the journey's measurement points by id
     */
    public Importer(Connection connection, Map<String, MeasurementPointSpec> points) {
        this.connection = connection;
        this.points = Map.copyOf(points);
    }

    /** How many rejections the result lists (all are stored in the database). */
    public Importer rejectionLimit(int limit) {
        this.rejectionLimit = limit;
        return this;
    }

    public Importer progress(ImportProgress listener) {
        this.progress = listener;
        return this;
    }

    /**
     * Whether the accepted rows are spooled and loaded by Derby at the end ({@code true}) or sent in JDBC batches as
     * they come ({@code false}). By default they are spooled when the database runs in this Java process (an
     * embedded database), and sent when it is reached through a network server; spooling needs the former.
     */
    public Importer spooled(boolean spool) {
        this.spooled = spool;
        return this;
    }

    private boolean spooling() throws SQLException {
        return spooled != null ? spooled : !connection.getMetaData().getURL().startsWith("jdbc:derby://");
    }

    /** The SHA-256 of a file's content, in lower-case hex: how the store recognizes a file imported before. */
    public static String contentHash(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The batch that imported content with this hash and is still in force, if any. */
    public Optional<Long> importedBefore(String contentHash) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "select max(id) from import_batches where content_hash = ? and state = 'done'")) {
            st.setString(1, contentHash);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                long id = rs.getLong(1);
                return rs.wasNull() ? Optional.empty() : Optional.of(id);
            }
        }
    }

    /**
     * Imports {@code rows} as one batch.
     *
     * @param fileName    the file's name as recorded with the batch and every answer
     * @param contentHash the file's {@link #contentHash(Path)}
     * @param force       import even when the same content was imported before (its answers are replaced)
     * @throws IllegalArgumentException when the mapping names a measurement point the journey does not have;
     *         nothing is written then
     * @throws SQLException when the store fails; the transaction is rolled back and the attempt recorded as a
     *         failed batch
     */
    public ImportResult run(String fileName, String contentHash, ColumnMapping mapping, Iterable<SurveyRow> rows,
            boolean force) throws SQLException {
        Instant start = Instant.now();
        for (Map.Entry<String, String> column : mapping.answers().entrySet()) {
            if (!points.containsKey(column.getValue())) {
                throw new IllegalArgumentException(NLS.bind(Messages.Import_unknownPoint, column.getKey(),
                        column.getValue()));
            }
        }
        for (Map.Entry<String, String> column : mapping.comments().entrySet()) {
            if (!mapping.answers().containsValue(column.getValue())) {
                throw new IllegalArgumentException(NLS.bind(Messages.Import_commentWithoutAnswer, column.getKey(),
                        column.getValue()));
            }
        }
        if (!force) {
            Optional<Long> before = importedBefore(contentHash);
            if (before.isPresent()) {
                return new ImportResult(before.get(), true, 0, 0, 0, 0, List.of(),
                        Duration.between(start, Instant.now()));
            }
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        Exception failure = null;
        try {
            ImportResult result = new Run(fileName, contentHash, mapping, start).execute(rows, force);
            connection.commit();
            return result;
        } catch (ImportedMeanwhile e) {
            // another connection committed the same content while this one waited for it: nothing to do
            connection.rollback();
            Optional<Long> other = importedBefore(contentHash);
            if (other.isEmpty()) {
                throw e;
            }
            return new ImportResult(other.get(), true, 0, 0, 0, 0, List.of(), Duration.between(start, Instant.now()));
        } catch (SQLException | RuntimeException e) {
            // After a failure of the disk (Derby's XSLA4, XSDG1) Derby has shut the database down and every call
            // fails with "No current connection": that must not hide the failure itself, so it is only added to it
            failure = e;
            try {
                connection.rollback();
            } catch (SQLException closed) {
                e.addSuppressed(closed);
            }
            recordFailure(fileName, contentHash, mapping, start, e);
            throw e;
        } finally {
            try {
                connection.setAutoCommit(autoCommit);
            } catch (SQLException e) {
                if (failure == null) {
                    throw e;
                }
                failure.addSuppressed(e);
            }
        }
    }

    /** Leaves a trace of a failed attempt, in a transaction of its own; the attempt's rows are gone already. */
    private void recordFailure(String fileName, String contentHash, ColumnMapping mapping, Instant start,
            Exception cause) {
        try (PreparedStatement st = connection.prepareStatement("insert into import_batches (file_name,"
                + " content_hash, mapping, started_at, finished_at, state, failure) values (?, ?, ?, ?, ?, 'failed',"
                + " ?)")) {
            st.setString(1, fileName);
            st.setString(2, contentHash);
            st.setString(3, mapping.format());
            st.setTimestamp(4, Timestamp.from(start));
            st.setTimestamp(5, Timestamp.from(Instant.now()));
            String message = String.valueOf(cause.getMessage());
            st.setString(6, message.length() > 2000 ? message.substring(0, 2000) : message);
            st.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            // the store is failing already; the caller reports the original failure, which matters more
            cause.addSuppressed(e);
        }
    }

    /** One import: the statements and counters of one batch. */
    private final class Run {

        private final String fileName;
        private final String contentHash;
        private final ColumnMapping mapping;
        private final Instant start;
        private long batchId;
        private long read;
        private long stored;
        private long answers;
        private long rejected;
        private final List<Rejection> first = new ArrayList<>();
        private int pendingRows;
        private RowStore store;
        /** the comment columns of each measurement point, in the mapping's order */
        private final Map<String, List<String>> commentColumns = new HashMap<>();

        Run(String fileName, String contentHash, ColumnMapping mapping, Instant start) {
            this.fileName = fileName;
            this.contentHash = contentHash;
            this.mapping = mapping;
            this.start = start;
            for (Map.Entry<String, String> column : mapping.comments().entrySet()) {
                commentColumns.computeIfAbsent(column.getValue(), point -> new ArrayList<>()).add(column.getKey());
            }
        }

        ImportResult execute(Iterable<SurveyRow> rows, boolean force) throws SQLException {
            waitForOtherImports();
            if (force) {
                replaceEarlierImports();
            }
            batchId = insertBatch();
            claim();
            try (RowStore rowStore = spooling()
                    ? new BulkRowStore(connection, batchId, fileName, written -> progress.storing(written, answers))
                    : new JdbcRowStore(connection, batchId, fileName)) {
                store = rowStore;
                rowStore.store(() -> {
                    for (SurveyRow row : rows) {
                        read++;
                        importRow(row);
                        if (++pendingRows >= BATCH_SIZE) {
                            pendingRows = 0;
                            progress.rows(read, stored, rejected);
                        }
                    }
                    progress.rows(read, stored, rejected);
                });
            }
            try (PreparedStatement finish = connection.prepareStatement("update import_batches set finished_at = ?,"
                    + " rows_stored = ?, rows_rejected = ?, state = 'done' where id = ?")) {
                finish.setTimestamp(1, Timestamp.from(Instant.now()));
                finish.setLong(2, stored);
                finish.setLong(3, rejected);
                finish.setLong(4, batchId);
                finish.executeUpdate();
            }
            return new ImportResult(batchId, false, read, stored, answers, rejected, List.copyOf(first),
                    Duration.between(start, Instant.now()));
        }

        private long insertBatch() throws SQLException {
            try (PreparedStatement st = connection.prepareStatement("insert into import_batches (file_name,"
                    + " content_hash, mapping, started_at, state) values (?, ?, ?, ?, 'running')",
                    Statement.RETURN_GENERATED_KEYS)) {
                st.setString(1, fileName);
                st.setString(2, contentHash);
                st.setString(3, mapping.format());
                st.setTimestamp(4, Timestamp.from(start));
                st.executeUpdate();
                try (ResultSet keys = st.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        }

        /**
         * Imports into one database run one after the other: concurrent imports of different files deadlocked or
         * timed out inside Derby (index scans waiting on each other's uncommitted rows, lock escalation), so each
         * import takes the claims table for itself first, and the next one waits for its commit, up to Derby's
         * lock timeout (derby.locks.waitTimeout, 60 s by default).
         */
        private void waitForOtherImports() throws SQLException {
            try (Statement st = connection.createStatement()) {
                st.execute("lock table import_claims in exclusive mode");
            } catch (SQLException e) {
                if (LOCK_TIMEOUT.equals(e.getSQLState()) || DEADLOCK.equals(e.getSQLState())) {
                    throw new SQLException("another import into this database is under way; try again when it has"
                            + " finished", e.getSQLState(), e);
                }
                throw e;
            }
        }

        /**
         * Makes this batch the one in force for its content. Another import of the same content that has not
         * committed yet holds the key: the insert waits for it, then fails as a duplicate when it committed.
         */
        private void claim() throws SQLException {
            try (PreparedStatement st = connection.prepareStatement(
                    "insert into import_claims (content_hash, batch_id) values (?, ?)")) {
                st.setString(1, contentHash);
                st.setLong(2, batchId);
                st.executeUpdate();
            } catch (SQLException e) {
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw new ImportedMeanwhile(e);
                }
                if (LOCK_TIMEOUT.equals(e.getSQLState()) || DEADLOCK.equals(e.getSQLState())) {
                    throw new SQLException("another import of the same file content is under way; try again when"
                            + " it has finished", e.getSQLState(), e);
                }
                throw e;
            }
        }

        /** A forced import replaces what the same content stored before, so no answer is counted twice. */
        private void replaceEarlierImports() throws SQLException {
            List<Long> earlier = new ArrayList<>();
            try (PreparedStatement st = connection.prepareStatement(
                    "select id from import_batches where content_hash = ? and state = 'done'")) {
                st.setString(1, contentHash);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        earlier.add(rs.getLong(1));
                    }
                }
            }
            try (PreparedStatement answersOf = connection.prepareStatement("delete from answers where batch_id = ?");
                    PreparedStatement rejectedOf = connection.prepareStatement(
                            "delete from rejected_rows where batch_id = ?");
                    PreparedStatement orphans = connection.prepareStatement("delete from respondents r where"
                            + " r.batch_id = ? and not exists (select 1 from answers a"
                            + " where a.respondent_key = r.respondent_key)");
                    PreparedStatement mark = connection.prepareStatement(
                            "update import_batches set state = 'replaced' where id = ?");
                    PreparedStatement unclaim = connection.prepareStatement(
                            "delete from import_claims where content_hash = ?")) {
                unclaim.setString(1, contentHash);
                unclaim.executeUpdate();
                for (long id : earlier) {
                    for (PreparedStatement st : List.of(answersOf, rejectedOf, orphans, mark)) {
                        st.setLong(1, id);
                        st.executeUpdate();
                    }
                }
            }
        }

        private void importRow(SurveyRow row) throws SQLException {
            List<Rejection> problems = new ArrayList<>();
            String respondent = null;
            Optional<String> respondentColumn = mapping.column(ColumnMapping.RESPONDENT);
            if (respondentColumn.isPresent()) {
                Optional<String> id = row.value(respondentColumn.get());
                if (id.isEmpty()) {
                    problems.add(new Rejection(row.lineNumber(), respondentColumn.get(), null,
                            Messages.Import_respondentMissing));
                } else if (id.get().strip().length() > 200) {
                    problems.add(new Rejection(row.lineNumber(), respondentColumn.get(), id.get(),
                            Messages.Import_respondentTooLong));
                } else if (store.isDuplicate(id.get().strip())) {
                    problems.add(new Rejection(row.lineNumber(), respondentColumn.get(), id.get(),
                            NLS.bind(Messages.Import_duplicateRespondent, id.get().strip())));
                } else {
                    respondent = id.get().strip();
                }
            }
            LocalDateTime time = null;
            Optional<String> timeColumn = mapping.column(ColumnMapping.TIME);
            if (timeColumn.isPresent()) {
                Optional<String> text = row.value(timeColumn.get());
                if (text.isEmpty()) {
                    problems.add(new Rejection(row.lineNumber(), timeColumn.get(), null, Messages.Import_timeMissing));
                } else {
                    try {
                        time = Times.parse(text.get());
                    } catch (IllegalArgumentException e) {
                        problems.add(new Rejection(row.lineNumber(), timeColumn.get(), text.get(), e.getMessage()));
                    }
                }
            }
            double weight = 1;
            Optional<String> weightColumn = mapping.column(ColumnMapping.WEIGHT);
            if (weightColumn.isPresent() && row.value(weightColumn.get()).isPresent()) {
                String text = row.value(weightColumn.get()).get();
                try {
                    weight = Double.parseDouble(text.strip().replace(',', '.'));
                    if (!(weight > 0) || Double.isInfinite(weight)) {
                        problems.add(new Rejection(row.lineNumber(), weightColumn.get(), text,
                                Messages.Import_weightNotPositive));
                    }
                } catch (NumberFormatException e) {
                    problems.add(new Rejection(row.lineNumber(), weightColumn.get(), text,
                            NLS.bind(Messages.Import_notANumber, text.strip())));
                }
            }
            List<RowStore.Answer> values = new ArrayList<>();
            // in the file's column order, so that a row's problems are reported left to right
            for (String header : row.values().keySet()) {
                String pointId = mapping.answers().get(header);
                if (pointId == null) {
                    continue;
                }
                Optional<String> cell = row.value(header);
                String comment = commentFor(row, pointId);
                if (cell.isEmpty() && comment == null) {
                    continue;
                }
                Double value = null;
                if (cell.isPresent()) {
                    try {
                        value = points.get(pointId).parser().parse(cell.get());
                    } catch (IllegalArgumentException e) {
                        problems.add(new Rejection(row.lineNumber(), header, cell.get(), e.getMessage()));
                        continue;
                    }
                }
                values.add(new RowStore.Answer(pointId, value, truncate(comment, 32000)));
            }
            if (problems.isEmpty() && values.isEmpty()) {
                problems.add(new Rejection(row.lineNumber(), null, null, Messages.Import_noAnswer));
            }
            if (!problems.isEmpty()) {
                reject(problems);
                return;
            }
            String key = respondent != null ? respondent : "batch-" + batchId + "-line-" + row.lineNumber();
            store.accept(new RowStore.AcceptedRow(key, respondent != null,
                    respondent == null || !store.existsFromEarlierBatch(), cell(row, ColumnMapping.SEGMENT, 200),
                    cell(row, ColumnMapping.ACCOUNT, 200), cell(row, ColumnMapping.CONTACT, 400), time,
                    cell(row, ColumnMapping.CHANNEL, 200), cell(row, ColumnMapping.LANGUAGE, 16), weight,
                    row.lineNumber(), values));
            answers += values.size();
            stored++;
        }

        private String commentFor(SurveyRow row, String pointId) {
            for (String column : commentColumns.getOrDefault(pointId, List.of())) {
                Optional<String> comment = row.value(column);
                if (comment.isPresent()) {
                    return comment.get().strip();
                }
            }
            return null;
        }

        private String cell(SurveyRow row, String role, int max) {
            return mapping.column(role).flatMap(row::value).map(String::strip).map(s -> truncate(s, max))
                    .orElse(null);
        }

        private void reject(List<Rejection> problems) throws SQLException {
            rejected++;
            for (Rejection problem : problems) {
                store.reject(problem.line(), truncate(problem.column(), 1000), truncate(problem.raw(), 32000),
                        truncate(problem.reason(), 2000));
                if (first.size() < rejectionLimit) {
                    first.add(problem);
                }
            }
        }
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
