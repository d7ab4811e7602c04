package org.cxworkbench.ui.imports.internal;

import java.nio.file.Path;
import java.util.Locale;

import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.services.imports.ImportOverrides;
import org.cxworkbench.services.imports.ImportPreview;
import org.cxworkbench.services.imports.SurveyImportException;
import org.cxworkbench.services.imports.SurveyImportRequest;
import org.cxworkbench.services.imports.SurveyImportResult;
import org.cxworkbench.services.imports.ValidationReport;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.store.ColumnMapping;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

/**
 * File > Import > CX Workbench > Survey answers: six pages that do what {@code cxw import} does, through the same
 * services. The wizard holds what the pages decide (file, journey, overrides, mapping) and what the services found
 * (preview, validation, result), so Back and Next keep it; a page recomputes only what its inputs changed.
 */
public final class SurveyImportWizard extends Wizard implements IImportWizard {

    public static final String ID = "org.cxworkbench.ui.imports.surveyAnswers";
    /** How many rows the format and mapping pages show. */
    static final int PREVIEW_ROWS = 20;
    /** How many rejected rows the validation and the summary list (all are stored with the batch). */
    static final int LISTED_REJECTIONS = 1000;

    private Path initialFile;
    private IFile initialJourney;

    private Path file;
    private IFile journeyFile;
    private Journey journey;
    private ImportOverrides overrides = ImportOverrides.NONE;
    private ImportPreview preview;
    private ColumnMapping mapping;
    private ValidationReport report;
    private SurveyImportResult result;
    private Path rejectedFile;

    private FilePage filePage;
    private FormatPage formatPage;
    private MappingPage mappingPage;
    private ValidationPage validationPage;
    private ImportPage importPage;
    private SummaryPage summaryPage;

    public SurveyImportWizard() {
        setWindowTitle(Messages.Wizard_title);
        setNeedsProgressMonitor(true);
        // the platform's import banner, as File > Import's other wizards show
        ResourceLocator.imageDescriptorFromBundle("org.eclipse.ui.ide", "icons/full/wizban/importdir_wiz.png")
                .ifPresent(this::setDefaultPageImageDescriptor);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        Object first = selection == null ? null : selection.getFirstElement();
        IFile selected = first instanceof IAdaptable adaptable ? adaptable.getAdapter(IFile.class) : null;
        if (selected != null && selected.getLocation() != null) {
            String extension = selected.getFileExtension() == null ? ""
                    : selected.getFileExtension().toLowerCase(Locale.ROOT);
            if (JourneyFiles.EXTENSION.equals(extension)) {
                initialJourney = selected;
            } else if (extension.equals("csv") || extension.equals("xlsx") || extension.equals("txt")
                    || extension.equals("tsv")) {
                initialFile = selected.getLocation().toPath();
            }
        }
    }

    @Override
    public void addPages() {
        filePage = new FilePage(this, initialFile, initialJourney);
        formatPage = new FormatPage(this);
        mappingPage = new MappingPage(this);
        validationPage = new ValidationPage(this);
        importPage = new ImportPage(this);
        summaryPage = new SummaryPage(this);
        addPage(filePage);
        addPage(formatPage);
        addPage(mappingPage);
        addPage(validationPage);
        addPage(importPage);
        addPage(summaryPage);
    }

    @Override
    public boolean canFinish() {
        return result != null && getContainer().getCurrentPage() == summaryPage;
    }

    @Override
    public boolean performFinish() {
        return result != null;
    }

    @Override
    public boolean performCancel() {
        // an import under way is cancelled: the service rolls it back, the store stays as it was
        importPage.cancelImport();
        return true;
    }

    /** The request every page builds on: file, journey, overrides and mapping, without a store. */
    SurveyImportRequest.Builder request() {
        SurveyImportRequest.Builder builder = SurveyImportRequest.builder(file).journey(journey).mapping(mapping)
                .rejectionLimit(LISTED_REJECTIONS);
        return overrides.applyTo(builder);
    }

    /** Logs a failure to the Error Log, with its cause. */
    static void log(String message, Throwable cause) {
        ILog.of(SurveyImportWizard.class).error(message, cause);
    }

    /** The one line a failure of the services says. */
    static String describe(Throwable e) {
        if (e instanceof SurveyImportException || e.getMessage() != null) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName();
    }

    // what the pages decided and what the services found

    Path file() {
        return file;
    }

    IFile journeyFile() {
        return journeyFile;
    }

    Journey journey() {
        return journey;
    }

    /** A new file or journey: everything found for the old ones is stale. */
    void setSource(Path newFile, IFile newJourneyFile, Journey newJourney) {
        boolean fileChanged = !newFile.equals(file);
        boolean journeyChanged = !newJourneyFile.equals(journeyFile);
        file = newFile;
        journeyFile = newJourneyFile;
        journey = newJourney;
        if (fileChanged) {
            overrides = ImportOverrides.NONE;
        }
        if (fileChanged || journeyChanged) {
            preview = null;
            mapping = null;
            report = null;
        }
    }

    ImportOverrides overrides() {
        return overrides;
    }

    ImportPreview preview() {
        return preview;
    }

    /** A preview read with new overrides; a mapping that names columns it lacks is dropped. */
    void setPreview(ImportOverrides newOverrides, ImportPreview newPreview) {
        overrides = newOverrides;
        if (preview == null || !preview.headers().equals(newPreview.headers())) {
            mapping = null;
        }
        preview = newPreview;
        report = null;
    }

    ColumnMapping mapping() {
        return mapping;
    }

    void setMapping(ColumnMapping newMapping) {
        if (!newMapping.equals(mapping)) {
            report = null;
        }
        mapping = newMapping;
    }

    ValidationReport report() {
        return report;
    }

    void setReport(ValidationReport newReport) {
        report = newReport;
    }

    SurveyImportResult result() {
        return result;
    }

    Path rejectedFile() {
        return rejectedFile;
    }

    void setResult(SurveyImportResult newResult, Path newRejectedFile) {
        result = newResult;
        rejectedFile = newRejectedFile;
    }

    public FilePage getFilePage() {
        return filePage;
    }

    public FormatPage getFormatPage() {
        return formatPage;
    }

    public MappingPage getMappingPage() {
        return mappingPage;
    }

    public ValidationPage getValidationPage() {
        return validationPage;
    }

    public ImportPage getImportPage() {
        return importPage;
    }

    public SummaryPage getSummaryPage() {
        return summaryPage;
    }
}
