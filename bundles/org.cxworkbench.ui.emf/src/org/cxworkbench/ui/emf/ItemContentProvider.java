package org.cxworkbench.ui.emf;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;

/**
 * A JFace tree content provider over EMF item providers: children, parents and roots come from the
 * {@link ITreeItemContentProvider}s of the adapter factory, and the viewer is refreshed on the item providers'
 * {@link org.eclipse.emf.edit.provider.ViewerNotification}s (structure changes refresh the element, label changes
 * update it), always on the viewer's display thread.
 */
public class ItemContentProvider implements ITreeContentProvider, INotifyChangedListener {

    private static final Object[] NONE = {};

    protected final AdapterFactory adapterFactory;
    protected StructuredViewer viewer;
    private final ViewerRefresher refresher = new ViewerRefresher();

    public ItemContentProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.addListener(this);
        }
    }

    @Override
    public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
        this.viewer = newViewer instanceof StructuredViewer structured ? structured : null;
        refresher.viewer = this.viewer;
    }

    @Override
    public Object[] getElements(Object input) {
        if (input instanceof ResourceSet set) {
            return set.getResources().toArray();
        }
        if (input instanceof Resource resource) {
            return resource.getContents().toArray();
        }
        if (input instanceof Object[] array) {
            return array;
        }
        if (input instanceof Collection<?> collection) {
            return collection.toArray();
        }
        if (adapterFactory.adapt(input, IStructuredItemContentProvider.class)
                instanceof IStructuredItemContentProvider provider) {
            return provider.getElements(input).toArray();
        }
        return NONE;
    }

    @Override
    public Object[] getChildren(Object element) {
        if (adapterFactory.adapt(element, ITreeItemContentProvider.class) instanceof ITreeItemContentProvider p) {
            return p.getChildren(element).toArray();
        }
        return NONE;
    }

    @Override
    public boolean hasChildren(Object element) {
        return adapterFactory.adapt(element, ITreeItemContentProvider.class) instanceof ITreeItemContentProvider p
                && p.hasChildren(element);
    }

    @Override
    public Object getParent(Object element) {
        if (adapterFactory.adapt(element, ITreeItemContentProvider.class) instanceof ITreeItemContentProvider p) {
            return p.getParent(element);
        }
        return null;
    }

    @Override
    public void notifyChanged(Notification notification) {
        refresher.notifyChanged(notification);
    }

    @Override
    public void dispose() {
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.removeListener(this);
        }
        viewer = null;
        refresher.viewer = null;
    }
}
