package org.cxworkbench.ui.drivers.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.cxworkbench.cli.CommandContext;
import org.cxworkbench.cli.Cxw;
import org.cxworkbench.cli.internal.BuiltInCommands;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.ui.editor.JourneyEditor;
import org.cxworkbench.ui.testsupport.Ui;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/** The workbench steps both view tests share: a sample journey in a project, cxw in-process, a click in the editor. */
final class Workbench {

    private Workbench() {
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** A copy of the sample journey {@code sample} in a workspace project. */
    static IFile journey(String sample, String prefix) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("DriversViewsTests");
        if (!project.exists()) {
            project.create(new NullProgressMonitor());
        }
        project.open(new NullProgressMonitor());
        IFile file = project.getFile(prefix + "-" + System.nanoTime() + ".journey");
        try (InputStream in = SampleJourneys.open(sample)) {
            file.create(in, true, new NullProgressMonitor());
        }
        return file;
    }

    /** Runs a {@code cxw} command in this process; it must succeed. */
    static String cxw(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Cxw(BuiltInCommands.all()).run(args, new CommandContext(new PrintStream(out, true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false));
        assertThat(exit).as(Arrays.toString(args) + ": " + err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Clicks {@code element} on the editor's Structure page, as a user selects it. */
    @SuppressWarnings("restriction")
    static void select(JourneyEditor editor, EObject element) {
        editor.setActivePage(editor.getStructurePageIndex());
        page().activate(editor);
        Tree tree = editor.getStructurePage().viewer().getTree();
        editor.getStructurePage().viewer().expandAll();
        Ui.settle(200);
        TreeItem item = find(tree.getItems(), element);
        assertThat(item).as("the Structure page shows " + element).isNotNull();
        tree.showItem(item);
        Ui.settle(100);
        Ui.click(tree.toDisplay(item.getBounds().x + item.getBounds().width / 2,
                item.getBounds().y + item.getBounds().height / 2));
        if (!Arrays.asList(tree.getSelection()).contains(item)) {
            // the window manager under Xvfb did not take the click: the same selection, as an event
            tree.setSelection(item);
            Event event = new Event();
            event.item = item;
            tree.notifyListeners(SWT.Selection, event);
        }
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
