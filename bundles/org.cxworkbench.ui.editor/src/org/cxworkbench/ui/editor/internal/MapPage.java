package org.cxworkbench.ui.editor.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.cxworkbench.core.FileReplacement;
import org.cxworkbench.core.journey.Finding;
import org.cxworkbench.diagram.MapDecorations;
import org.cxworkbench.diagram.MapExport;
import org.cxworkbench.diagram.MapFilter;
import org.cxworkbench.diagram.MapLayout;
import org.cxworkbench.diagram.MapStyle;
import org.cxworkbench.diagram.ui.MapPalette;
import org.cxworkbench.diagram.ui.MapViewer;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.model.journey.Channel;
import org.cxworkbench.model.journey.Journey;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/**
 * The journey editor's Map page: the palette beside the map viewer, and a tool bar above them with Arrange All,
 * the zoom, the filters and the image export. Every change the page makes is a command on the editor's stack.
 */
public final class MapPage {

    private final Composite control;
    private final MapViewer viewer;
    private final MapPalette palette;
    private final EditingDomain domain;
    private final ToolBar toolBar;
    private ToolItem filters;
    private ToolItem scoresTool;
    private final MapScores scores;
    private List<Finding> findings = List.of();

    /** @param registry the metrics of the palette, and of the scale a dropped metric gets */
    public MapPage(Composite parent, EditingDomain domain, Resource resource, MetricRegistry registry) {
        this.domain = domain;
        control = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.horizontalSpacing = 0;
        control.setLayout(layout);

        toolBar = new ToolBar(control, SWT.FLAT | SWT.RIGHT | SWT.WRAP);
        toolBar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        scores = new MapScores(this, control);

        Journey journey = (Journey) resource.getContents().get(0);
        palette = new MapPalette(control, journey, registry);
        palette.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));
        viewer = new MapViewer(control, domain, resource);
        viewer.setMetricRegistry(registry);
        viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        palette.connect(viewer);
        createTools();
    }

    public Control control() {
        return control;
    }

    public MapViewer viewer() {
        return viewer;
    }

    public MapPalette palette() {
        return palette;
    }

    /** The tool bar above the map (for tests and for contributions). */
    public ToolBar toolBar() {
        return toolBar;
    }

    /** Shows the editor's latest validation findings as decorations on the map. */
    public void showFindings(List<Finding> findings) {
        this.findings = List.copyOf(findings);
        redecorate();
    }

    /** Draws the findings and, when on, the scores. */
    void redecorate() {
        if (!viewer.getControl().isDisposed()) {
            MapDecorations decorations = MapDecorations.of(findings);
            decorations.setScores(scores.overlay());
            viewer.setDecorations(decorations);
        }
    }

    /** The score overlay's controller (its bar, metric chooser and job). */
    public MapScores scores() {
        return scores;
    }

    /** Whether scores are drawn on the map. */
    public boolean isShowingScores() {
        return scores.isOn();
    }

    /** Shows or hides the scores on the map (the tool bar's Scores button, Journey &gt; Show Scores). */
    public void setShowingScores(boolean show) {
        scores.setOn(show);
        if (scoresTool != null && !scoresTool.isDisposed()) {
            scoresTool.setSelection(show);
        }
    }

    /** Switches the scores on or off. */
    public void toggleScores() {
        setShowingScores(!isShowingScores());
    }

    private void createTools() {
        tool(Messages.Map_arrangeAll, this::arrangeAll);
        new ToolItem(toolBar, SWT.SEPARATOR);
        tool(Messages.Map_zoomFit, viewer::zoomToFit);
        tool(Messages.Map_zoomIn, viewer::zoomIn);
        tool(Messages.Map_zoomOut, viewer::zoomOut);
        tool(Messages.Map_zoomReset, viewer::zoomReset);
        new ToolItem(toolBar, SWT.SEPARATOR);
        filters = new ToolItem(toolBar, SWT.DROP_DOWN);
        filters.setText(Messages.Map_filters);
        filters.addListener(SWT.Selection, e -> showFilterMenu());
        new ToolItem(toolBar, SWT.SEPARATOR);
        scoresTool = new ToolItem(toolBar, SWT.CHECK);
        scoresTool.setText(Messages.Scores_toggle);
        scoresTool.setToolTipText(Messages.Scores_toggleTip);
        scoresTool.addListener(SWT.Selection, e -> setShowingScores(scoresTool.getSelection()));
        new ToolItem(toolBar, SWT.SEPARATOR);
        tool(Messages.Map_export, this::exportImage);
    }

    private ToolItem tool(String text, Runnable action) {
        ToolItem item = new ToolItem(toolBar, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, e -> action.run());
        return item;
    }

    /** Lays the whole map out again with ELK: one command, undone by Undo. */
    public void arrangeAll() {
        if (viewer.getDiagram() == null) {
            return;
        }
        Command command = MapLayout.arrangeAll(domain, viewer.getJourney(), viewer.getDiagram());
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }

    /** The filter menu: measurement points, indirect touchpoints, backward paths and each channel, as check items. */
    private void showFilterMenu() {
        Menu menu = new Menu(toolBar.getShell(), SWT.POP_UP);
        MapFilter filter = viewer.getFilter();
        check(menu, Messages.Map_showPoints, filter.measurementPoints(), f -> f.withMeasurementPoints(
                !f.measurementPoints()));
        check(menu, Messages.Map_showIndirect, filter.indirectTouchpoints(), f -> f.withIndirectTouchpoints(
                !f.indirectTouchpoints()));
        check(menu, Messages.Map_showBackward, filter.backwardPaths(), f -> f.withBackwardPaths(
                !f.backwardPaths()));
        new MenuItem(menu, SWT.SEPARATOR);
        for (Channel channel : viewer.getJourney().getChannels()) {
            String id = channel.getId();
            check(menu, NLS.bind(Messages.Map_showChannel, channel.getName()), filter.showsChannel(id),
                    f -> f.withChannel(id, !f.showsChannel(id)));
        }
        new MenuItem(menu, SWT.SEPARATOR);
        MenuItem all = new MenuItem(menu, SWT.PUSH);
        all.setText(Messages.Map_showAll);
        all.addListener(SWT.Selection, e -> viewer.setFilter(MapFilter.ALL));
        Rectangle bounds = filters.getBounds();
        Point at = toolBar.toDisplay(bounds.x, bounds.y + bounds.height);
        menu.setLocation(at);
        menu.setVisible(true);
    }

    private void check(Menu menu, String text, boolean shown, Function<MapFilter, MapFilter> toggle) {
        MenuItem item = new MenuItem(menu, SWT.CHECK);
        item.setText(text);
        item.setSelection(shown);
        item.addListener(SWT.Selection, e -> viewer.setFilter(toggle.apply(viewer.getFilter())));
    }

    /** Asks where, then writes the map as PNG or SVG (by the name's extension) in a background job. */
    public void exportImage() {
        FileDialog dialog = new FileDialog(control.getShell(), SWT.SAVE);
        dialog.setText(Messages.Map_exportTitle);
        dialog.setFilterExtensions(new String[] { "*.png", "*.svg" });
        dialog.setFilterNames(new String[] { Messages.Map_exportPng, Messages.Map_exportSvg });
        dialog.setOverwrite(true);
        Journey journey = viewer.getJourney();
        dialog.setFileName((journey.getName() == null ? "journey" : journey.getName()) + ".png");
        String chosen = dialog.open();
        if (chosen != null) {
            export(Path.of(chosen), 2).schedule();
        }
    }

    /**
     * A job writing the map as shown (filters, decorations) to {@code file}: PNG at {@code scale} pixels per map
     * pixel, or SVG when the name ends in .svg. The picture is taken on the display thread, which owns the model; the
     * job renders and writes it, and can be cancelled until the file is written.
     */
    public Job export(Path file, double scale) {
        MapExport.Picture picture = new MapExport.Picture(viewer.getScene(), MapStyle.DEFAULT,
                viewer.getDecorations(), List.of());
        String svg = MapExport.svg(picture);
        boolean png = !file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg");
        Job job = new Job(NLS.bind(Messages.Map_exportJob, file.getFileName())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                SubMonitor progress = SubMonitor.convert(monitor, 2);
                try {
                    byte[] content = png ? MapExport.png(svg, scale) : svg.getBytes(StandardCharsets.UTF_8);
                    progress.worked(1);
                    if (progress.isCanceled()) {
                        return Status.CANCEL_STATUS;
                    }
                    FileReplacement.write(file, content, null);
                    return Status.OK_STATUS;
                } catch (IOException e) {
                    return Status.error(NLS.bind(Messages.Map_exportFailed, file, e.getMessage()), e);
                }
            }
        };
        job.setUser(true);
        return job;
    }
}
