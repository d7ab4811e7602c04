package org.cxworkbench.core.internal.journey;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.cxworkbench.core.journey.FileProblem;
import org.cxworkbench.core.journey.JourneyLoadException;
import org.cxworkbench.model.journey.Channel;
import org.cxworkbench.model.journey.CustomerSegment;
import org.cxworkbench.model.journey.IdentifiedElement;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.JourneyFactory;
import org.cxworkbench.model.journey.LocalizedText;
import org.cxworkbench.model.journey.MeasurableElement;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.model.journey.MetricTier;
import org.cxworkbench.model.journey.Scale;
import org.cxworkbench.model.journey.SegmentKind;
import org.cxworkbench.model.journey.Stage;
import org.cxworkbench.model.journey.Touchpoint;
import org.cxworkbench.model.journey.TouchpointKind;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads the 0.9 journey format (the prototype's, nsURI {@code http://cxworkbench.org/journey/0.9}) into the current
 * model. 0.9 nested touchpoints in stages and measurements in touchpoints or stages, named channels by a string,
 * had one (English) question per measurement, and had no ids: links pointed at touchpoints by XMI position.
 *
 * <p>It reads the old XML directly rather than through an old copy of the metamodel: the old format is frozen,
 * and one small reader is cheaper to keep than a second generated package. Ids are derived from the journey name
 * and the element's position, so migrating the same file twice gives the same ids (answers imported against a
 * migrated-but-unsaved journey still match after saving).
 */
public final class Migration09 {

    public static final String VERSION = "0.9";

    private static final JourneyFactory F = JourneyFactory.eINSTANCE;

    private final Path file;
    private final Journey journey = F.createJourney();
    private final Map<String, Touchpoint> touchpointsByPath = new HashMap<>();
    private final Map<String, Channel> channels = new LinkedHashMap<>();
    private final List<FileProblem> problems = new ArrayList<>();

    private Migration09(Path file) {
        this.file = file;
    }

    public static Journey migrate(Path file, byte[] content) throws JourneyLoadException {
        Migration09 migration = new Migration09(file);
        Element root = parse(file, content);
        migration.read(root);
        if (!migration.problems.isEmpty()) {
            throw new JourneyLoadException(migration.problems, null);
        }
        return migration.journey;
    }

    private static Element parse(Path file, byte[] content) throws JourneyLoadException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(content)).getDocumentElement();
        } catch (SAXParseException e) {
            throw new JourneyLoadException(List.of(new FileProblem(file, e.getLineNumber(), e.getColumnNumber(),
                    "damaged XML: " + e.getMessage())), e);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new JourneyLoadException(List.of(new FileProblem(file, 0, 0, "cannot be read: " + e)), e);
        }
    }

    private void read(Element root) {
        journey.setName(root.getAttribute("name"));
        identify(journey, "");
        journey.setOwner(optional(root, "owner"));
        journey.setDescription(optional(root, "description"));
        journey.setVersion(optional(root, "version"));
        int segmentIndex = 0;
        int stageIndex = 0;
        List<Element> links = new ArrayList<>();
        for (Element child : children(root)) {
            switch (child.getLocalName()) {
                case "segments" -> {
                    CustomerSegment segment = F.createCustomerSegment();
                    segment.setName(child.getAttribute("name"));
                    segment.setKind(SegmentKind.get(child.getAttribute("kind").isEmpty() ? "current"
                            : child.getAttribute("kind")));
                    identify(segment, "//@segments." + segmentIndex++);
                    journey.getSegments().add(segment);
                }
                case "stages" -> readStage(child, stageIndex++);
                case "links" -> links.add(child);
                default -> problems.add(new FileProblem(file, 0, 0,
                        "0.9 element '" + child.getLocalName() + "' is not known; nothing was migrated"));
            }
        }
        int linkIndex = 0;
        for (Element link : links) {
            org.cxworkbench.model.journey.Path path = F.createPath();
            identify(path, "//@links." + linkIndex);
            path.setFrom(touchpoint(link, "source", linkIndex));
            path.setTo(touchpoint(link, "target", linkIndex));
            path.setLabel(optional(link, "label"));
            linkIndex++;
            journey.getPaths().add(path);
        }
    }

    private void readStage(Element element, int index) {
        Stage stage = F.createStage();
        String stagePath = "//@stages." + index;
        identify(stage, stagePath);
        stage.setName(element.getAttribute("name"));
        stage.setDescription(optional(element, "description"));
        journey.getStages().add(stage);
        int touchpointIndex = 0;
        int measurementIndex = 0;
        for (Element child : children(element)) {
            if ("touchpoints".equals(child.getLocalName())) {
                String path = stagePath + "/@touchpoints." + touchpointIndex++;
                Touchpoint touchpoint = F.createTouchpoint();
                identify(touchpoint, path);
                touchpoint.setName(child.getAttribute("name"));
                touchpoint.setDescription(optional(child, "description"));
                touchpoint.setOwner(optional(child, "owner"));
                touchpoint.setMomentOfTruth(Boolean.parseBoolean(child.getAttribute("moment")));
                if (!child.getAttribute("kind").isEmpty()) {
                    touchpoint.setKind(TouchpointKind.get(child.getAttribute("kind")));
                }
                if (!child.getAttribute("channel").isEmpty()) {
                    touchpoint.setChannel(channel(child.getAttribute("channel")));
                }
                journey.getTouchpoints().add(touchpoint);
                touchpoint.setStage(stage);
                touchpointsByPath.put(path, touchpoint);
                int tpMeasurementIndex = 0;
                for (Element measurement : children(child)) {
                    readMeasurement(measurement, touchpoint, path + "/@measurements." + tpMeasurementIndex++);
                }
            } else if ("measurements".equals(child.getLocalName())) {
                readMeasurement(child, stage, stagePath + "/@measurements." + measurementIndex++);
            }
        }
    }

    private void readMeasurement(Element element, MeasurableElement target, String path) {
        MeasurementPoint point = F.createMeasurementPoint();
        identify(point, path);
        point.setName(optional(element, "name"));
        point.setMetricId(element.getAttribute("metric"));
        point.setAttachedTo(target);
        point.setTier(MetricTier.EXPERIENCE);
        if (!element.getAttribute("question").isEmpty()) {
            // 0.9 had no language: its questions were English.
            LocalizedText question = F.createLocalizedText();
            question.setLanguage("en");
            question.setText(element.getAttribute("question"));
            point.getQuestions().add(question);
        }
        if (!element.getAttribute("scaleMin").isEmpty() || !element.getAttribute("scaleMax").isEmpty()) {
            Scale scale = F.createScale();
            scale.setMin(integer(element, "scaleMin"));
            scale.setMax(integer(element, "scaleMax"));
            point.setScale(scale);
        }
        journey.getMeasurementPoints().add(point);
    }

    private Touchpoint touchpoint(Element link, String attribute, int index) {
        String reference = link.getAttribute(attribute);
        Touchpoint touchpoint = touchpointsByPath.get(reference);
        if (touchpoint == null) {
            problems.add(new FileProblem(file, 0, 0, "0.9 link " + (index + 1) + ": " + attribute + " '"
                    + reference + "' is not a touchpoint of the file"));
        }
        return touchpoint;
    }

    private Channel channel(String name) {
        return channels.computeIfAbsent(name.toLowerCase(Locale.ROOT), key -> {
            Channel channel = F.createChannel();
            channel.setName(name);
            identify(channel, "channel:" + key);
            journey.getChannels().add(channel);
            return channel;
        });
    }

    private int integer(Element element, String attribute) {
        try {
            return Integer.parseInt(element.getAttribute(attribute).trim());
        } catch (NumberFormatException e) {
            problems.add(new FileProblem(file, 0, 0, "0.9 measurement '" + element.getAttribute("name") + "': "
                    + attribute + " '" + element.getAttribute(attribute) + "' is not a whole number"));
            return 0;
        }
    }

    private void identify(IdentifiedElement element, String path) {
        String seed = "cxworkbench-0.9:" + journey.getName() + ":" + path;
        element.setId(UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString());
    }

    private static String optional(Element element, String attribute) {
        return element.hasAttribute(attribute) ? element.getAttribute(attribute) : null;
    }

    private static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                result.add(element);
            }
        }
        return result;
    }
}
