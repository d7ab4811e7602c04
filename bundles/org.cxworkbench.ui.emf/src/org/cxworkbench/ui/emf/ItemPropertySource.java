package org.cxworkbench.ui.emf;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.cxworkbench.ui.emf.internal.Messages;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * The Properties view's view of one model element, from its {@link IItemPropertySource}: the item provider's
 * property descriptors with cell editors for text, numbers, booleans, enumerations and single references, and edits
 * executed as {@link SetCommand}s on the editing domain's command stack (labelled "Set Name" etc., so the Edit menu
 * says "Undo Set Name"). Nothing is editable when the domain says the element's resource is read-only.
 */
public class ItemPropertySource implements IPropertySource {

    private final Object object;
    private final IItemPropertySource itemSource;
    private final EditingDomain domain;

    public ItemPropertySource(Object object, IItemPropertySource itemSource, EditingDomain domain) {
        this.object = object;
        this.itemSource = itemSource;
        this.domain = domain;
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> result = new ArrayList<>();
        boolean readOnly = readOnly();
        for (IItemPropertyDescriptor descriptor : itemSource.getPropertyDescriptors(object)) {
            result.add(new PropertySheetDescriptor(object, descriptor, readOnly));
        }
        return result.toArray(IPropertyDescriptor[]::new);
    }

    private boolean readOnly() {
        return domain == null || object instanceof EObject eObject && eObject.eResource() != null
                && domain.isReadOnly(eObject.eResource());
    }

    private IItemPropertyDescriptor descriptor(Object id) {
        return itemSource.getPropertyDescriptor(object, id);
    }

    @Override
    public Object getPropertyValue(Object id) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        return descriptor == null ? null : PropertySheetDescriptor.unwrap(descriptor.getPropertyValue(object));
    }

    @Override
    public boolean isPropertySet(Object id) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        return descriptor != null && descriptor.isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        set(id, SetCommand.UNSET_VALUE);
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        if (Objects.equals(getPropertyValue(id), value)) {
            return;
        }
        set(id, value);
    }

    private void set(Object id, Object value) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        if (descriptor == null || !(object instanceof EObject owner) || readOnly()
                || !(descriptor.getFeature(object) instanceof EStructuralFeature feature)) {
            return;
        }
        Command command = new CompoundCommand(NLS.bind(Messages.Command_set, descriptor.getDisplayName(object)),
                new ArrayList<>(List.of(SetCommand.create(domain, owner, feature, value))));
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }
}
