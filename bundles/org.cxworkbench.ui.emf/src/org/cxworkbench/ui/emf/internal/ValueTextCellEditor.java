package org.cxworkbench.ui.emf.internal;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;

/**
 * A text cell editor for an attribute of any data type: the value is converted with the type's own conversion
 * (EcoreUtil), and a text that does not convert is refused with one line saying what was expected.
 */
public final class ValueTextCellEditor extends TextCellEditor {

    private final EDataType type;

    public ValueTextCellEditor(Composite parent, EDataType type) {
        super(parent);
        this.type = type;
        setValidator(value -> {
            try {
                convert((String) value);
                return null;
            } catch (RuntimeException e) {
                return NLS.bind(Messages.Value_invalid, value, type.getName());
            }
        });
    }

    private Object convert(String text) {
        if (type.getInstanceClass() == String.class) {
            return text;
        }
        if ((text == null || text.isBlank()) && !type.getInstanceClass().isPrimitive()) {
            return null;
        }
        return EcoreUtil.createFromString(type, text == null ? "" : text.strip());
    }

    @Override
    protected Object doGetValue() {
        return convert((String) super.doGetValue());
    }

    @Override
    protected void doSetValue(Object value) {
        super.doSetValue(value == null ? "" : type.getInstanceClass() == String.class ? (String) value
                : EcoreUtil.convertToString(type, value));
    }
}
