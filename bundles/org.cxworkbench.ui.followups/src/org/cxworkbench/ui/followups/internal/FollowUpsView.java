package org.cxworkbench.ui.followups.internal;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.JourneyLoadException;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.MeasurableElement;
import org.cxworkbench.model.journey.NamedElement;
import org.cxworkbench.services.followups.FollowUpException;
import org.cxworkbench.services.followups.FollowUpItem;
import org.cxworkbench.services.followups.FollowUpQuery;
import org.cxworkbench.services.followups.FollowUpService;
import org.cxworkbench.services.store.ResultsStore;
import org.cxworkbench.services.store.StoreAccess;
import org.cxworkbench.services.store.StoreException;
import org.cxworkbench.store.FollowUp;
import org.cxworkbench.store.FollowUpConflictException;
import org.cxworkbench.store.FollowUpFilter;
import org.cxworkbench.store.FollowUpState;
import org.cxworkbench.ui.preferences.CxPreferences;
import org.cxworkbench.ui.results.JourneySelection;
import org.cxworkbench.ui.results.Stores;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

/**
 * The Follow-ups view: the follow-ups of the journey element selected in a journey editor (a touchpoint, a stage
 * with its touchpoints, the journey; or the journey of a selected {@code .journey} file), filtered by state, owner
 * and overdue, read in a job from the store of {@link CxPreferences}. The selected follow-up's owner, due date and
 * state are edited below the table and a note added; Apply saves them in a job through {@link FollowUpService}
 * with the version shown, so a change someone else made meanwhile is refused with the message naming who and when,
 * and the table is read again.
 */
public class FollowUpsView extends ViewPart {

    public static final String ID = "org.cxworkbench.ui.followups.views.followUps";

    /** Its context help (F1), a page of the user guide (org.cxworkbench.help). */
    public static final String HELP_ID = "org.cxworkbench.ui.followups.followups_view"; //$NON-NLS-1$

    /** The state filter's entries after "All" and "Open". */
    private static final FollowUpState[] STATES = FollowUpState.values();

    private Composite top;
    private Label message;
    private Combo stateFilter;
    private Text ownerFilter;
    private Button overdueFilter;
    private Table table;
    private Text owner;
    private Text due;
    private Combo state;
    private Text note;
    private Button apply;

    private JourneySelection selection;
    private List<FollowUpItem> items = List.of();
    private Job job;
    private Job saveJob;
    private String status = ""; //$NON-NLS-1$

    @Override
    public void createPartControl(Composite parent) {
        top = new Composite(parent, SWT.NONE);
        top.setLayout(new GridLayout(1, false));
        PlatformUI.getWorkbench().getHelpSystem().setHelp(top, HELP_ID);

        Composite filters = new Composite(top, SWT.NONE);
        filters.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filters.setLayout(new GridLayout(6, false));
        new Label(filters, SWT.NONE).setText(Messages.FollowUps_state);
        stateFilter = new Combo(filters, SWT.READ_ONLY);
        stateFilter.add(Messages.FollowUps_allStates);
        stateFilter.add(Messages.FollowUps_openStates);
        for (FollowUpState s : STATES) {
            stateFilter.add(stateName(s));
        }
        stateFilter.select(1);
        stateFilter.addListener(SWT.Selection, e -> refresh());
        new Label(filters, SWT.NONE).setText(Messages.FollowUps_owner);
        ownerFilter = new Text(filters, SWT.BORDER | SWT.SEARCH);
        ownerFilter.setLayoutData(new GridData(120, SWT.DEFAULT));
        ownerFilter.addListener(SWT.DefaultSelection, e -> refresh());
        overdueFilter = new Button(filters, SWT.CHECK);
        overdueFilter.setText(Messages.FollowUps_overdue);
        overdueFilter.addListener(SWT.Selection, e -> refresh());
        Button refresh = new Button(filters, SWT.PUSH);
        refresh.setText(Messages.FollowUps_refresh);
        refresh.addListener(SWT.Selection, e -> refresh());

        message = new Label(top, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        table = new Table(top, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        String[] names = columnNames();
        int[] widths = { 50, 90, 110, 170, 150, 60, 240, 90, 90, 100, 90, 200 };
        for (int i = 0; i < names.length; i++) {
            TableColumn column = new TableColumn(table, i == 0 || i == 5 ? SWT.RIGHT : SWT.LEFT);
            column.setText(names[i]);
            column.setWidth(widths[i]);
        }
        table.addListener(SWT.Selection, e -> showSelected());

        Composite edit = new Composite(top, SWT.NONE);
        edit.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        edit.setLayout(new GridLayout(9, false));
        new Label(edit, SWT.NONE).setText(Messages.FollowUps_owner);
        owner = new Text(edit, SWT.BORDER);
        owner.setLayoutData(new GridData(120, SWT.DEFAULT));
        new Label(edit, SWT.NONE).setText(Messages.FollowUps_due);
        due = new Text(edit, SWT.BORDER);
        due.setLayoutData(new GridData(90, SWT.DEFAULT));
        new Label(edit, SWT.NONE).setText(Messages.FollowUps_state);
        state = new Combo(edit, SWT.READ_ONLY);
        for (FollowUpState s : STATES) {
            state.add(stateName(s));
        }
        new Label(edit, SWT.NONE).setText(Messages.FollowUps_note);
        note = new Text(edit, SWT.BORDER);
        note.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        apply = new Button(edit, SWT.PUSH);
        apply.setText(Messages.FollowUps_apply);
        apply.addListener(SWT.Selection, e -> save());
        enableEditing(false);

        showMessage(Messages.FollowUps_nothingSelected);
        selection = JourneySelection.track(this, table, s -> refresh()).refreshOnPreferences(this::refresh);
        selection.selectFromActivePart();
    }

    static String[] columnNames() {
        return new String[] { Messages.FollowUps_colId, Messages.FollowUps_colState, Messages.FollowUps_colPriority,
                Messages.FollowUps_colRule, Messages.FollowUps_colTouchpoint, Messages.FollowUps_colAnswer,
                Messages.FollowUps_colComment, Messages.FollowUps_colRespondent, Messages.FollowUps_colAccount,
                Messages.FollowUps_colOwner, Messages.FollowUps_colDue, Messages.FollowUps_colNote };
    }

    static String stateName(FollowUpState s) {
        return switch (s) {
            case NEW -> Messages.State_new;
            case CONTACTED -> Messages.State_contacted;
            case RESOLVED -> Messages.State_resolved;
            case NO_RESPONSE -> Messages.State_no_response;
        };
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    @Override
    public void dispose() {
        if (selection != null) {
            selection.dispose();
        }
        if (job != null) {
            job.cancel();
        }
        super.dispose();
    }

    /** The query of the filters as they are set. */
    FollowUpQuery query() {
        int index = stateFilter.getSelectionIndex();
        Set<FollowUpState> states = index <= 0 ? Set.of()
                : index == 1 ? EnumSet.of(FollowUpState.NEW, FollowUpState.CONTACTED) : Set.of(STATES[index - 2]);
        String ownerText = ownerFilter.getText().strip();
        return new FollowUpQuery(states, ownerText.isEmpty() ? null : ownerText.equals("-") //$NON-NLS-1$
                ? FollowUpFilter.UNASSIGNED : ownerText, null, overdueFilter.getSelection() ? LocalDate.now() : null,
                1000);
    }

    /** Reads the follow-ups of the selected element again in a new job, cancelling the one running. */
    public void refresh() {
        if (job != null) {
            job.cancel();
        }
        if (selection == null || selection.isEmpty()) {
            return;
        }
        FollowUpQuery query = query();
        // a measurement point stands for the touchpoint or stage it measures
        EObject chosen = selection.elementOrAttachment();
        IFile journeyFile = selection.journeyFile();
        // the journey is read on the UI thread, where the editor changes it; the job reads the store
        Journey journey = chosen == null ? null : (Journey) EcoreUtil.getRootContainer(chosen);
        Path file = journeyFile == null || journeyFile.getLocation() == null ? null
                : journeyFile.getLocation().toFile().toPath();
        String name = chosen instanceof NamedElement named ? named.getName()
                : journeyFile == null ? "" : journeyFile.getName(); //$NON-NLS-1$
        showMessage(NLS.bind(Messages.FollowUps_loading, name));
        Job reading = new Job(Messages.FollowUps_job) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Result result = read(journey, chosen, file, name, query);
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                if (!table.isDisposed()) {
                    table.getDisplay().asyncExec(() -> {
                        if (job == this && !table.isDisposed()) {
                            show(result);
                        }
                    });
                }
                return Status.OK_STATUS;
            }
        };
        reading.setRule(Stores.RULE);
        job = reading;
        reading.schedule();
    }

    private record Result(List<FollowUpItem> items, String message) {
    }

    private Result read(Journey given, EObject chosen, Path file, String name, FollowUpQuery query) {
        Journey journey = given;
        MeasurableElement scope = chosen instanceof MeasurableElement measurable ? measurable : null;
        if (journey == null) {
            try {
                journey = JourneyFiles.load(file).journey();
                scope = journey;
            } catch (JourneyLoadException | RuntimeException e) {
                return new Result(List.of(), NLS.bind(Messages.FollowUps_journeyUnreadable, file, e.getMessage()));
            }
        }
        ResultsStore store;
        try {
            store = Stores.openForReading();
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.NOT_FOUND) {
                return new Result(List.of(), NLS.bind(Messages.FollowUps_noStore, CxPreferences.storeLocation()));
            }
            return new Result(List.of(), NLS.bind(Messages.FollowUps_failed, name, e.getMessage()));
        }
        try (store) {
            List<FollowUpItem> found = new FollowUpService(store, journey).list(query, scope);
            return new Result(found, found.isEmpty() ? NLS.bind(Messages.FollowUps_none, name)
                    : NLS.bind(Messages.FollowUps_header, name, found.size()));
        } catch (FollowUpException | SQLException | RuntimeException e) {
            return new Result(List.of(), NLS.bind(Messages.FollowUps_failed, name, e.getMessage()));
        }
    }

    private void show(Result result) {
        long selectedId = selected() == null ? -1 : selected().followUp().id();
        items = result.items();
        table.removeAll();
        for (FollowUpItem item : items) {
            TableItem row = new TableItem(table, SWT.NONE);
            row.setText(cells(item));
            row.setData(item);
            if (item.followUp().id() == selectedId) {
                table.setSelection(row);
            }
        }
        showSelected();
        showMessage(status.isEmpty() ? result.message() : status + "  " + result.message()); //$NON-NLS-1$
        status = ""; //$NON-NLS-1$
    }

    /** What a row shows, column by column. */
    static String[] cells(FollowUpItem item) {
        FollowUp f = item.followUp();
        return new String[] { Long.toString(f.id()), stateName(f.state()),
                f.high() ? Messages.FollowUps_high : Messages.FollowUps_normal, item.rule(), item.touchpoint(),
                f.value() == null ? "" : number(f.value()), text(f.comment()), text(f.respondentId()), //$NON-NLS-1$
                text(f.account()), text(f.owner()), f.due() == null ? "" : f.due().toString(), text(f.note()) }; //$NON-NLS-1$
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static String text(String value) {
        return value == null ? "" : value.replace('\n', ' '); //$NON-NLS-1$
    }

    /** The follow-up selected in the table, or null. */
    public FollowUpItem selected() {
        TableItem[] selection = table.getSelection();
        return selection.length == 1 ? (FollowUpItem) selection[0].getData() : null;
    }

    private void showSelected() {
        FollowUpItem item = selected();
        enableEditing(item != null);
        if (item == null) {
            return;
        }
        FollowUp f = item.followUp();
        owner.setText(f.owner() == null ? "" : f.owner()); //$NON-NLS-1$
        due.setText(f.due() == null ? "" : f.due().toString()); //$NON-NLS-1$
        state.select(f.state().ordinal());
        note.setText(""); //$NON-NLS-1$
    }

    private void enableEditing(boolean enabled) {
        for (var control : new org.eclipse.swt.widgets.Control[] { owner, due, state, note, apply }) {
            control.setEnabled(enabled);
        }
    }

    /** Apply: the edited owner, due date, state and note of the selected follow-up, saved in a job. */
    public void save() {
        FollowUpItem item = selected();
        if (item == null) {
            showMessage(Messages.FollowUps_selectOne);
            return;
        }
        FollowUp read = item.followUp();
        String newOwner = owner.getText().strip().isEmpty() ? null : owner.getText().strip();
        LocalDate newDue;
        try {
            newDue = due.getText().isBlank() ? null : LocalDate.parse(due.getText().strip());
        } catch (DateTimeParseException e) {
            showMessage(NLS.bind(Messages.FollowUps_badDate, due.getText().strip()));
            return;
        }
        FollowUpState newState = state.getSelectionIndex() < 0 ? read.state() : STATES[state.getSelectionIndex()];
        String newNote = note.getText().strip();
        showMessage(NLS.bind(Messages.FollowUps_saving, read.id()));
        apply.setEnabled(false);
        Job saving = new Job(Messages.FollowUps_saveJob) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                String outcome = write(read, newOwner, newDue, newState, newNote);
                if (!table.isDisposed()) {
                    table.getDisplay().asyncExec(() -> {
                        if (!table.isDisposed()) {
                            status = outcome;
                            showMessage(outcome);
                            refresh();
                        }
                    });
                }
                return Status.OK_STATUS;
            }
        };
        saving.setRule(Stores.RULE);
        saveJob = saving;
        saving.schedule();
    }

    /** One save, each change with the version the previous one left; returns the line to show. */
    private static String write(FollowUp read, String newOwner, LocalDate newDue, FollowUpState newState,
            String newNote) {
        ResultsStore store;
        try {
            store = ResultsStore.open(CxPreferences.storeLocation(), CxPreferences.storeUser(),
                    CxPreferences.storePassword(), StoreAccess.WRITE);
        } catch (StoreException | StorageException e) {
            return NLS.bind(Messages.FollowUps_failed, read.id(), e.getMessage());
        }
        try (store) {
            FollowUpService service = new FollowUpService(store, null);
            int version = read.version();
            FollowUp now = read;
            if (!Objects.equals(read.owner(), newOwner) || !Objects.equals(read.due(), newDue)) {
                now = service.assign(read.id(), version, newOwner, newDue).followUp();
                version = now.version();
            }
            if (read.state() != newState) {
                now = service.setState(read.id(), version, newState).followUp();
                version = now.version();
            }
            if (!newNote.isEmpty()) {
                now = service.note(read.id(), version, newNote).followUp();
            }
            return NLS.bind(Messages.FollowUps_saved, read.id(), now.version());
        } catch (FollowUpConflictException | FollowUpException e) {
            return e.getMessage();
        } catch (SQLException | RuntimeException e) {
            return NLS.bind(Messages.FollowUps_failed, read.id(), e.getMessage());
        }
    }

    private void showMessage(String text) {
        message.setText(text);
        message.setToolTipText(text);
        top.layout(true, true);
    }

    // for tests

    public Job job() {
        return job;
    }

    public Job saveJob() {
        return saveJob;
    }

    public Table table() {
        return table;
    }

    public String messageText() {
        return message.getText();
    }

    public Text ownerField() {
        return owner;
    }

    public Text dueField() {
        return due;
    }

    public Combo stateField() {
        return state;
    }

    public Text noteField() {
        return note;
    }

    public Button applyButton() {
        return apply;
    }

    public Combo stateFilter() {
        return stateFilter;
    }

    public List<FollowUpItem> items() {
        return items;
    }
}
