package org.cxworkbench.ui.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * Property sources for the Properties view over the item providers of an adapter factory; every edit is a command on
 * {@code domain}'s command stack, so it is undone like any other change.
 */
public class ItemPropertySourceProvider implements IPropertySourceProvider {

    private final AdapterFactory adapterFactory;
    private final EditingDomain domain;

    public ItemPropertySourceProvider(AdapterFactory adapterFactory, EditingDomain domain) {
        this.adapterFactory = adapterFactory;
        this.domain = domain;
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        if (object instanceof IPropertySource source) {
            return source;
        }
        if (adapterFactory.adapt(object, IItemPropertySource.class) instanceof IItemPropertySource item) {
            return new ItemPropertySource(object, item, domain);
        }
        return null;
    }
}
