package org.cxworkbench.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.cxworkbench.ui.emf.internal.ChoiceCellEditor;
import org.cxworkbench.ui.emf.internal.ValueTextCellEditor;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/**
 * One row of the Properties view for an EMF item property descriptor: its name, category, description and label,
 * and a cell editor chosen by the feature's type (text for strings and numbers, a choice for booleans, enumerations
 * and single references). Many-valued features and features the item provider marks as not settable are shown but
 * not edited here.
 */
public class PropertySheetDescriptor implements IPropertyDescriptor {

    private final Object object;
    private final IItemPropertyDescriptor item;
    private final boolean readOnly;

    public PropertySheetDescriptor(Object object, IItemPropertyDescriptor item, boolean readOnly) {
        this.object = object;
        this.item = item;
        this.readOnly = readOnly;
    }

    /** The value itself when an item provider wrapped it for display (EMF's PropertyValueWrapper). */
    public static Object unwrap(Object value) {
        if (value instanceof IItemPropertySource source && !(value instanceof org.eclipse.emf.ecore.EObject)) {
            return source.getEditableValue(value);
        }
        return value;
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        if (readOnly || !item.canSetProperty(object)) {
            return null;
        }
        Object feature = item.getFeature(object);
        if (!(feature instanceof EStructuralFeature structural) || structural.isMany() || item.isMany(object)) {
            return null;
        }
        ILabelProvider labels = getLabelProvider();
        if (structural instanceof EReference) {
            return new ChoiceCellEditor(parent, choices(true), labels);
        }
        EDataType type = ((EAttribute) structural).getEAttributeType();
        if (type instanceof EEnum) {
            return new ChoiceCellEditor(parent, choices(!structural.isRequired() && structural.isUnsettable()),
                    labels);
        }
        Class<?> instanceClass = type.getInstanceClass();
        if (instanceClass == boolean.class || instanceClass == Boolean.class) {
            List<Object> values = new ArrayList<>(List.of(Boolean.FALSE, Boolean.TRUE));
            if (instanceClass == Boolean.class) {
                values.add(0, null);
            }
            return new ChoiceCellEditor(parent, values, labels);
        }
        return new ValueTextCellEditor(parent, type);
    }

    private List<Object> choices(boolean withNull) {
        List<Object> values = new ArrayList<>();
        Collection<?> offered = item.getChoiceOfValues(object);
        if (offered != null) {
            values.addAll(offered);
        }
        if (withNull && !values.contains(null)) {
            values.add(0, null);
        }
        return values;
    }

    @Override
    public String getCategory() {
        return item.getCategory(object);
    }

    @Override
    public String getDescription() {
        return item.getDescription(object);
    }

    @Override
    public String getDisplayName() {
        return item.getDisplayName(object);
    }

    @Override
    public String[] getFilterFlags() {
        return item.getFilterFlags(object);
    }

    @Override
    public Object getHelpContextIds() {
        return null;
    }

    @Override
    public Object getId() {
        return item.getId(object);
    }

    @Override
    public ILabelProvider getLabelProvider() {
        IItemLabelProvider itemLabels = item.getLabelProvider(object);
        return new LabelProvider() {
            @Override
            public String getText(Object element) {
                if (element == null) {
                    return "";
                }
                if (element instanceof Collection<?> many) {
                    List<String> texts = new ArrayList<>();
                    many.forEach(e -> texts.add(itemLabels.getText(e)));
                    return String.join(", ", texts);
                }
                return itemLabels.getText(element);
            }
        };
    }

    @Override
    public boolean isCompatibleWith(IPropertyDescriptor other) {
        return other instanceof PropertySheetDescriptor that && that.item.getFeature(that.object) == item.getFeature(
                object);
    }
}
