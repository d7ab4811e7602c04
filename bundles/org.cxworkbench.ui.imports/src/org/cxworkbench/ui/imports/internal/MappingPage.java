package org.cxworkbench.ui.imports.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.services.imports.ImportPreview;
import org.cxworkbench.services.imports.PreviewRow;
import org.cxworkbench.store.ColumnMapping;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.jface.resource.JFaceResources;

/**
 * Step 3: which column holds what. One row per measurement point of the journey (its answers, then its comments) and
 * per role, each with a combo of the file's columns; the automatic matches are marked with why, and the first rows
 * are shown as mapped. A mapping is saved and loaded in the format {@code cxw import --mapping} reads.
 */
public final class MappingPage extends WizardPage {

    private final SurveyImportWizard wizard;
    private final List<MappingTarget> targets = new ArrayList<>();
    private final Map<MappingTarget, String> assigned = new HashMap<>();
    /** What the automatic matching gave each target, and why. */
    private final Map<MappingTarget, String> suggested = new HashMap<>();
    private final Map<String, String> why = new HashMap<>();
    private TableViewer viewer;
    private Table preview;
    private Label summary;
    private ImportPreview shownFor;
    private ColumnMapping shownMapping;

    MappingPage(SurveyImportWizard wizard) {
        super("mapping");
        this.wizard = wizard;
        setTitle(Messages.Mapping_title);
        setDescription(Messages.Mapping_description);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(3, false));
        summary = new Label(body, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button save = new Button(body, SWT.PUSH);
        save.setText(Messages.Mapping_save);
        save.addListener(SWT.Selection, e -> save());
        Button load = new Button(body, SWT.PUSH);
        load.setText(Messages.Mapping_load);
        load.addListener(SWT.Selection, e -> load());

        SashForm sash = new SashForm(body, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        viewer = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        Font bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT);

        TableViewerColumn field = new TableViewerColumn(viewer, SWT.LEFT);
        field.getColumn().setText(Messages.Mapping_field);
        field.getColumn().setWidth(300);
        field.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((MappingTarget) element).label();
            }
        });
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(Messages.Mapping_column);
        column.getColumn().setWidth(300);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String assignedColumn = assigned.get(element);
                return assignedColumn == null ? Messages.Mapping_none : assignedColumn;
            }

            @Override
            public Font getFont(Object element) {
                return isAutomatic((MappingTarget) element) ? bold : null;
            }
        });
        column.setEditingSupport(new ColumnEditing(viewer));
        TableViewerColumn match = new TableViewerColumn(viewer, SWT.LEFT);
        match.getColumn().setText(Messages.Mapping_automatic);
        match.getColumn().setWidth(420);
        match.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                MappingTarget target = (MappingTarget) element;
                return isAutomatic(target) ? "\u2713 " + why.getOrDefault(assigned.get(target), "") : "";
            }

            @Override
            public Color getForeground(Object element) {
                return viewer.getTable().getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN);
            }
        });

        preview = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        preview.setHeaderVisible(true);
        preview.setLinesVisible(true);
        sash.setWeights(3, 2);
        setControl(body);
    }

    private boolean isAutomatic(MappingTarget target) {
        String column = assigned.get(target);
        return column != null && column.equals(suggested.get(target));
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            refresh();
        }
    }

    /** The file's preview: the targets of its journey, and the mapping the wizard holds or the automatic one. */
    private void refresh() {
        ImportPreview current = wizard.preview();
        if (current == null) {
            return;
        }
        if (current == shownFor && wizard.mapping() != null && wizard.mapping().equals(shownMapping)) {
            return;
        }
        shownFor = current;
        targets.clear();
        for (MeasurementPoint point : wizard.journey().getMeasurementPoints()) {
            targets.add(new MappingTarget(MappingTarget.Kind.ANSWER, point.getId(),
                    NLS.bind(Messages.Mapping_answers, point.getName(), point.getMetricId())));
        }
        for (String role : List.of(ColumnMapping.RESPONDENT, ColumnMapping.TIME, ColumnMapping.SEGMENT,
                ColumnMapping.ACCOUNT, ColumnMapping.CONTACT, ColumnMapping.CHANNEL, ColumnMapping.LANGUAGE,
                ColumnMapping.WEIGHT, ColumnMapping.PERSON)) {
            targets.add(new MappingTarget(MappingTarget.Kind.ROLE, role, roleName(role)));
        }
        for (MeasurementPoint point : wizard.journey().getMeasurementPoints()) {
            targets.add(new MappingTarget(MappingTarget.Kind.COMMENT, point.getId(),
                    NLS.bind(Messages.Mapping_comments, point.getName())));
        }
        why.clear();
        current.matches().forEach(m -> why.put(m.column(), m.why()));
        suggested.clear();
        suggested.putAll(assignments(current.suggestion().mapping()));
        apply(wizard.mapping() != null ? wizard.mapping() : current.suggestion().mapping());
        viewer.setInput(targets);
        viewer.getTable().setToolTipText(NLS.bind(Messages.Mapping_tooltip, String.valueOf(current.headers().size())));
    }

    private Map<MappingTarget, String> assignments(ColumnMapping mapping) {
        Map<MappingTarget, String> result = new HashMap<>();
        for (MappingTarget target : targets) {
            String column = switch (target.kind()) {
                case ANSWER -> columnOf(mapping.answers(), target.key());
                case COMMENT -> columnOf(mapping.comments(), target.key());
                case ROLE -> mapping.roles().get(target.key());
            };
            if (column != null) {
                result.put(target, column);
            }
        }
        return result;
    }

    private static String columnOf(Map<String, String> columns, String pointId) {
        for (Map.Entry<String, String> entry : columns.entrySet()) {
            if (entry.getValue().equals(pointId)) {
                return entry.getKey();
            }
        }
        return null;
    }

    private void apply(ColumnMapping mapping) {
        assigned.clear();
        assigned.putAll(assignments(mapping));
        changed();
    }

    /** The mapping the rows say. */
    ColumnMapping mapping() {
        Map<String, String> answers = new LinkedHashMap<>();
        Map<String, String> comments = new LinkedHashMap<>();
        Map<String, String> roles = new LinkedHashMap<>();
        for (MappingTarget target : targets) {
            String column = assigned.get(target);
            if (column == null) {
                continue;
            }
            switch (target.kind()) {
                case ANSWER -> answers.put(column, target.key());
                case COMMENT -> comments.put(column, target.key());
                case ROLE -> roles.put(target.key(), column);
            }
        }
        return new ColumnMapping(answers, comments, roles);
    }

    /** A row changed: the wizard's mapping, the preview as mapped and whether the page is complete. */
    private void changed() {
        ColumnMapping mapping = mapping();
        shownMapping = mapping;
        wizard.setMapping(mapping);
        viewer.refresh();
        List<String> headers = new ArrayList<>();
        headers.add(Messages.Table_line);
        List<Integer> indexes = new ArrayList<>();
        for (MappingTarget target : targets) {
            String column = assigned.get(target);
            if (column != null && shownFor.headers().contains(column)) {
                headers.add(target.label());
                indexes.add(shownFor.headers().indexOf(column));
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (PreviewRow row : shownFor.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(Long.toString(row.line()));
            for (int index : indexes) {
                cells.add(row.cells().get(index));
            }
            rows.add(cells);
        }
        PreviewTables.fill(preview, headers, rows);
        long automatic = targets.stream().filter(this::isAutomatic).count();
        summary.setText(NLS.bind(Messages.Mapping_summary, new Object[] {String.valueOf(assigned.size()),
                String.valueOf(automatic), String.valueOf(shownFor.headers().size())}));
        summary.getParent().layout(true, true);
        if (mapping.answers().isEmpty()) {
            setErrorMessage(Messages.Mapping_noAnswers);
            setPageComplete(false);
        } else {
            setErrorMessage(null);
            setPageComplete(true);
        }
    }

    /** Assigns {@code column} (null for none) to {@code target}, as the combo of its row does. */
    public void assign(MappingTarget target, String column) {
        if (column == null) {
            assigned.remove(target);
        } else {
            assigned.put(target, column);
        }
        changed();
    }

    private void save() {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] {"*.mapping", "*.*"});
        dialog.setOverwrite(true);
        dialog.setFileName(wizard.file().getFileName().toString().replaceFirst("\\.[^.]*$", "") + ".mapping");
        dialog.setFilterPath(wizard.file().getParent() == null ? null : wizard.file().getParent().toString());
        String chosen = dialog.open();
        if (chosen != null) {
            saveTo(Path.of(chosen));
        }
    }

    /** Writes the mapping as {@code cxw import --save-mapping} does. */
    public boolean saveTo(Path file) {
        try {
            mapping().save(file);
            setMessage(NLS.bind(Messages.Mapping_saved, file), INFORMATION);
            return true;
        } catch (IOException e) {
            String message = NLS.bind(Messages.Mapping_saveFailed, file, e.getMessage());
            SurveyImportWizard.log(message, e);
            setErrorMessage(message);
            return false;
        }
    }

    private void load() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] {"*.mapping", "*.*"});
        dialog.setFilterPath(wizard.file().getParent() == null ? null : wizard.file().getParent().toString());
        String chosen = dialog.open();
        if (chosen != null) {
            loadFrom(Path.of(chosen));
        }
    }

    /** Reads a mapping saved by this page or by {@code cxw import --save-mapping}; refuses one naming other columns. */
    public boolean loadFrom(Path file) {
        ColumnMapping loaded;
        try {
            loaded = ColumnMapping.load(file);
        } catch (IOException e) {
            String message = NLS.bind(Messages.Mapping_loadFailed, file, e.getMessage());
            SurveyImportWizard.log(message, e);
            setErrorMessage(message);
            return false;
        }
        List<String> missing = new ArrayList<>();
        List<String> columns = new ArrayList<>(loaded.answers().keySet());
        columns.addAll(loaded.comments().keySet());
        columns.addAll(loaded.roles().values());
        for (String column : columns) {
            if (!shownFor.headers().contains(column)) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            setErrorMessage(NLS.bind(Messages.Mapping_missingColumns, file.getFileName(), String.join(", ", missing)));
            return false;
        }
        apply(loaded);
        setMessage(NLS.bind(Messages.Mapping_loaded, file), INFORMATION);
        return true;
    }

    private static String roleName(String role) {
        return switch (role) {
            case ColumnMapping.RESPONDENT -> Messages.Role_respondent;
            case ColumnMapping.TIME -> Messages.Role_time;
            case ColumnMapping.SEGMENT -> Messages.Role_segment;
            case ColumnMapping.ACCOUNT -> Messages.Role_account;
            case ColumnMapping.CONTACT -> Messages.Role_contact;
            case ColumnMapping.CHANNEL -> Messages.Role_channel;
            case ColumnMapping.LANGUAGE -> Messages.Role_language;
            case ColumnMapping.WEIGHT -> Messages.Role_weight;
            default -> Messages.Role_person;
        };
    }

    public List<MappingTarget> targets() {
        return List.copyOf(targets);
    }

    public String assigned(MappingTarget target) {
        return assigned.get(target);
    }

    public boolean automatic(MappingTarget target) {
        return isAutomatic(target);
    }

    public TableViewer viewer() {
        return viewer;
    }

    public Table previewTable() {
        return preview;
    }

    /** The column combo of a row: "(none)" then the file's columns. */
    private final class ColumnEditing extends EditingSupport {

        private final ComboBoxCellEditor editor;

        ColumnEditing(TableViewer viewer) {
            super(viewer);
            editor = new ComboBoxCellEditor(viewer.getTable(), new String[0], SWT.READ_ONLY);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            List<String> items = new ArrayList<>();
            items.add(Messages.Mapping_none);
            items.addAll(shownFor.headers());
            editor.setItems(items.toArray(String[]::new));
            return editor;
        }

        @Override
        protected boolean canEdit(Object element) {
            return shownFor != null;
        }

        @Override
        protected Object getValue(Object element) {
            String column = assigned.get(element);
            return column == null ? 0 : shownFor.headers().indexOf(column) + 1;
        }

        @Override
        protected void setValue(Object element, Object value) {
            int index = value instanceof Integer i ? i : 0;
            assign((MappingTarget) element, index <= 0 || index > shownFor.headers().size() ? null
                    : shownFor.headers().get(index - 1));
        }
    }
}
