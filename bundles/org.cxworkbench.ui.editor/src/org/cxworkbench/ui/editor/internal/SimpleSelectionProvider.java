package org.cxworkbench.ui.editor.internal;

import java.util.Objects;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/** A selection provider that only holds a selection: the Map page's when the file could not be read and no map is drawn. */
public final class SimpleSelectionProvider implements ISelectionProvider {

    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private ISelection selection = StructuredSelection.EMPTY;

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    @Override
    public ISelection getSelection() {
        return selection;
    }

    @Override
    public void setSelection(ISelection newSelection) {
        ISelection value = newSelection == null ? StructuredSelection.EMPTY : newSelection;
        if (Objects.equals(value, selection)) {
            return;
        }
        selection = value;
        SelectionChangedEvent event = new SelectionChangedEvent(this, value);
        listeners.forEach(l -> l.selectionChanged(event));
    }
}
