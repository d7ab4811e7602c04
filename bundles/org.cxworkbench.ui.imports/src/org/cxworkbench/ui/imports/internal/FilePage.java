package org.cxworkbench.ui.imports.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.cxworkbench.core.journey.JourneyFiles;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Step 1: the export file and the journey whose measurement points it answers. */
public final class FilePage extends WizardPage {

    private final SurveyImportWizard wizard;
    private final Path initialFile;
    private final IFile initialJourney;
    private final List<IFile> journeys = new ArrayList<>();
    private Text fileText;
    private Combo journeyCombo;

    FilePage(SurveyImportWizard wizard, Path initialFile, IFile initialJourney) {
        super("file");
        this.wizard = wizard;
        this.initialFile = initialFile;
        this.initialJourney = initialJourney;
        setTitle(Messages.File_title);
        setDescription(Messages.File_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(3, false));
        new Label(body, SWT.NONE).setText(Messages.File_file);
        fileText = new Text(body, SWT.BORDER);
        fileText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button browse = new Button(body, SWT.PUSH);
        browse.setText(Messages.File_browse);
        browse.addListener(SWT.Selection, e -> browse());
        new Label(body, SWT.NONE).setText(Messages.File_journey);
        journeyCombo = new Combo(body, SWT.READ_ONLY);
        journeyCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        Label hint = new Label(body, SWT.WRAP);
        hint.setText(Messages.File_hint);
        GridData hintData = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        hintData.widthHint = 500;
        hint.setLayoutData(hintData);

        findJourneys();
        for (IFile journey : journeys) {
            journeyCombo.add(journey.getFullPath().makeRelative().toString());
        }
        int chosen = initialJourney != null ? journeys.indexOf(initialJourney) : -1;
        if (chosen < 0 && initialFile != null) {
            // a journey in the same project as the export, when there is one
            for (int i = 0; i < journeys.size() && chosen < 0; i++) {
                if (journeys.get(i).getLocation() != null
                        && initialFile.startsWith(journeys.get(i).getProject().getLocation().toPath())) {
                    chosen = i;
                }
            }
        }
        if (chosen < 0 && journeys.size() == 1) {
            chosen = 0;
        }
        if (chosen >= 0) {
            journeyCombo.select(chosen);
        }
        if (initialFile != null) {
            fileText.setText(initialFile.toString());
        }
        fileText.addListener(SWT.Modify, e -> validate());
        journeyCombo.addListener(SWT.Selection, e -> validate());
        validate();
        setErrorMessage(null);
        setControl(body);
    }

    private void findJourneys() {
        try {
            ResourcesPlugin.getWorkspace().getRoot().accept(proxy -> {
                if (proxy.getType() == IResource.FILE && proxy.getName().endsWith("." + JourneyFiles.EXTENSION)) {
                    journeys.add((IFile) proxy.requestResource());
                }
                return true;
            }, IResource.NONE);
        } catch (CoreException e) {
            SurveyImportWizard.log(Messages.File_cannotList, e);
            setErrorMessage(Messages.File_cannotList + ": " + e.getMessage());
        }
        journeys.sort(Comparator.comparing(f -> f.getFullPath().toString()));
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] {"*.csv;*.xlsx;*.txt;*.tsv", "*.*"});
        dialog.setFilterNames(new String[] {Messages.File_exports, Messages.File_all});
        String chosen = dialog.open();
        if (chosen != null) {
            fileText.setText(chosen);
        }
    }

    private void validate() {
        String text = fileText.getText().strip();
        String problem = null;
        if (text.isEmpty()) {
            problem = Messages.File_noFile;
        } else if (!Files.isRegularFile(Path.of(text)) || !Files.isReadable(Path.of(text))) {
            problem = org.eclipse.osgi.util.NLS.bind(Messages.File_cannotRead, text);
        } else if (journeyCombo.getSelectionIndex() < 0) {
            problem = journeys.isEmpty() ? Messages.File_noJourneys : Messages.File_noJourney;
        }
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    /** The chosen export file. */
    Path chosenFile() {
        return Path.of(fileText.getText().strip());
    }

    /** The chosen journey file. */
    IFile chosenJourney() {
        return journeys.get(journeyCombo.getSelectionIndex());
    }

    public Text fileText() {
        return fileText;
    }

    public Combo journeyCombo() {
        return journeyCombo;
    }
}
