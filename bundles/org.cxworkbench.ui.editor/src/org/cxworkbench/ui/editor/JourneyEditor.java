package org.cxworkbench.ui.editor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.core.journey.Finding;
import org.cxworkbench.core.journey.JourneyCommands;
import org.cxworkbench.core.journey.JourneyEditing;
import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.model.journey.IdentifiedElement;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.ui.editor.internal.DelegatingSelectionProvider;
import org.cxworkbench.ui.editor.internal.JourneyOutlinePage;
import org.cxworkbench.ui.editor.internal.MapPage;
import org.cxworkbench.ui.reports.ReportRuns;
import org.cxworkbench.ui.editor.internal.Messages;
import org.cxworkbench.ui.editor.internal.SimpleSelectionProvider;
import org.cxworkbench.ui.editor.internal.StructurePage;
import org.cxworkbench.ui.editor.internal.ValidationMarkers;
import org.cxworkbench.ui.emf.CommandStackActions;
import org.cxworkbench.ui.emf.ItemPropertySourceProvider;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.dialogs.SaveAsDialog;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

/**
 * The editor of {@code .journey} files: a Map page (the journey drawn; see {@link #createMapPage}) and a Structure
 * page (tree and details form) on one editing domain ({@link JourneyEditing#newDomain()}) and one command stack, so
 * undo and redo work across pages, the Outline and the Properties view. The editor's selection is the active page's;
 * selecting in the Outline, or through {@link #setSelectionToViewers}, selects on every page.
 *
 * <p>The file is loaded through its {@code JourneyResource}: a file that fails to load opens read-only with the load
 * error in the header and is never saved over. Saving writes through the resource (backup and atomic move) and then
 * refreshes the workspace file. After each change the journey is validated (debounced) and its findings become
 * problem markers of type {@link #MARKER_TYPE} on the file; pages follow them through {@link FindingsListener}s.
 */
public class JourneyEditor extends MultiPageEditorPart implements IEditingDomainProvider, IGotoMarker {

    public static final String ID = "org.cxworkbench.ui.editor.journey";
    /** The key binding context active while a journey editor is (Ctrl+Y redo on GTK). */
    public static final String CONTEXT_ID = "org.cxworkbench.ui.editor.context";
    /** F1 on the map: the user guide's page on drawing a journey (contexts_editor.xml of org.cxworkbench.help). */
    public static final String MAP_HELP_ID = "org.cxworkbench.ui.editor.map";
    /** F1 on the Structure page. */
    public static final String STRUCTURE_HELP_ID = "org.cxworkbench.ui.editor.structure";
    /** The marker type of validation findings; {@link #MARKER_ELEMENT_ID} names the element. */
    public static final String MARKER_TYPE = ValidationMarkers.MARKER_TYPE;
    public static final String MARKER_ELEMENT_ID = ValidationMarkers.ELEMENT_ID;

    private AdapterFactoryEditingDomain domain;
    private Resource resource;
    private String loadError;
    private CommandStackActions actions;
    private final DelegatingSelectionProvider selectionProvider = new DelegatingSelectionProvider();
    private ISelectionProvider mapSelection;
    private StructurePage structure;
    private MapPage map;
    private int mapPage = -1;
    private int structurePage = -1;
    private JourneyOutlinePage outline;
    private PropertySheetPage properties;
    private ValidationMarkers validation;
    private IAction newMeasurementPoint;
    private IAction selectAll;
    private IAction revert;
    private boolean linking;

    private final CommandStackListener stackListener = event -> {
        Control container = getContainer();
        if (container == null || container.isDisposed()) {
            return;
        }
        firePropertyChange(PROP_DIRTY);
        if (properties != null && properties.getControl() != null && !properties.getControl().isDisposed()) {
            properties.refresh();
        }
        selectAffected(((org.eclipse.emf.common.command.CommandStack) event.getSource()).getMostRecentCommand());
        validation.schedule();
    };

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IFileEditorInput)) {
            throw new PartInitException(NLS.bind(Messages.Editor_notAFile, input.getName()));
        }
        super.init(site, input);
        site.setSelectionProvider(selectionProvider);
        setPartName(input.getName());
        domain = JourneyEditing.newDomain();
        load();
        actions = new CommandStackActions(domain, this::deleteCommand);
        selectionProvider.addSelectionChangedListener(actions);
        selectionProvider.addSelectionChangedListener(event -> {
            if (outline != null) {
                outline.showSelection(event.getSelection());
            }
        });
        domain.getCommandStack().addCommandStackListener(stackListener);
        validation = new ValidationMarkers(site.getShell().getDisplay(), this::getFile, this::getJourney);
        createActions();
        IContextService contexts = site.getService(IContextService.class);
        if (contexts != null) {
            contexts.activateContext(CONTEXT_ID);
        }
    }

    private URI uri() {
        return URI.createPlatformResourceURI(getFile().getFullPath().toString(), true);
    }

    private void load() {
        loadError = null;
        URI uri = uri();
        try {
            resource = domain.getResourceSet().getResource(uri, true);
        } catch (RuntimeException e) {
            resource = domain.getResourceSet().getResource(uri, false);
            loadError = loadError(resource, e);
        }
        if (loadError == null && (resource == null || resource.getContents().isEmpty()
                || !(resource.getContents().get(0) instanceof Journey))) {
            loadError = NLS.bind(Messages.Editor_noJourney, getFile().getName());
        }
    }

    private static String loadError(Resource resource, RuntimeException e) {
        if (resource != null && !resource.getErrors().isEmpty()) {
            return resource.getErrors().get(0).getMessage();
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }

    /** The workspace file being edited. */
    public IFile getFile() {
        return ((IFileEditorInput) getEditorInput()).getFile();
    }

    /** The journey being edited, or null when the file failed to load. */
    public Journey getJourney() {
        return loadError == null && resource != null && !resource.getContents().isEmpty()
                && resource.getContents().get(0) instanceof Journey journey ? journey : null;
    }

    /** Why the file could not be loaded ({@code file:line:column: what}), or null. */
    public String getLoadError() {
        return loadError;
    }

    @Override
    public EditingDomain getEditingDomain() {
        return domain;
    }

    /** Undo, redo and delete of this editor, as the workbench's global action handlers use them. */
    public CommandStackActions getCommandStackActions() {
        return actions;
    }

    @Override
    protected void createPages() {
        Journey journey = getJourney();
        Control map = createMapPage(getContainer(), domain, journey);
        mapPage = addPage(map);
        PlatformUI.getWorkbench().getHelpSystem().setHelp(map, MAP_HELP_ID);
        setPageText(mapPage, Messages.Page_map);
        if (mapSelection == null) {
            mapSelection = new SimpleSelectionProvider();
        }

        structure = new StructurePage(getContainer(), domain, domain.getAdapterFactory());
        structurePage = addPage(structure.control());
        PlatformUI.getWorkbench().getHelpSystem().setHelp(structure.control(), STRUCTURE_HELP_ID);
        setPageText(structurePage, Messages.Page_structure);
        structure.setInput(journey, title(journey), loadError);
        org.eclipse.jface.action.MenuManager menu = structure.createContextMenu(m -> {
            m.add(newMeasurementPoint);
            m.add(new Separator());
            m.add(actions.undo());
            m.add(actions.redo());
            m.add(actions.delete());
        });
        getSite().registerContextMenu(ID + ".structure", menu, structure.viewer());

        int first = initialPage();
        setActivePage(first);
        selectionProvider.setDelegate(first == mapPage ? mapSelection : structure.viewer());
        if (journey != null) {
            validation.schedule();
        }
    }

    private String title(Journey journey) {
        return journey == null ? getFile().getName()
                : journey.getName() == null || journey.getName().isBlank() ? getFile().getName() : journey.getName();
    }

    /**
     * The Map page: the palette, the map viewer and its tool bar ({@link MapPage}) on {@code journey}, which every
     * gesture changes through commands on {@code editingDomain}'s stack. The viewer is the page's selection provider;
     * validation findings decorate it; a metric dropped from the palette opens the {@link NewMeasurementPointDialog}.
     * After a failed load ({@code journey} null) the page says so.
     */
    protected Control createMapPage(Composite parent, EditingDomain editingDomain, Journey journey) {
        if (journey == null) {
            Composite page = new Composite(parent, SWT.NONE);
            page.setLayout(new GridLayout());
            Label label = new Label(page, SWT.WRAP | SWT.CENTER);
            label.setText(Messages.Page_mapUnavailable);
            label.setLayoutData(new GridData(SWT.CENTER, SWT.CENTER, true, true));
            setMapSelectionProvider(new SimpleSelectionProvider());
            return page;
        }
        map = new MapPage(parent, editingDomain, journey.eResource(), MetricRegistry.getDefault());
        setMapSelectionProvider(map.viewer());
        map.viewer().setMetricDrop((metricId, target) -> {
            NewMeasurementPointDialog dialog = new NewMeasurementPointDialog(getSite().getShell(), editingDomain,
                    journey);
            dialog.setTarget(target);
            dialog.setMetric(metricId);
            return dialog.open() == Window.OK ? dialog.getCreated() : null;
        });
        addFindingsListener(map::showFindings);
        // with scores shown, a double-click on a touchpoint runs its report (written to the project's reports/)
        map.scores().setOpener(touchpoint -> {
            IFile file = getFile();
            if (file == null) {
                return false;
            }
            ReportRuns.schedule(ReportRuns.touchpointReport(file, touchpoint.getId()));
            return true;
        });
        return map.control();
    }

    /** The page the editor opens on: the map, unless the file could not be read. */
    protected int initialPage() {
        return map != null ? mapPage : structurePage;
    }

    /** The Map page's parts (palette, viewer, tool bar); null after a failed load. */
    public MapPage getMapPage() {
        return map;
    }

    /** Called by {@link #createMapPage} with the map viewer's selection provider. */
    protected final void setMapSelectionProvider(ISelectionProvider provider) {
        mapSelection = provider;
    }

    @Override
    protected void pageChange(int newPageIndex) {
        ISelection before = selectionProvider.getSelection();
        super.pageChange(newPageIndex);
        if (structure == null) {
            return;
        }
        ISelectionProvider next = newPageIndex == mapPage ? mapSelection : structure.viewer();
        if (!before.isEmpty() && !before.equals(next.getSelection())) {
            next.setSelection(before);
        }
        selectionProvider.setDelegate(next);
    }

    /** The index of the Structure page (for tests and callers switching pages). */
    public int getStructurePageIndex() {
        return structurePage;
    }

    public int getMapPageIndex() {
        return mapPage;
    }

    /** The Structure page, its tree and details form. */
    public StructurePage getStructurePage() {
        return structure;
    }

    @Override
    public int getActivePage() {
        return super.getActivePage();
    }

    @Override
    public void setActivePage(int pageIndex) {
        super.setActivePage(pageIndex);
    }

    /** Selects {@code selection}'s elements on every page (revealing them in the tree) and in the Outline. */
    public void setSelectionToViewers(ISelection selection) {
        if (linking || structure == null) {
            return;
        }
        linking = true;
        try {
            structure.viewer().setSelection(selection, true);
            if (mapSelection != null) {
                mapSelection.setSelection(selection);
            }
            if (outline != null) {
                outline.showSelection(selection);
            }
        } finally {
            linking = false;
        }
    }

    /** After an undo or a new element, what the command touched is selected, as in EMF's own editors. */
    private void selectAffected(Command command) {
        if (command == null || structure == null) {
            return;
        }
        List<EObject> affected = new ArrayList<>();
        for (Object o : command.getAffectedObjects()) {
            if (o instanceof EObject e && e.eResource() == resource && !(e instanceof Journey)) {
                affected.add(e);
            }
        }
        if (!affected.isEmpty() && command instanceof JourneyCommands.Creation<?>) {
            setSelectionToViewers(new StructuredSelection(affected));
        }
    }

    // --- findings -------------------------------------------------------------------------------------------

    public void addFindingsListener(FindingsListener listener) {
        validation.addListener(listener);
    }

    public void removeFindingsListener(FindingsListener listener) {
        validation.removeListener(listener);
    }

    /** The findings of the last validation (empty before the first one finished). */
    public List<Finding> getFindings() {
        return validation.findings();
    }

    @Override
    public void gotoMarker(IMarker marker) {
        Journey journey = getJourney();
        String id = marker.getAttribute(MARKER_ELEMENT_ID, null);
        if (journey == null || id == null) {
            return;
        }
        IdentifiedElement element = JourneyCommands.find(journey, id);
        if (element != null) {
            if (getActivePage() != structurePage && mapSelection instanceof SimpleSelectionProvider) {
                setActivePage(structurePage);
            }
            setSelectionToViewers(new StructuredSelection(element));
        }
    }

    // --- actions --------------------------------------------------------------------------------------------

    private Command deleteCommand(List<?> selected) {
        if (getJourney() == null || focusInField()) {
            return null;
        }
        CompoundCommand compound = new CompoundCommand(Messages.Command_delete);
        for (Object o : selected) {
            if (o instanceof IdentifiedElement element && !(element instanceof Journey)
                    && element.eResource() == resource) {
                compound.append(JourneyCommands.delete(domain, element));
            }
        }
        return compound.isEmpty() ? null : compound.unwrap();
    }

    /** Whether the keyboard is in a text field of a page, where Delete and Select All mean the text. */
    private boolean focusInField() {
        Control focus = getSite().getShell().getDisplay().getFocusControl();
        return focus instanceof Text || focus instanceof Combo || focus instanceof Spinner;
    }

    private void createActions() {
        newMeasurementPoint = new Action(Messages.Action_newMeasurementPoint) {
            @Override
            public void run() {
                openNewMeasurementPoint();
            }
        };
        newMeasurementPoint.setId("org.cxworkbench.ui.editor.newMeasurementPoint");
        newMeasurementPoint.setImageDescriptor(org.eclipse.jface.resource.ResourceLocator
                .imageDescriptorFromBundle(getClass(), "icons/measurement-point.png").orElse(null));
        selectAll = new Action(Messages.Action_selectAll) {
            @Override
            public void run() {
                Control focus = getSite().getShell().getDisplay().getFocusControl();
                if (focus instanceof Text text) {
                    text.selectAll();
                } else if (structure != null && getActivePage() == structurePage) {
                    structure.selectAll();
                }
            }
        };
        selectAll.setId(ActionFactory.SELECT_ALL.getId());
        selectAll.setActionDefinitionId(ActionFactory.SELECT_ALL.getCommandId());
        revert = new Action(Messages.Action_revert) {
            @Override
            public void run() {
                doRevert();
            }
        };
        revert.setId(ActionFactory.REVERT.getId());
    }

    /** Sets this editor's handlers for Undo, Redo, Delete, Select All and Revert on {@code bars}. */
    public void setGlobalActionHandlers(IActionBars bars) {
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), actions.undo());
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), actions.redo());
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), actions.delete());
        bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), selectAll);
        bars.setGlobalActionHandler(ActionFactory.REVERT.getId(), revert);
        bars.updateActionBars();
    }

    /** The "New Measurement Point…" action, for menus. */
    public IAction getNewMeasurementPointAction() {
        return newMeasurementPoint;
    }

    /** Adds the editor's own entries to a menu (the Journey menu). */
    public void fillJourneyMenu(IMenuManager menu) {
        menu.add(newMeasurementPoint);
        menu.add(new Separator());
        menu.add(new Action(Messages.Map_arrangeAll) {
            @Override
            public void run() {
                if (map != null) {
                    map.arrangeAll();
                }
            }
        });
        menu.add(new Action(Messages.Map_exportMenu) {
            @Override
            public void run() {
                if (map != null) {
                    map.exportImage();
                }
            }
        });
    }

    /** Opens the New Measurement Point dialog for the selected element (or the journey). */
    public void openNewMeasurementPoint() {
        Journey journey = getJourney();
        if (journey == null || domain.isReadOnly(resource)) {
            return;
        }
        NewMeasurementPointDialog dialog = new NewMeasurementPointDialog(getSite().getShell(), domain, journey);
        Object first = ((IStructuredSelection) selectionProvider.getSelection()).getFirstElement();
        if (first instanceof org.cxworkbench.model.journey.MeasurableElement target) {
            dialog.setTarget(target);
        } else if (first instanceof org.cxworkbench.model.journey.MeasurementPoint point
                && point.getAttachedTo() != null) {
            dialog.setTarget(point.getAttachedTo());
        }
        if (dialog.open() == Window.OK && dialog.getCreated() != null) {
            setSelectionToViewers(new StructuredSelection(dialog.getCreated()));
        }
    }

    // --- dirty, save, save as, revert ---------------------------------------------------------------------

    @Override
    public boolean isDirty() {
        return loadError == null && domain != null
                && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return loadError == null;
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (loadError != null) {
            // never over a file that failed to load; the resource would refuse as well
            getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(
                    NLS.bind(Messages.Editor_saveRefused, loadError));
            if (monitor != null) {
                monitor.setCanceled(true);
            }
            return;
        }
        try {
            resource.save(null);
            ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
            refreshWorkspace(getFile());
            firePropertyChange(PROP_DIRTY);
        } catch (IOException | RuntimeException e) {
            if (monitor != null) {
                monitor.setCanceled(true);
            }
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            ILog.of(getClass()).error(NLS.bind(Messages.Editor_saveFailed, getFile().getFullPath(), message), e);
            MessageDialog.openError(getSite().getShell(), Messages.Editor_saveFailedTitle,
                    NLS.bind(Messages.Editor_saveFailed, getFile().getFullPath(), message));
        }
    }

    /** The save wrote past the workspace API (atomic move and backup): tell the workspace. */
    private static void refreshWorkspace(IFile file) {
        try {
            file.refreshLocal(IResource.DEPTH_ZERO, new NullProgressMonitor());
            IFile backup = file.getParent().getFile(IPath.fromOSString(
                    JourneyFiles.backupOf(java.nio.file.Path.of(file.getName())).toString()));
            backup.refreshLocal(IResource.DEPTH_ZERO, new NullProgressMonitor());
        } catch (CoreException e) {
            ILog.of(JourneyEditor.class).log(e.getStatus());
        }
    }

    @Override
    public void doSaveAs() {
        SaveAsDialog dialog = new SaveAsDialog(getSite().getShell());
        dialog.setOriginalFile(getFile());
        if (dialog.open() != Window.OK || dialog.getResult() == null) {
            return;
        }
        IPath path = dialog.getResult();
        if (!JourneyFiles.EXTENSION.equals(path.getFileExtension())) {
            path = path.addFileExtension(JourneyFiles.EXTENSION);
        }
        saveAs(ResourcesPlugin.getWorkspace().getRoot().getFile(path));
    }

    /** Saves the journey into {@code target} and goes on editing that file. */
    public void saveAs(IFile target) {
        URI previous = resource.getURI();
        resource.setURI(URI.createPlatformResourceURI(target.getFullPath().toString(), true));
        try {
            resource.save(null);
        } catch (IOException | RuntimeException e) {
            resource.setURI(previous);
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            MessageDialog.openError(getSite().getShell(), Messages.Editor_saveFailedTitle,
                    NLS.bind(Messages.Editor_saveFailed, target.getFullPath(), message));
            return;
        }
        ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
        refreshWorkspace(target);
        setInputWithNotify(new FileEditorInput(target));
        setPartName(target.getName());
        firePropertyChange(PROP_DIRTY);
        validation.schedule();
    }

    /** Throws the changes away and reads the file again (also after a failed load: the file may be fixed now). */
    public void doRevert() {
        resource.unload();
        domain.getResourceSet().getResources().remove(resource);
        domain.getCommandStack().flush();
        load();
        Journey journey = getJourney();
        structure.setInput(journey, title(journey), loadError);
        if (outline != null) {
            outline.setInput(journey);
        }
        firePropertyChange(PROP_DIRTY);
        if (journey != null) {
            validation.schedule();
        }
    }

    // --- adapters: outline, properties, markers --------------------------------------------------------------

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IContentOutlinePage.class) {
            if (outline == null || outline.getControl() == null || outline.getControl().isDisposed()) {
                outline = new JourneyOutlinePage(domain.getAdapterFactory(), getJourney(),
                        this::setSelectionToViewers, this::setGlobalActionHandlers);
            }
            return type.cast(outline);
        }
        if (type == IPropertySheetPage.class) {
            properties = new PropertySheetPage() {
                @Override
                public void setActionBars(IActionBars bars) {
                    super.setActionBars(bars);
                    bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), actions.undo());
                    bars.setGlobalActionHandler(ActionFactory.REDO.getId(), actions.redo());
                }
            };
            properties.setPropertySourceProvider(new ItemPropertySourceProvider(domain.getAdapterFactory(), domain));
            return type.cast(properties);
        }
        if (type == IGotoMarker.class) {
            return type.cast(this);
        }
        if (type == EditingDomain.class) {
            return type.cast(domain);
        }
        return super.getAdapter(type);
    }

    @Override
    public void dispose() {
        if (domain != null) {
            domain.getCommandStack().removeCommandStackListener(stackListener);
        }
        if (validation != null) {
            validation.dispose();
        }
        if (actions != null) {
            actions.dispose();
        }
        super.dispose();
        if (domain != null) {
            for (Resource r : List.copyOf(domain.getResourceSet().getResources())) {
                r.unload();
            }
            ((org.eclipse.emf.edit.provider.ComposedAdapterFactory) domain.getAdapterFactory()).dispose();
        }
    }
}
