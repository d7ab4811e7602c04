package org.cxworkbench.help.internal;

import org.cxworkbench.help.UserGuide;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.help.IContext;
import org.eclipse.help.IHelpResource;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.help.AbstractHelpUI;

/**
 * The workbench's help UI ({@code org.eclipse.ui.helpSupport}): Help Contents, F1 and help links open the User
 * Guide view on the page asked for. F1 shows the first topic of the context the focused control names.
 */
public final class GuideHelpUI extends AbstractHelpUI {

    @Override
    public void displayHelp() {
        show(UserGuide.HOME, null);
    }

    @Override
    public void displayContext(IContext context, int x, int y) {
        IHelpResource[] topics = context.getRelatedTopics();
        String href = topics != null && topics.length > 0 ? topics[0].getHref() : UserGuide.HOME;
        show(href, context.getText());
    }

    @Override
    public void displayHelpResource(String href) {
        show(href, null);
    }

    @Override
    public boolean isContextHelpDisplayed() {
        return false;
    }

    /** Opens (or brings up) the User Guide view on {@code href}, with {@code note} above the page when given. */
    static GuideView show(String href, String note) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
            window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        }
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (page == null) {
            return null;
        }
        try {
            IViewPart view = page.showView(UserGuide.VIEW_ID);
            if (view instanceof GuideView guide) {
                guide.show(href, note);
                return guide;
            }
        } catch (PartInitException e) {
            ILog.of(GuideHelpUI.class).log(new Status(IStatus.ERROR, UserGuide.PLUGIN_ID,
                    NLS.bind(Messages.Guide_cannotOpen, e.getMessage()), e));
        }
        return null;
    }
}
