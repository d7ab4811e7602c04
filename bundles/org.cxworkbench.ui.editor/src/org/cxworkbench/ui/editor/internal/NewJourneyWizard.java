package org.cxworkbench.ui.editor.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.JourneyModel;
import org.cxworkbench.core.journey.JourneyResource;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.model.journey.IdentifiedElement;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;

/**
 * File > New > Journey: a journey file in a workspace folder, blank (with the default channels) or a copy of one of
 * the samples with new element ids (so that answers stored for the sample never mix with the copy's). Opens it in
 * the journey editor.
 */
public final class NewJourneyWizard extends Wizard implements INewWizard {

    public static final String ID = "org.cxworkbench.ui.editor.newJourney";

    /** What the new journey starts from. */
    public enum Template {
        BLANK, RETAIL_B2C, SERVICE_B2B
    }

    private IWorkbench workbench;
    private IStructuredSelection selection;
    private Page page;
    private IFile created;

    public NewJourneyWizard() {
        setWindowTitle(Messages.Wizard_title);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench newWorkbench, IStructuredSelection newSelection) {
        this.workbench = newWorkbench;
        this.selection = newSelection;
    }

    @Override
    public void addPages() {
        page = new Page(selection);
        addPage(page);
    }

    /** The file the wizard created, after Finish. */
    public IFile getCreatedFile() {
        return created;
    }

    /** The page: folder, file name and template (tests set them through the page's widgets). */
    public Page getPage() {
        return page;
    }

    @Override
    public boolean performFinish() {
        created = page.createNewFile();
        if (created == null) {
            return false;
        }
        if (workbench != null && workbench.getActiveWorkbenchWindow() != null) {
            IWorkbenchPage active = workbench.getActiveWorkbenchWindow().getActivePage();
            try {
                IDE.openEditor(active, created, true);
            } catch (PartInitException e) {
                ILog.of(getClass()).log(e.getStatus());
            }
        }
        return true;
    }

    /** The file page of the IDE with a choice of template below it. */
    public static final class Page extends WizardNewFileCreationPage {

        private Template template = Template.BLANK;

        Page(IStructuredSelection selection) {
            super("journey", selection == null ? StructuredSelection.EMPTY : selection);
            setTitle(Messages.Wizard_pageTitle);
            setDescription(Messages.Wizard_pageDescription);
            setFileExtension(JourneyFiles.EXTENSION);
            setFileName(Messages.Wizard_defaultName + "." + JourneyFiles.EXTENSION);
        }

        @Override
        public void createControl(Composite parent) {
            super.createControl(parent);
            Composite control = (Composite) getControl();
            Group group = new Group(control, SWT.NONE);
            group.setText(Messages.Wizard_template);
            group.setLayout(new GridLayout());
            group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            radio(group, Messages.Wizard_blank, Template.BLANK);
            radio(group, Messages.Wizard_retail, Template.RETAIL_B2C);
            radio(group, Messages.Wizard_service, Template.SERVICE_B2B);
            setPageComplete(validatePage());
        }

        private void radio(Composite parent, String text, Template value) {
            Button button = new Button(parent, SWT.RADIO);
            button.setText(text);
            button.setSelection(value == template);
            button.setData("org.cxworkbench.template", value.name());
            button.addListener(SWT.Selection, e -> {
                if (button.getSelection()) {
                    template = value;
                }
            });
        }

        public Template getTemplate() {
            return template;
        }

        public void setTemplate(Template value) {
            template = value;
        }

        @Override
        protected InputStream getInitialContents() {
            try {
                return new ByteArrayInputStream(content());
            } catch (IOException e) {
                setErrorMessage(e.getMessage());
                return null;
            }
        }

        private byte[] content() throws IOException {
            String name = getFileName();
            String base = name.endsWith("." + JourneyFiles.EXTENSION)
                    ? name.substring(0, name.length() - JourneyFiles.EXTENSION.length() - 1) : name;
            JourneyResource resource = new JourneyResource(URI.createURI("new." + JourneyFiles.EXTENSION));
            JourneyFiles.newResourceSet().getResources().add(resource);
            if (template == Template.BLANK) {
                resource.getContents().add(JourneyModel.newJourney(base));
            } else {
                String sample = template == Template.RETAIL_B2C ? SampleJourneys.RETAIL_B2C
                        : SampleJourneys.SERVICE_B2B;
                try (InputStream in = SampleJourneys.open(sample)) {
                    resource.load(in, null);
                }
                // a copy is a journey of its own: new ids, so stored answers of the sample never count for it
                resource.getAllContents().forEachRemaining(o -> {
                    if (o instanceof IdentifiedElement element) {
                        element.setId(UUID.randomUUID().toString());
                    }
                });
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            resource.save(out, null);
            return out.toByteArray();
        }
    }
}
