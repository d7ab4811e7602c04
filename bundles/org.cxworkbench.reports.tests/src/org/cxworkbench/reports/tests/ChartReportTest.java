package org.cxworkbench.reports.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.cxworkbench.reports.ReportFormat;
import org.cxworkbench.reports.ReportRenderer;
import org.cxworkbench.store.EmbeddedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A design with a BIRT chart, rendered to HTML inside OSGi: the chart engine draws it and it is embedded. */
class ChartReportTest {

    private static final Pattern PNG_DATA_URI = Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"");

    @TempDir
    static Path workspace;

    static EmbeddedDatabase database;
    static ReportRenderer renderer;

    @BeforeAll
    static void createStoreAndRenderer() throws Exception {
        database = Scorecard.createDatabase(workspace.resolve("results-db"));
        renderer = new ReportRenderer(database::connection);
    }

    @AfterAll
    static void closeRendererAndStore() throws Exception {
        if (renderer != null) {
            renderer.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void htmlEmbedsTheBarChartAsAPngImage() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(Scorecard.design("score-chart.rptdesign"), Map.of(), Locale.ENGLISH, ReportFormat.HTML, out);
        Scorecard.keep("score-chart.html", out.toByteArray());
        String html = out.toString(StandardCharsets.UTF_8);

        assertThat(html).contains(Scorecard.TITLE);
        Matcher image = PNG_DATA_URI.matcher(html);
        assertThat(image.find()).as("a PNG chart embedded as a data URI").isTrue();
        byte[] png = Base64.getDecoder().decode(image.group(1));
        Scorecard.keep("score-chart.png", png);

        BufferedImage chart = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(chart).as("a readable PNG").isNotNull();
        assertThat(chart.getWidth()).as("6.5in wide").isGreaterThan(400);
        assertThat(chart.getHeight()).as("3.2in high").isGreaterThan(200);
        assertThat(colours(chart)).as("bars, axes and labels drawn, not an empty box").hasSizeGreaterThan(5);
        assertThat(html).as("no image written to a temporary folder").doesNotContain("file:");
    }

    private static Set<Integer> colours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours;
    }
}
