package org.cxworkbench.ui.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.services.imports.SurveyImportRequest;
import org.cxworkbench.services.imports.SurveyImportResult;
import org.cxworkbench.services.imports.SurveyImports;
import org.cxworkbench.services.store.ResultsStore;
import org.cxworkbench.services.store.StoreAccess;
import org.cxworkbench.services.store.StoreLocation;
import org.cxworkbench.store.AnswerGenerator;
import org.cxworkbench.store.ColumnMapping;
import org.cxworkbench.ui.preferences.CxPreferences;
import org.cxworkbench.ui.testsupport.Ui;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import wizard in the real workbench, opened from the File > Import registry, driven by pressing its buttons,
 * into a real embedded Derby store that the preferences name.
 */
class SurveyImportWizardTest {

    @TempDir
    Path temp;

    private IProject project;
    private IFile journeyFile;
    private Journey journey;
    private Path store;
    private WizardDialog dialog;

    @BeforeEach
    void setUp() throws Exception {
        store = temp.resolve("results");
        CxPreferences.node().put(CxPreferences.STORE_KIND, CxPreferences.EMBEDDED);
        CxPreferences.node().put(CxPreferences.STORE_FOLDER, store.toString());
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("ImportTests");
        if (!project.exists()) {
            project.create(new NullProgressMonitor());
        }
        project.open(new NullProgressMonitor());
        journeyFile = project.getFile("retail.journey");
        if (!journeyFile.exists()) {
            try (InputStream in = SampleJourneys.open(SampleJourneys.RETAIL_B2C)) {
                journeyFile.create(in, true, new NullProgressMonitor());
            }
        }
        journey = JourneyFiles.load(journeyFile.getLocation().toPath()).journey();
    }

    @AfterEach
    void tearDown() {
        if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
            dialog.close();
        }
        CxPreferences.node().remove(CxPreferences.STORE_FOLDER);
        Ui.settle(100);
    }

    /** A generated export of {@code rows} rows in the project, with its mapping beside it. */
    private IFile export(String name, long seed, long rows, AnswerGenerator.Result[] written) throws Exception {
        Path csv = project.getLocation().toPath().resolve(name + ".csv");
        written[0] = new AnswerGenerator(journey, new AnswerGenerator.Settings(seed, rows, YearMonth.of(2025, 12),
                6)).write(csv, csv.resolveSibling(name + ".mapping"));
        project.refreshLocal(IResource.DEPTH_ONE, new NullProgressMonitor());
        return project.getFile(name + ".csv");
    }

    private SurveyImportWizard open(IFile file) {
        IWizardDescriptor descriptor = PlatformUI.getWorkbench().getImportWizardRegistry()
                .findWizard(SurveyImportWizard.ID);
        assertThat(descriptor).as("the wizard in File > Import").isNotNull();
        assertThat(descriptor.getCategory().getLabel()).isEqualTo("CX Workbench");
        assertThat(descriptor.getLabel()).isEqualTo("Survey answers");
        IImportWizard wizard;
        try {
            wizard = (IImportWizard) descriptor.createWizard();
        } catch (org.eclipse.core.runtime.CoreException e) {
            throw new AssertionError(e);
        }
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(file));
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        dialog = new WizardDialog(shell, wizard);
        dialog.setBlockOnOpen(false);
        // the window's inside at 1280x800, whatever trim the window system adds, set before the window is mapped:
        // resized once mapped, under Xvfb with no window manager, GTK no longer lays out what changes inside the
        // window afterwards (a title's new text, a table's new columns and rows stay unallocated and draw blank)
        dialog.create();
        Shell dialogShell = dialog.getShell();
        Rectangle outside = dialogShell.getBounds();
        Rectangle inside = dialogShell.getClientArea();
        dialogShell.setSize(1280 + outside.width - inside.width, 800 + outside.height - inside.height);
        dialog.open();
        Ui.settle(300);
        return (SurveyImportWizard) wizard;
    }

    private Button button(String label) {
        List<Control> found = Ui.find(dialog.getShell(), c -> c instanceof Button b && label.equals(b.getText()));
        assertThat(found).as("a button " + label).isNotEmpty();
        return (Button) found.get(0);
    }

    /** Presses a button as a click does: enabled, then its Selection event. */
    private void press(String label) {
        Button button = button(label);
        assertThat(button.isEnabled()).as(label + " enabled").isTrue();
        button.notifyListeners(SWT.Selection, new Event());
        Ui.settle(200);
    }

    private void next(IWizardPage expected) {
        press(IDialogConstants.NEXT_LABEL);
        Ui.waitUntil("page " + expected.getName(), 10_000, () -> dialog.getCurrentPage() == expected);
    }

    /**
     * The dialog's inside (1280x800) as the screen shows it, copied from the display with {@link GC#copyArea}, into
     * docs' screenshots (or target/screenshots). The X server holds the same picture ({@code xwd -root} agrees), so
     * what is copied is what the dialog draws; see {@link #open(IFile)} for why the dialog is sized before it opens.
     */
    private void screenshot(int page) throws Exception {
        Shell shell = dialog.getShell();
        shell.layout(true, true);
        shell.redraw();
        shell.update();
        Ui.settle(800);
        Path folder = Path.of(System.getProperty("cxw.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        Rectangle inside = shell.getClientArea();
        org.eclipse.swt.graphics.Point origin = shell.toDisplay(inside.x, inside.y);
        Image image = new Image(shell.getDisplay(), inside.width, inside.height);
        GC gc = new GC(shell.getDisplay());
        try {
            gc.copyArea(image, origin.x, origin.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            Path file = folder.resolve("import-wizard-" + page + ".png");
            loader.save(file.toString(), SWT.IMAGE_PNG);
            assertThat(new ImageData(file.toString()).width).isEqualTo(1280);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static Map<String, Long> counts(Path folder) throws SQLException, Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (ResultsStore results = ResultsStore.open(StoreLocation.folder(folder), StoreAccess.READ);
                Statement st = results.connection().createStatement()) {
            for (String table : List.of("answers", "respondents", "import_batches", "rejected_rows")) {
                try (ResultSet rs = st.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void importsAGeneratedFileThroughTheSixPagesAsCxwImportDoes() throws Exception {
        AnswerGenerator.Result[] written = new AnswerGenerator.Result[1];
        IFile csv = export("answers", 11, 3000, written);
        assertThat(written[0].badRows()).isNotEmpty();
        SurveyImportWizard wizard = open(csv);

        // 1: the file from the selection, the project's journey chosen
        assertThat(dialog.getCurrentPage()).isSameAs(wizard.getFilePage());
        assertThat(wizard.getFilePage().fileText().getText()).isEqualTo(csv.getLocation().toOSString());
        assertThat(wizard.getFilePage().journeyCombo().getText()).isEqualTo("ImportTests/retail.journey");
        screenshot(1);
        next(wizard.getFormatPage());

        // 2: detected as the generator writes: UTF-8, commas, decimal points
        FormatPage format = wizard.getFormatPage();
        assertThat(format.separatorCombo().getText()).contains(Messages.Format_comma);
        assertThat(format.encodingCombo().getText()).contains("UTF-8");
        assertThat(format.table().getItemCount()).isEqualTo(SurveyImportWizard.PREVIEW_ROWS);
        assertThat(format.table().getItem(0).getText(0)).isEqualTo("2");
        // an override re-reads the preview: a semicolon makes the header one column
        format.separatorCombo().select(2);
        format.separatorCombo().notifyListeners(SWT.Selection, new Event());
        Ui.settle(200);
        assertThat(format.table().getColumnCount()).isEqualTo(2);
        format.separatorCombo().select(0);
        format.separatorCombo().notifyListeners(SWT.Selection, new Event());
        Ui.settle(200);
        assertThat(format.table().getColumnCount()).isGreaterThan(5);
        screenshot(2);
        next(wizard.getMappingPage());

        // 3: the automatic matches marked; then the generator's mapping loaded (what cxw import --mapping reads)
        MappingPage mapping = wizard.getMappingPage();
        MappingTarget respondent = mapping.targets().stream()
                .filter(t -> t.kind() == MappingTarget.Kind.ROLE && t.key().equals(ColumnMapping.RESPONDENT))
                .findFirst().orElseThrow();
        assertThat(mapping.assigned(respondent)).isEqualTo(AnswerGenerator.RESPONDENT);
        assertThat(mapping.automatic(respondent)).isTrue();
        Path mappingFile = csv.getLocation().toPath().resolveSibling("answers.mapping");
        assertThat(mapping.loadFrom(mappingFile)).isTrue();
        ColumnMapping expected = ColumnMapping.load(mappingFile);
        assertThat(wizard.mapping().answers()).isEqualTo(expected.answers());
        assertThat(wizard.mapping().comments()).isEqualTo(expected.comments());
        assertThat(wizard.mapping().roles()).isEqualTo(expected.roles());
        assertThat(mapping.previewTable().getItemCount()).isEqualTo(SurveyImportWizard.PREVIEW_ROWS);
        // saved again, it reads back the same
        Path saved = temp.resolve("saved.mapping");
        assertThat(mapping.saveTo(saved)).isTrue();
        assertThat(ColumnMapping.load(saved)).isEqualTo(wizard.mapping());
        mapping.viewer().getTable().setTopIndex(0);
        screenshot(3);
        next(wizard.getValidationPage());

        // 4: the dry run lists the generator's bad rows with their lines; nothing is stored yet
        Ui.waitUntil("the validation", 60_000, () -> wizard.report() != null);
        Ui.settle(200);
        List<Long> badLines = written[0].badRows().stream().map(AnswerGenerator.BadRow::line).toList();
        List<Long> listed = new ArrayList<>();
        for (TableItem item : wizard.getValidationPage().table().getItems()) {
            listed.add(Long.parseLong(item.getText(0)));
        }
        assertThat(listed).isEqualTo(badLines);
        assertThat(wizard.report().rowsValid()).isEqualTo(written[0].goodRows());
        assertThat(store).doesNotExist();
        screenshot(4);

        // 5: the import as a job, with its progress on the page
        next(wizard.getImportPage());
        Ui.waitUntil("the import", 120_000, () -> wizard.result() != null && wizard.getImportPage().job() == null);
        Ui.settle(200);
        assertThat(wizard.getImportPage().bar().getSelection()).isEqualTo(wizard.getImportPage().bar().getMaximum());
        screenshot(5);
        next(wizard.getSummaryPage());

        // 6: rows stored and rejected, the rejected rows listed and written beside the export
        SurveyImportResult result = wizard.result();
        assertThat(result.rowsStored()).isEqualTo(written[0].goodRows());
        assertThat(result.rowsRejected()).isEqualTo(badLines.size());
        assertThat(wizard.getSummaryPage().table().getItemCount()).isEqualTo(result.rejections().size());
        Path rejected = Path.of(wizard.getSummaryPage().rejectedFileText().getText());
        assertThat(rejected).exists();
        List<String> lines = Files.readAllLines(rejected, StandardCharsets.UTF_8);
        assertThat(lines).hasSizeGreaterThan(badLines.size());
        assertThat(lines.get(0)).endsWith("line,column,value,reason");
        assertThat(lines.get(1)).startsWith(badLines.get(0) + ",");
        screenshot(6);
        press(IDialogConstants.FINISH_LABEL);
        Ui.waitUntil("the wizard to close", 5000, () -> dialog.getShell() == null || dialog.getShell().isDisposed());

        // the store holds what cxw import (the same service, run on a second store) stores for the same file
        Map<String, Long> stored = counts(store);
        Path second = temp.resolve("cli");
        SurveyImportResult cli = new SurveyImports().run(SurveyImportRequest.builder(csv.getLocation().toPath())
                .journey(journey).mappingFile(mappingFile).store(StoreLocation.folder(second), null, null).build(),
                new NullProgressMonitor());
        assertThat(result.rowsStored()).isEqualTo(cli.rowsStored());
        assertThat(result.rowsRejected()).isEqualTo(cli.rowsRejected());
        assertThat(result.answersStored()).isEqualTo(cli.answersStored());
        assertThat(stored).isEqualTo(counts(second));
        assertThat(stored.get("respondents")).isEqualTo(written[0].goodRows());
        try (ResultsStore results = ResultsStore.open(StoreLocation.folder(store), StoreAccess.READ)) {
            assertThat(count(results.connection(), "select count(distinct line_number) from rejected_rows"))
                    .isEqualTo(badLines.size());
        }
    }

    @Test
    void cancellingTheImportHalfWayLeavesTheStoreAsItWas() throws Exception {
        AnswerGenerator.Result[] small = new AnswerGenerator.Result[1];
        IFile first = export("first", 3, 500, small);
        new SurveyImports().run(SurveyImportRequest.builder(first.getLocation().toPath()).journey(journey)
                .mappingFile(first.getLocation().toPath().resolveSibling("first.mapping"))
                .store(StoreLocation.folder(store), null, null).build(), new NullProgressMonitor());
        Map<String, Long> before = counts(store);
        assertThat(before.get("respondents")).isEqualTo(small[0].goodRows());

        AnswerGenerator.Result[] big = new AnswerGenerator.Result[1];
        IFile csv = export("big", 5, 60_000, big);
        SurveyImportWizard wizard = open(csv);
        next(wizard.getFormatPage());
        next(wizard.getMappingPage());
        assertThat(wizard.getMappingPage().loadFrom(csv.getLocation().toPath().resolveSibling("big.mapping")))
                .isTrue();
        next(wizard.getValidationPage());
        Ui.waitUntil("the validation", 180_000, () -> wizard.report() != null);
        next(wizard.getImportPage());
        ImportPage page = wizard.getImportPage();
        // half-way through the reading (which is 10 % to 70 % of the bar), press Cancel Import
        Ui.waitUntil("the import to be under way", 120_000,
                () -> page.bar().getSelection() >= 250 || wizard.result() != null);
        assertThat(wizard.result()).as("the import must still be running").isNull();
        assertThat(page.cancelButton().isEnabled()).isTrue();
        page.cancelButton().notifyListeners(SWT.Selection, new Event());
        Ui.waitUntil("the import to stop", 60_000, () -> page.job() == null);
        Ui.settle(200);
        assertThat(wizard.result()).isNull();
        assertThat(page.status().getText()).isEqualTo(Messages.Import_cancelled);
        assertThat(button(IDialogConstants.NEXT_LABEL).isEnabled()).isFalse();
        dialog.close();
        Ui.settle(200);

        assertThat(counts(store)).isEqualTo(before);
    }
}
