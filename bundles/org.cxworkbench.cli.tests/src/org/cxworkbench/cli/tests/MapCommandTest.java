package org.cxworkbench.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.cxworkbench.core.journey.SampleJourneys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * {@code cxw map}: the journey map as SVG and PNG from the command line, headless, from the real sample journeys;
 * the pictures are parsed and decoded, and a wrong command line is one line with exit 2.
 */
class MapCommandTest {

    @TempDir
    Path dir;

    private final CxwRunner cxw = new CxwRunner();

    @Test
    void writesAnSvgThatParsesAndNamesTheStagesAndTouchpoints() throws Exception {
        Path journey = SampleJourneys.copyTo(SampleJourneys.RETAIL_B2C, dir);
        byte[] before = Files.readAllBytes(journey);
        Path svg = dir.resolve("out/retail.svg");

        assertThat(cxw.run("map", journey.toString(), "--out", svg.toString())).as(cxw.err()).isZero();

        assertThat(cxw.out().strip()).isEqualTo(svg.toString());
        assertThat(cxw.err()).isEmpty();
        Document document = parse(svg);
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
        String text = document.getDocumentElement().getTextContent();
        assertThat(text).contains("Purchase", "Delivery", "Online checkout", "Click and collect", "NPS");
        assertThat(Files.readAllBytes(journey)).as("the journey file is not changed").isEqualTo(before);
    }

    @Test
    void hidingMeasurementPointsAndAChannelLeavesThemOut() throws Exception {
        Path journey = SampleJourneys.copyTo(SampleJourneys.RETAIL_B2C, dir);
        Path all = dir.resolve("all.svg");
        Path some = dir.resolve("some.svg");
        assertThat(cxw.run("map", journey.toString(), "--out", all.toString())).isZero();
        assertThat(cxw.run("map", journey.toString(), "--out", some.toString(), "--hide", "measurement-points",
                "--hide-channel", "email")).as(cxw.err()).isZero();

        String full = parse(all).getDocumentElement().getTextContent();
        String filtered = parse(some).getDocumentElement().getTextContent();
        assertThat(full).contains("CES online c", "Order confirmation");
        assertThat(filtered).doesNotContain("CES online c", "Order confirmation").contains("Online checkout");
    }

    @Test
    void writesAPngOfTheMapsSizeTimesTheScaleThatIsNotBlank() throws Exception {
        Path journey = SampleJourneys.copyTo(SampleJourneys.SERVICE_B2B, dir);
        Path svg = dir.resolve("b2b.svg");
        Path png = dir.resolve("b2b.png");
        assertThat(cxw.run("map", journey.toString(), "--out", svg.toString())).isZero();
        assertThat(cxw.run("map", journey.toString(), "--out", png.toString(), "--scale", "2")).as(cxw.err())
                .isZero();

        String root = parse(svg).getDocumentElement().getAttribute("width");
        double width = Double.parseDouble(root);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).isNotNull();
        assertThat((double) image.getWidth()).isCloseTo(2 * width, org.assertj.core.data.Offset.offset(1.0));
        Set<Integer> colours = new HashSet<>();
        for (int x = 0; x < image.getWidth(); x += 7) {
            for (int y = 0; y < image.getHeight(); y += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours).as("a drawn map, not a blank page").hasSizeGreaterThan(10);
    }

    @Test
    void aBrokenJourneyIsOneLineAndExit1AndNoPictureIsWritten() throws Exception {
        Path journey = dir.resolve("broken.journey");
        Files.writeString(journey, "<journey:Journey xmlns:journey=\"http://cxworkbench.org/journey/1.0\"");
        Path svg = dir.resolve("broken.svg");

        assertThat(cxw.run("map", journey.toString(), "--out", svg.toString())).isEqualTo(1);

        assertThat(cxw.err().lines()).singleElement().asString().startsWith("cxw map: ").contains("broken.journey");
        assertThat(svg).doesNotExist();
    }

    @Test
    void wrongCommandLinesAreUsageErrors() throws Exception {
        Path journey = SampleJourneys.copyTo(SampleJourneys.RETAIL_B2C, dir);
        String file = journey.toString();
        assertUsage("--out is required: where to write the picture (see 'cxw map --help')", "map", file);
        assertUsage("which journey file? (cxw map <file.journey> --out <file.svg|file.png>)", "map", "--out",
                "x.svg");
        assertUsage("cannot tell the format from x.pdf: name it .svg or .png, or give --format svg or png", "map",
                file, "--out", "x.pdf");
        assertUsage("unknown format 'gif' (svg or png)", "map", file, "--out", "x.gif", "--format", "gif");
        assertUsage("--scale must be a number above 0 and at most 16, not '0'", "map", file, "--out", "x.png",
                "--scale", "0");
        assertUsage("--scale applies to PNG only; an SVG scales by itself", "map", file, "--out", "x.svg",
                "--scale", "2");
        assertUsage("--hide takes measurement-points, indirect, backward-paths, not 'stages'", "map", file, "--out",
                "x.svg", "--hide", "stages");
        assertUsage("unknown option '--zoom' (see 'cxw map --help')", "map", file, "--out", "x.svg", "--zoom", "2");
        assertThat(cxw.run("map", file, "--out", dir.resolve("x.svg").toString(), "--hide-channel", "Fax"))
                .isEqualTo(2);
        assertThat(cxw.err()).startsWith("cxw map: the journey has no channel 'Fax'; its channels: ")
                .contains("Web");
    }

    @Test
    void scoresFromAStoreAreDrawnWithTheirTagsAndTheCurve() throws Exception {
        Path journey = SampleJourneys.copyTo(SampleJourneys.RETAIL_B2C, dir);
        Path db = dir.resolve("results");
        Path answers = dir.resolve("support.csv");
        // CSAT after support (target 85, minimum n 50): 5, 5, 4 satisfied, 2 not: 3 / 4 = 75 %, n 4 (too few)
        Files.writeString(answers, String.join("\n", "Response ID,Timestamp,Segment,"
                + "How satisfied were you with our customer service?", "r1,2026-11-02,Current customers,5",
                "r2,2026-11-03,Current customers,5", "r3,2026-11-04,Prospects,4", "r4,2026-11-05,Prospects,2")
                + "\n");
        assertThat(cxw.run("import", answers.toString(), "--journey", journey.toString(), "--db", db.toString()))
                .as(cxw.err()).isZero();
        Path svg = dir.resolve("scores.svg");
        assertThat(cxw.run("map", journey.toString(), "--out", svg.toString(), "--scores", "--db", db.toString()))
                .as(cxw.err()).isZero();
        String text = Files.readString(svg);
        assertThat(text).contains(">CSAT 75 % n=4 [").contains("Experience curve").contains(">too few answers<")
                .contains("#c8c8c8").contains(">no answers<");
        assertThat(cxw.err()).as("the period: the month of the latest answer").contains("2026-11-01")
                .contains("2026-11-30");
        parse(svg);

        Path october = dir.resolve("october.svg");
        assertThat(cxw.run("map", journey.toString(), "--out", october.toString(), "--scores", "--db",
                db.toString(), "--from", "2026-10", "--to", "2026-10")).as(cxw.err()).isZero();
        assertThat(Files.readString(october)).doesNotContain(">CSAT 75 %").contains(">no answers<");

        assertUsage("--db goes with --scores only", "map", journey.toString(), "--out", svg.toString(), "--db",
                db.toString());
        assertUsage("--from takes a day (2026-11-30) or a month (2026-11), not 'soon'", "map", journey.toString(),
                "--out", svg.toString(), "--scores", "--db", db.toString(), "--from", "soon");
        assertThat(cxw.run("map", journey.toString(), "--out", svg.toString(), "--scores", "--db",
                dir.resolve("nowhere").toString())).isNotZero();
    }

    @Test
    void theHelpDescribesEveryOption() {
        assertThat(cxw.run("map", "--help")).isZero();
        assertThat(cxw.out()).contains("Usage: cxw map <file.journey>", "--out", "--format", "--scale", "--hide",
                "--hide-channel", "--scores", "--from", "--segment", "--metric").doesNotContain("''");
    }

    private void assertUsage(String message, String... args) {
        assertThat(cxw.run(args)).as(String.join(" ", args)).isEqualTo(2);
        assertThat(cxw.err()).isEqualTo("cxw map: " + message + System.lineSeparator());
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }
}
