package org.cxworkbench.ui.imports.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/** Import Survey Answers… on a CSV or XLSX file: the import wizard, starting with that file. */
public final class ImportAnswersHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        SurveyImportWizard wizard = new SurveyImportWizard();
        wizard.init(PlatformUI.getWorkbench(), selection instanceof IStructuredSelection structured ? structured
                : StructuredSelection.EMPTY);
        WizardDialog dialog = new WizardDialog(HandlerUtil.getActiveShell(event), wizard);
        dialog.open();
        return null;
    }
}
