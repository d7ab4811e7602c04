package org.cxworkbench.ui.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cxworkbench.reports.ReportFormat;
import org.cxworkbench.ui.reports.ReportRuns;
import org.cxworkbench.ui.reports.tests.TestSupport;
import org.cxworkbench.ui.testsupport.Ui;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Run Report dialog in the real workbench under Xvfb, driven with SWT events, over a real embedded store filled
 * by the import service ({@link TestSupport}): the report it runs is the file the tests read back.
 */
class RunReportDialogTest {

    @BeforeAll
    static void store() throws Exception {
        TestSupport.createStore();
    }

    @Test
    void theDialogRunsTheScorecardAsHtmlWithTheJourneyAndTheTouchpointsFigures() throws Exception {
        RunReportDialog dialog = open(TestSupport.journeyFile());
        try {
            choose(dialog.reportCombo(), "Scorecard");
            type(dialog.fromText(), "2026-10-01");
            type(dialog.toText(), "2026-10-31");
            click(dialog.formatButton(ReportFormat.HTML));
            Ui.print(dialog.getShell(), "run-report-dialog.png");
            press(dialog, IDialogConstants.OK_ID);
        } finally {
            dialog.close();
        }
        ReportRuns.Request request = dialog.request();
        assertThat(request).as("Run closed the dialog with a request").isNotNull();
        assertThat(request.report()).isEqualTo("scorecard");
        IFile target = ReportRuns.defaultTarget(TestSupport.journeyFile(), "scorecard", request.parameters(),
                ReportFormat.HTML);
        Path file = target.getLocation().toPath();
        Files.deleteIfExists(file);

        Job job = ReportRuns.schedule(request.withoutOpening());
        Ui.join(job, 180_000);
        assertThat(job.getResult().getSeverity()).as(job.getResult().getMessage()).isEqualTo(IStatus.OK);
        assertThat(target.getFullPath().toString()).isEqualTo("/Journeys/reports/retail-b2c-scorecard.html");
        assertThat(target.exists()).as("the workspace was refreshed: the Workspace view lists the report").isTrue();
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(html).contains(TestSupport.JOURNEY_NAME, TestSupport.TOUCHPOINT, TestSupport.CSAT_NAME);
        // CSAT after support: 7 of the 10 October answers are 4 or 5
        assertThat(html).contains(TestSupport.SCORE);
    }

    @Test
    void theTouchpointReportAsPdfNamesTheTouchpointAndItsScore() throws Exception {
        RunReportDialog dialog = open(TestSupport.journeyFile());
        Path out = Files.createTempDirectory("cxw-report-out").resolve("chat.pdf");
        try {
            choose(dialog.reportCombo(), "Touchpoint");
            assertThat(dialog.touchpointCombo().isEnabled()).isTrue();
            type(dialog.fromText(), "2026-10-01");
            type(dialog.toText(), "2026-10-31");
            click(dialog.formatButton(ReportFormat.PDF));
            assertThat(dialog.getErrorMessage()).as("a touchpoint report needs its touchpoint")
                    .isEqualTo(Messages.Dialog_needTouchpoint);
            assertThat(dialog.runButton().isEnabled()).isFalse();
            choose(dialog.touchpointCombo(), TestSupport.TOUCHPOINT);
            type(dialog.outputText(), out.toString());
            assertThat(dialog.getErrorMessage()).isNull();
            assertThat(dialog.runButton().isEnabled()).isTrue();
            press(dialog, IDialogConstants.OK_ID);
        } finally {
            dialog.close();
        }
        ReportRuns.Request request = dialog.request();
        assertThat(request.parameters().touchpoint()).isEqualTo(TestSupport.TOUCHPOINT);
        assertThat(request.format()).isEqualTo(ReportFormat.PDF);
        Job job = ReportRuns.schedule(request.withoutOpening());
        Ui.join(job, 180_000);
        assertThat(job.getResult().getSeverity()).as(job.getResult().getMessage()).isEqualTo(IStatus.OK);

        byte[] pdf = Files.readAllBytes(out);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(TestSupport.TOUCHPOINT, TestSupport.CSAT_NAME, TestSupport.SCORE);
        }
    }

    @Test
    void theDialogSaysWhatIsWrongInItsMessageArea() throws Exception {
        RunReportDialog dialog = open(TestSupport.journeyFile());
        try {
            type(dialog.fromText(), "2026-13-01");
            assertThat(dialog.getErrorMessage()).contains("2026-13-01", "yyyy-mm-dd");
            type(dialog.fromText(), "2026-11-01");
            type(dialog.toText(), "2026-10-01");
            assertThat(dialog.getErrorMessage()).isEqualTo(
                    org.eclipse.osgi.util.NLS.bind(Messages.Dialog_badRange, "2026-11-01", "2026-10-01"));
            type(dialog.toText(), "");
            assertThat(dialog.getErrorMessage()).isNull();
            choose(dialog.reportCombo(), "Trend");
            assertThat(dialog.getErrorMessage()).isEqualTo(Messages.Dialog_needMetric);
            choose(dialog.reportCombo(), "Touchpoint");
            type(dialog.touchpointCombo(), "Teleport");
            assertThat(dialog.getErrorMessage()).isEqualTo(
                    org.eclipse.osgi.util.NLS.bind(Messages.Dialog_unknownTouchpoint, "Teleport"));
            type(dialog.touchpointCombo(), TestSupport.TOUCHPOINT);
            type(dialog.outputText(), "relative.pdf");
            assertThat(dialog.getErrorMessage()).contains("relative.pdf");
            assertThat(dialog.runButton().isEnabled()).isFalse();
            // the language offered first is the preferences' (en in these tests)
            assertThat(dialog.languageCombo().getText()).isEqualTo(Messages.Dialog_languageEn);
            assertThat(dialog.reportCombo().getItemCount()).isEqualTo(6);
            // the drivers report asks for its outcome, a measurement point of the journey
            choose(dialog.reportCombo(), "Key drivers");
            type(dialog.outputText(), "");
            assertThat(dialog.outcomeCombo().isEnabled()).isTrue();
            assertThat(dialog.getErrorMessage()).isEqualTo(Messages.Dialog_needOutcome);
            type(dialog.outcomeCombo(), "Teleport");
            assertThat(dialog.getErrorMessage()).isEqualTo(
                    org.eclipse.osgi.util.NLS.bind(Messages.Dialog_unknownOutcome, "Teleport"));
            type(dialog.outcomeCombo(), dialog.outcomeCombo().getItem(0));
            assertThat(dialog.getErrorMessage()).isNull();
            assertThat(dialog.runButton().isEnabled()).isTrue();
        } finally {
            dialog.close();
        }
    }

    @Test
    void cancellingARunningReportLeavesTheOlderFileAsItWas() throws Exception {
        Path out = Files.createTempDirectory("cxw-report-cancel").resolve("scorecard.pdf");
        byte[] older = "an older report".getBytes(StandardCharsets.US_ASCII);
        Files.write(out, older);
        ReportRuns.Request request = new ReportRuns.Request("scorecard", TestSupport.journeyFile(), null,
                ReportRuns.currentParameters(), null, ReportFormat.PDF, out, false);
        Job job = new JobStarter().scheduleAndCancelWhenRunning(request);
        Ui.join(job, 180_000);
        assertThat(job.getResult().getSeverity()).isEqualTo(IStatus.CANCEL);
        assertThat(Files.readAllBytes(out)).as("the older report is untouched").isEqualTo(older);
        try (var files = Files.list(out.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no partial file beside it")
                    .containsExactly("scorecard.pdf");
        }
    }

    /** Cancels a report job as soon as it runs (from the job's own thread, before any file is written). */
    private static final class JobStarter {
        Job scheduleAndCancelWhenRunning(ReportRuns.Request request) {
            AtomicBoolean cancelled = new AtomicBoolean();
            Job.getJobManager().addJobChangeListener(new JobChangeAdapter() {
                @Override
                public void running(IJobChangeEvent event) {
                    if (event.getJob().belongsTo(ReportRuns.FAMILY) && cancelled.compareAndSet(false, true)) {
                        event.getJob().cancel();
                        Job.getJobManager().removeJobChangeListener(this);
                    }
                }
            });
            return ReportRuns.schedule(request);
        }
    }

    private static RunReportDialog open(IFile journey) {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        RunReportDialog dialog = new RunReportDialog(shell, journey);
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialog.getShell().setSize(760, 620);
        Ui.settle(dialog.getShell().getDisplay(), 300);
        assertThat(dialog.journeyCombo().getText()).isEqualTo("Journeys/retail-b2c.journey");
        return dialog;
    }

    /** Selects the item that starts with {@code label}, as a click in the list does. */
    private static void choose(Combo combo, String label) {
        int index = Arrays.asList(combo.getItems()).stream().filter(item -> item.startsWith(label)).findFirst()
                .map(item -> Arrays.asList(combo.getItems()).indexOf(item)).orElseThrow(
                        () -> new AssertionError(label + " is not offered: " + Arrays.toString(combo.getItems())));
        combo.setFocus();
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
        combo.notifyListeners(SWT.Modify, new Event());
    }

    /** Replaces the text as typing does (the widget sends Modify). */
    private static void type(Text text, String value) {
        text.setFocus();
        text.setText(value);
    }

    private static void type(Combo combo, String value) {
        combo.setFocus();
        combo.setText(value);
    }

    private static void click(Button radio) {
        for (var sibling : radio.getParent().getChildren()) {
            if (sibling instanceof Button other) {
                other.setSelection(other == radio);
            }
        }
        radio.notifyListeners(SWT.Selection, new Event());
    }

    private static void press(RunReportDialog dialog, int buttonId) {
        assertThat(buttonId).isEqualTo(IDialogConstants.OK_ID);
        Button button = dialog.runButton();
        assertThat(button.isEnabled()).as(dialog.getErrorMessage() == null ? "Run enabled"
                : dialog.getErrorMessage()).isTrue();
        button.notifyListeners(SWT.Selection, new Event());
    }

    static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            return new PDFTextStripper().getText(document);
        }
    }
}
