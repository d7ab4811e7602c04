package org.cxworkbench.diagram.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;

/**
 * One undoable step made of commands that are created only when their turn comes, each against the model the
 * previous ones left: deleting a selection whose elements share paths (the second touchpoint's delete must not
 * delete the path again) is such a step. Suppliers may return {@code null} or an unexecutable command to skip.
 */
final class SequentialCommand extends AbstractCommand {

    private final List<Supplier<Command>> steps;
    private final List<Command> done = new ArrayList<>();

    SequentialCommand(String label, List<Supplier<Command>> steps) {
        super(label);
        this.steps = List.copyOf(steps);
    }

    @Override
    protected boolean prepare() {
        return !steps.isEmpty();
    }

    @Override
    public void execute() {
        done.clear();
        for (Supplier<Command> step : steps) {
            Command command = step.get();
            if (command != null && command.canExecute()) {
                command.execute();
                done.add(command);
            }
        }
    }

    @Override
    public void undo() {
        for (int i = done.size() - 1; i >= 0; i--) {
            done.get(i).undo();
        }
    }

    @Override
    public void redo() {
        for (Command command : done) {
            command.redo();
        }
    }

    @Override
    public void dispose() {
        done.forEach(Command::dispose);
    }

    /** Whether running it changed anything. */
    boolean changedSomething() {
        return !done.isEmpty();
    }
}
