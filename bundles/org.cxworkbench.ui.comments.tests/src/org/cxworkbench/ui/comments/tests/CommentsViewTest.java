package org.cxworkbench.ui.comments.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.cxworkbench.cli.CommandContext;
import org.cxworkbench.cli.Cxw;
import org.cxworkbench.cli.internal.BuiltInCommands;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.model.journey.Touchpoint;
import org.cxworkbench.services.comments.StoredComment;
import org.cxworkbench.store.ColumnMapping;
import org.cxworkbench.text.CommentProcessor;
import org.cxworkbench.ui.analysis.AnalysisContext;
import org.cxworkbench.ui.analysis.AnalysisPeriod;
import org.cxworkbench.ui.comments.internal.views.CommentsView;
import org.cxworkbench.ui.editor.JourneyEditor;
import org.cxworkbench.ui.preferences.CxPreferences;
import org.cxworkbench.ui.testsupport.Ui;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Comments view in the real workbench under Xvfb: comments in Finnish, Swedish and English imported with
 * {@code cxw import} (in-process), the retail journey open in its editor, a touchpoint clicked on the Structure page
 * (the view follows), then the filters driven with real events: combos selected, text typed with key events posted
 * to the display.
 */
class CommentsViewTest {

    private static final String NPS = "78877913-111a-4334-8590-ca6fd2970f18";
    private static final String CSAT = "b5a420cd-f87c-4f55-a0aa-bb9bde4d8812";

    /** NPS detractors r1 r2 r3 r8, passive r7, promoters r4 r5 r6; chat (CSAT) comments of r1 and r4. */
    private static final String CSV = """
            id,time,segment,language,nps,why,csat,chat
            r1,2026-01-10 10:00,Current customers,fi,2,Toimitus oli myöhässä ja kuljettaja oli tyly,2,Chat oli hidas
            r2,2026-01-12 10:00,Current customers,,3,Delivery was late and the driver was rude,,
            r3,2026-01-15 10:00,Lapsed customers,sv,1,Leveransen var försenad och chauffören otrevlig,,
            r4,2026-02-03 10:00,Current customers,en,10,Friendly staff and fast delivery,5,Helpful chat
            r5,2026-02-05 10:00,Current customers,,9,Ystävällinen henkilökunta ja nopea toimitus,,
            r6,2026-02-08 10:00,Prospects,,10,Vänlig personal och snabb leverans,,
            r7,2026-02-10 10:00,Current customers,en,8,Prices are ok,,
            r8,2026-03-01 10:00,Lapsed customers,fi,0,"Myöhässä taas, toimitus myöhässä",,
            """;

    @TempDir
    Path dir;

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @AfterEach
    void close() {
        page().closeAllEditors(false);
        CxPreferences.node().remove(CxPreferences.STORE_FOLDER);
        AnalysisContext.get().setPeriod(null);
        Ui.settle(100);
    }

    private static void cxw(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Cxw(BuiltInCommands.all()).run(args, new CommandContext(new PrintStream(out, true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
    }

    private static void waitUntil(String what, CommentsView view, BooleanSupplier condition) {
        try {
            Ui.waitUntil(what, 60_000, () -> view.job() != null && view.job().getState() == Job.NONE
                    && condition.getAsBoolean());
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the view says: " + view.messageText(), e);
        }
        Ui.settle(200);
    }

    private static String finnishStem(String word) {
        try (CommentProcessor processor = new CommentProcessor(Map.of(), "fi")) {
            return processor.process(word, "fi").terms().get(0);
        }
    }

    @Test
    void followsTheClickedTouchpointAndFiltersByScoreGroupLanguageAndText() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("CommentsViewTests");
        if (!project.exists()) {
            project.create(new NullProgressMonitor());
        }
        project.open(new NullProgressMonitor());
        IFile file = project.getFile("retail-" + System.nanoTime() + ".journey");
        try (InputStream in = SampleJourneys.open(SampleJourneys.RETAIL_B2C)) {
            file.create(in, true, new NullProgressMonitor());
        }
        String journey = file.getLocation().toFile().getPath();
        Path csv = dir.resolve("comments.csv");
        Files.writeString(csv, CSV, StandardCharsets.UTF_8);
        Path mapping = dir.resolve("comments.mapping");
        new ColumnMapping(Map.of("nps", NPS, "csat", CSAT), Map.of("why", NPS, "chat", CSAT),
                Map.of(ColumnMapping.RESPONDENT, "id", ColumnMapping.TIME, "time", ColumnMapping.SEGMENT, "segment",
                        ColumnMapping.LANGUAGE, "language")).save(mapping);
        Path db = dir.resolve("results");
        cxw("import", csv.toString(), "--journey", journey, "--mapping", mapping.toString(), "--db", db.toString());

        CxPreferences.node().put(CxPreferences.STORE_KIND, CxPreferences.EMBEDDED);
        CxPreferences.node().put(CxPreferences.STORE_FOLDER, db.toString());
        AnalysisContext.get().setSegment(null);
        AnalysisContext.get().setPeriod(AnalysisPeriod.custom(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));

        Shell shell = page().getWorkbenchWindow().getShell();
        shell.setMaximized(false);
        shell.setBounds(0, 0, 1400, 900);
        JourneyEditor editor = (JourneyEditor) IDE.openEditor(page(), file, true);
        editor.setActivePage(editor.getStructurePageIndex());
        CommentsView view = (CommentsView) page().showView(CommentsView.ID);
        page().activate(editor);
        Ui.settle(300);

        // a click on the chat touchpoint in the Structure page: the view shows that touchpoint's two comments
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
            // the pointer missed (a window manager's offset under Xvfb): the same selection event, sent to the tree
            tree.setSelection(item);
            Event event = new Event();
            event.item = item;
            tree.notifyListeners(SWT.Selection, event);
        }
        waitUntil("the chat's comments", view, () -> view.table().getItemCount() == 2);
        assertThat(view.touchpointCombo().getText()).isEqualTo("Customer service chat");
        assertThat(view.shown()).extracting(StoredComment::text).containsExactly("Chat oli hidas", "Helpful chat");
        assertThat(view.table().getItem(0).getText(6)).isEqualTo("Chat oli hidas");
        assertThat(view.table().getItem(1).getText(4)).isEqualTo("en");

        // all touchpoints: the ten comments of the journey
        Ui.choose(view.touchpointCombo(), "All touchpoints");
        waitUntil("every comment", view, () -> view.table().getItemCount() == 10);

        // detractors: four comments; the Finnish "myöhässä" (3 times, only there) is their first keyword and is
        // highlighted in the comments as written
        Ui.choose(view.groupCombo(), "Detractor");
        assertThat(view.table().getItemCount()).isEqualTo(4);
        String late = finnishStem("myöhässä");
        assertThat(view.keywordsText()).startsWith("Keywords: " + late + " (3)");
        StoredComment r8 = view.shown().stream().filter(c -> c.text().startsWith("Myöhässä")).findFirst()
                .orElseThrow();
        assertThat(view.highlighted(r8)).contains("Myöhässä", "myöhässä");
        assertThat(view.table().getItem(view.shown().indexOf(r8)).getText(5)).isEqualTo("Negative");

        // Finnish detractors: r1 and r8
        Ui.choose(view.languageCombo(), "fi");
        assertThat(view.shown()).extracting(StoredComment::text).containsExactly(
                "Toimitus oli myöhässä ja kuljettaja oli tyly", "Myöhässä taas, toimitus myöhässä");

        // typed into the text filter: only the comment that says "taas"
        page().activate(view);
        shell.forceActive();
        Ui.settle(100);
        Point size = view.textFilter().getSize();
        Ui.click(view.textFilter(), new org.eclipse.swt.graphics.Rectangle(0, 0, size.x, size.y));
        if (!view.textFilter().isFocusControl()) {
            view.textFilter().forceFocus();
            Ui.settle(100);
        }
        if (view.textFilter().isFocusControl()) {
            Ui.type("taas");
        } else {
            // no window manager gives the shell the keyboard: the text as the field receives it, with its Modify
            view.textFilter().insert("taas");
            Ui.settle(200);
        }
        assertThat(view.textFilter().getText()).isEqualTo("taas");
        assertThat(view.shown()).extracting(StoredComment::text).containsExactly("Myöhässä taas, toimitus myöhässä");
        assertThat(view.table().getItemCount()).isEqualTo(1);
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
