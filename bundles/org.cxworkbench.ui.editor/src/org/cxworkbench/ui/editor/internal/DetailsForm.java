package org.cxworkbench.ui.editor.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.cxworkbench.core.journey.JourneyCommands;
import org.cxworkbench.model.journey.JourneyPackage;
import org.cxworkbench.model.journey.NamedElement;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/**
 * The details of the element selected in the Structure page: one field per property of its item provider (name,
 * description, kind, channel, stage, direct, metric, ...), each edit a command on the editor's stack (a name through
 * {@link JourneyCommands#rename}, anything else through a {@link SetCommand} labelled "Set Kind"). Fields follow the
 * model: an undo or an edit in the Properties view shows here at once. Each field carries its feature's name as
 * widget data {@link #FEATURE_KEY}, which is how tests and accessibility tools find it.
 */
public final class DetailsForm {

    /** Widget data key: the name of the feature a field edits. */
    public static final String FEATURE_KEY = "org.cxworkbench.feature";

    private final FormToolkit toolkit;
    private final ScrolledForm form;
    private final EditingDomain domain;
    private final List<Field> fields = new ArrayList<>();
    private EObject element;
    private boolean readOnly;
    private final AdapterImpl follower = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification notification) {
            if (!notification.isTouch() && !form.isDisposed()) {
                form.getDisplay().asyncExec(DetailsForm.this::refresh);
            }
        }
    };

    public DetailsForm(FormToolkit toolkit, Composite parent, EditingDomain domain) {
        this.toolkit = toolkit;
        this.domain = domain;
        this.form = toolkit.createScrolledForm(parent);
        GridLayout layout = new GridLayout(2, false);
        layout.horizontalSpacing = 10;
        form.getBody().setLayout(layout);
        toolkit.paintBordersFor(form.getBody()); // text fields of a form have no border of their own
        form.addDisposeListener(e -> follow(null));
        show(null, false);
    }

    public ScrolledForm control() {
        return form;
    }

    public EObject element() {
        return element;
    }

    /** Shows the fields of {@code object} (or a hint when nothing is selected). */
    public void show(Object object, boolean readOnlyResource) {
        EObject selected = object instanceof EObject e ? e : null;
        if (selected == element && readOnly == readOnlyResource && !fields.isEmpty()) {
            refresh();
            return;
        }
        follow(selected);
        readOnly = readOnlyResource;
        for (Control child : form.getBody().getChildren()) {
            child.dispose();
        }
        fields.clear();
        if (selected == null) {
            form.setText("");
            hint(Messages.Details_none);
            return;
        }
        IItemLabelProvider labels = (IItemLabelProvider) adapt(selected, IItemLabelProvider.class);
        form.setText(labels == null ? selected.eClass().getName() : labels.getText(selected));
        IItemPropertySource source = (IItemPropertySource) adapt(selected, IItemPropertySource.class);
        if (source != null) {
            for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(selected)) {
                if (descriptor.getFeature(selected) instanceof EStructuralFeature feature && !feature.isMany()) {
                    fields.add(createField(selected, descriptor, feature));
                }
            }
        }
        refresh();
        form.reflow(true);
    }

    /** Shows a text instead of fields: a hint, or why the file could not be loaded. */
    public void showMessage(String message) {
        follow(null);
        for (Control child : form.getBody().getChildren()) {
            child.dispose();
        }
        fields.clear();
        form.setText("");
        hint(message);
    }

    private void hint(String message) {
        Label label = toolkit.createLabel(form.getBody(), message, SWT.WRAP);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        data.widthHint = 300;
        label.setLayoutData(data);
        form.reflow(true);
    }

    private Object adapt(EObject object, Class<?> type) {
        return ((org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain) domain).getAdapterFactory().adapt(object,
                type);
    }

    private void follow(EObject selected) {
        if (element != null) {
            element.eAdapters().remove(follower);
        }
        element = selected;
        if (element != null) {
            element.eAdapters().add(follower);
        }
    }

    /** Brings every field up to date with the model. */
    public void refresh() {
        if (form.isDisposed() || element == null) {
            return;
        }
        IItemLabelProvider labels = (IItemLabelProvider) adapt(element, IItemLabelProvider.class);
        if (labels != null) {
            form.setText(labels.getText(element));
        }
        for (Field field : fields) {
            field.refresh();
        }
    }

    private Field createField(EObject object, IItemPropertyDescriptor descriptor, EStructuralFeature feature) {
        Composite body = form.getBody();
        Label label = toolkit.createLabel(body, descriptor.getDisplayName(object) + ":");
        label.setToolTipText(descriptor.getDescription(object));
        label.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        boolean editable = !readOnly && descriptor.canSetProperty(object)
                && !(feature instanceof EAttribute attribute && attribute.isID());
        Field field;
        if (feature instanceof EReference || feature.getEType() instanceof EEnum) {
            field = new ChoiceField(object, descriptor, feature, editable);
        } else if (isBoolean(feature)) {
            field = new CheckField(object, feature, editable);
        } else {
            field = new TextField(object, feature, editable);
        }
        field.control().setData(FEATURE_KEY, feature.getName());
        return field;
    }

    private static boolean isBoolean(EStructuralFeature feature) {
        Class<?> type = feature.getEType().getInstanceClass();
        return type == boolean.class || type == Boolean.class;
    }

    private void set(EObject object, EStructuralFeature feature, Object value, String displayName) {
        if (readOnly || Objects.equals(object.eGet(feature), value)) {
            return;
        }
        Command command;
        if (feature == JourneyPackage.Literals.NAMED_ELEMENT__NAME && object instanceof NamedElement named) {
            command = JourneyCommands.rename(domain, named, (String) value);
        } else {
            CompoundCommand compound = new CompoundCommand(NLS.bind(Messages.Command_set, displayName));
            compound.append(SetCommand.create(domain, object, feature, value));
            command = compound;
        }
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }

    private interface Field {
        Control control();

        void refresh();
    }

    /** Strings and numbers; committed on Enter and when the field loses focus. */
    private final class TextField implements Field {

        private final EObject object;
        private final EStructuralFeature feature;
        private final Text text;
        private final boolean multiLine;

        TextField(EObject object, EStructuralFeature feature, boolean editable) {
            this.object = object;
            this.feature = feature;
            this.multiLine = feature == JourneyPackage.Literals.NAMED_ELEMENT__DESCRIPTION;
            int style = multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE;
            text = toolkit.createText(form.getBody(), "", style | (editable ? 0 : SWT.READ_ONLY));
            GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
            data.widthHint = 200;
            if (multiLine) {
                data.heightHint = 60;
            }
            text.setLayoutData(data);
            if (editable) {
                text.addListener(SWT.DefaultSelection, e -> commit());
                text.addListener(SWT.FocusOut, e -> commit());
                text.addListener(SWT.Modify, e -> form.setMessage(null, IMessageProvider.NONE));
            }
        }

        private void commit() {
            if (text.isDisposed()) {
                return;
            }
            Object value;
            try {
                value = fromText(text.getText());
            } catch (RuntimeException e) {
                form.setMessage(NLS.bind(Messages.Details_invalidValue, text.getText(),
                        feature.getEType().getName()), IMessageProvider.ERROR);
                return;
            }
            set(object, feature, value, displayName());
        }

        private String displayName() {
            IItemPropertySource source = (IItemPropertySource) adapt(object, IItemPropertySource.class);
            IItemPropertyDescriptor d = source == null ? null : source.getPropertyDescriptor(object, feature);
            return d == null ? feature.getName() : d.getDisplayName(object);
        }

        private Object fromText(String value) {
            EDataType type = ((EAttribute) feature).getEAttributeType();
            if (type.getInstanceClass() == String.class) {
                return value.isEmpty() && object.eGet(feature) == null ? null : value;
            }
            if (value.isBlank() && !type.getInstanceClass().isPrimitive()) {
                return null;
            }
            return EcoreUtil.createFromString(type, value.strip());
        }

        @Override
        public Control control() {
            return text;
        }

        @Override
        public void refresh() {
            Object value = object.eGet(feature);
            String shown = value == null ? "" : feature.getEType().getInstanceClass() == String.class ? (String) value
                    : EcoreUtil.convertToString((EDataType) feature.getEType(), value);
            if (!shown.equals(text.getText())) {
                text.setText(shown);
            }
        }
    }

    private final class CheckField implements Field {

        private final EObject object;
        private final EStructuralFeature feature;
        private final Button button;

        CheckField(EObject object, EStructuralFeature feature, boolean editable) {
            this.object = object;
            this.feature = feature;
            button = toolkit.createButton(form.getBody(), "", SWT.CHECK);
            button.setEnabled(editable);
            button.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
            button.addListener(SWT.Selection, e -> {
                IItemPropertySource source = (IItemPropertySource) adapt(object, IItemPropertySource.class);
                IItemPropertyDescriptor d = source.getPropertyDescriptor(object, feature);
                set(object, feature, Boolean.valueOf(button.getSelection()),
                        d == null ? feature.getName() : d.getDisplayName(object));
            });
        }

        @Override
        public Control control() {
            return button;
        }

        @Override
        public void refresh() {
            button.setSelection(Boolean.TRUE.equals(object.eGet(feature)));
        }
    }

    /** Enumerations and single references (stage, channel, segment, attached to), from the item provider's choices. */
    private final class ChoiceField implements Field {

        private final EObject object;
        private final IItemPropertyDescriptor descriptor;
        private final EStructuralFeature feature;
        private final Combo combo;
        private List<Object> values = List.of();

        ChoiceField(EObject object, IItemPropertyDescriptor descriptor, EStructuralFeature feature,
                boolean editable) {
            this.object = object;
            this.descriptor = descriptor;
            this.feature = feature;
            combo = new Combo(form.getBody(), SWT.READ_ONLY | SWT.DROP_DOWN);
            toolkit.adapt(combo, true, false);
            combo.setEnabled(editable);
            GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
            data.widthHint = 200;
            combo.setLayoutData(data);
            combo.addListener(SWT.Selection, e -> {
                int index = combo.getSelectionIndex();
                if (index >= 0 && index < values.size()) {
                    set(object, feature, values.get(index), descriptor.getDisplayName(object));
                }
            });
        }

        @Override
        public Control control() {
            return combo;
        }

        @Override
        public void refresh() {
            List<Object> choices = new ArrayList<>();
            Collection<?> offered = descriptor.getChoiceOfValues(object);
            if (offered != null) {
                choices.addAll(offered);
            }
            Object current = object.eGet(feature);
            if (feature instanceof EReference && !choices.contains(null)) {
                choices.add(0, null);
            }
            if (current != null && !choices.contains(current)) {
                choices.add(current);
            }
            IItemLabelProvider labels = descriptor.getLabelProvider(object);
            String[] items = choices.stream().map(v -> v == null ? Messages.Details_noValue : labels.getText(v))
                    .toArray(String[]::new);
            values = choices;
            if (!java.util.Arrays.equals(items, combo.getItems())) {
                combo.setItems(items);
            }
            combo.select(values.indexOf(current));
        }
    }
}
