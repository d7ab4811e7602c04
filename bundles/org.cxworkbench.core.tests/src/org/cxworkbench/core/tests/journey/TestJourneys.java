package org.cxworkbench.core.tests.journey;

import org.cxworkbench.model.journey.Account;
import org.cxworkbench.model.journey.Channel;
import org.cxworkbench.model.journey.Contact;
import org.cxworkbench.model.journey.ContactGroup;
import org.cxworkbench.model.journey.CustomerSegment;
import org.cxworkbench.model.journey.GoodEnd;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.JourneyFactory;
import org.cxworkbench.model.journey.LocalizedText;
import org.cxworkbench.model.journey.MeasurableElement;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.model.journey.MetricTier;
import org.cxworkbench.model.journey.Path;
import org.cxworkbench.model.journey.Scale;
import org.cxworkbench.model.journey.ScaleLabel;
import org.cxworkbench.model.journey.SegmentKind;
import org.cxworkbench.model.journey.Stage;
import org.cxworkbench.model.journey.Timing;
import org.cxworkbench.model.journey.Touchpoint;
import org.cxworkbench.model.journey.TouchpointKind;
import org.cxworkbench.model.journey.Visibility;
import org.cxworkbench.model.notation.Bendpoint;
import org.cxworkbench.model.notation.Diagram;
import org.cxworkbench.model.notation.Edge;
import org.cxworkbench.model.notation.Lane;
import org.cxworkbench.model.notation.Node;
import org.cxworkbench.model.notation.NotationFactory;
import org.cxworkbench.model.notation.Orientation;

/** Journeys built in code for the tests: one that uses every feature of both packages, and small helpers. */
final class TestJourneys {

    static final JourneyFactory F = JourneyFactory.eINSTANCE;

    private TestJourneys() {
    }

    static Stage stage(Journey journey, String name) {
        Stage stage = F.createStage();
        stage.setName(name);
        journey.getStages().add(stage);
        return stage;
    }

    static Channel channel(Journey journey, String name) {
        Channel channel = F.createChannel();
        channel.setName(name);
        journey.getChannels().add(channel);
        return channel;
    }

    static Touchpoint touchpoint(Stage stage, String name) {
        Journey journey = (Journey) stage.eContainer();
        Touchpoint touchpoint = F.createTouchpoint();
        touchpoint.setName(name);
        journey.getTouchpoints().add(touchpoint);
        touchpoint.setStage(stage);
        return touchpoint;
    }

    static Path path(Touchpoint from, Touchpoint to, String label) {
        Path path = F.createPath();
        path.setFrom(from);
        path.setTo(to);
        path.setLabel(label);
        ((Journey) from.eContainer()).getPaths().add(path);
        return path;
    }

    static CustomerSegment segment(Journey journey, String name, SegmentKind kind) {
        CustomerSegment segment = F.createCustomerSegment();
        segment.setName(name);
        segment.setKind(kind);
        journey.getSegments().add(segment);
        return segment;
    }

    static MeasurementPoint measure(Journey journey, MeasurableElement target, String metric, int min, int max) {
        MeasurementPoint point = F.createMeasurementPoint();
        point.setName(metric + " " + target.getName());
        point.setMetricId(metric);
        point.setAttachedTo(target);
        Scale scale = F.createScale();
        scale.setMin(min);
        scale.setMax(max);
        point.setScale(scale);
        journey.getMeasurementPoints().add(point);
        return point;
    }

    static LocalizedText text(String language, String text) {
        LocalizedText localized = F.createLocalizedText();
        localized.setLanguage(language);
        localized.setText(text);
        return localized;
    }

    /** A small valid journey: two stages, three touchpoints, a loop, one measurement point per moment of truth. */
    static Journey small() {
        Journey journey = F.createJourney();
        journey.setName("Small");
        Stage search = stage(journey, "Search");
        Stage buy = stage(journey, "Buy");
        Touchpoint web = touchpoint(search, "Web");
        Touchpoint store = touchpoint(buy, "Store");
        Touchpoint checkout = touchpoint(buy, "Checkout");
        checkout.setMomentOfTruth(true);
        path(web, checkout, "buys");
        path(web, store, null);
        path(checkout, web, "again");
        segment(journey, "Customers", SegmentKind.CURRENT);
        measure(journey, checkout, "csat", 1, 5);
        return journey;
    }

    /** Every class, attribute and reference of both packages set to a non-default value at least once. */
    static Journey everything() {
        Journey journey = F.createJourney();
        journey.setName("Everything");
        journey.setDescription("Uses every feature");
        journey.setOwner("CX team");
        journey.setVersion("7");
        Stage need = stage(journey, "Need");
        need.setDescription("before first contact");
        Stage buy = stage(journey, "Buy");
        Channel web = channel(journey, "Web");
        Channel store = channel(journey, "Store");
        Touchpoint review = touchpoint(need, "Review site");
        review.setDirect(false);
        review.setKind(TouchpointKind.SOCIAL);
        review.setChannel(web);
        Touchpoint till = touchpoint(buy, "Till");
        till.setKind(TouchpointKind.HUMAN);
        till.setVisibility(Visibility.FRONT_STAGE);
        till.setChannel(store);
        till.setOwner("Store manager");
        till.setMomentOfTruth(true);
        till.setDescription("Paying at the till");
        Touchpoint stock = touchpoint(buy, "Stock system");
        stock.setVisibility(Visibility.BACK_STAGE);
        stock.setKind(TouchpointKind.PHYSICAL);
        Touchpoint exit = touchpoint(buy, "Leaves");
        exit.setKind(TouchpointKind.DIGITAL);
        Path entry = path(review, till, "buys");
        entry.setShare(0.25);
        path(till, till, "queues again");  // a loop onto itself
        path(till, review, "back to reviews"); // a loop back
        path(review, exit, "skips buying"); // a skip, and a second exit
        path(stock, till, null); // a second entry
        CustomerSegment current = segment(journey, "Current", SegmentKind.CURRENT);
        CustomerSegment former = segment(journey, "Former", SegmentKind.FORMER);
        CustomerSegment never = segment(journey, "Never", SegmentKind.NEVER);
        never.setDescription("prospects");
        Account account = F.createAccount();
        account.setName("Acme Oy");
        account.setSegment(current);
        Contact aino = F.createContact();
        aino.setName("Aino");
        aino.setRole("CIO");
        aino.setEmail("aino@example.fi");
        Contact erik = F.createContact();
        erik.setName("Erik");
        account.getContacts().add(aino);
        account.getContacts().add(erik);
        ContactGroup group = F.createContactGroup();
        group.setName("Decision makers");
        group.getMembers().add(aino);
        group.getMembers().add(erik);
        account.getGroups().add(group);
        journey.getAccounts().add(account);

        MeasurementPoint nps = measure(journey, journey, "nps", 0, 10);
        nps.setTiming(Timing.PERIODIC);
        nps.setPeriod("P3M");
        nps.setTier(MetricTier.OUTCOME);
        nps.getSegments().add(current);
        nps.getSegments().add(former);
        nps.getSegments().add(never);
        nps.getQuestions().add(text("fi", "Kuinka todennäköisesti suosittelisit meitä?"));
        nps.getQuestions().add(text("sv", "Hur troligt är det att du rekommenderar oss?"));
        nps.getQuestions().add(text("en", "How likely are you to recommend us?"));
        nps.getQuestions().add(text("de", "Wie wahrscheinlich ...?"));
        ScaleLabel zero = F.createScaleLabel();
        zero.setValue(0);
        zero.setLanguage("fi");
        zero.setText("Ei lainkaan todennäköistä");
        nps.getScale().getLabels().add(zero);
        nps.setChannel(web);
        nps.setTargetValue(30.5);
        nps.setMinimumSampleSize(200);
        MeasurementPoint ces = measure(journey, till, "ces5", 1, 5);
        ces.getScale().setGoodEnd(GoodEnd.LOW);
        ces.setTiming(Timing.WITHIN_HOURS);
        ces.setWithinHours(24);
        ces.setTier(MetricTier.OPERATIONAL);
        MeasurementPoint stageLevel = measure(journey, need, "csat", 1, 5);
        stageLevel.setTiming(Timing.RIGHT_AFTER);
        stageLevel.setTier(MetricTier.EXPERIENCE);
        return journey;
    }

    /** A layout for {@link #everything()}: lanes, nodes (one collapsed), edges with bendpoints. */
    static Diagram layout(Journey journey) {
        NotationFactory n = NotationFactory.eINSTANCE;
        Diagram diagram = n.createDiagram();
        diagram.setElement(journey);
        int x = 0;
        for (Stage stage : journey.getStages()) {
            Lane lane = n.createLane();
            lane.setElement(stage);
            lane.setX(x);
            lane.setWidth(200);
            lane.setHeight(600);
            lane.setOrientation(Orientation.COLUMN);
            diagram.getLanes().add(lane);
            x += 200;
        }
        Lane row = n.createLane();
        row.setElement(journey.getChannels().get(0));
        row.setOrientation(Orientation.ROW);
        row.setCollapsed(true);
        diagram.getLanes().add(row);
        int y = 10;
        for (Touchpoint touchpoint : journey.getTouchpoints()) {
            Node node = n.createNode();
            node.setElement(touchpoint);
            node.setX(20);
            node.setY(y);
            node.setWidth(150);
            node.setHeight(60);
            node.setCollapsed(touchpoint.getVisibility() == Visibility.BACK_STAGE);
            diagram.getNodes().add(node);
            y += 80;
        }
        for (Path path : journey.getPaths()) {
            Edge edge = n.createEdge();
            edge.setElement(path);
            if (path.getFrom() == path.getTo()) {
                Bendpoint a = n.createBendpoint();
                a.setX(200);
                a.setY(5);
                Bendpoint b = n.createBendpoint();
                b.setX(210);
                b.setY(-20);
                edge.getBendpoints().add(a);
                edge.getBendpoints().add(b);
            }
            diagram.getEdges().add(edge);
        }
        return diagram;
    }
}
