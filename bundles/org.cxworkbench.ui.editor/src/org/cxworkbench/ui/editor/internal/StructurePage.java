package org.cxworkbench.ui.editor.internal;

import org.cxworkbench.model.journey.Journey;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.IMenuListener;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.forms.widgets.Form;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

/**
 * The Structure page: the journey's tree on the left (stages with their touchpoints, paths, segments, accounts,
 * channels, measurement points) and the details form of the selected element on the right. A journey that failed to
 * load shows the load error in the header and nothing else.
 */
public final class StructurePage {

    private final FormToolkit toolkit;
    private final Form form;
    private final TreeViewer viewer;
    private final DetailsForm details;
    private final EditingDomain domain;

    public StructurePage(Composite parent, EditingDomain domain, AdapterFactory adapterFactory) {
        this.domain = domain;
        toolkit = new FormToolkit(parent.getDisplay());
        form = toolkit.createForm(parent);
        toolkit.decorateFormHeading(form);
        form.getBody().setLayout(new FillLayout());
        SashForm sash = new SashForm(form.getBody(), SWT.HORIZONTAL);
        toolkit.adapt(sash);

        Section treeSection = toolkit.createSection(sash, Section.TITLE_BAR);
        treeSection.setText(Messages.Structure_elements);
        Composite treeClient = toolkit.createComposite(treeSection);
        GridLayout treeLayout = new GridLayout();
        treeLayout.marginWidth = 2;
        treeLayout.marginHeight = 2;
        treeClient.setLayout(treeLayout);
        Tree tree = toolkit.createTree(treeClient, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        tree.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        treeSection.setClient(treeClient);
        viewer = new TreeViewer(tree);
        viewer.setContentProvider(new JourneyTreeContentProvider());
        viewer.setLabelProvider(new JourneyLabelProvider(adapterFactory));
        viewer.setUseHashlookup(true);

        Section detailsSection = toolkit.createSection(sash, Section.TITLE_BAR);
        detailsSection.setText(Messages.Structure_details);
        Composite detailsClient = toolkit.createComposite(detailsSection);
        detailsClient.setLayout(new FillLayout());
        details = new DetailsForm(toolkit, detailsClient, domain);
        detailsSection.setClient(detailsClient);
        sash.setWeights(45, 55);

        viewer.addSelectionChangedListener(event -> {
            Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
            details.show(first, readOnly());
        });
        form.addDisposeListener(e -> toolkit.dispose());
    }

    private boolean readOnly() {
        Object input = viewer.getInput();
        return !(input instanceof Journey journey) || journey.eResource() == null
                || domain.isReadOnly(journey.eResource());
    }

    /** Shows {@code journey} (null after a failed load) and, when not null, {@code error} in the header. */
    public void setInput(Journey journey, String title, String error) {
        form.setText(title);
        if (error != null) {
            form.setMessage(error, IMessageProvider.ERROR);
        } else {
            form.setMessage(null, IMessageProvider.NONE);
        }
        viewer.setInput(journey);
        if (journey != null) {
            viewer.expandToLevel(2);
        }
        details.show(null, readOnly());
        if (error != null) {
            details.showMessage(error);
        }
    }

    /** Adds a context menu to the tree; {@code fill} adds the editor's actions each time it opens. */
    public MenuManager createContextMenu(IMenuListener fill) {
        MenuManager menu = new MenuManager("#StructurePopup");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(manager -> {
            fill.menuAboutToShow(manager);
            manager.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        });
        viewer.getTree().setMenu(menu.createContextMenu(viewer.getTree()));
        return menu;
    }

    public TreeViewer viewer() {
        return viewer;
    }

    public DetailsForm details() {
        return details;
    }

    public Form form() {
        return form;
    }

    public Control control() {
        return form;
    }

    /** Used by the Select All action: every element of the tree as far as it is expanded. */
    public void selectAll() {
        viewer.getTree().selectAll();
        viewer.setSelection(viewer.getSelection());
    }

}
