package org.cxworkbench.ui.emf;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.ViewerNotification;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.widgets.Control;

/**
 * Refreshes a structured viewer after model notifications: collected while a command runs and applied once, on the
 * viewer's display thread, so that a command touching 100 elements repaints once and a change made by a job does not
 * touch SWT from the wrong thread. Structure changes refresh the notifier's subtree; label changes update it.
 */
public final class ViewerRefresher implements INotifyChangedListener {

    /** The viewer to refresh; null stops refreshing. */
    public StructuredViewer viewer;

    private final Set<Object> refresh = new LinkedHashSet<>();
    private final Set<Object> update = new LinkedHashSet<>();
    private boolean all;
    private boolean scheduled;

    public ViewerRefresher() {
    }

    public ViewerRefresher(StructuredViewer viewer) {
        this.viewer = viewer;
    }

    @Override
    public void notifyChanged(Notification notification) {
        StructuredViewer target = viewer;
        if (target == null || target.getControl() == null || target.getControl().isDisposed()) {
            return;
        }
        synchronized (this) {
            if (notification instanceof ViewerNotification vn) {
                Object element = vn.getElement();
                if (vn.isContentRefresh()) {
                    if (element == null) {
                        all = true;
                    } else {
                        refresh.add(element);
                    }
                }
                if (vn.isLabelUpdate() && element != null) {
                    update.add(element);
                }
            } else {
                all = true;
            }
            if (scheduled) {
                return;
            }
            scheduled = true;
        }
        Control control = target.getControl();
        control.getDisplay().asyncExec(this::apply);
    }

    /** Applies what was collected now (tests and callers that need the viewer current call it directly). */
    public void apply() {
        Object[] toRefresh;
        Object[] toUpdate;
        boolean everything;
        synchronized (this) {
            scheduled = false;
            toRefresh = refresh.toArray();
            toUpdate = update.toArray();
            everything = all;
            refresh.clear();
            update.clear();
            all = false;
        }
        StructuredViewer target = viewer;
        if (target == null || target.getControl() == null || target.getControl().isDisposed()) {
            return;
        }
        if (everything) {
            target.refresh(true);
            return;
        }
        for (Object element : toRefresh) {
            target.refresh(element, true);
        }
        if (toUpdate.length > 0) {
            target.update(toUpdate, null);
        }
    }
}
