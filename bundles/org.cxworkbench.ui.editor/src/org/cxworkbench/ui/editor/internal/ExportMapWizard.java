package org.cxworkbench.ui.editor.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.cxworkbench.core.journey.JourneyDocument;
import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.JourneyLoadException;
import org.cxworkbench.diagram.MapExport;
import org.cxworkbench.diagram.ScoreOverlay;
import org.cxworkbench.diagram.MapFilter;
import org.cxworkbench.services.metrics.RegisteredMetrics;
import org.cxworkbench.ui.editor.JourneyEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * File > Export > Journey Map as Image: a journey file's map written as PNG (at a scale) or SVG, with the map's
 * filters, through {@link MapExport} in a cancellable job. The journey is the selected {@code .journey} file or the
 * active journey editor's; when that file is open in an editor with unsaved changes, the picture shows what the
 * editor shows (a copy of its model taken on the display thread), not the file on disk.
 */
public final class ExportMapWizard extends Wizard implements IExportWizard {

    public static final String ID = "org.cxworkbench.ui.editor.exportMap";

    private IWorkbench workbench;
    private IFile initial;
    private Page page;
    private Job job;

    public ExportMapWizard() {
        setWindowTitle(Messages.Export_title);
    }

    @Override
    public void init(IWorkbench newWorkbench, IStructuredSelection selection) {
        workbench = newWorkbench;
        Object first = selection == null ? null : selection.getFirstElement();
        IFile file = first instanceof IAdaptable adaptable ? adaptable.getAdapter(IFile.class) : null;
        if (file != null && JourneyFiles.EXTENSION.equals(file.getFileExtension())) {
            initial = file;
        } else {
            IWorkbenchWindow window = workbench == null ? null : workbench.getActiveWorkbenchWindow();
            IEditorPart editor = window == null || window.getActivePage() == null ? null
                    : window.getActivePage().getActiveEditor();
            if (editor instanceof JourneyEditor journeyEditor) {
                initial = journeyEditor.getFile();
            }
        }
    }

    @Override
    public void addPages() {
        page = new Page(initial);
        addPage(page);
    }

    /** The page (tests fill in its widgets). */
    public Page getPage() {
        return page;
    }

    /** The export job scheduled by Finish, or null before. */
    public Job getJob() {
        return job;
    }

    @Override
    public boolean performFinish() {
        IFile file = page.journeyFile();
        Path target = page.destination();
        boolean svg = page.svg();
        double scale = page.scale();
        MapFilter filter = page.filter();
        JourneyDocument edited = editedCopy(file);
        ScoreOverlay scores = shownScores(file);
        job = new Job(NLS.bind(Messages.Map_exportJob, target.getFileName())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    JourneyDocument document = edited != null ? edited : JourneyFiles.load(file.getLocation().toPath());
                    if (svg) {
                        MapExport.exportSvg(document, target, filter, RegisteredMetrics.catalog(), scores,
                                monitor);
                    } else {
                        MapExport.exportPng(document, target, filter, scale, RegisteredMetrics.catalog(), scores,
                                monitor);
                    }
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                } catch (JourneyLoadException e) {
                    return Status.error(NLS.bind(Messages.Export_unreadable, file.getFullPath(), e.getMessage()), e);
                } catch (IOException e) {
                    return Status.error(NLS.bind(Messages.Map_exportFailed, target, e.getMessage()), e);
                }
            }
        };
        job.setUser(true);
        job.schedule();
        return true;
    }

    /** The scores an open editor of {@code file} shows on its map, or null when none shows scores. */
    private ScoreOverlay shownScores(IFile file) {
        IWorkbenchWindow window = workbench == null ? null : workbench.getActiveWorkbenchWindow();
        IWorkbenchPage workbenchPage = window == null ? null : window.getActivePage();
        if (workbenchPage == null) {
            return null;
        }
        for (IEditorReference reference : workbenchPage.getEditorReferences()) {
            IEditorPart part = reference.getEditor(false);
            if (part instanceof JourneyEditor editor && file.equals(editor.getFile()) && editor.getMapPage() != null
                    && editor.getMapPage().isShowingScores()) {
                return editor.getMapPage().scores().overlay();
            }
        }
        return null;
    }

    /** A copy of the journey as an open, dirty editor of {@code file} shows it; null when none has changes. */
    private JourneyDocument editedCopy(IFile file) {
        IWorkbenchWindow window = workbench == null ? null : workbench.getActiveWorkbenchWindow();
        IWorkbenchPage workbenchPage = window == null ? null : window.getActivePage();
        if (workbenchPage == null) {
            return null;
        }
        for (IEditorReference reference : workbenchPage.getEditorReferences()) {
            IEditorPart part = reference.getEditor(false);
            if (part instanceof JourneyEditor editor && part.isDirty() && file.equals(editor.getFile())
                    && editor.getJourney() != null) {
                Resource shown = editor.getJourney().eResource();
                Resource copy = new ResourceImpl(URI.createFileURI(file.getLocation().toString()));
                copy.getContents().addAll(EcoreUtil.copyAll(shown.getContents()));
                return new JourneyDocument(file.getLocation().toPath(), copy, JourneyFiles.CURRENT_VERSION);
            }
        }
        return null;
    }

    /** The wizard's one page: journey, destination, format, scale and filters. */
    public static final class Page extends WizardPage {

        private final IFile initial;
        private Text journey;
        private Text destination;
        private Button png;
        private Button svg;
        private Spinner scale;
        private Button measurementPoints;
        private Button indirect;
        private Button backward;

        Page(IFile initial) {
            super("exportMap"); //$NON-NLS-1$
            this.initial = initial;
            setTitle(Messages.Export_pageTitle);
            setDescription(Messages.Export_pageDescription);
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            body.setLayout(new GridLayout(3, false));

            new Label(body, SWT.NONE).setText(Messages.Export_journey);
            journey = new Text(body, SWT.BORDER);
            journey.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            if (initial != null) {
                journey.setText(initial.getFullPath().toString());
            }

            new Label(body, SWT.NONE).setText(Messages.Export_destination);
            destination = new Text(body, SWT.BORDER);
            destination.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            Button browse = new Button(body, SWT.PUSH);
            browse.setText(Messages.Export_browse);
            browse.addListener(SWT.Selection, e -> browse());
            if (initial != null && initial.getLocation() != null) {
                String name = initial.getName().substring(0, initial.getName().length()
                        - JourneyFiles.EXTENSION.length() - 1);
                destination.setText(initial.getLocation().removeLastSegments(1).append(name + ".png").toOSString());
            }

            Group format = new Group(body, SWT.NONE);
            format.setText(Messages.Export_format);
            format.setLayout(new GridLayout(3, false));
            format.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
            png = new Button(format, SWT.RADIO);
            png.setText(Messages.Map_exportPng);
            png.setSelection(true);
            new Label(format, SWT.NONE).setText(Messages.Export_scale);
            scale = new Spinner(format, SWT.BORDER);
            scale.setValues(2, 1, 8, 0, 1, 1);
            svg = new Button(format, SWT.RADIO);
            svg.setText(Messages.Map_exportSvg);
            png.addListener(SWT.Selection, e -> formatChanged());
            svg.addListener(SWT.Selection, e -> formatChanged());

            Group shown = new Group(body, SWT.NONE);
            shown.setText(Messages.Export_show);
            shown.setLayout(new GridLayout(1, false));
            shown.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
            measurementPoints = check(shown, Messages.Map_showPoints);
            indirect = check(shown, Messages.Map_showIndirect);
            backward = check(shown, Messages.Map_showBackward);

            journey.addListener(SWT.Modify, e -> validate());
            destination.addListener(SWT.Modify, e -> validate());
            setControl(body);
            validate();
            setErrorMessage(null);
        }

        private static Button check(Composite parent, String text) {
            Button button = new Button(parent, SWT.CHECK);
            button.setText(text);
            button.setSelection(true);
            return button;
        }

        private void browse() {
            FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
            dialog.setText(Messages.Map_exportTitle);
            dialog.setFilterExtensions(svg() ? new String[] { "*.svg" } : new String[] { "*.png" }); //$NON-NLS-1$ //$NON-NLS-2$
            dialog.setOverwrite(true);
            String chosen = dialog.open();
            if (chosen != null) {
                destination.setText(chosen);
            }
        }

        /** The destination's extension follows the format; the scale applies to PNG only. */
        private void formatChanged() {
            scale.setEnabled(png.getSelection());
            String text = destination.getText();
            String lower = text.toLowerCase(Locale.ROOT);
            String wanted = svg() ? ".svg" : ".png"; //$NON-NLS-1$ //$NON-NLS-2$
            if ((lower.endsWith(".png") || lower.endsWith(".svg")) && !lower.endsWith(wanted)) { //$NON-NLS-1$ //$NON-NLS-2$
                destination.setText(text.substring(0, text.length() - 4) + wanted);
            }
            validate();
        }

        private void validate() {
            String problem = null;
            IFile file = journeyFile();
            if (file == null || !file.exists()) {
                problem = NLS.bind(Messages.Export_noJourney, journey.getText().strip());
            } else if (destination.getText().isBlank()) {
                problem = Messages.Export_noDestination;
            } else {
                Path parent = destination().toAbsolutePath().getParent();
                if (parent == null || !Files.isDirectory(parent)) {
                    problem = NLS.bind(Messages.Export_noFolder, parent);
                }
            }
            setErrorMessage(problem);
            setPageComplete(problem == null);
        }

        /** The journey file named by the page, or null when the text names none. */
        public IFile journeyFile() {
            String text = journey.getText().strip();
            if (text.isEmpty()) {
                return null;
            }
            IResource resource = ResourcesPlugin.getWorkspace().getRoot().findMember(text);
            return resource instanceof IFile file && JourneyFiles.EXTENSION.equals(file.getFileExtension()) ? file
                    : null;
        }

        public Path destination() {
            return Path.of(destination.getText().strip());
        }

        public boolean svg() {
            return svg.getSelection();
        }

        public double scale() {
            return scale.getSelection();
        }

        public MapFilter filter() {
            return MapFilter.ALL.withMeasurementPoints(measurementPoints.getSelection())
                    .withIndirectTouchpoints(indirect.getSelection()).withBackwardPaths(backward.getSelection());
        }

        public Text journeyText() {
            return journey;
        }

        public Text destinationText() {
            return destination;
        }

        public Button pngButton() {
            return png;
        }

        public Button svgButton() {
            return svg;
        }

        public Spinner scaleSpinner() {
            return scale;
        }

        public Button measurementPointsButton() {
            return measurementPoints;
        }

        public Button indirectButton() {
            return indirect;
        }

        public Button backwardButton() {
            return backward;
        }
    }
}
