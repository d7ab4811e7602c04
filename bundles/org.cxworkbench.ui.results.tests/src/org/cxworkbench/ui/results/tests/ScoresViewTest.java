package org.cxworkbench.ui.results.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cxworkbench.cli.CommandContext;
import org.cxworkbench.cli.Cxw;
import org.cxworkbench.cli.internal.BuiltInCommands;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.model.journey.Touchpoint;
import org.cxworkbench.ui.analysis.AnalysisContext;
import org.cxworkbench.ui.editor.JourneyEditor;
import org.cxworkbench.ui.preferences.CxPreferences;
import org.cxworkbench.ui.results.internal.views.ScoresView;
import org.cxworkbench.ui.testsupport.Ui;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Scores view in the real workbench under Xvfb: a store filled by {@code cxw generate} and {@code cxw import}
 * (run in-process), the retail journey open in the journey editor, a touchpoint clicked on its Structure page; the
 * view's figures must be those {@code cxw score --journey --by touchpoint} prints for the same period, also after
 * the bar's ◀ steps back a month, and Ctrl+C must put the rows on the clipboard.
 */
class ScoresViewTest {

    @TempDir
    Path dir;

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @AfterEach
    void close() {
        page().closeAllEditors(false);
        CxPreferences.node().remove(CxPreferences.STORE_FOLDER);
        Ui.settle(100);
    }

    /** Runs cxw in-process and returns what it printed; fails on a non-zero exit. */
    private static String cxw(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Cxw(BuiltInCommands.all()).run(args, new CommandContext(new PrintStream(out, true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The row of {@code cxw score --format csv} for a touchpoint and metric, by column name. */
    private static Map<String, String> cliRow(String csv, String touchpointId, String metric) {
        List<String> lines = csv.lines().toList();
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        for (String line : lines.subList(1, lines.size())) {
            // the rows of this journey hold no quoted commas in the columns read here (names come before them)
            List<String> cells = Arrays.asList(line.split(",", -1));
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size() && i < cells.size(); i++) {
                row.put(header.get(i), cells.get(i));
            }
            if (line.contains(touchpointId) && metric.equals(row.get("metric"))) {
                return row;
            }
        }
        throw new AssertionError("cxw printed no " + metric + " row for " + touchpointId + ":\n" + csv);
    }

    private static double number(String shown) {
        return Double.parseDouble(shown.strip().replace(',', '.').replace('\u2212', '-'));
    }

    private static void waitForView(ScoresView view, String what) {
        try {
            Ui.waitUntil(what, 60_000, () -> view.job() != null && view.job().getState() == Job.NONE
                    && view.table().getItemCount() > 0 && view.header().contains("Customer service chat"));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the view says: " + view.messageText(), e);
        }
        Ui.settle(200);
    }

    @Test
    void aClickedTouchpointShowsWhatTheCommandLinePrintsAndFollowsThePeriodBar() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("ScoresViewTests");
        if (!project.exists()) {
            project.create(new NullProgressMonitor());
        }
        project.open(new NullProgressMonitor());
        IFile file = project.getFile("retail-" + System.nanoTime() + ".journey");
        try (InputStream in = SampleJourneys.open(SampleJourneys.RETAIL_B2C)) {
            file.create(in, true, new NullProgressMonitor());
        }
        String journey = file.getLocation().toFile().getPath();
        Path csv = dir.resolve("answers.csv");
        Path db = dir.resolve("results");
        cxw("generate", "--journey", journey, "--rows", "3000", "--seed", "7", "--from", "2026-01", "--months", "3",
                "--out", csv.toString());
        cxw("import", csv.toString(), "--journey", journey, "--mapping", dir.resolve("answers.mapping").toString(),
                "--db", db.toString());

        CxPreferences.node().put(CxPreferences.STORE_KIND, CxPreferences.EMBEDDED);
        CxPreferences.node().put(CxPreferences.STORE_FOLDER, db.toString());
        AnalysisContext.get().setSegment(null);
        AnalysisContext.get().setPeriod(null);

        Shell shell = page().getWorkbenchWindow().getShell();
        shell.setMaximized(false);
        shell.setBounds(0, 0, 1280, 800);
        JourneyEditor editor = (JourneyEditor) IDE.openEditor(page(), file, true);
        editor.setActivePage(editor.getStructurePageIndex());
        ScoresView view = (ScoresView) page().showView(ScoresView.ID);
        page().activate(editor);
        Ui.settle(300);

        // the bar starts at the month of the latest answer: the generated answers run to March 2026
        Ui.waitUntil("the period of the latest answers", 30_000, () -> AnalysisContext.get().period() != null);
        Ui.settle(300);
        assertThat(view.bar().periodText()).isEqualTo("2026-03");

        Touchpoint chat = editor.getJourney().getTouchpoints().stream()
                .filter(t -> "Customer service chat".equals(t.getName())).findFirst().orElseThrow();
        @SuppressWarnings("restriction")
        Tree tree = editor.getStructurePage().viewer().getTree();
        editor.getStructurePage().viewer().expandAll();
        Ui.settle(200);
        TreeItem item = find(tree.getItems(), chat);
        assertThat(item).as("the touchpoint's row on the Structure page").isNotNull();
        tree.showItem(item);
        Ui.settle(100);
        Ui.click(tree, item.getBounds());
        if (!Arrays.asList(tree.getSelection()).contains(item)) {
            // the pointer missed (a window manager's offset under Xvfb): the same selection event, sent to the tree
            tree.setSelection(item);
            Event event = new Event();
            event.item = item;
            tree.notifyListeners(SWT.Selection, event);
        }
        assertThat(tree.getSelection()).containsExactly(item);
        waitForView(view, "the scores of the clicked touchpoint");

        String march = cxw("score", "--journey", journey, "--by", "touchpoint", "--from", "2026-03-01", "--to",
                "2026-03-31", "--format", "csv", "--db", db.toString());
        String february = cxw("score", "--journey", journey, "--by", "touchpoint", "--from", "2026-02-01", "--to",
                "2026-02-28", "--format", "csv", "--db", db.toString());
        Map<String, String> cliMarch = cliRow(march, chat.getId(), "csat");
        Map<String, String> cliFebruary = cliRow(february, chat.getId(), "csat");

        Table table = view.table();
        assertThat(table.getItemCount()).isEqualTo(1);
        assertThat(table.getItem(0).getText(0)).isEqualTo("Customer Satisfaction (CSAT)");
        assertThat(table.getItem(0).getText(1)).isNotEqualTo("\u2013");
        assertThat(number(table.getItem(0).getText(1))).isCloseTo(Double.parseDouble(cliMarch.get("value")),
                within(0.05));
        assertThat(table.getItem(0).getText(2).split(" ")[0]).isEqualTo(cliMarch.get("n"));
        assertThat(number(table.getItem(0).getText(4))).isCloseTo(Double.parseDouble(cliFebruary.get("value")),
                within(0.05));
        String[] interval = table.getItem(0).getText(3).split("\u2013");
        assertThat(number(interval[0])).isCloseTo(Double.parseDouble(cliMarch.get("ci_low")), within(0.05));
        assertThat(number(interval[1])).isCloseTo(Double.parseDouble(cliMarch.get("ci_high")), within(0.05));
        Ui.screenshot(shell, "scores-view.png");

        // ◀: February, compared with January
        String marchShown = table.getItem(0).getText(1) + " | " + table.getItem(0).getText(2);
        Ui.click(view.bar().previousButton());
        // the header names the period shown, then the one compared with: "… · 2026-02 · compared with 2026-01"
        Ui.waitUntil("the February scores", 60_000, () -> view.header().contains(" \u00b7 2026-02 \u00b7 ")
                && view.job().getState() == Job.NONE && table.getItemCount() > 0);
        Ui.settle(200);
        assertThat(view.bar().periodText()).isEqualTo("2026-02");
        assertThat(number(table.getItem(0).getText(1))).isCloseTo(Double.parseDouble(cliFebruary.get("value")),
                within(0.05));
        assertThat(table.getItem(0).getText(2).split(" ")[0]).isEqualTo(cliFebruary.get("n"));
        // the month's own figures, not March's again
        assertThat(table.getItem(0).getText(1) + " | " + table.getItem(0).getText(2)).isNotEqualTo(marchShown);

        // Ctrl+C in the table: the rows as tab-separated text under the column names
        table.setFocus();
        Ui.click(table, table.getItem(0).getBounds());
        Ui.ctrl('c');
        Clipboard clipboard = new Clipboard(table.getDisplay());
        String copied;
        try {
            copied = (String) clipboard.getContents(TextTransfer.getInstance());
        } finally {
            clipboard.dispose();
        }
        assertThat(copied).isNotNull();
        List<String> lines = copied.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("Metric\tScore\tn\tInterval\tPrevious\tChange\tSignificance\tTarget");
        assertThat(lines.get(1).split("\t")).hasSize(8).startsWith("Customer Satisfaction (CSAT)",
                table.getItem(0).getText(1));

        // Export as CSV: the command line's column names, full precision
        Path exported = dir.resolve("scores.csv");
        assertThat(view.exportTo(exported)).isTrue();
        List<String> csvLines = Files.readAllLines(exported);
        assertThat(csvLines.get(0)).startsWith("group,group_id,metric,metric_name,n,value,ci_low,ci_high");
        assertThat(csvLines.get(1)).contains("," + cliFebruary.get("n") + "," + cliFebruary.get("value") + ",");
    }

    private static TreeItem find(TreeItem[] items, Object data) {
        for (TreeItem item : items) {
            if (item.getData() == data) {
                return item;
            }
            TreeItem found = find(item.getItems(), data);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
