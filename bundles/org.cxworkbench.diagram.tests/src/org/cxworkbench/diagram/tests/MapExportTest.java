package org.cxworkbench.diagram.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.cxworkbench.core.journey.JourneyDocument;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.diagram.MapDecorations;
import org.cxworkbench.diagram.MapExport;
import org.cxworkbench.diagram.MapFilter;
import org.cxworkbench.diagram.MapScene;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.Stage;
import org.cxworkbench.model.journey.Touchpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** SVG and PNG export of the samples: well-formed, complete, the same map in both; copies kept in target/. */
class MapExportTest {

    @TempDir
    Path folder;

    /** Where the pictures are kept to be looked at: target/screenshots (the build's cxw.screenshots). */
    static Path keep() throws IOException {
        String dir = System.getProperty("cxw.screenshots");
        Path path = dir == null ? Path.of("target", "screenshots")
                : Path.of(dir);
        return Files.createDirectories(path);
    }

    static Document parse(byte[] svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    }

    static List<String> texts(Document document) {
        NodeList nodes = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void bothSamplesExportAsSvgThatParsesAndNamesEveryStageAndTouchpoint() throws Exception {
        for (String sample : SampleJourneys.names()) {
            JourneyDocument document = Samples.load(sample, folder.resolve(sample + ".d"));
            Path svg = keep().resolve(sample.replace(".journey", ".svg"));
            MapExport.exportSvg(document, svg, MapFilter.ALL);
            Document parsed = parse(Files.readAllBytes(svg));
            assertThat(parsed.getDocumentElement().getLocalName()).isEqualTo("svg");
            assertThat(parsed.getDocumentElement().getAttribute("viewBox")).isNotBlank();
            List<String> texts = texts(parsed);
            Journey journey = document.journey();
            assertThat(texts).contains(journey.getName());
            for (Stage stage : journey.getStages()) {
                assertThat(texts).as("stage names").contains(stage.getName());
            }
            String all = String.join(" ", texts);
            for (Touchpoint tp : journey.getTouchpoints()) {
                // a name may be wrapped over two lines, or ellipsized: its first word is there
                assertThat(all).as("touchpoint %s", tp.getName()).contains(tp.getName().split(" ")[0]);
            }
        }
    }

    @Test
    void textIsEscapedAndTheSvgStaysWellFormed() throws Exception {
        JourneyDocument document = Samples.load(SampleJourneys.RETAIL_B2C, folder);
        Touchpoint tp = document.journey().getTouchpoints().get(0);
        tp.setName("Q&A <beta> \"quoted\" 'single' \u0001");
        Path svg = folder.resolve("escaped.svg");
        MapExport.exportSvg(document, svg, MapFilter.ALL);
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertThat(text).contains("Q&amp;A").contains("&lt;beta&gt;").doesNotContain("<beta>");
        assertThat(String.join(" ", texts(parse(text.getBytes(StandardCharsets.UTF_8))))).contains("Q&A");
    }

    @Test
    void thePngIsTheSvgRenderedAtTheExpectedSizeAndIsNotBlank() throws Exception {
        for (String sample : SampleJourneys.names()) {
            JourneyDocument document = Samples.load(sample, folder.resolve(sample + ".d"));
            MapExport.Picture picture = MapExport.picture(document, MapFilter.ALL, null);
            MapScene.Rect bounds = picture.scene().bounds();
            Path png = keep().resolve(sample.replace(".journey", ".png"));
            MapExport.exportPng(document, png, MapFilter.ALL, 1);
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image).as("ImageIO decodes it").isNotNull();
            assertThat(image.getWidth()).isEqualTo((int) Math.ceil(bounds.width() + 2 * MapExport.MARGIN));
            assertThat(image.getHeight()).isEqualTo((int) Math.ceil(bounds.height() + 2 * MapExport.MARGIN));
            assertThat(colours(image)).as("not blank: lanes, boxes, kinds, badges").hasSizeGreaterThan(20);

            Path png2 = keep().resolve(sample.replace(".journey", "@2x.png"));
            MapExport.exportPng(document, png2, MapFilter.ALL, 2);
            BufferedImage image2 = ImageIO.read(png2.toFile());
            assertThat(image2.getWidth()).isEqualTo((int) Math.ceil(2 * (bounds.width() + 2 * MapExport.MARGIN)));
        }
    }

    @Test
    void filteredExportsLeaveOutWhatIsHidden() throws Exception {
        JourneyDocument document = Samples.load(SampleJourneys.RETAIL_B2C, folder);
        MapFilter filter = MapFilter.ALL.withIndirectTouchpoints(false).withMeasurementPoints(false);
        Path svg = keep().resolve("retail-b2c-direct-only.svg");
        MapExport.exportSvg(document, svg, filter);
        MapExport.exportPng(document, keep().resolve("retail-b2c-direct-only.png"), filter, 1);
        String all = String.join(" ", texts(parse(Files.readAllBytes(svg))));
        assertThat(all).doesNotContain("Review site").doesNotContain("NPS").contains("Online checkout");
    }

    @Test
    void aValidationErrorIsDrawnAsADecoration() throws Exception {
        JourneyDocument document = Samples.load(SampleJourneys.RETAIL_B2C, folder);
        String clean = MapExport.svg(MapExport.picture(document, MapFilter.ALL, null));
        // a touchpoint without a stage is an error of the journey validator
        Touchpoint tp = document.journey().getTouchpoints().get(2);
        tp.setStage(null);
        MapDecorations decorations = MapDecorations.validate(document.journey(), null);
        assertThat(decorations.problem(tp)).isNotNull();
        assertThat(decorations.problem(tp).severity()).isEqualTo(MapDecorations.Severity.ERROR);
        String broken = MapExport.svg(MapExport.picture(document, MapFilter.ALL, null));
        assertThat(count(broken, "<ellipse") - count(clean, "<ellipse"))
                .as("one more error icon (a filled and an outlined circle)").isGreaterThanOrEqualTo(2);
        assertThat(count(broken, "fill=\"#d55e00\" stroke=\"none\"/>")).isGreaterThan(
                count(clean, "fill=\"#d55e00\" stroke=\"none\"/>"));
        assertThat(String.join(" ", texts(parse(broken.getBytes(StandardCharsets.UTF_8)))))
                .as("it sits in the lane of touchpoints without a stage").contains("(no stage)");
    }

    @Test
    void aRewrittenPictureKeepsItsPermissionsAndANewOneIsNotPrivate() throws Exception {
        JourneyDocument document = Samples.load(SampleJourneys.RETAIL_B2C, folder);
        Path fresh = folder.resolve("fresh.svg");
        MapExport.exportSvg(document, fresh, MapFilter.ALL);
        Path usual = Files.createFile(folder.resolve("usual.txt"));
        assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(Files.getPosixFilePermissions(usual));

        Path shared = folder.resolve("shared.png");
        Files.writeString(shared, "old");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw----"));
        MapExport.exportPng(document, shared, MapFilter.ALL, 1);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rw-rw----");
        assertThat(Files.size(shared)).isGreaterThan(1000);
        try (var left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void aBadScaleIsRefusedAndAFolderCannotBeWritten() throws Exception {
        JourneyDocument document = Samples.load(SampleJourneys.RETAIL_B2C, folder);
        assertThatThrownBy(() -> MapExport.exportPng(document, folder.resolve("x.png"), null, 0))
                .isInstanceOf(IllegalArgumentException.class);
        Path blocked = Files.createDirectories(folder.resolve("blocked.svg").resolve("inner"));
        assertThatThrownBy(() -> MapExport.exportSvg(document, blocked.getParent(), null))
                .isInstanceOf(IOException.class).hasMessageStartingWith("Cannot write the map to")
                .hasMessageNotContaining("\n");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static Set<Integer> colours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return colours;
    }
}
