package org.cxworkbench.ui.editor.internal;

import org.cxworkbench.model.journey.JourneyPackage;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.model.journey.NamedElement;
import org.cxworkbench.model.journey.Path;
import org.cxworkbench.ui.editor.internal.JourneyTreeContentProvider.Folder;
import org.cxworkbench.ui.emf.ItemLabelProvider;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * Labels of the journey tree: folders by what they hold and how many; elements by their name (the folder already
 * says what they are), with the item providers' icons; paths as "from → to".
 */
public final class JourneyLabelProvider extends ItemLabelProvider {

    private static final JourneyPackage P = JourneyPackage.eINSTANCE;

    public JourneyLabelProvider(AdapterFactory adapterFactory) {
        super(adapterFactory);
    }

    @Override
    public String getText(Object element) {
        if (element instanceof Folder folder) {
            return NLS.bind(Messages.Folder_count, folderName(folder), folder.children().size());
        }
        if (element instanceof Path path) {
            String arrow = NLS.bind(Messages.Path_label, name(path.getFrom()), name(path.getTo()));
            return path.getLabel() == null || path.getLabel().isBlank() ? arrow : arrow + " (" + path.getLabel() + ")";
        }
        if (element instanceof MeasurementPoint point && point.getName() != null && !point.getName().isBlank()) {
            return point.getMetricId() == null ? point.getName() : point.getName() + " [" + point.getMetricId() + "]";
        }
        if (element instanceof NamedElement named && named.getName() != null && !named.getName().isBlank()) {
            return named.getName();
        }
        return super.getText(element);
    }

    private String name(NamedElement element) {
        return element == null ? "?" : element.getName() == null || element.getName().isBlank()
                ? super.getText(element) : element.getName();
    }

    static String folderName(Folder folder) {
        if (folder.feature() == P.getJourney_Stages()) {
            return Messages.Folder_stages;
        }
        if (folder.feature() == P.getJourney_Touchpoints()) {
            return Messages.Folder_unstaged;
        }
        if (folder.feature() == P.getJourney_Paths()) {
            return Messages.Folder_paths;
        }
        if (folder.feature() == P.getJourney_Segments()) {
            return Messages.Folder_segments;
        }
        if (folder.feature() == P.getJourney_Accounts()) {
            return Messages.Folder_accounts;
        }
        if (folder.feature() == P.getJourney_Channels()) {
            return Messages.Folder_channels;
        }
        return Messages.Folder_measurementPoints;
    }

    @Override
    public Image getImage(Object element) {
        if (element instanceof Folder) {
            return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER);
        }
        return super.getImage(element);
    }
}
