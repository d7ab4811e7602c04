package org.cxworkbench.reports;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.cxworkbench.reports.internal.BirtPlatform;
import org.cxworkbench.reports.internal.DataUriImageHandler;
import org.eclipse.birt.core.exception.BirtException;
import org.eclipse.birt.core.framework.Platform;
import org.eclipse.birt.report.data.oda.jdbc.IConnectionFactory;
import org.eclipse.birt.report.engine.api.EngineConfig;
import org.eclipse.birt.report.engine.api.HTMLRenderOption;
import org.eclipse.birt.report.engine.api.IEngineTask;
import org.eclipse.birt.report.engine.api.IRenderOption;
import org.eclipse.birt.report.engine.api.IReportEngine;
import org.eclipse.birt.report.engine.api.IReportEngineFactory;
import org.eclipse.birt.report.engine.api.IReportRunnable;
import org.eclipse.birt.report.engine.api.IRunAndRenderTask;
import org.eclipse.birt.report.engine.api.PDFRenderOption;
import org.eclipse.birt.report.engine.api.RenderOption;

/**
 * Renders BIRT report designs to HTML, PDF or XLSX, headless.
 *
 * <p>The BIRT engine starts on the first render (a second or two) and is kept for the next ones; {@link #close()}
 * shuts it down. One renderer may be used from several threads at once: each render runs its own BIRT task on its
 * own connection.
 *
 * <h2>Where the data comes from</h2>
 * Every JDBC data source of a design reads from a connection of the {@link ConnectionSupplier} given here; the driver
 * class and URL written in the design are ignored at run time (they only serve the designer's preview). We hand the
 * open connection to BIRT in the task's application context ({@code OdaJDBCDriverPassInConnection}) rather than
 * contributing a {@code connectionFactory} to BIRT's {@code driverinfo} extension point, because
 * <ul>
 * <li>the store decides how a connection is opened (embedded database in the workspace, or network server with the
 * user's credentials); with a pass-in connection this bundle needs no Derby import, and no URL or password is ever
 * written into a design;</li>
 * <li>BIRT creates a contributed factory itself, by class name, so the factory could only find "the" database
 * through static state: wrong as soon as two workspaces, a CLI run next to the UI, or parallel tests exist;</li>
 * <li>it needs no {@code plugin.xml} and no singleton extension registration.</li>
 * </ul>
 * The price: a design cannot read from any other database than the one we pass in. Our reports are over the
 * results store, so that is what we want.
 *
 * <h2>Failures</h2>
 * BIRT by default logs a failing data set and writes the report without its rows. Here the task stops at the first
 * error and {@link ReportException} names the report and carries BIRT's messages. When rendering into a stream the
 * caller must then discard what was written; {@link #render(URL, Map, Locale, ReportFormat, Path)} does that itself
 * and never leaves a partial file.
 */
public final class ReportRenderer implements AutoCloseable {

    private final ConnectionSupplier connections;

    /** Renders hold the read lock, {@link #close()} the write lock: the engine is not destroyed under a render. */
    private final ReadWriteLock lifecycle = new ReentrantReadWriteLock();
    private final Object startLock = new Object();
    private volatile IReportEngine engine;
    private volatile boolean closed;

    /** A renderer whose reports read their data through {@code connections}. Nothing starts before the first render. */
    public ReportRenderer(ConnectionSupplier connections) {
        this.connections = Objects.requireNonNull(connections, "connections");
    }

    /**
     * Renders the design at {@code design} into {@code out}, which stays open. The URL also resolves the design's
     * relative references (libraries, images, properties files).
     *
     * @param parameters report parameter values by parameter name, e.g. a {@link java.math.BigDecimal} for a decimal
     *        parameter; parameters not given take the design's default value
     * @param locale the language and number/date formats of the output
     * @throws ReportException when the design cannot be read, a parameter is missing or invalid, the connection
     *         cannot be opened or BIRT reports an error; what was written to {@code out} is then incomplete
     */
    public void render(URL design, Map<String, ?> parameters, Locale locale, ReportFormat format, OutputStream out)
            throws ReportException {
        String reportName = displayName(design);
        try (InputStream in = design.openStream()) {
            render(reportName, design.toExternalForm(), in, parameters, locale, format, out);
        } catch (IOException e) {
            throw new ReportException(reportName, List.of("cannot read the design: " + e), e);
        }
    }

    /**
     * Renders a design read from {@code design} into {@code out}, which stays open; see
     * {@link #render(URL, Map, Locale, ReportFormat, OutputStream)}.
     *
     * @param reportName the design's name in messages and for resolving its relative references, e.g. its file name
     */
    public void render(String reportName, InputStream design, Map<String, ?> parameters, Locale locale,
            ReportFormat format, OutputStream out) throws ReportException {
        render(reportName, reportName, design, parameters, locale, format, out);
    }

    /**
     * Renders the design at {@code design} into the file {@code target}: written beside it under a temporary name and
     * moved into place only when the report is complete, so a failed render leaves neither a broken file nor a
     * half-overwritten old one. A report written over an older one keeps that file's permissions.
     */
    public void render(URL design, Map<String, ?> parameters, Locale locale, ReportFormat format, Path target)
            throws ReportException {
        render(design, parameters, locale, format, target, () -> false);
    }

    /**
     * Renders into the file {@code target} as {@link #render(URL, Map, Locale, ReportFormat, Path)} does, and can be
     * cancelled: {@code cancelled} is asked whenever BIRT writes and once more before the file is moved into place.
     * Once it answers {@code true} the render stops, the temporary file is deleted, an older file at {@code target}
     * is left exactly as it was, and {@link CancellationException} is thrown.
     *
     * @throws CancellationException when {@code cancelled} said so
     */
    public void render(URL design, Map<String, ?> parameters, Locale locale, ReportFormat format, Path target,
            BooleanSupplier cancelled) throws ReportException {
        Objects.requireNonNull(cancelled, "cancelled");
        String reportName = displayName(design);
        Path absolute = target.toAbsolutePath();
        Path temporary;
        try {
            // not Files.createTempFile, whose file is private (0600): the report gets the user's usual permissions
            temporary = absolute.resolveSibling("." + absolute.getFileName() + "." + Long.toUnsignedString(
                    ThreadLocalRandom.current().nextLong(), 36) + ".part");
            Files.createFile(temporary);
        } catch (IOException e) {
            throw new ReportException(reportName, List.of("cannot write into " + absolute.getParent() + ": " + e), e);
        }
        try {
            try (OutputStream out = new BufferedOutputStream(new CancellableOutputStream(
                    Files.newOutputStream(temporary), cancelled))) {
                render(design, parameters, locale, format, out);
            } catch (ReportException | IOException | RuntimeException e) {
                // BIRT reports the stream's refusal as a failure of its own; the caller asked for a cancellation
                if (cancelled.getAsBoolean()) {
                    throw cancellation(e);
                }
                throw e;
            }
            if (cancelled.getAsBoolean()) {
                throw cancellation(null);
            }
            // a rewritten report keeps the old file's permissions (a team's read access, or a private 0600), as a
            // saved journey does; a new one has the user's usual ones
            if (Files.exists(absolute) && Files.getFileStore(absolute).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(absolute));
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            ReportException failure = new ReportException(reportName, List.of("cannot write " + absolute + ": " + e), e);
            deleteTemporary(temporary, failure);
            throw failure;
        } catch (ReportException | RuntimeException e) {
            deleteTemporary(temporary, e);
            throw e;
        }
    }

    private static CancellationException cancellation(Exception cause) {
        CancellationException cancellation = new CancellationException("the report was cancelled");
        if (cause != null && !(cause instanceof CancellationException)) {
            cancellation.initCause(cause);
        }
        return cancellation;
    }

    /** A stream that refuses to write once its render was cancelled, so that BIRT stops soon after. */
    private static final class CancellableOutputStream extends FilterOutputStream {

        private final BooleanSupplier cancelled;

        CancellableOutputStream(OutputStream out, BooleanSupplier cancelled) {
            super(out);
            this.cancelled = cancelled;
        }

        @Override
        public void write(int b) throws IOException {
            check();
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            check();
            out.write(b, off, len);
        }

        private void check() throws IOException {
            if (cancelled.getAsBoolean()) {
                throw new InterruptedIOException("the report was cancelled");
            }
        }
    }

    private static void deleteTemporary(Path temporary, Exception failure) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private void render(String reportName, String designName, InputStream design, Map<String, ?> parameters,
            Locale locale, ReportFormat format, OutputStream out) throws ReportException {
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        Lock lock = lifecycle.readLock();
        lock.lock();
        try {
            IReportEngine reportEngine = engine(reportName);
            IReportRunnable runnable;
            try {
                runnable = reportEngine.openReportDesign(designName, design);
            } catch (BirtException e) {
                throw failure(reportName, List.of(e), "the design cannot be opened");
            }
            try (Connection connection = connections.connection()) {
                IRunAndRenderTask task = reportEngine.createRunAndRenderTask(runnable);
                try {
                    run(task, reportName, connection, parameters, locale, format, out);
                } finally {
                    task.close();
                }
            } catch (SQLException e) {
                throw new ReportException(reportName, List.of("the database connection failed: " + e.getMessage()), e);
            }
        } finally {
            lock.unlock();
        }
    }

    private static void run(IRunAndRenderTask task, String reportName, Connection connection,
            Map<String, ?> parameters, Locale locale, ReportFormat format, OutputStream out) throws ReportException {
        Map<String, Object> appContext = new HashMap<>();
        appContext.put(IConnectionFactory.PASS_IN_CONNECTION, connection);
        // the connection is ours: BIRT must not close it between data sets
        appContext.put(IConnectionFactory.CLOSE_PASS_IN_CONNECTION, Boolean.FALSE);
        task.setAppContext(appContext);
        task.setLocale(locale);
        task.setParameterValues(new HashMap<>(parameters));
        if (!task.validateParameters()) {
            throw new ReportException(reportName,
                    List.of("parameter values are missing or not valid (given: " + parameters + ")"), null);
        }
        task.setErrorHandlingOption(IEngineTask.CANCEL_ON_ERROR);
        task.setRenderOption(renderOption(format, out));
        try {
            task.run();
        } catch (BirtException e) {
            List<Throwable> errors = new ArrayList<>(errorsOf(task));
            if (!errors.contains(e)) {
                errors.add(0, e);
            }
            throw failure(reportName, errors, "BIRT failed");
        }
        List<Throwable> errors = errorsOf(task);
        if (!errors.isEmpty() || task.getStatus() != IEngineTask.STATUS_SUCCEEDED) {
            throw failure(reportName, errors, "the report ended with status " + task.getStatus());
        }
    }

    private static IRenderOption renderOption(ReportFormat format, OutputStream out) {
        RenderOption option = switch (format) {
            case HTML -> {
                HTMLRenderOption html = new HTMLRenderOption();
                html.setEmbeddable(false);
                html.setHtmlPagination(false);
                html.setEnableMetadata(false);
                html.setImageHandler(new DataUriImageHandler());
                // PNG rather than SVG: a chart as an <img> data URI shows in any browser, mail client or browser
                // widget, while BIRT puts SVG charts into <embed> elements that need a separate file
                html.setSupportedImageFormats("PNG");
                yield html;
            }
            case PDF -> {
                PDFRenderOption pdf = new PDFRenderOption();
                // charts are PNG images in a PDF: draw them at twice the screen resolution so that print stays sharp
                pdf.setOption(IRenderOption.CHART_DPI, Integer.valueOf(192));
                yield pdf;
            }
            case XLSX -> new RenderOption();
        };
        option.setOutputFormat(format.birtFormat());
        option.setOutputStream(out);
        option.setOption(IRenderOption.CLOSE_OUTPUTSTREAM_ON_EXIT, Boolean.FALSE);
        return option;
    }

    private IReportEngine engine(String reportName) throws ReportException {
        IReportEngine current = engine;
        if (current != null) {
            return current;
        }
        synchronized (startLock) {
            if (closed) {
                throw new IllegalStateException("The report renderer has been closed");
            }
            if (engine == null) {
                engine = startEngine(reportName);
            }
            return engine;
        }
    }

    private static IReportEngine startEngine(String reportName) throws ReportException {
        EngineConfig config = new EngineConfig();
        try {
            BirtPlatform.acquire(config);
        } catch (BirtException e) {
            throw failure(reportName, List.of(e), "the BIRT platform does not start");
        }
        IReportEngineFactory factory = (IReportEngineFactory) Platform
                .createFactoryObject(IReportEngineFactory.EXTENSION_REPORT_ENGINE_FACTORY);
        if (factory == null) {
            BirtPlatform.release();
            throw new ReportException(reportName,
                    List.of("BIRT's report engine is not available (bundle org.eclipse.birt.report.engine missing?)"),
                    null);
        }
        return factory.createReportEngine(config);
    }

    /** Shuts the BIRT engine down, after renders that are running have finished. Further renders are refused. */
    @Override
    public void close() {
        Lock lock = lifecycle.writeLock();
        lock.lock();
        try {
            synchronized (startLock) {
                if (closed) {
                    return;
                }
                closed = true;
                IReportEngine current = engine;
                engine = null;
                if (current != null) {
                    try {
                        current.destroy();
                    } finally {
                        BirtPlatform.release();
                    }
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private static List<Throwable> errorsOf(IEngineTask task) {
        List<Throwable> errors = new ArrayList<>();
        for (Object error : task.getErrors()) {
            if (error instanceof Throwable throwable) {
                errors.add(throwable);
            }
        }
        return errors;
    }

    /** One message per error, with the messages of its causes (BIRT wraps e.g. the SQL error two levels deep). */
    private static ReportException failure(String reportName, List<? extends Throwable> errors, String fallback) {
        List<String> problems = new ArrayList<>();
        for (Throwable error : errors) {
            Set<String> messages = new LinkedHashSet<>();
            for (Throwable t = error; t != null && messages.size() < 8; t = t.getCause()) {
                String message = t.getMessage();
                if (message != null && !message.isBlank()) {
                    messages.add(message.strip());
                }
            }
            problems.add(messages.isEmpty() ? error.getClass().getName() : String.join(" <- ", messages));
        }
        if (problems.isEmpty()) {
            problems.add(fallback);
        }
        ReportException exception = new ReportException(reportName, problems, errors.isEmpty() ? null : errors.get(0));
        for (int i = 1; i < errors.size(); i++) {
            exception.addSuppressed(errors.get(i));
        }
        return exception;
    }

    private static String displayName(URL design) {
        String path = design.getPath();
        String name = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        return name.isEmpty() ? design.toExternalForm() : name;
    }
}
