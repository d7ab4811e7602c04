package org.cxworkbench.store.internal;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.derby.vti.VTITemplate;

/**
 * The rows one import accepted and the rows it rejected, written to temporary files while the export is read and
 * checked, and read back by Derby itself through the table functions {@link #respondents(String)},
 * {@link #answers(String)} and {@link #rejections(String)}, one {@code INSERT ... SELECT} per table. An insert whose
 * source is a table function is Derby's bulk insert: into an empty table it loads the heap and then builds each
 * index by sorting, as Derby's own import procedures do, instead of inserting into every index row by row.
 *
 * <p>The respondents can be read back while they are still being written ({@link #respondentsGrowing()}): Derby
 * then loads them while another thread reads the export, and waits for what that thread has not written yet.
 *
 * <p>A spool is found by a random token, and only while it is {@link #publish published} by the import that wrote
 * it, in the same Java process: the functions read nothing else, whoever calls them.
 */
public final class Spool implements Closeable {

    /** Answers read back between two calls of the storing listener. */
    private static final int REPORT_EVERY = 50_000;
    /** Respondents written between two points where a growing read may go on. */
    private static final int RELEASE_EVERY = 1_000;

    private static final Map<String, Spool> PUBLISHED = new ConcurrentHashMap<>();
    /** spool files are named {@code cxw-import-<process id>-<kind>-<random>.spool} */
    private static final String PREFIX = "cxw-import-";
    private static final Pattern LEFTOVER = Pattern.compile("cxw-import-([0-9]{1,18})-[a-z]+-.*\\.spool");
    /** big-endian, as {@link DataInputStream} reads them back */
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private final String token = UUID.randomUUID().toString();
    private final long batchId;
    private final String fileName;
    private final Output respondents;
    private final Output answers;
    private final Output rejections;
    /** measurement point ids by the number an answer is spooled with: a few, however many answers */
    private final List<String> pointIds = new ArrayList<>();
    private final Map<String, Integer> pointIndex = new HashMap<>();
    private RandomAccessFile keyReader;
    private boolean respondentsGrowing;
    private volatile boolean cancelled;
    private volatile LongConsumer storing = written -> {
    };

    /**
     * @param batchId  the batch every spooled row belongs to
     * @param fileName the export's name, recorded with every answer
     */
    public Spool(long batchId, String fileName) throws IOException {
        this.batchId = batchId;
        this.fileName = fileName;
        deleteLeftovers(Path.of(System.getProperty("java.io.tmpdir")));
        respondents = new Output("respondents");
        answers = new Output("answers");
        rejections = new Output("rejections");
    }

    /**
     * Deletes the spool files that imports killed before they could (kill -9, a crash): those of processes that no
     * longer run. The process id is in the name; a file that cannot be deleted is left for the next import.
     */
    static void deleteLeftovers(Path dir) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, PREFIX + "*.spool")) {
            for (Path file : files) {
                Matcher name = LEFTOVER.matcher(file.getFileName().toString());
                if (name.matches() && ProcessHandle.of(Long.parseLong(name.group(1))).isEmpty()) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException | RuntimeException e) {
            // nothing lost: the files are found again by the next import
        }
    }

    /**
     * Spools a respondent.
     *
     * @param insert false for a respondent the store knows from an earlier batch: spooled only so that its id can be
     *               {@link #keyAt(long) read back}
     * @return where its id is in the spool, for {@link #keyAt(long)}
     */
    public long respondent(String key, boolean insert, String segment, String account, String contact, int scopeId,
            String respondentId) throws IOException {
        checkNotCancelled();
        long offset = respondents.position;
        respondents.string(key);
        respondents.bool(insert);
        respondents.string(segment);
        respondents.string(account);
        respondents.string(contact);
        respondents.int4(scopeId);
        respondents.string(respondentId);
        if (++respondents.records % RELEASE_EVERY == 0) {
            respondents.release();
        }
        return offset;
    }

    public void answer(String pointId, String key, LocalDateTime time, String channel, Double value, String text,
            String language, double weight, long line) throws IOException {
        checkNotCancelled();
        Integer point = pointIndex.get(pointId);
        if (point == null) {
            point = pointIds.size();
            pointIds.add(pointId);
            pointIndex.put(pointId, point);
        }
        answers.int4(point);
        answers.string(key);
        answers.bool(time != null);
        if (time != null) {
            answers.long8(time.toEpochSecond(ZoneOffset.UTC));
            answers.int4(time.getNano());
        }
        answers.string(channel);
        answers.bool(value != null);
        if (value != null) {
            answers.double8(value);
        }
        answers.string(text);
        answers.string(language);
        answers.double8(weight);
        answers.long8(line);
    }

    public void rejection(long line, String column, String raw, String reason) throws IOException {
        checkNotCancelled();
        rejections.long8(line);
        rejections.string(column);
        rejections.string(raw);
        rejections.string(reason);
    }

    private void checkNotCancelled() {
        if (cancelled) {
            throw new CancellationException("the import was cancelled because the database failed");
        }
    }

    /** The respondent id spooled at {@code offset} (returned by {@link #respondent}). */
    public String keyAt(long offset) throws IOException {
        respondents.flush();
        if (keyReader == null) {
            keyReader = new RandomAccessFile(respondents.file.toFile(), "r");
        }
        keyReader.seek(offset);
        byte[] bytes = new byte[keyReader.readInt()];
        keyReader.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * Makes the spool readable by the table functions under {@link #token()} until it is closed.
     *
     * @param growing         whether the respondents may be read while they are still being written; otherwise the
     *                        writing must have {@link #endWriting() ended}
     * @param storingListener told how many answers Derby has read back, every {@value #REPORT_EVERY} and at the end
     */
    public void publish(boolean growing, LongConsumer storingListener) {
        respondentsGrowing = growing;
        storing = storingListener;
        PUBLISHED.put(token, this);
    }

    /** Every row is written: the files are complete, and a growing read of the respondents comes to its end. */
    public void endWriting() throws IOException {
        for (Output output : List.of(respondents, answers, rejections)) {
            output.end();
        }
    }

    /**
     * The writing failed: a growing read of the respondents fails too, with {@code cause}, instead of waiting for
     * rows that will not come.
     */
    public void failWriting(Throwable cause) {
        respondents.fail(cause);
    }

    /** The reading failed: the writer stops at its next row, with a {@link CancellationException}. */
    public void cancel() {
        cancelled = true;
    }

    public String token() {
        return token;
    }

    /** Withdraws the spool from the table functions and deletes its files. */
    @Override
    public void close() throws IOException {
        PUBLISHED.remove(token);
        try (Closeable a = respondents; Closeable b = answers; Closeable c = rejections; Closeable d = keyReader) {
            // closed by the try
        }
    }

    /**
     * Table function: the spooled respondents to insert.
     * {@code (respondent_key, batch_id, segment, account, contact, scope_id, respondent_id)}
     */
    public static ResultSet respondents(String token) throws SQLException {
        return new Respondents(published(token));
    }

    /**
     * Table function: the spooled answers.
     * {@code (measurement_point_id, respondent_key, answered_at, channel, value_num, value_text, language, weight,
     * batch_id, source_file, source_line)}
     */
    public static ResultSet answers(String token) throws SQLException {
        return new Answers(published(token));
    }

    /**
     * Table function: the spooled rejections.
     * {@code (batch_id, line_number, column_name, raw_text, reason)}
     */
    public static ResultSet rejections(String token) throws SQLException {
        return new Rejections(published(token));
    }

    private static Spool published(String token) throws SQLException {
        Spool spool = token == null ? null : PUBLISHED.get(token);
        if (spool == null) {
            throw new SQLException("no import spool " + token + " in this process", "38000");
        }
        return spool;
    }

    /**
     * A spool file being written, where the next record starts, and how far a growing read may go: up to the last
     * {@link #release() release}, until the writing {@link #end() ends} or {@link #fail(Throwable) fails}.
     */
    private static final class Output implements Closeable {
        final Path file;
        private final OutputStream out;
        /** written here first, and to the file when full: a record costs no call into a stream per field */
        private final byte[] buffer = new byte[1 << 16];
        private int used;
        long position;
        long records;
        private long released;
        private boolean ended;
        private Throwable failure;

        Output(String kind) throws IOException {
            file = Files.createTempFile(PREFIX + ProcessHandle.current().pid() + "-" + kind + "-", ".spool");
            out = Files.newOutputStream(file);
        }

        private void room(int bytes) throws IOException {
            if (used + bytes > buffer.length) {
                flush();
            }
        }

        void flush() throws IOException {
            out.write(buffer, 0, used);
            used = 0;
        }

        void bool(boolean value) throws IOException {
            room(1);
            buffer[used++] = (byte) (value ? 1 : 0);
            position += 1;
        }

        void int4(int value) throws IOException {
            room(4);
            INT.set(buffer, used, value);
            used += 4;
            position += 4;
        }

        void long8(long value) throws IOException {
            room(8);
            LONG.set(buffer, used, value);
            used += 8;
            position += 8;
        }

        void double8(double value) throws IOException {
            long8(Double.doubleToRawLongBits(value));
        }

        void string(String text) throws IOException {
            if (text == null) {
                int4(-1);
                return;
            }
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            int4(bytes.length);
            if (bytes.length > buffer.length - used) {
                flush();
                out.write(bytes);
            } else {
                System.arraycopy(bytes, 0, buffer, used, bytes.length);
                used += bytes.length;
            }
            position += bytes.length;
        }

        void release() throws IOException {
            flush();
            synchronized (this) {
                released = position;
                notifyAll();
            }
        }

        void end() throws IOException {
            flush();
            out.close();
            synchronized (this) {
                released = position;
                ended = true;
                notifyAll();
            }
        }

        synchronized void fail(Throwable cause) {
            failure = cause;
            notifyAll();
        }

        /**
         * Bytes from {@code from} that a reader may take: waits while there are none and the writing goes on; 0 at
         * the end.
         */
        synchronized long readable(long from) throws IOException {
            while (released <= from && !ended && failure == null) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while waiting for the import's rows");
                }
            }
            if (failure != null) {
                throw new IOException("reading the export failed: " + failure.getMessage(), failure);
            }
            return released - from;
        }

        InputStream open(boolean growing) throws IOException {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
            return new InputStream() {
                private long at;

                @Override
                public int read() throws IOException {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    if (length == 0) {
                        return 0;
                    }
                    long readable = growing ? readable(at) : Long.MAX_VALUE;
                    if (readable == 0) {
                        return -1;
                    }
                    int n = channel.read(ByteBuffer.wrap(buffer, offset, (int) Math.min(length, readable)), at);
                    if (n > 0) {
                        at += n;
                    }
                    return n;
                }

                @Override
                public void close() throws IOException {
                    channel.close();
                }
            };
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }

    /** The rows of one spool file, as the JDBC result set Derby reads a table function through. */
    private abstract static class Rows extends VTITemplate {
        final Spool spool;
        private final DataInputStream in;
        final Object[] columns;
        private long read;
        private boolean lastWasNull;

        Rows(Spool spool, Output output, boolean growing, int columnCount) throws SQLException {
            this.spool = spool;
            this.columns = new Object[columnCount];
            try {
                in = new DataInputStream(new BufferedInputStream(output.open(growing), 1 << 16));
            } catch (IOException e) {
                throw new SQLException("cannot read the import spool " + output.file + ": " + e.getMessage(),
                        "58030", e);
            }
        }

        /** Reads the next record into {@link #columns}; false for a record to skip. */
        abstract boolean readRecord(DataInputStream input) throws IOException;

        void afterRead(long count) {
        }

        void atEnd(long count) {
        }

        @Override
        public boolean next() throws SQLException {
            try {
                while (true) {
                    in.mark(1);
                    if (in.read() < 0) {
                        atEnd(read);
                        return false;
                    }
                    in.reset();
                    boolean row = readRecord(in);
                    afterRead(++read);
                    if (row) {
                        return true;
                    }
                }
            } catch (EOFException e) {
                throw new SQLException("the import spool ends inside record " + (read + 1), "58030", e);
            } catch (IOException e) {
                throw new SQLException("cannot read the import spool: " + e.getMessage(), "58030", e);
            }
        }

        static String string(DataInputStream input) throws IOException {
            int length = input.readInt();
            if (length < 0) {
                return null;
            }
            byte[] bytes = new byte[length];
            input.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }

        private Object column(int index) {
            Object value = columns[index - 1];
            lastWasNull = value == null;
            return value;
        }

        @Override
        public boolean wasNull() {
            return lastWasNull;
        }

        @Override
        public String getString(int index) {
            return (String) column(index);
        }

        @Override
        public double getDouble(int index) {
            Object value = column(index);
            return value == null ? 0 : (Double) value;
        }

        @Override
        public int getInt(int index) {
            Object value = column(index);
            return value == null ? 0 : (Integer) value;
        }

        @Override
        public long getLong(int index) {
            Object value = column(index);
            return value == null ? 0 : (Long) value;
        }

        @Override
        public Timestamp getTimestamp(int index) {
            return (Timestamp) column(index);
        }

        @Override
        public void close() throws SQLException {
            try {
                in.close();
            } catch (IOException e) {
                throw new SQLException("cannot close the import spool: " + e.getMessage(), "58030", e);
            }
        }
    }

    private static final class Respondents extends Rows {
        Respondents(Spool spool) throws SQLException {
            super(spool, spool.respondents, spool.respondentsGrowing, 7);
            columns[1] = spool.batchId;
        }

        @Override
        boolean readRecord(DataInputStream input) throws IOException {
            columns[0] = string(input);
            boolean insert = input.readBoolean();
            columns[2] = string(input);
            columns[3] = string(input);
            columns[4] = string(input);
            columns[5] = input.readInt();
            columns[6] = string(input);
            return insert;
        }
    }

    private static final class Answers extends Rows {
        Answers(Spool spool) throws SQLException {
            super(spool, spool.answers, false, 11);
            columns[8] = spool.batchId;
            columns[9] = spool.fileName;
        }

        @Override
        boolean readRecord(DataInputStream input) throws IOException {
            columns[0] = spool.pointIds.get(input.readInt());
            columns[1] = string(input);
            columns[2] = input.readBoolean()
                    ? Timestamp.valueOf(LocalDateTime.ofEpochSecond(input.readLong(), input.readInt(), ZoneOffset.UTC))
                    : null;
            columns[3] = string(input);
            columns[4] = input.readBoolean() ? input.readDouble() : null;
            columns[5] = string(input);
            columns[6] = string(input);
            columns[7] = input.readDouble();
            columns[10] = input.readLong();
            return true;
        }

        @Override
        void afterRead(long count) {
            if (count % REPORT_EVERY == 0) {
                spool.storing.accept(count);
            }
        }

        @Override
        void atEnd(long count) {
            spool.storing.accept(count);
        }
    }

    private static final class Rejections extends Rows {
        Rejections(Spool spool) throws SQLException {
            super(spool, spool.rejections, false, 5);
            columns[0] = spool.batchId;
        }

        @Override
        boolean readRecord(DataInputStream input) throws IOException {
            columns[1] = input.readLong();
            columns[2] = string(input);
            columns[3] = string(input);
            columns[4] = string(input);
            return true;
        }
    }
}
