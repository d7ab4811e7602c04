package org.cxworkbench.ui.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The main menu: File (New, Save, Save As, Revert), Edit (Undo, Redo, Delete, Select All), Window (Show View, Reset
 * Perspective, Preferences), Help with the platform's standard actions, so key bindings and the About dialog behave
 * as in every Eclipse product; editors supply the handlers (undo, redo, delete, select all, revert) and contribute
 * menus of their own.
 */
final class CxActionBarAdvisor extends ActionBarAdvisor {

    private IWorkbenchAction save;
    private IWorkbenchAction saveAs;
    private IWorkbenchAction revert;
    private IWorkbenchAction selectAll;
    private IContributionItem newWizards;
    private IWorkbenchAction saveAll;
    private IWorkbenchAction quit;
    private IWorkbenchAction undo;
    private IWorkbenchAction redo;
    private IWorkbenchAction delete;
    private IWorkbenchAction preferences;
    private IWorkbenchAction resetPerspective;
    private IWorkbenchAction about;
    private IWorkbenchAction helpContents;
    private IWorkbenchAction helpSearch;
    private IWorkbenchAction dynamicHelp;
    private IWorkbenchAction export;
    private IContributionItem showViews;

    /** The id of Window > Show View. */
    static final String SHOW_VIEW_MENU = "showView";

    CxActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        save = register(ActionFactory.SAVE.create(window));
        saveAs = register(ActionFactory.SAVE_AS.create(window));
        revert = register(ActionFactory.REVERT.create(window));
        selectAll = register(ActionFactory.SELECT_ALL.create(window));
        register(ActionFactory.NEW.create(window)); // Ctrl+N opens the New wizard dialog
        newWizards = ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(window);
        saveAll = register(ActionFactory.SAVE_ALL.create(window));
        quit = register(ActionFactory.QUIT.create(window));
        undo = register(ActionFactory.UNDO.create(window));
        redo = register(ActionFactory.REDO.create(window));
        delete = register(ActionFactory.DELETE.create(window));
        preferences = register(ActionFactory.PREFERENCES.create(window));
        resetPerspective = register(ActionFactory.RESET_PERSPECTIVE.create(window));
        about = register(ActionFactory.ABOUT.create(window));
        // the Eclipse help system (org.eclipse.help.ui): the guide of org.cxworkbench.help in the help window, its search
        helpContents = register(ActionFactory.HELP_CONTENTS.create(window));
        helpSearch = register(ActionFactory.HELP_SEARCH.create(window));
        dynamicHelp = register(ActionFactory.DYNAMIC_HELP.create(window)); // F1: the part's context help (Help view)
        export = register(ActionFactory.EXPORT.create(window)); // File > Export: the export wizards
        showViews = ContributionItemFactory.VIEWS_SHORTLIST.create(window); // the perspective's views, Other...
    }

    private IWorkbenchAction register(IWorkbenchAction action) {
        super.register(action);
        return action;
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        MenuManager file = new MenuManager(Messages.Menu_file, IWorkbenchActionConstants.M_FILE);
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
        MenuManager newMenu = new MenuManager(Messages.Menu_new, ActionFactory.NEW.getId());
        newMenu.add(newWizards);
        file.add(newMenu);
        file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
        file.add(new Separator());
        file.add(save);
        file.add(saveAs);
        file.add(saveAll);
        file.add(revert);
        file.add(new Separator());
        file.add(export);
        file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator());
        file.add(quit);
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));

        MenuManager edit = new MenuManager(Messages.Menu_edit, IWorkbenchActionConstants.M_EDIT);
        edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
        edit.add(undo);
        edit.add(redo);
        edit.add(new Separator());
        edit.add(delete);
        edit.add(selectAll);
        edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));

        MenuManager windowMenu = new MenuManager(Messages.Menu_window, IWorkbenchActionConstants.M_WINDOW);
        MenuManager showView = new MenuManager(Messages.Menu_showView, SHOW_VIEW_MENU);
        showView.add(showViews);
        windowMenu.add(showView);
        windowMenu.add(resetPerspective);
        windowMenu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        windowMenu.add(new Separator());
        windowMenu.add(preferences);

        MenuManager help = new MenuManager(Messages.Menu_help, IWorkbenchActionConstants.M_HELP);
        help.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
        help.add(helpContents);
        help.add(helpSearch);
        help.add(dynamicHelp);
        help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        help.add(new Separator());
        help.add(about);
        help.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));

        menuBar.add(file);
        menuBar.add(edit);
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(windowMenu);
        menuBar.add(help);
    }
}
