package org.cxworkbench.ui.editor.internal;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * The editor site's selection provider: it passes on the selection of whichever page is active (the Structure
 * page's tree, the map), so the Properties view, the Outline and the actions follow the page the user works in.
 * A delegate that is no {@link IPostSelectionProvider} (the map viewer) has its selections passed on as post
 * selections too, since the Properties view hears only those.
 */
public final class DelegatingSelectionProvider implements IPostSelectionProvider {

    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private final ListenerList<ISelectionChangedListener> postListeners = new ListenerList<>();
    private ISelectionProvider delegate;

    private final ISelectionChangedListener forward = event -> {
        fire(listeners, event.getSelection());
        // the map viewer is a plain selection provider: the Properties view listens to post selections only
        if (!(event.getSelectionProvider() instanceof IPostSelectionProvider)) {
            fire(postListeners, event.getSelection());
        }
    };
    private final ISelectionChangedListener forwardPost = event -> fire(postListeners, event.getSelection());

    /** Follows {@code provider} from now on, and tells listeners its selection. */
    public void setDelegate(ISelectionProvider provider) {
        if (provider == delegate) {
            return;
        }
        if (delegate != null) {
            delegate.removeSelectionChangedListener(forward);
            if (delegate instanceof IPostSelectionProvider post) {
                post.removePostSelectionChangedListener(forwardPost);
            }
        }
        delegate = provider;
        if (delegate != null) {
            delegate.addSelectionChangedListener(forward);
            if (delegate instanceof IPostSelectionProvider post) {
                post.addPostSelectionChangedListener(forwardPost);
            }
        }
        ISelection selection = getSelection();
        fire(listeners, selection);
        fire(postListeners, selection);
    }

    public ISelectionProvider getDelegate() {
        return delegate;
    }

    private void fire(ListenerList<ISelectionChangedListener> to, ISelection selection) {
        SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
        for (ISelectionChangedListener listener : to) {
            listener.selectionChanged(event);
        }
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void addPostSelectionChangedListener(ISelectionChangedListener listener) {
        postListeners.add(listener);
    }

    @Override
    public void removePostSelectionChangedListener(ISelectionChangedListener listener) {
        postListeners.remove(listener);
    }

    @Override
    public ISelection getSelection() {
        return delegate == null ? StructuredSelection.EMPTY : delegate.getSelection();
    }

    @Override
    public void setSelection(ISelection selection) {
        if (delegate != null) {
            delegate.setSelection(selection);
        }
    }
}
