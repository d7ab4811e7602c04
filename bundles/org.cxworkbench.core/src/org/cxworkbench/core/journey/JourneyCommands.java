package org.cxworkbench.core.journey;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cxworkbench.core.internal.journey.Messages;
import org.cxworkbench.model.journey.Channel;
import org.cxworkbench.model.journey.CustomerSegment;
import org.cxworkbench.model.journey.IdentifiedElement;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.JourneyFactory;
import org.cxworkbench.model.journey.JourneyPackage;
import org.cxworkbench.model.journey.LocalizedText;
import org.cxworkbench.model.journey.MeasurableElement;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.model.journey.NamedElement;
import org.cxworkbench.model.journey.Path;
import org.cxworkbench.model.journey.SegmentKind;
import org.cxworkbench.model.journey.Stage;
import org.cxworkbench.model.journey.Touchpoint;
import org.cxworkbench.model.notation.View;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The named changes the diagram palette, the form editors and the command line make to a journey. Each is an EMF
 * command for an editing domain (see {@link JourneyEditing}): execute it on the domain's command stack and it can
 * be undone and redone. Commands that create an element return it from {@link Creation#created()} (and from
 * {@code getResult()}), with its id already set, so the caller can select it or lay it out.
 */
public final class JourneyCommands {

    private static final JourneyPackage P = JourneyPackage.eINSTANCE;
    private static final JourneyFactory F = JourneyFactory.eINSTANCE;

    private JourneyCommands() {
    }

    /** A command that creates one element. */
    public static final class Creation<T extends EObject> extends CompoundCommand {

        private final T created;

        Creation(String label, T created) {
            super(label);
            this.created = created;
        }

        public T created() {
            return created;
        }

        @Override
        public Collection<?> getResult() {
            return List.of(created);
        }
    }

    /** Adds a stage at the end of the journey's stages ({@code index} -1) or at {@code index}. */
    public static Creation<Stage> addStage(EditingDomain domain, Journey journey, String name, int index) {
        Stage stage = F.createStage();
        stage.setName(name);
        Creation<Stage> command = new Creation<>(Messages.Command_addStage, stage);
        command.append(index < 0 ? AddCommand.create(domain, journey, P.getJourney_Stages(), stage)
                : AddCommand.create(domain, journey, P.getJourney_Stages(), stage, index));
        return command;
    }

    /** Adds a channel users can then pick for touchpoints and measurement points. */
    public static Creation<Channel> addChannel(EditingDomain domain, Journey journey, String name) {
        Channel channel = F.createChannel();
        channel.setName(name);
        Creation<Channel> command = new Creation<>(Messages.Command_addChannel, channel);
        command.append(AddCommand.create(domain, journey, P.getJourney_Channels(), channel));
        return command;
    }

    /** Adds a customer segment of one of the three kinds (current, former, never). */
    public static Creation<CustomerSegment> addSegment(EditingDomain domain, Journey journey, String name,
            SegmentKind kind) {
        CustomerSegment segment = F.createCustomerSegment();
        segment.setName(name);
        segment.setKind(kind);
        Creation<CustomerSegment> command = new Creation<>(Messages.Command_addSegment, segment);
        command.append(AddCommand.create(domain, journey, P.getJourney_Segments(), segment));
        return command;
    }

    /** Adds a touchpoint to a stage, optionally in a channel (null for none). */
    public static Creation<Touchpoint> addTouchpointToStage(EditingDomain domain, Stage stage, String name,
            Channel channel) {
        Journey journey = (Journey) stage.eContainer();
        Touchpoint touchpoint = F.createTouchpoint();
        touchpoint.setName(name);
        touchpoint.setChannel(channel);
        Creation<Touchpoint> command = new Creation<>(Messages.Command_addTouchpoint, touchpoint);
        command.append(AddCommand.create(domain, journey, P.getJourney_Touchpoints(), touchpoint));
        // The stage is set by a command of its own: Stage.touchpoints is its opposite and must change on undo too.
        command.append(SetCommand.create(domain, touchpoint, P.getTouchpoint_Stage(), stage));
        return command;
    }

    /** Moves a touchpoint to another stage. */
    public static Command moveTouchpointToStage(EditingDomain domain, Touchpoint touchpoint, Stage stage) {
        Command command = SetCommand.create(domain, touchpoint, P.getTouchpoint_Stage(), stage);
        return labelled(Messages.Command_moveTouchpoint, command);
    }

    /** Connects two touchpoints with a path; {@code from == to} (a loop) is allowed. */
    public static Creation<Path> connect(EditingDomain domain, Touchpoint from, Touchpoint to, String label) {
        Path path = F.createPath();
        path.setFrom(from);
        path.setTo(to);
        path.setLabel(label);
        Creation<Path> command = new Creation<>(Messages.Command_connect, path);
        command.append(AddCommand.create(domain, from.eContainer(), P.getJourney_Paths(), path));
        return command;
    }

    /** Attaches a measurement point of a metric to a touchpoint, a stage or the journey itself. */
    public static Creation<MeasurementPoint> attachMeasurementPoint(EditingDomain domain, MeasurableElement target,
            String metricId) {
        Journey journey = target instanceof Journey j ? j : (Journey) target.eContainer();
        MeasurementPoint point = F.createMeasurementPoint();
        point.setMetricId(metricId);
        point.setName(metricId + (target == journey ? "" : " at " + target.getName()));
        point.setAttachedTo(target);
        Creation<MeasurementPoint> command = new Creation<>(Messages.Command_attachMeasurementPoint, point);
        command.append(AddCommand.create(domain, journey, P.getJourney_MeasurementPoints(), point));
        return command;
    }

    /** Sets the question of a measurement point in one language, replacing that language's wording if any. */
    public static Command setQuestion(EditingDomain domain, MeasurementPoint point, String language, String text) {
        for (LocalizedText question : point.getQuestions()) {
            if (language.equals(question.getLanguage())) {
                return labelled(Messages.Command_setQuestion,
                        SetCommand.create(domain, question, P.getLocalizedText_Text(), text));
            }
        }
        LocalizedText question = F.createLocalizedText();
        question.setLanguage(language);
        question.setText(text);
        return labelled(Messages.Command_setQuestion,
                AddCommand.create(domain, point, P.getMeasurementPoint_Questions(), question));
    }

    /** Renames an element; its id, which answers refer to, stays. */
    public static Command rename(EditingDomain domain, NamedElement element, String name) {
        return labelled(Messages.Command_rename, SetCommand.create(domain, element, P.getNamedElement_Name(), name));
    }

    /**
     * Deletes an element with what cannot live without it: a touchpoint's paths and measurement points, a stage's
     * measurement points, and the diagram views of all of these. References from elsewhere (e.g. a measurement
     * point asking a deleted segment) are removed.
     */
    public static Command delete(EditingDomain domain, IdentifiedElement element) {
        Set<EObject> doomed = new LinkedHashSet<>();
        doomed.add(element);
        Journey journey = element instanceof Journey j ? j : (Journey) element.eContainer();
        if (journey != null) {
            for (Path path : journey.getPaths()) {
                if (path.getFrom() == element || path.getTo() == element) {
                    doomed.add(path);
                }
            }
            for (MeasurementPoint point : journey.getMeasurementPoints()) {
                if (point.getAttachedTo() == element) {
                    doomed.add(point);
                }
            }
        }
        Resource resource = element.eResource();
        if (resource != null) {
            List<EObject> views = new ArrayList<>();
            resource.getAllContents().forEachRemaining(o -> {
                if (o instanceof View view && doomed.contains(view.getElement())) {
                    views.add(view);
                }
            });
            doomed.addAll(views);
        }
        return labelled(Messages.Command_delete, DeleteCommand.create(domain, doomed));
    }

    /** Finds an element of a journey by its id, e.g. one named on the command line. */
    public static IdentifiedElement find(Journey journey, String id) {
        if (id.equals(journey.getId())) {
            return journey;
        }
        for (var it = EcoreUtil.<EObject>getAllProperContents(journey, false); it.hasNext();) {
            if (it.next() instanceof IdentifiedElement element && id.equals(element.getId())) {
                return element;
            }
        }
        return null;
    }

    private static Command labelled(String label, Command command) {
        CompoundCommand compound = new CompoundCommand(label);
        compound.append(command);
        return compound;
    }
}
