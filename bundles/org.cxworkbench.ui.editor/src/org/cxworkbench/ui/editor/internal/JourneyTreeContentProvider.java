package org.cxworkbench.ui.editor.internal;

import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.model.journey.Account;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.JourneyPackage;
import org.cxworkbench.model.journey.MeasurableElement;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.model.journey.Stage;
import org.cxworkbench.model.journey.Touchpoint;
import org.cxworkbench.ui.emf.ViewerRefresher;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;

/**
 * The journey as people think of it, for the Structure page and the Outline: folders for stages (each with its
 * touchpoints, and a touchpoint with its measurement points), paths, segments, accounts, channels and all measurement
 * points. Touchpoints without a stage get a folder of their own while there are any. Any change to the journey
 * refreshes the viewer once, after the command that made it.
 */
public final class JourneyTreeContentProvider implements ITreeContentProvider {

    private static final JourneyPackage P = JourneyPackage.eINSTANCE;
    private static final Object[] NONE = {};

    private final ViewerRefresher refresher = new ViewerRefresher();
    private Journey journey;
    private final EContentAdapter listener = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch()) {
                refresher.notifyChanged(notification);
            }
        }
    };

    @Override
    public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
        if (journey != null) {
            journey.eAdapters().remove(listener);
        }
        journey = newInput instanceof Journey j ? j : null;
        refresher.viewer = viewer instanceof StructuredViewer s ? s : null;
        if (journey != null) {
            journey.eAdapters().add(listener);
        }
    }

    /** The folders under the journey, in the order the tree shows them. */
    public static List<Folder> folders(Journey journey) {
        List<Folder> folders = new ArrayList<>();
        folders.add(new Folder(journey, P.getJourney_Stages()));
        if (journey.getTouchpoints().stream().anyMatch(t -> t.getStage() == null)) {
            folders.add(new Folder(journey, P.getJourney_Touchpoints()));
        }
        folders.add(new Folder(journey, P.getJourney_Paths()));
        folders.add(new Folder(journey, P.getJourney_Segments()));
        folders.add(new Folder(journey, P.getJourney_Accounts()));
        folders.add(new Folder(journey, P.getJourney_Channels()));
        folders.add(new Folder(journey, P.getJourney_MeasurementPoints()));
        return folders;
    }

    @Override
    public Object[] getElements(Object input) {
        return input instanceof Journey j ? folders(j).toArray() : NONE;
    }

    @Override
    public Object[] getChildren(Object element) {
        if (element instanceof Folder folder) {
            return folder.children().toArray();
        }
        if (element instanceof Stage stage) {
            List<Object> children = new ArrayList<>(stage.getTouchpoints());
            children.addAll(pointsAt(stage));
            return children.toArray();
        }
        if (element instanceof Touchpoint touchpoint) {
            return pointsAt(touchpoint).toArray();
        }
        if (element instanceof Account account) {
            List<Object> children = new ArrayList<>(account.getContacts());
            children.addAll(account.getGroups());
            return children.toArray();
        }
        return NONE;
    }

    private static List<MeasurementPoint> pointsAt(MeasurableElement element) {
        Journey owner = element.eContainer() instanceof Journey j ? j : null;
        if (owner == null) {
            return List.of();
        }
        return owner.getMeasurementPoints().stream().filter(p -> p.getAttachedTo() == element).toList();
    }

    @Override
    public boolean hasChildren(Object element) {
        return getChildren(element).length > 0;
    }

    @Override
    public Object getParent(Object element) {
        if (element instanceof Folder) {
            return null;
        }
        if (element instanceof Touchpoint touchpoint) {
            return touchpoint.getStage() != null ? touchpoint.getStage()
                    : new Folder(journey(touchpoint), P.getJourney_Touchpoints());
        }
        if (element instanceof MeasurementPoint point
                && (point.getAttachedTo() instanceof Touchpoint || point.getAttachedTo() instanceof Stage)) {
            return point.getAttachedTo();
        }
        if (element instanceof EObject object && object.eContainer() instanceof Journey owner
                && object.eContainmentFeature() instanceof EReference feature) {
            return new Folder(owner, feature);
        }
        if (element instanceof EObject object) {
            return object.eContainer();
        }
        return null;
    }

    private static Journey journey(EObject object) {
        return object.eContainer() instanceof Journey j ? j : null;
    }

    @Override
    public void dispose() {
        if (journey != null) {
            journey.eAdapters().remove(listener);
        }
        refresher.viewer = null;
    }

    /**
     * A folder of the tree: one list of the journey. Equal by journey and feature, so the viewer keeps folders
     * expanded and selected across refreshes.
     */
    public record Folder(Journey journey, EReference feature) {

        public List<?> children() {
            if (feature == P.getJourney_Touchpoints()) {
                return journey.getTouchpoints().stream().filter(t -> t.getStage() == null).toList();
            }
            return (List<?>) journey.eGet(feature);
        }
    }
}
