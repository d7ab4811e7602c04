package org.cxworkbench.ui.results;

import java.util.function.Consumer;

import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.model.journey.Stage;
import org.cxworkbench.model.journey.Touchpoint;
import org.cxworkbench.ui.analysis.AnalysisContext;
import org.cxworkbench.ui.preferences.CxPreferences;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;

/**
 * Which journey element the workbench has selected for a results view: a journey, stage, touchpoint or measurement
 * point picked in a journey editor (map, Structure page, outline), or a {@code .journey} file picked in the
 * Workspace. One of these tracks the page's post selection for one view, ignores the view's own selections and
 * selections of anything else (the view keeps showing what it showed), and calls the view back on the UI thread.
 * It can also have the view refreshed when the analysis period or segment or the settings change. It ends with
 * {@link #dispose()} or when the view's control is disposed, whichever comes first.
 *
 * <pre>
 * selection = JourneySelection.track(this, table, s -&gt; refresh()).refreshOnAnalysisContext(this::refresh)
 *         .refreshOnPreferences(this::refresh);
 * selection.selectFromActivePart();
 * </pre>
 */
public final class JourneySelection {

    private final IWorkbenchPart view;
    private final IWorkbenchPage page;
    private final Control control;
    private final Consumer<JourneySelection> onSelection;
    private final ISelectionListener selectionListener = this::selected;
    private AnalysisContext.Listener contextListener;
    private IPreferenceChangeListener preferenceListener;
    private EObject element;
    private IFile journeyFile;
    private boolean disposed;

    private JourneySelection(IWorkbenchPart view, Control control, Consumer<JourneySelection> onSelection) {
        this.view = view;
        this.page = view.getSite().getPage();
        this.control = control;
        this.onSelection = onSelection;
    }

    /**
     * Starts tracking the selection of {@code view}'s page.
     *
     * @param view the view that shows the selected element; its own selections are ignored
     * @param control the view's control: its disposal ends the tracking, and callbacks only run while it lives
     * @param onSelection called on the UI thread after a journey element or journey file was selected
     */
    public static JourneySelection track(IWorkbenchPart view, Control control,
            Consumer<JourneySelection> onSelection) {
        JourneySelection selection = new JourneySelection(view, control, onSelection);
        selection.page.addPostSelectionListener(selection.selectionListener);
        control.addDisposeListener(e -> selection.dispose());
        return selection;
    }

    /** Also runs {@code refresh} on the UI thread when the period or segment of {@link AnalysisContext} changes. */
    public JourneySelection refreshOnAnalysisContext(Runnable refresh) {
        if (contextListener == null && !disposed) {
            contextListener = c -> asyncRun(refresh);
            AnalysisContext.get().addListener(contextListener);
        }
        return this;
    }

    /** Also runs {@code refresh} on the UI thread when a setting of {@link CxPreferences} changes. */
    public JourneySelection refreshOnPreferences(Runnable refresh) {
        if (preferenceListener == null && !disposed) {
            preferenceListener = e -> asyncRun(refresh);
            CxPreferences.addListener(preferenceListener);
        }
        return this;
    }

    /** Takes what the page's active part (other than the view) has selected now, as if it had just been selected. */
    public void selectFromActivePart() {
        IWorkbenchPart active = page.getActivePart();
        if (active != null && active != view && active.getSite().getSelectionProvider() != null) {
            selected(active, active.getSite().getSelectionProvider().getSelection());
        }
    }

    /** Runs {@code runnable} later on the UI thread, if the view's control still lives then. */
    public void asyncRun(Runnable runnable) {
        if (!control.isDisposed()) {
            control.getDisplay().asyncExec(() -> {
                if (!control.isDisposed()) {
                    runnable.run();
                }
            });
        }
    }

    private void selected(IWorkbenchPart part, ISelection selection) {
        if (disposed || part == view || control.isDisposed()
                || !(selection instanceof IStructuredSelection structured) || structured.isEmpty()) {
            return;
        }
        Object first = structured.getFirstElement();
        if (first instanceof Journey || first instanceof Stage || first instanceof Touchpoint
                || first instanceof MeasurementPoint) {
            element = (EObject) first;
            journeyFile = null;
            onSelection.accept(this);
            return;
        }
        IFile file = Adapters.adapt(first, IFile.class);
        if (file != null && JourneyFiles.EXTENSION.equals(file.getFileExtension())) {
            element = null;
            journeyFile = file;
            onSelection.accept(this);
        }
    }

    /** Whether nothing has been selected yet. */
    public boolean isEmpty() {
        return element == null && journeyFile == null;
    }

    /** The selected journey, stage, touchpoint or measurement point; null when a journey file is selected. */
    public EObject element() {
        return element;
    }

    /**
     * The selected element, a measurement point replaced by the touchpoint or stage it is attached to; null when a
     * journey file is selected.
     */
    public EObject elementOrAttachment() {
        if (element instanceof MeasurementPoint point && point.getAttachedTo() != null) {
            return point.getAttachedTo();
        }
        return element;
    }

    /** The selected {@code .journey} file; null when an element of an open journey is selected. */
    public IFile journeyFile() {
        return journeyFile;
    }

    /** The journey of the selected element (read on the UI thread, where editors change it); null for a file. */
    public Journey journey() {
        return element == null ? null : (Journey) EcoreUtil.getRootContainer(element);
    }

    /** The selected touchpoint, or the touchpoint the selected measurement point is attached to; otherwise null. */
    public Touchpoint touchpoint() {
        if (element instanceof Touchpoint touchpoint) {
            return touchpoint;
        }
        return element instanceof MeasurementPoint point && point.getAttachedTo() instanceof Touchpoint on ? on
                : null;
    }

    /** Stops listening; called again it does nothing. */
    public void dispose() {
        if (disposed) {
            return;
        }
        disposed = true;
        page.removePostSelectionListener(selectionListener);
        if (contextListener != null) {
            AnalysisContext.get().removeListener(contextListener);
        }
        if (preferenceListener != null) {
            CxPreferences.removeListener(preferenceListener);
        }
    }

    /** Whether the tracking has ended. */
    public boolean isDisposed() {
        return disposed;
    }
}
