package org.cxworkbench.ui.reports.internal;

import org.cxworkbench.ui.reports.ReportRuns;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Reports > Run Report..., the tool bar button and the Workspace view's context menu: opens the Run Report dialog on
 * the selected journey file (else the active editor's, else the first of the workspace) and schedules the report.
 */
public final class RunReportHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IFile journey = journeyOf(HandlerUtil.getCurrentSelection(event));
        if (journey == null) {
            journey = journeyOf(HandlerUtil.getActiveEditor(event));
        }
        RunReportDialog dialog = new RunReportDialog(HandlerUtil.getActiveShell(event), journey);
        if (dialog.open() == Window.OK) {
            ReportRuns.schedule(dialog.request());
        }
        return null;
    }

    static IFile journeyOf(ISelection selection) {
        if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
            IFile file = Adapters.adapt(structured.getFirstElement(), IFile.class);
            if (file != null && "journey".equals(file.getFileExtension())) {
                return file;
            }
        }
        return null;
    }

    private static IFile journeyOf(IEditorPart editor) {
        if (editor == null) {
            return null;
        }
        IEditorInput input = editor.getEditorInput();
        IFile file = Adapters.adapt(input, IFile.class);
        return file != null && "journey".equals(file.getFileExtension()) ? file : null;
    }
}
