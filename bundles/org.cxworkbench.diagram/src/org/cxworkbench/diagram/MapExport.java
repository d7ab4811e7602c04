package org.cxworkbench.diagram;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.cxworkbench.core.FileReplacement;
import org.cxworkbench.core.journey.JourneyDocument;
import org.cxworkbench.core.journey.MetricCatalog;
import org.cxworkbench.diagram.internal.Messages;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.notation.Diagram;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/**
 * The journey map as an SVG or PNG file, headless: the one-call entry points for {@code cxw} and the workbench's
 * File &gt; Export. Both formats come from the same SVG (the PNG is Batik's rendering of it), so they show the same
 * map. A journey without a diagram, or with elements missing from it, is laid out first with {@link MapLayout}
 * (in memory: the document is not changed). Validation problems are drawn as decorations.
 */
public final class MapExport {

    /** Margin around the map in exported pictures, in model pixels. */
    public static final double MARGIN = 16;

    private MapExport() {
    }

    /** What an export draws: a journey's scene, its decorations and the selection (usually none). */
    public record Picture(MapScene scene, MapStyle style, MapDecorations decorations, List<? extends EObject> selection) {
    }

    /**
     * The picture of a document under a filter: its own diagram (completed by {@link MapLayout} where it lacks
     * elements, in a copy) and its validation problems (metric ids checked against {@code catalog} if not null).
     */
    public static Picture picture(JourneyDocument document, MapFilter filter, MetricCatalog catalog) {
        Journey journey = document.journey();
        Diagram diagram = MapLayout.completeCopy(journey, document.diagram().orElse(null));
        return new Picture(MapScene.build(journey, diagram, filter), MapStyle.DEFAULT,
                MapDecorations.validate(journey, catalog), List.of());
    }

    /** The SVG document of a picture, at 1 pixel per model pixel. */
    public static String svg(Picture picture) {
        SvgGraphics graphics = new SvgGraphics();
        MapPainter.paint(picture.scene(), graphics, picture.style(), picture.decorations(), picture.selection());
        return graphics.toSvg(MapPainter.bounds(picture.scene(), picture.decorations()), MARGIN, 1);
    }

    /**
     * The PNG image of an SVG made by {@link #svg}, rendered by Batik at {@code scale} pixels per model pixel.
     *
     * @throws IOException when Batik cannot render it (the message says why, in one line)
     */
    public static byte[] png(String svg, double scale) throws IOException {
        double[] size = svgSize(svg);
        PNGTranscoder transcoder = new PNGTranscoder();
        transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, (float) Math.ceil(size[0] * scale));
        transcoder.addTranscodingHint(PNGTranscoder.KEY_HEIGHT, (float) Math.ceil(size[1] * scale));
        transcoder.addTranscodingHint(PNGTranscoder.KEY_BACKGROUND_COLOR, java.awt.Color.WHITE);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TranscoderInput input = new TranscoderInput(new StringReader(svg));
        input.setURI("file:///journey-map.svg");
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try {
            // Batik finds its XML parser and image writers by class name; inside OSGi its own loader must do it
            Thread.currentThread().setContextClassLoader(PNGTranscoder.class.getClassLoader());
            transcoder.transcode(input, new TranscoderOutput(bytes));
        } catch (TranscoderException | RuntimeException e) {
            Throwable cause = e instanceof TranscoderException t && t.getException() != null ? t.getException() : e;
            throw new IOException(NLS.bind(Messages.Export_png, oneLine(cause)), e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        return bytes.toByteArray();
    }

    /**
     * Writes a document's map as SVG to {@code file} (replaced if it exists; written to a temporary file first).
     *
     * @param filter what to show; {@code null} for everything
     * @throws IOException when the file cannot be written
     */
    public static void exportSvg(JourneyDocument document, Path file, MapFilter filter) throws IOException {
        exportSvg(document, file, filter, null, null);
    }

    /** {@link #exportSvg(JourneyDocument, Path, MapFilter)} with a metric catalog and a progress monitor. */
    public static void exportSvg(JourneyDocument document, Path file, MapFilter filter, MetricCatalog catalog,
            IProgressMonitor monitor) throws IOException {
        exportSvg(document, file, filter, catalog, null, monitor);
    }

    /**
     * {@link #exportSvg(JourneyDocument, Path, MapFilter)} with a metric catalog, the scores to draw on the map
     * (touchpoint colours and tags, the experience curve; {@code null} for none) and a progress monitor.
     */
    public static void exportSvg(JourneyDocument document, Path file, MapFilter filter, MetricCatalog catalog,
            ScoreOverlay scores, IProgressMonitor monitor) throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Export_progress, 3);
        Picture picture = picture(document, filter, catalog);
        picture.decorations().setScores(scores);
        progress.worked(1);
        checkCancelled(progress);
        String svg = svg(picture);
        progress.worked(1);
        checkCancelled(progress);
        write(file, svg.getBytes(StandardCharsets.UTF_8));
        progress.done();
    }

    /**
     * Writes a document's map as PNG to {@code file}, at {@code scale} pixels per model pixel (1 = the editor at
     * 100 %, 2 for a sharper picture).
     *
     * @param filter what to show; {@code null} for everything
     * @throws IOException when the picture cannot be rendered or the file cannot be written
     */
    public static void exportPng(JourneyDocument document, Path file, MapFilter filter, double scale)
            throws IOException {
        exportPng(document, file, filter, scale, null, null);
    }

    /** {@link #exportPng(JourneyDocument, Path, MapFilter, double)} with a metric catalog and a progress monitor. */
    public static void exportPng(JourneyDocument document, Path file, MapFilter filter, double scale,
            MetricCatalog catalog, IProgressMonitor monitor) throws IOException {
        exportPng(document, file, filter, scale, catalog, null, monitor);
    }

    /**
     * {@link #exportPng(JourneyDocument, Path, MapFilter, double)} with a metric catalog, the scores to draw on the
     * map ({@code null} for none) and a progress monitor.
     */
    public static void exportPng(JourneyDocument document, Path file, MapFilter filter, double scale,
            MetricCatalog catalog, ScoreOverlay scores, IProgressMonitor monitor) throws IOException {
        if (!(scale > 0) || scale > 16) {
            throw new IllegalArgumentException("scale must be above 0 and at most 16: " + scale);
        }
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Export_progress, 10);
        Picture picture = picture(document, filter, catalog);
        picture.decorations().setScores(scores);
        progress.worked(1);
        checkCancelled(progress);
        String svg = svg(picture);
        progress.worked(1);
        checkCancelled(progress);
        byte[] png = png(svg, scale);
        progress.worked(7);
        checkCancelled(progress);
        write(file, png);
        progress.done();
    }

    /** Width and height of an SVG made by {@link SvgGraphics#toSvg}, from its root's attributes. */
    static double[] svgSize(String svg) {
        return new double[] { attribute(svg, "width"), attribute(svg, "height") };
    }

    private static double attribute(String svg, String name) {
        int root = svg.indexOf("<svg ");
        int at = svg.indexOf(" " + name + "=\"", root);
        int start = at + name.length() + 3;
        return Double.parseDouble(svg.substring(start, svg.indexOf('"', start)));
    }

    private static void checkCancelled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    private static void write(Path file, byte[] content) throws IOException {
        try {
            FileReplacement.write(file, content, null);
        } catch (IOException e) {
            throw new IOException(NLS.bind(Messages.Export_cannotWrite, file, oneLine(e)), e);
        }
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
