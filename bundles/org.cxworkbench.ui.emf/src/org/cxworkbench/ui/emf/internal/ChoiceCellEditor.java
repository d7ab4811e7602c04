package org.cxworkbench.ui.emf.internal;

import java.util.List;

import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** A read-only combo over a list of values (enum literals, reference targets, booleans) whose value is the object. */
public final class ChoiceCellEditor extends ComboBoxCellEditor {

    private final List<Object> values;

    public ChoiceCellEditor(Composite parent, List<Object> values, ILabelProvider labels) {
        super(parent, values.stream().map(labels::getText).toArray(String[]::new), SWT.READ_ONLY);
        this.values = values;
    }

    @Override
    protected Object doGetValue() {
        Object index = super.doGetValue();
        int i = index instanceof Integer n ? n : -1;
        return i >= 0 && i < values.size() ? values.get(i) : null;
    }

    @Override
    protected void doSetValue(Object value) {
        super.doSetValue(Integer.valueOf(Math.max(0, values.indexOf(value))));
    }
}
