package org.cxworkbench.imports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.cxworkbench.imports.MessageText;
import org.eclipse.osgi.util.NLS;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * {@link Records} of the first sheet of a workbook, on POI's event API: the sheet's XML is parsed with SAX, never loaded as a workbook, so
 * memory does not grow with the number of rows.
 * <p>
 * SAX pushes rows while {@link #next()} pulls them, so the sheet is parsed on a thread of its own that hands rows
 * over through a small bounded queue: the parser runs at most {@value #ROWS_AHEAD} rows ahead of the consumer.
 */
final class XlsxRecords implements Records {

    private static final int ROWS_AHEAD = 256;
    private static final long STOP_TIMEOUT_SECONDS = 10;

    /** What the parsing thread hands over. */
    private sealed interface Item permits Cells, End, Failure {
    }

    private record Cells(long lineNumber, Map<Integer, String> byColumn) implements Item {
    }

    private record End() implements Item {
    }

    private record Failure(Exception cause) implements Item {
    }

    /** Unwinds the SAX parse when the reader is closed before the sheet has been read to its end. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }

    private final Path file;
    private final OPCPackage workbook;
    private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(ROWS_AHEAD);
    private final Thread parsing;
    private boolean finished;
    private volatile boolean closed;

    private XlsxRecords(Path file, OPCPackage workbook, XSSFSheetXMLHandler sheetHandler, InputStream sheet,
            RowHandOver handOver) {
        this.file = file;
        this.workbook = workbook;
        handOver.reader = this;
        this.parsing = Thread.ofPlatform().daemon().name("xlsx-reader " + file.getFileName())
                .unstarted(() -> parse(sheetHandler, sheet));
    }

    static XlsxRecords open(Path file) throws IOException {
        checkZipDirectory(file);
        OPCPackage workbook;
        try {
            workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException e) {
            throw failure(file, e);
        }
        XlsxRecords reader = null;
        try {
            XSSFReader parts = new XSSFReader(workbook);
            StylesTable styles = parts.getStylesTable();
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook);
            Iterator<InputStream> sheets = parts.getSheetsData();
            if (!sheets.hasNext()) {
                throw new IOException(file + " has no sheet");
            }
            RowHandOver handOver = new RowHandOver();
            // Locale.ROOT: numbers must read the same on every machine ("4.5", never "4,5"); the import pipeline
            // parses them, and a user's locale must not change what a file means
            XSSFSheetXMLHandler sheetHandler = new XSSFSheetXMLHandler(styles, strings, handOver,
                    new IsoDateFormatter(), false);
            reader = new XlsxRecords(file, workbook, sheetHandler, sheets.next(), handOver);
            reader.parsing.start();
            return reader;
        } catch (OpenXML4JException | SAXException | RuntimeException | IOException e) {
            if (reader != null) {
                reader.close();
            } else {
                workbook.revert();
            }
            throw failure(file, e);
        }
    }

    /**
     * Reads the workbook's zip directory before POI does. A file cut short has none, and POI then logs an error
     * (through log4j, in the product on to java.util.logging's stderr) and falls back to reading the zip as a stream,
     * which fails later with a message about some part; so such a file is refused here, in one line, and POI never
     * sees it.
     */
    private static void checkZipDirectory(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() == 0) {
                throw new IOException(NLS.bind(Messages.Xlsx_damaged, file, "no entries"));
            }
        } catch (java.util.zip.ZipException e) {
            throw new IOException(NLS.bind(Messages.Xlsx_damaged, file, oneLine(e)), e);
        }
    }

    /**
     * One line that names the cause, whatever POI threw: its zip bomb guard writes five lines of advice for
     * programmers, and other messages may quote a file's content.
     */
    static IOException failure(Path file, Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && message.contains("Zip bomb detected")) {
                return new IOException(NLS.bind(Messages.Xlsx_zipBomb, file), e);
            }
            if (cause instanceof java.util.zip.ZipException || cause instanceof java.io.EOFException) {
                return new IOException(NLS.bind(Messages.Xlsx_damaged, file, oneLine(cause)), e);
            }
        }
        if (e instanceof IOException io && io.getMessage() != null && io.getMessage().indexOf('\n') < 0
                && io.getMessage().length() <= MessageText.MAX_LIST) {
            // ours ("has no sheet"), or a short one of the JDK's
            return io;
        }
        return new IOException(NLS.bind(Messages.Xlsx_unreadable, file, oneLine(e)), e);
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int end = message.indexOf('\n');
        return MessageText.cut(end < 0 ? message.strip() : message.substring(0, end).strip());
    }

    private void parse(XSSFSheetXMLHandler sheetHandler, InputStream sheet) {
        try (InputStream in = sheet) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(sheetHandler);
            xml.parse(new InputSource(in));
            handOver(new End());
        } catch (Stopped e) {
            // closed early: nobody is waiting for the rest
        } catch (Exception e) {
            if (!closed) {
                try {
                    handOver(new Failure(e));
                } catch (Stopped stopped) {
                    // closed while reporting: nobody is waiting for the failure either
                }
            }
        }
    }

    private void handOver(Item item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            throw new Stopped();
        }
        if (closed) {
            throw new Stopped();
        }
    }

    private Item take() throws InterruptedIOException {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading " + file);
        }
    }

    private IOException asIOException(Failure failure) {
        return failure(file, failure.cause());
    }

    @Override
    public Raw next() throws IOException {
        if (closed) {
            throw new IllegalStateException("the reader of " + file + " is closed");
        }
        if (finished) {
            return null;
        }
        Item item = take();
        if (item instanceof Failure failure) {
            finished = true;
            throw asIOException(failure);
        }
        if (!(item instanceof Cells cells)) {
            finished = true;
            return null;
        }
        int width = cells.byColumn().keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        List<String> row = new ArrayList<>(width);
        for (int column = 0; column < width; column++) {
            row.add(cells.byColumn().get(column));
        }
        return new Raw(cells.lineNumber(), row);
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        parsing.interrupt();
        // a parser blocked on a full queue wakes up through the interrupt; clearing makes room in case it had
        // already passed its interrupt check
        queue.clear();
        try {
            parsing.join(TimeUnit.SECONDS.toMillis(STOP_TIMEOUT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // revert, not close: close() would try to save a package opened read-only
        workbook.revert();
    }

    /** Collects one row's cells on the parsing thread and hands the row over when it ends. */
    private static final class RowHandOver implements SheetContentsHandler {
        private XlsxRecords reader;
        private Map<Integer, String> cells = new HashMap<>();
        private int lastColumn;

        @Override
        public void startRow(int rowNum) {
            cells = new HashMap<>();
            lastColumn = -1;
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            // a writer may leave out a cell's address; cells then follow each other without gaps
            int column = cellReference == null ? lastColumn + 1 : new CellReference(cellReference).getCol();
            lastColumn = column;
            if (formattedValue != null) {
                cells.put(column, formattedValue);
            }
        }

        @Override
        public void endRow(int rowNum) {
            // rows that only carry formatting are not respondents
            if (cells.values().stream().anyMatch(value -> !value.isBlank())) {
                reader.handOver(new Cells(rowNum + 1L, cells));
            }
        }
    }

    /**
     * Cells as the sheet shows them, except date and time cells: those are written in ISO form (2026-11-02,
     * 2026-11-02 14:05:30) from the cell's number, whatever display format the workbook gives them. A display format
     * such as {@code d.m.yy} would otherwise turn 2 Nov 2026 into "2.11.26", which no strict date reading accepts and
     * no reader could tell from 1926.
     */
    static final class IsoDateFormatter extends DataFormatter {

        private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
        private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss",
                Locale.ROOT);

        IsoDateFormatter() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime time = DateUtil.getLocalDateTime(value, use1904Windowing, true);
                if (time != null && value >= 1) {
                    return time.toLocalTime().equals(LocalTime.MIDNIGHT) ? DATE.format(time) : DATE_TIME.format(time);
                }
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }
}
