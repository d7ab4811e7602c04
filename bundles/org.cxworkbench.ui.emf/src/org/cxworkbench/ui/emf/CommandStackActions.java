package org.cxworkbench.ui.emf;

import java.util.List;
import java.util.function.Function;

import org.cxworkbench.ui.emf.internal.Messages;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Undo, redo and delete bound to one editing domain's command stack, for an editor (or a view showing its model) to
 * set as the workbench's global action handlers. Undo and redo follow the stack and carry the command's label
 * ("Undo Rename"); delete follows the selection it is given and deletes through a command the caller chooses (so that
 * a model can delete an element with what depends on it).
 */
public final class CommandStackActions implements CommandStackListener, ISelectionChangedListener {

    private final EditingDomain domain;
    private final Action undo;
    private final Action redo;
    private final Action delete;
    private final Function<List<?>, Command> deleteCommand;
    private List<?> selection = List.of();

    /**
     * @param deleteCommand the command that deletes the selected objects (null when nothing of them can be
     *        deleted)
     */
    public CommandStackActions(EditingDomain domain, Function<List<?>, Command> deleteCommand) {
        this.domain = domain;
        this.deleteCommand = deleteCommand;
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        undo = new Action(Messages.Action_undo) {
            @Override
            public void run() {
                if (domain.getCommandStack().canUndo()) {
                    domain.getCommandStack().undo();
                }
            }
        };
        undo.setId(ActionFactory.UNDO.getId());
        undo.setActionDefinitionId(ActionFactory.UNDO.getCommandId());
        undo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
        redo = new Action(Messages.Action_redo) {
            @Override
            public void run() {
                if (domain.getCommandStack().canRedo()) {
                    domain.getCommandStack().redo();
                }
            }
        };
        redo.setId(ActionFactory.REDO.getId());
        redo.setActionDefinitionId(ActionFactory.REDO.getCommandId());
        redo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
        delete = new Action(Messages.Action_delete) {
            @Override
            public void run() {
                Command command = selection.isEmpty() ? null : deleteCommand.apply(selection);
                if (command != null && command.canExecute()) {
                    domain.getCommandStack().execute(command);
                }
            }
        };
        delete.setId(ActionFactory.DELETE.getId());
        delete.setActionDefinitionId(ActionFactory.DELETE.getCommandId());
        delete.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
        domain.getCommandStack().addCommandStackListener(this);
        update();
    }

    public IAction undo() {
        return undo;
    }

    public IAction redo() {
        return redo;
    }

    public IAction delete() {
        return delete;
    }

    @Override
    public void commandStackChanged(java.util.EventObject event) {
        update();
    }

    /** Brings the labels and enablement up to date with the stack and the selection. */
    public void update() {
        CommandStack stack = domain.getCommandStack();
        Command undoable = stack.getUndoCommand();
        undo.setEnabled(stack.canUndo());
        undo.setText(label(Messages.Action_undo, Messages.Action_undoLabelled, undoable));
        Command redoable = stack.getRedoCommand();
        redo.setEnabled(stack.canRedo());
        redo.setText(label(Messages.Action_redo, Messages.Action_redoLabelled, redoable));
        Command deleting = selection.isEmpty() ? null : deleteCommand.apply(selection);
        delete.setEnabled(deleting != null && deleting.canExecute());
    }

    private static String label(String plain, String labelled, Command command) {
        String label = command == null ? null : command.getLabel();
        return label == null || label.isBlank() ? plain : NLS.bind(labelled, label);
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        setSelection(event.getSelection());
    }

    /** The objects delete acts on. */
    public void setSelection(ISelection selection) {
        this.selection = selection instanceof IStructuredSelection structured ? structured.toList() : List.of();
        update();
    }

    public void dispose() {
        domain.getCommandStack().removeCommandStackListener(this);
    }
}
