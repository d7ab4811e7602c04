package org.cxworkbench.ui.editor.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.cxworkbench.core.journey.JourneyDocument;
import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.diagram.MapExport;
import org.cxworkbench.diagram.MapFilter;
import org.cxworkbench.services.metrics.RegisteredMetrics;
import org.cxworkbench.ui.editor.internal.ExportMapWizard;
import org.cxworkbench.ui.testsupport.Ui;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** File > Export > Journey Map as Image, driven through its page's widgets in the real workbench. */
class ExportMapWizardTest {

    @TempDir
    Path folder;

    @AfterEach
    void closeEditors() {
        EditorFixture.closeAll();
    }

    private static Button button(Shell shell, String label) {
        List<Control> found = Ui.find(shell, c -> c instanceof Button b && label.equals(b.getText()));
        assertThat(found).as("a button " + label).isNotEmpty();
        return (Button) found.get(0);
    }

    /** A radio or check button chosen as a click does: its state, then its Selection event. */
    private static void choose(Button button, boolean state) {
        button.setSelection(state);
        button.notifyListeners(SWT.Selection, new Event());
        Ui.settle(50);
    }

    private record Run(ExportMapWizard wizard, WizardDialog dialog) {
    }

    private static Run open(IFile file) {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        ExportMapWizard wizard = new ExportMapWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(file));
        WizardDialog dialog = new WizardDialog(shell, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Ui.settle(300);
        return new Run(wizard, dialog);
    }

    private static void finish(Run run) throws Exception {
        Button finish = button(run.dialog().getShell(), IDialogConstants.FINISH_LABEL);
        assertThat(finish.isEnabled()).isTrue();
        Ui.click(finish);
        Ui.waitUntil("the wizard to close", 5000,
                () -> run.dialog().getShell() == null || run.dialog().getShell().isDisposed());
        assertThat(run.wizard().getJob()).isNotNull();
        run.wizard().getJob().join(30_000, null);
        assertThat(run.wizard().getJob().getResult()).isNotNull();
        assertThat(run.wizard().getJob().getResult().isOK()).as(run.wizard().getJob().getResult().getMessage())
                .isTrue();
    }

    @Test
    void writesTheSelectedJourneysMapAsAScaledPngAndAsAFilteredSvg() throws Exception {
        IFile file = EditorFixture.sample(SampleJourneys.RETAIL_B2C, "export");
        JourneyDocument document = JourneyFiles.load(file.getLocation().toPath());

        Run run = open(file);
        ExportMapWizard.Page page = run.wizard().getPage();
        assertThat(page.journeyText().getText()).isEqualTo(file.getFullPath().toString());
        assertThat(page.destinationText().getText()).endsWith("export-" + file.getName().replaceAll("\\D", "")
                + ".png");
        Button finish = button(run.dialog().getShell(), IDialogConstants.FINISH_LABEL);
        page.destinationText().setText("");
        assertThat(finish.isEnabled()).as("no destination, no finish").isFalse();
        page.destinationText().setText(folder.resolve("missing").resolve("map.png").toString());
        assertThat(finish.isEnabled()).as("a folder that does not exist").isFalse();
        Path png = folder.resolve("map.png");
        page.destinationText().setText(png.toString());
        assertThat(page.scaleSpinner().isEnabled()).isTrue();
        page.scaleSpinner().setSelection(2);
        Ui.screenshot(run.dialog().getShell(), "export-map-wizard.png");
        finish(run);

        // the PNG: decodes, twice the size of the map at scale 1, and not blank
        ImageData image = new ImageData(png.toString());
        ImageData single = new ImageData(new java.io.ByteArrayInputStream(MapExport.png(MapExport.svg(
                MapExport.picture(document, MapFilter.ALL, RegisteredMetrics.catalog())), 1)));
        assertThat(image.width).isBetween(2 * single.width - 1, 2 * single.width + 1);
        assertThat(image.height).isBetween(2 * single.height - 1, 2 * single.height + 1);
        int white = image.palette.getPixel(new org.eclipse.swt.graphics.RGB(255, 255, 255));
        long inked = 0;
        for (int y = 0; y < image.height; y += 2) {
            for (int x = 0; x < image.width; x += 2) {
                if (image.getPixel(x, y) != white) {
                    inked++;
                }
            }
        }
        assertThat(inked).as("pixels drawn").isGreaterThan((long) image.width * image.height / 4 / 50);

        // the SVG, without measurement points: parses, and is the map under that filter
        Run second = open(file);
        ExportMapWizard.Page svgPage = second.wizard().getPage();
        Path svg = folder.resolve("map.svg");
        svgPage.destinationText().setText(folder.resolve("map.png").toString());
        choose(svgPage.pngButton(), false);
        choose(svgPage.svgButton(), true);
        assertThat(svgPage.destinationText().getText()).as("the extension follows the format").isEqualTo(
                svg.toString());
        assertThat(svgPage.scaleSpinner().isEnabled()).as("no scale for SVG").isFalse();
        choose(svgPage.measurementPointsButton(), false);
        finish(second);
        Document parsed = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertThat(parsed.getDocumentElement().getLocalName() != null ? parsed.getDocumentElement().getLocalName()
                : parsed.getDocumentElement().getNodeName()).isEqualTo("svg");
        String written = Files.readString(svg, StandardCharsets.UTF_8);
        MapFilter noPoints = MapFilter.ALL.withMeasurementPoints(false);
        assertThat(written).isEqualTo(MapExport.svg(MapExport.picture(document, noPoints, RegisteredMetrics.catalog())));
        assertThat(written).isNotEqualTo(MapExport.svg(MapExport.picture(document, MapFilter.ALL,
                RegisteredMetrics.catalog())));
    }
}
