package org.cxworkbench.ui.followups.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.cxworkbench.cli.CommandContext;
import org.cxworkbench.cli.Cxw;
import org.cxworkbench.cli.internal.BuiltInCommands;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.model.journey.Touchpoint;
import org.cxworkbench.ui.editor.JourneyEditor;
import org.cxworkbench.ui.followups.internal.FollowUpsView;
import org.cxworkbench.ui.preferences.CxPreferences;
import org.cxworkbench.ui.testsupport.Ui;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
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
 * The Follow-ups view in the real workbench under Xvfb: a store filled by {@code cxw generate} and {@code cxw import}
 * (in-process), the retail journey open in the journey editor and a touchpoint clicked on its Structure page. The
 * view must list what {@code cxw followups list} lists for that touchpoint; a follow-up edited in the view (owner
 * typed, state chosen, note typed, Apply clicked) must be saved with its history; and a change made meanwhile by
 * someone else must be refused with the message naming who changed it.
 */
class FollowUpsViewTest {

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

    private static String cxw(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Cxw(BuiltInCommands.all()).run(args, new CommandContext(new PrintStream(out, true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The CSV rows (without the header) as cells, and the header's column index of {@code column}. */
    private static List<List<String>> rows(String csv) {
        return csv.lines().skip(1).map(line -> Arrays.asList(line.split(",", -1))).toList();
    }

    private static int column(String csv, String name) {
        return Arrays.asList(csv.lines().findFirst().orElseThrow().split(",")).indexOf(name);
    }

    private static void waitForJobs(FollowUpsView view, String what) {
        try {
            Ui.waitUntil(what, 60_000, () -> (view.saveJob() == null || view.saveJob().getState() == Job.NONE)
                    && view.job() != null && view.job().getState() == Job.NONE
                    && !view.messageText().contains("\u2026"));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the view says: " + view.messageText(), e);
        }
        Ui.settle(300);
    }

    @Test
    void listsTheTouchpointsFollowUpsAndSavesAnEditOrRefusesAConflict() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("FollowUpsViewTests");
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
        String db = dir.resolve("results").toString();
        cxw("generate", "--journey", journey, "--rows", "2000", "--seed", "11", "--from", "2026-01", "--months", "3",
                "--out", csv.toString());
        cxw("import", csv.toString(), "--journey", journey, "--mapping", dir.resolve("answers.mapping").toString(),
                "--db", db);
        String expected = cxw("followups", "list", "--journey", journey, "--touchpoint", "Customer service chat",
                "--state", "new,contacted", "--format", "csv", "--db", db);
        List<List<String>> expectedRows = rows(expected);
        assertThat(expectedRows).as("the generated answers hold dissatisfied chat customers").isNotEmpty();

        CxPreferences.node().put(CxPreferences.STORE_KIND, CxPreferences.EMBEDDED);
        CxPreferences.node().put(CxPreferences.STORE_FOLDER, db);
        Shell shell = page().getWorkbenchWindow().getShell();
        shell.setMaximized(false);
        shell.setBounds(0, 0, 1500, 900);
        JourneyEditor editor = (JourneyEditor) IDE.openEditor(page(), file, true);
        editor.setActivePage(editor.getStructurePageIndex());
        FollowUpsView view = (FollowUpsView) page().showView(FollowUpsView.ID);
        page().activate(editor);
        Ui.settle(300);

        Touchpoint chat = editor.getJourney().getTouchpoints().stream()
                .filter(t -> "Customer service chat".equals(t.getName())).findFirst().orElseThrow();
        @SuppressWarnings("restriction")
        Tree tree = editor.getStructurePage().viewer().getTree();
        editor.getStructurePage().viewer().expandAll();
        Ui.settle(200);
        TreeItem item = find(tree.getItems(), chat);
        assertThat(item).isNotNull();
        tree.showItem(item);
        Ui.settle(100);
        Ui.click(tree, item.getBounds());
        if (!Arrays.asList(tree.getSelection()).contains(item)) {
            tree.setSelection(item);
            Event event = new Event();
            event.item = item;
            tree.notifyListeners(SWT.Selection, event);
        }
        Ui.waitUntil("the chat's follow-ups", 60_000, () -> view.messageText().startsWith("Customer service chat:"));
        waitForJobs(view, "the chat's follow-ups");

        Table table = view.table();
        assertThat(table.getItemCount()).as(view.messageText()).isEqualTo(expectedRows.size());
        int idColumn = column(expected, "id");
        assertThat(Arrays.stream(table.getItems()).map(i -> i.getText(0)).toList())
                .containsExactlyInAnyOrderElementsOf(expectedRows.stream().map(r -> r.get(idColumn)).toList());
        assertThat(Arrays.stream(table.getItems()).map(i -> i.getText(4)).distinct().toList())
                .containsExactly("Customer service chat");
        assertThat(table.getItem(0).getText(2)).isEqualTo("contact immediately");
        Ui.screenshot(shell, "followups-view.png");

        // edit the first row: owner typed, state chosen, note typed, Apply clicked
        Ui.click(table, table.getItem(0).getBounds());
        if (view.selected() == null) {
            table.setSelection(0);
            table.notifyListeners(SWT.Selection, new Event());
        }
        String id = table.getItem(0).getText(0);
        assertThat(view.selected().followUp().id()).isEqualTo(Long.parseLong(id));
        view.ownerField().setFocus();
        view.ownerField().selectAll();
        Ui.type("Maija");
        if (!view.ownerField().getText().equals("Maija")) {
            view.ownerField().setText("Maija");
        }
        view.dueField().setText("2026-12-24");
        view.stateField().select(1);
        view.stateField().notifyListeners(SWT.Selection, new Event());
        view.noteField().setFocus();
        Ui.type("Called back");
        if (!view.noteField().getText().equals("Called back")) {
            view.noteField().setText("Called back");
        }
        Ui.click(view.applyButton());
        if (view.saveJob() == null) {
            view.applyButton().notifyListeners(SWT.Selection, new Event());
        }
        Ui.waitUntil("the save", 60_000, () -> view.saveJob() != null);
        waitForJobs(view, "the save and the new reading");
        assertThat(view.messageText()).startsWith("Follow-up " + id + " saved (version 4).");

        String after = cxw("followups", "list", "--db", db, "--format", "csv");
        List<String> row = rows(after).stream().filter(r -> r.get(0).equals(id)).findFirst().orElseThrow();
        assertThat(row.get(column(after, "owner"))).isEqualTo("Maija");
        assertThat(row.get(column(after, "due"))).isEqualTo("2026-12-24");
        assertThat(row.get(column(after, "state"))).isEqualTo("contacted");
        assertThat(row.get(column(after, "note"))).isEqualTo("Called back");
        assertThat(row.get(column(after, "version"))).isEqualTo("4");

        // someone else changes it behind the view's back; the view's edit is refused, not written over it
        cxw("followups", "note", id, "Sven called too", "--db", db);
        int index = Arrays.asList(table.getItems()).stream().map(i -> i.getText(0)).toList().indexOf(id);
        table.setSelection(index);
        table.notifyListeners(SWT.Selection, new Event());
        view.ownerField().setText("Sven");
        Job before = view.saveJob();
        Ui.click(view.applyButton());
        if (view.saveJob() == before) {
            view.applyButton().notifyListeners(SWT.Selection, new Event());
        }
        waitForJobs(view, "the refused save");
        assertThat(view.messageText()).startsWith("Follow-up " + id + " was changed by APP at ")
                .contains("nothing was saved");
        String last = cxw("followups", "list", "--db", db, "--format", "csv");
        List<String> kept = rows(last).stream().filter(r -> r.get(0).equals(id)).findFirst().orElseThrow();
        assertThat(kept.get(column(last, "owner"))).isEqualTo("Maija");
        assertThat(kept.get(column(last, "note"))).isEqualTo("Sven called too");

        // the filter: every state shows at least as many
        view.stateFilter().select(0);
        view.stateFilter().notifyListeners(SWT.Selection, new Event());
        waitForJobs(view, "all states");
        assertThat(table.getItemCount()).isGreaterThanOrEqualTo(expectedRows.size());
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
