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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cxworkbench.imports.DateOrder;
import org.cxworkbench.imports.MessageText;
import org.cxworkbench.imports.SurveyReader;
import org.cxworkbench.imports.SurveyRow;
import org.cxworkbench.metrics.AnswerValues;
import org.cxworkbench.metrics.FollowUpRules;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.store.internal.AnswerSummary;
import org.cxworkbench.store.internal.BulkRowStore;
import org.cxworkbench.store.internal.FollowUpCreation;
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

    /** The file has no row after its header: nothing is recorded, not even an empty batch. */
    private static final class NoRows extends SQLException {
        private static final long serialVersionUID = 1L;

        NoRows() {
            super("the file has no rows");
        }
    }

    /** The same content was committed by another connection while this import waited to record its batch. */
    private static final class ImportedMeanwhile extends SQLException {
        private static final long serialVersionUID = 1L;

        ImportedMeanwhile(SQLException cause) {
            super("the same file content was imported by another connection meanwhile", cause.getSQLState(),
                    cause);
        }
    }

    /** The source of an import that names none: one survey per journey, whatever its files are called. */
    public static final String DEFAULT_SOURCE = "default";
    /** The longest source name. */
    public static final int MAX_SOURCE = 200;
    /** Comments longer than this are not stored cut: their row is rejected ({@code answers.value_text}). */
    public static final int MAX_COMMENT = 32_000;

    private final Connection connection;
    private final String journeyId;
    private final Map<String, MeasurementPointSpec> points;
    private String source = DEFAULT_SOURCE;
    private int rejectionLimit = 100;
    private ImportProgress progress = ImportProgress.NONE;
    /** null: decided by where the database runs */
    private Boolean spooled;
    /** null: the reader's, when the rows come from one */
    private DateOrder dateOrder;

    /**
     * @param connection a connection to a store at {@link Schema#CURRENT_VERSION}; its auto-commit is switched off
     *                   during the import and restored afterwards
     * @param points     the journey's measurement points by id
     */
    public Importer(Connection connection, Map<String, MeasurementPointSpec> points) {
        this(connection, "", points);
    }

    /**
     * @param connection a connection to a store at {@link Schema#CURRENT_VERSION}; its auto-commit is switched off
     *                   during the import and restored afterwards
     * @param journeyId  the journey's id: respondents of different journeys are never the same respondent
     * @param points     the journey's measurement points by id
     */
    public Importer(Connection connection, String journeyId, Map<String, MeasurementPointSpec> points) {
        this.connection = connection;
        this.journeyId = journeyId == null ? "" : journeyId;
        this.points = Map.copyOf(points);
    }

    /**
     * The source the file comes from: a survey, a tool, a channel's feedback. Respondent ids mean something only
     * within their journey and source, so ids of two sources are two respondents, unless a column of the file is
     * mapped as {@link ColumnMapping#PERSON}. The default, {@value #DEFAULT_SOURCE}, suits one survey per journey:
     * its weekly cumulative exports (whatever their file names) are one source, and the answers they repeat are not
     * stored again.
     *
     * @throws IllegalArgumentException for a blank name, one longer than {@value #MAX_SOURCE} characters, or one
     *         with control characters
     */
    public Importer source(String name) {
        this.source = checkSource(name);
        return this;
    }

    /**
     * A source name as {@link #source(String)} takes it, stripped.
     *
     * @throws IllegalArgumentException for a name it refuses, saying why
     */
    public static String checkSource(String name) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_SOURCE
                || name.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(NLS.bind(Messages.Import_badSource, name,
                    String.valueOf(MAX_SOURCE)));
        }
        return name.strip();
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

    /**
     * Whether the file's slash dates ({@code 01/02/2026}) are day-first or month-first. By default the order the
     * {@link SurveyReader} whose rows are imported found (given, shown by the file or implied by its dialect), else the
     * first date of the file that shows it; an ambiguous date before that is rejected, never guessed.
     */
    public Importer dateOrder(DateOrder order) {
        this.dateOrder = order;
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
                        Duration.between(start, Instant.now()), 0);
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
            return new ImportResult(other.get(), true, 0, 0, 0, 0, List.of(), Duration.between(start, Instant.now()),
                    0);
        } catch (NoRows e) {
            connection.rollback();
            return new ImportResult(0, false, 0, 0, 0, 0, List.of(), Duration.between(start, Instant.now()), 0);
        } catch (SQLException | RuntimeException e) {
            if (e instanceof ImportCancelledException || progress.cancelled()) {
                // asked for: the store stays as it was, without a failed batch; the spool is gone with the run
                failure = e;
                try {
                    connection.rollback();
                } catch (SQLException closed) {
                    e.addSuppressed(closed);
                }
                ImportCancelledException cancelled = e instanceof ImportCancelledException c ? c
                        : new ImportCancelledException();
                if (cancelled != e) {
                    cancelled.addSuppressed(e);
                }
                throw cancelled;
            }
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
                + " content_hash, mapping, started_at, finished_at, state, failure, imported_by) values (?, ?, ?, ?,"
                + " ?, 'failed', ?, current_user)")) {
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
        private long alreadyStored;
        private int sourceScope;
        /** the journey's persons, when the mapping has a person column */
        private int personScope;
        private final List<Rejection> first = new ArrayList<>();
        /** The points and months of the answers a forced import deleted, per point. */
        private Map<String, AnswerSummary.Span> replacedSpans = Map.of();
        private int pendingRows;
        private RowStore store;
        /** reads this file's times; one per file, because the file's order of day and month is decided once */
        private Times times;
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
            times = Times.forFile(dateOrder != null ? dateOrder
                    : rows instanceof SurveyReader reader ? reader.dateOrder().orElse(null) : null);
            waitForOtherImports();
            if (force) {
                replaceEarlierImports();
            }
            if (DEFAULT_SOURCE.equals(source)) {
                adoptEarlierImports();
            }
            sourceScope = scope(source);
            // before the reading, which may run on a thread of its own while this connection loads respondents
            if (mapping.column(ColumnMapping.PERSON).isPresent()) {
                personScope = scope("");
            }
            batchId = insertBatch();
            claim();
            try (RowStore rowStore = spooling()
                    ? new BulkRowStore(connection, batchId, fileName, written -> {
                        progress.storing(written, answers);
                        stopWhenCancelled();
                    })
                    : new JdbcRowStore(connection, batchId, fileName)) {
                store = rowStore;
                rowStore.store(() -> {
                    for (SurveyRow row : rows) {
                        read++;
                        importRow(row);
                        if (++pendingRows >= BATCH_SIZE) {
                            pendingRows = 0;
                            progress.rows(read, stored, rejected);
                            stopWhenCancelled();
                        }
                    }
                    progress.rows(read, stored, rejected);
                    stopWhenCancelled();
                });
            }
            stopWhenCancelled();
            if (read == 0) {
                throw new NoRows();
            }
            // the summary scoring reads, in the same transaction: the replaced batches' months and this batch's
            Map<String, AnswerSummary.Span> changed = new LinkedHashMap<>(replacedSpans);
            AnswerSummary.spansOf(connection, List.of(batchId)).forEach((point, span) -> changed.merge(point, span,
                    AnswerSummary.Span::merge));
            AnswerSummary.refresh(connection, changed.values(), this::stopWhenCancelled);
            // closing the loop: the rules' follow-ups of this batch's answers, in the same transaction
            FollowUpCreation.create(connection, batchId, contentHash, FollowUpCreation.triggers(points.values().stream()
                    .map(p -> new String[] {p.id(), p.metricId()}).toList(), MetricRegistry.getDefault(),
                    FollowUpRules.all()));
            try (PreparedStatement finish = connection.prepareStatement("update import_batches set finished_at = ?,"
                    + " rows_stored = ?, rows_rejected = ?, rows_already_stored = ?, state = 'done' where id = ?")) {
                finish.setTimestamp(1, Timestamp.from(Instant.now()));
                finish.setLong(2, stored);
                finish.setLong(3, rejected);
                finish.setLong(4, alreadyStored);
                finish.setLong(5, batchId);
                finish.executeUpdate();
            }
            return new ImportResult(batchId, false, read, stored, answers, rejected, List.copyOf(first),
                    Duration.between(start, Instant.now()), alreadyStored);
        }

        private void stopWhenCancelled() {
            if (progress.cancelled()) {
                throw new ImportCancelledException();
            }
        }

        /** The scope of this journey's {@code source} ('' for its persons), made when it is new. */
        private int scope(String name) throws SQLException {
            try (PreparedStatement st = connection.prepareStatement(
                    "select id from respondent_scopes where journey_id = ? and source = ?")) {
                st.setString(1, journeyId);
                st.setString(2, name);
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next()) {
                        return rs.getInt(1);
                    }
                }
            }
            try (PreparedStatement st = connection.prepareStatement("insert into respondent_scopes (journey_id,"
                    + " source) values (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                st.setString(1, journeyId);
                st.setString(2, name);
                st.executeUpdate();
                try (ResultSet keys = st.getGeneratedKeys()) {
                    keys.next();
                    return keys.getInt(1);
                }
            }
        }

        /**
         * Rows imported before the store knew journeys (schema step 4) have scopes without a journey, one per group
         * of batches that share measurement points. The first import into the default source of a journey whose
         * points such a group answered makes it that journey's default source, so its respondents are found again
         * and its answers are not stored twice. Only when the journey has no default source yet; a second group
         * of the same journey (files that shared no point) stays apart.
         */
        private void adoptEarlierImports() throws SQLException {
            if (points.isEmpty()) {
                return;
            }
            try (Statement st = connection.createStatement();
                    ResultSet rs = st.executeQuery("select 1 from respondent_scopes where journey_id is null"
                            + " fetch first row only")) {
                if (!rs.next()) {
                    return;
                }
            }
            try (PreparedStatement st = connection.prepareStatement(
                    "select 1 from respondent_scopes where journey_id = ? and source = ?")) {
                st.setString(1, journeyId);
                st.setString(2, DEFAULT_SOURCE);
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next()) {
                        return;
                    }
                }
            }
            String marks = String.join(", ", java.util.Collections.nCopies(points.size(), "?"));
            try (PreparedStatement st = connection.prepareStatement("select min(s.id) from respondent_scopes s"
                    + " where s.journey_id is null and exists (select 1 from import_batches b, answers a"
                    + " where b.scope_id = s.id and a.batch_id = b.id and a.measurement_point_id in (" + marks
                    + "))")) {
                int i = 1;
                for (String point : points.keySet()) {
                    st.setString(i++, point);
                }
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    int legacy = rs.getInt(1);
                    if (rs.wasNull()) {
                        return;
                    }
                    try (PreparedStatement adopt = connection.prepareStatement(
                            "update respondent_scopes set journey_id = ? where id = ?");
                            PreparedStatement batches = connection.prepareStatement(
                                    "update import_batches set journey_id = ? where scope_id = ?")) {
                        adopt.setString(1, journeyId);
                        adopt.setInt(2, legacy);
                        adopt.executeUpdate();
                        batches.setString(1, journeyId);
                        batches.setInt(2, legacy);
                        batches.executeUpdate();
                    }
                }
            }
        }

        private long insertBatch() throws SQLException {
            try (PreparedStatement st = connection.prepareStatement("insert into import_batches (file_name,"
                    + " content_hash, mapping, started_at, state, journey_id, source, scope_id, imported_by)"
                    + " values (?, ?, ?, ?, 'running', ?, ?, ?, current_user)", Statement.RETURN_GENERATED_KEYS)) {
                st.setString(1, fileName);
                st.setString(2, contentHash);
                st.setString(3, mapping.format());
                st.setTimestamp(4, Timestamp.from(start));
                st.setString(5, journeyId);
                st.setString(6, source);
                st.setInt(7, sourceScope);
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
            // what the summary must recount once the answers are gone (after the rows of this import are stored)
            replacedSpans = AnswerSummary.spansOf(connection, earlier);
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
            if (row.problem() != null) {
                // the reader found the row malformed (more cells than the header, a NUL): its cells cannot be trusted
                reject(List.of(new Rejection(row.lineNumber(), row.problem().column(), row.problem().cell(),
                        row.problem().reason())));
                return;
            }
            List<Rejection> problems = new ArrayList<>();
            // who answered: a person id (the journey's persons, across its sources) when the file has one, else
            // the respondent id of this source
            String respondent = null;
            boolean person = false;
            Optional<String> personColumn = mapping.column(ColumnMapping.PERSON);
            Optional<String> personId = personColumn.flatMap(row::value).map(String::strip);
            Optional<String> respondentColumn = mapping.column(ColumnMapping.RESPONDENT);
            if (personId.isPresent()) {
                if (personId.get().length() > 200) {
                    problems.add(new Rejection(row.lineNumber(), personColumn.get(), personId.get(),
                            Messages.Import_personTooLong));
                } else {
                    respondent = personId.get();
                    person = true;
                }
            } else if (respondentColumn.isPresent()) {
                Optional<String> id = row.value(respondentColumn.get());
                if (id.isEmpty()) {
                    problems.add(new Rejection(row.lineNumber(), respondentColumn.get(), null,
                            Messages.Import_respondentMissing));
                } else if (id.get().strip().length() > 200) {
                    problems.add(new Rejection(row.lineNumber(), respondentColumn.get(), id.get(),
                            Messages.Import_respondentTooLong));
                } else {
                    respondent = id.get().strip();
                }
            }
            String key = null;
            boolean earlier = false;
            int scope = sourceScope;
            if (respondent != null) {
                if (person) {
                    scope = personScope;
                }
                Optional<RowStore.Known> known = store.looksUp() ? store.find(scope, respondent)
                        : Optional.empty();
                if (known.isPresent()) {
                    key = known.get().key();
                    earlier = known.get().batchId() != batchId;
                } else if (!person && !store.keyTaken(respondent)) {
                    key = respondent;
                } else {
                    key = scopedKey(person, scope, respondent);
                }
                if ((known.isPresent() && !earlier) || store.isDuplicate(key)) {
                    String column = person ? personColumn.get() : respondentColumn.get();
                    problems.add(new Rejection(row.lineNumber(), column, row.value(column).orElse(respondent),
                            NLS.bind(Messages.Import_duplicateRespondent, respondent)));
                    key = null;
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
                        time = times.read(text.get());
                    } catch (IllegalArgumentException e) {
                        problems.add(new Rejection(row.lineNumber(), timeColumn.get(), text.get(), e.getMessage()));
                    }
                }
            }
            double weight = 1;
            Optional<String> weightColumn = mapping.column(ColumnMapping.WEIGHT);
            if (weightColumn.isPresent()) {
                // the one rule for weights, shared with scoring a file: blank is 1, else a number above 0
                String text = row.value(weightColumn.get()).orElse(null);
                try {
                    weight = AnswerValues.weight(text);
                } catch (IllegalArgumentException e) {
                    problems.add(new Rejection(row.lineNumber(), weightColumn.get(), text, e.getMessage()));
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
                if (comment != null && comment.length() > MAX_COMMENT) {
                    String column = commentColumnOf(row, pointId);
                    problems.add(new Rejection(row.lineNumber(), column, comment.substring(0, 200) + "\u2026",
                            NLS.bind(Messages.Import_commentTooLong, String.valueOf(comment.length()),
                                    String.valueOf(MAX_COMMENT))));
                    continue;
                }
                values.add(new RowStore.Answer(pointId, value, comment));
            }
            if (problems.isEmpty() && values.isEmpty()) {
                problems.add(new Rejection(row.lineNumber(), null, null, Messages.Import_noAnswer));
            }
            if (!problems.isEmpty()) {
                reject(problems);
                return;
            }
            if (earlier) {
                // an answer this source stored before (same respondent, point and time): a cumulative export
                // repeats the rows of the earlier one
                java.util.Set<RowStore.PointTime> before = store.storedAnswers(key, sourceScope);
                if (!before.isEmpty()) {
                    LocalDateTime at = time;
                    values.removeIf(answer -> before.contains(new RowStore.PointTime(answer.pointId(), at)));
                    if (values.isEmpty()) {
                        alreadyStored++;
                        return;
                    }
                }
            }
            boolean fromFile = key != null;
            if (key == null) {
                key = "batch-" + batchId + "-line-" + row.lineNumber();
            }
            store.accept(new RowStore.AcceptedRow(key, fromFile, !earlier, scope, respondent,
                    cell(row, ColumnMapping.SEGMENT, 200), cell(row, ColumnMapping.ACCOUNT, 200),
                    cell(row, ColumnMapping.CONTACT, 400), time, cell(row, ColumnMapping.CHANNEL, 200),
                    cell(row, ColumnMapping.LANGUAGE, 16), weight, row.lineNumber(), values));
            answers += values.size();
            stored++;
        }

        private String commentColumnOf(SurveyRow row, String pointId) {
            for (String column : commentColumns.getOrDefault(pointId, List.of())) {
                if (row.value(column).isPresent()) {
                    return column;
                }
            }
            return null;
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
                    // what is shown (and printed) quotes the cell in a line's length; the stored row keeps it whole
                    first.add(new Rejection(problem.line(), MessageText.cut(problem.column()),
                            MessageText.cut(problem.raw()), MessageText.cut(problem.reason(), 2 * MessageText.MAX_PIECE)));
                }
            }
        }
    }

    /**
     * The key of a respondent whose id is another respondent's key already (another source or journey had the id
     * first), or of a person: made from the scope and the id, or the id's SHA-256 when that would be too long.
     */
    static String scopedKey(boolean person, int scope, String id) {
        String prefix = (person ? "p" : "") + scope;
        if (prefix.length() + 1 + id.length() <= 200) {
            return prefix + ":" + id;
        }
        try {
            return prefix + "#" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                    id.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
