package org.cxworkbench.diagram.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.cxworkbench.diagram.ui.PaletteEntry.Kind;
import org.cxworkbench.diagram.ui.internal.Messages;
import org.cxworkbench.metrics.MetricDescriptor;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.model.journey.Channel;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.JourneyPackage;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * The map's palette: a column of tool buttons beside the canvas. Its entries come from registries, never from a
 * fixed list: Select, Marquee, Stage, one Touchpoint entry per channel of the journey (and one without a channel),
 * Path, and one entry per metric of the {@link MetricRegistry}, so a plug-in's metric appears with no code change.
 * Channels added to or removed from the journey update the palette.
 * <p>
 * Usable on its own: {@link #addListener} reports the chosen entry. {@link #connect(MapViewer)} makes it drive a
 * viewer's tool. A metric entry can also be dragged (SWT drag and drop, {@link #METRIC_PREFIX} + id as text) onto
 * the viewer or onto any drop target that understands it.
 */
public final class MapPalette {

    /** What a dragged metric entry carries as text: this prefix and the metric id. */
    public static final String METRIC_PREFIX = "cxworkbench-metric:";

    /** The widest and the height of a palette button, in pixels: the palette stays a narrow column. */
    private static final int BUTTON_WIDTH = 150, BUTTON_HEIGHT = 26;

    private final Composite control;
    private final Journey journey;
    private final MetricRegistry registry;
    private final Map<PaletteEntry, Button> buttons = new LinkedHashMap<>();
    private final List<Consumer<PaletteEntry>> listeners = new CopyOnWriteArrayList<>();
    private final AdapterImpl channelWatcher = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification msg) {
            if (msg.getFeature() == JourneyPackage.Literals.JOURNEY__CHANNELS
                    || msg.getNotifier() instanceof Channel && !msg.isTouch()) {
                if (!control.isDisposed()) {
                    control.getDisplay().asyncExec(MapPalette.this::rebuildIfAlive);
                }
            }
        }
    };
    private PaletteEntry selected;

    public MapPalette(Composite parent, Journey journey, MetricRegistry registry) {
        this.journey = journey;
        this.registry = registry;
        control = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.verticalSpacing = 2;
        control.setLayout(layout);
        rebuild();
        journey.eAdapters().add(channelWatcher);
        journey.getChannels().forEach(c -> c.eAdapters().add(channelWatcher));
        control.addDisposeListener(e -> {
            journey.eAdapters().remove(channelWatcher);
            journey.getChannels().forEach(c -> c.eAdapters().remove(channelWatcher));
        });
    }

    /**
     * The palette's entries for a journey, in order: the tools, a touchpoint per channel, the path, then one per
     * registered metric (sorted by id, as the registry lists them).
     */
    public static List<PaletteEntry> entries(Journey journey, MetricRegistry registry) {
        List<PaletteEntry> entries = new ArrayList<>();
        entries.add(PaletteEntry.of(Kind.SELECT, Messages.Palette_select));
        entries.add(PaletteEntry.of(Kind.MARQUEE, Messages.Palette_marquee));
        entries.add(PaletteEntry.of(Kind.STAGE, Messages.Palette_stage));
        entries.add(new PaletteEntry(Kind.TOUCHPOINT, Messages.Palette_touchpoint, null, null));
        for (Channel channel : journey.getChannels()) {
            String name = channel.getName() == null || channel.getName().isBlank() ? channel.getId()
                    : channel.getName();
            entries.add(new PaletteEntry(Kind.TOUCHPOINT, NLS.bind(Messages.Palette_touchpointIn, name), channel,
                    null));
        }
        entries.add(PaletteEntry.of(Kind.PATH, Messages.Palette_path));
        if (registry != null) {
            for (MetricDescriptor metric : registry.descriptors()) {
                entries.add(new PaletteEntry(Kind.METRIC, metric.name(), null, metric.id()));
            }
        }
        return entries;
    }

    private void rebuildIfAlive() {
        if (!control.isDisposed()) {
            journey.getChannels().forEach(c -> {
                if (!c.eAdapters().contains(channelWatcher)) {
                    c.eAdapters().add(channelWatcher);
                }
            });
            rebuild();
        }
    }

    private void rebuild() {
        for (Control child : control.getChildren()) {
            child.dispose();
        }
        buttons.clear();
        boolean metricsHeading = false;
        heading(Messages.Palette_tools);
        PaletteEntry keep = null;
        for (PaletteEntry entry : entries(journey, registry)) {
            if (entry.kind() == Kind.METRIC && !metricsHeading) {
                heading(Messages.Palette_metrics);
                metricsHeading = true;
            }
            Button button = new Button(control, SWT.TOGGLE | SWT.LEFT);
            // a metric's id first: metrics of one family (three CES) share the start of their names
            String text = entry.kind() == Kind.METRIC ? entry.metricId() + "  " + entry.label() : entry.label();
            button.setText(fit(button, text));
            button.setToolTipText(entry.label());
            GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
            data.widthHint = Math.min(BUTTON_WIDTH, button.computeSize(SWT.DEFAULT, SWT.DEFAULT).x);
            data.heightHint = BUTTON_HEIGHT;
            button.setLayoutData(data);
            button.addListener(SWT.Selection, e -> select(entry));
            if (entry.kind() == Kind.METRIC) {
                button.setToolTipText(NLS.bind(Messages.Palette_metricTip, entry.label()) + " (" + entry.metricId()
                        + ")");
                addDragSource(button, entry);
            }
            buttons.put(entry, button);
            if (entry.equals(selected)) {
                keep = entry;
            }
        }
        selected = keep == null ? buttons.keySet().iterator().next() : keep;
        buttons.forEach((e, b) -> b.setSelection(e.equals(selected)));
        control.layout(true, true);
        if (control.getParent() != null) {
            control.getParent().layout(true, true);
        }
    }

    /**
     * The label, shortened with an ellipsis when it is wider than a palette button's text room (GTK centres a
     * clipped label and cuts both ends); the tooltip keeps the whole label.
     */
    private static String fit(Button button, String label) {
        // the button has no text yet: its size is its padding
        int room = BUTTON_WIDTH - button.computeSize(SWT.DEFAULT, SWT.DEFAULT).x - 4;
        if (textWidth(button, label) <= room) {
            return label;
        }
        String text = label;
        while (text.length() > 1 && textWidth(button, text + "\u2026") > room) {
            text = text.substring(0, text.length() - 1);
        }
        return text.strip() + "\u2026";
    }

    private static int textWidth(Control control, String text) {
        GC gc = new GC(control);
        try {
            gc.setFont(control.getFont());
            return gc.textExtent(text).x;
        } finally {
            gc.dispose();
        }
    }

    private void heading(String text) {
        Label label = new Label(control, SWT.NONE);
        label.setText(text);
        label.setFont(control.getFont());
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    }

    private static void addDragSource(Button button, PaletteEntry entry) {
        DragSource source = new DragSource(button, DND.DROP_COPY);
        source.setTransfer(new Transfer[] { TextTransfer.getInstance() });
        source.addDragListener(new DragSourceAdapter() {
            @Override
            public void dragSetData(DragSourceEvent event) {
                event.data = METRIC_PREFIX + entry.metricId();
            }
        });
    }

    public Control getControl() {
        return control;
    }

    /** The entries shown now. */
    public List<PaletteEntry> getEntries() {
        return List.copyOf(buttons.keySet());
    }

    /** The entry whose tool is active. */
    public PaletteEntry getSelected() {
        return selected;
    }

    /** The button of an entry, or {@code null}. */
    public Button button(PaletteEntry entry) {
        return buttons.get(entry);
    }

    /** The first entry of a kind (for a touchpoint: the one without a channel), or {@code null}. */
    public PaletteEntry entry(Kind kind) {
        return buttons.keySet().stream().filter(e -> e.kind() == kind && e.channel() == null).findFirst()
                .orElse(null);
    }

    /** The entry of a metric, or {@code null}. */
    public PaletteEntry metricEntry(String metricId) {
        return buttons.keySet().stream().filter(e -> metricId.equals(e.metricId())).findFirst().orElse(null);
    }

    /** Makes an entry the active one and tells the listeners. */
    public void select(PaletteEntry entry) {
        if (entry == null || !buttons.containsKey(entry)) {
            return;
        }
        boolean changed = !entry.equals(selected);
        selected = entry;
        buttons.forEach((e, b) -> b.setSelection(e.equals(entry)));
        if (changed) {
            listeners.forEach(l -> l.accept(entry));
        }
    }

    public void addListener(Consumer<PaletteEntry> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<PaletteEntry> listener) {
        listeners.remove(listener);
    }

    /** Drives {@code viewer}'s tool from this palette, and follows the viewer when it returns to Select. */
    public void connect(MapViewer viewer) {
        addListener(viewer::setTool);
        viewer.addToolListener(entry -> {
            if (!control.isDisposed()) {
                PaletteEntry mine = entry.kind() == Kind.SELECT ? entry(Kind.SELECT) : entry;
                if (mine != null && buttons.containsKey(mine)) {
                    selected = mine;
                    buttons.forEach((e, b) -> b.setSelection(e.equals(mine)));
                }
            }
        });
    }
}
