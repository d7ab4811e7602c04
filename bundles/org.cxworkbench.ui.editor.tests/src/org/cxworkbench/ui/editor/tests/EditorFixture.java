package org.cxworkbench.ui.editor.tests;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicInteger;

import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.ui.editor.JourneyEditor;
import org.cxworkbench.ui.testsupport.Ui;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/** Journey files in a project of the test workspace, and the workbench page they open in. */
final class EditorFixture {

    static final String PROJECT = "EditorTests";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private EditorFixture() {
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    static IProject project() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
        if (!project.exists()) {
            project.create(new NullProgressMonitor());
        }
        if (!project.isOpen()) {
            project.open(new NullProgressMonitor());
        }
        return project;
    }

    /** A new copy of a sample journey, named {@code <prefix>-<n>.journey}. */
    static IFile sample(String sample, String prefix) throws Exception {
        IFile file = project().getFile(prefix + "-" + COUNTER.incrementAndGet() + ".journey");
        try (InputStream in = SampleJourneys.open(sample)) {
            file.create(in, true, new NullProgressMonitor());
        }
        return file;
    }

    static IFile file(String prefix, byte[] content) throws Exception {
        IFile file = project().getFile(prefix + "-" + COUNTER.incrementAndGet() + ".journey");
        file.create(new ByteArrayInputStream(content), true, new NullProgressMonitor());
        return file;
    }

    /** Opens a journey file and turns to the Structure page (the editor opens on the Map page). */
    static JourneyEditor open(IFile file) throws Exception {
        JourneyEditor editor = openOnMap(file);
        editor.setActivePage(editor.getStructurePageIndex());
        Ui.settle(200);
        return editor;
    }

    /** Opens a journey file in the journey editor, on the page it opens on. */
    static JourneyEditor openOnMap(IFile file) throws Exception {
        IEditorPart part = IDE.openEditor(page(), file, true);
        Ui.settle(300);
        if (!(part instanceof JourneyEditor editor)) {
            throw new AssertionError("opened " + part + " instead of the journey editor");
        }
        return editor;
    }

    static void closeAll() {
        page().closeAllEditors(false);
        Ui.settle(100);
    }
}
