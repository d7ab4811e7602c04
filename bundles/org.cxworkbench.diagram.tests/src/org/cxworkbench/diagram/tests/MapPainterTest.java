package org.cxworkbench.diagram.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.cxworkbench.diagram.ChannelIcon;
import org.cxworkbench.diagram.MapGraphics.MapFont;
import org.cxworkbench.diagram.MapPainter;
import org.cxworkbench.diagram.MapScene;
import org.cxworkbench.diagram.SvgGraphics;
import org.junit.jupiter.api.Test;

/** Label fitting with real font metrics, and the channel pictures chosen by name. */
class MapPainterTest {

    private final SvgGraphics g = new SvgGraphics();
    private final MapFont font = MapFont.plain(12);

    @Test
    void aLongNameIsWrappedIntoTwoLinesThatFitAndTheRestIsEllipsized() {
        double width = MapScene.NODE_WIDTH - 22;
        List<String> lines = MapPainter.wrap(g, "Loyalty membership renewal with a very long explanation of it", font,
                width, 2);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("Loyalty");
        assertThat(lines.get(1)).endsWith("\u2026");
        for (String line : lines) {
            assertThat(g.textExtent(line, font).width()).as(line).isLessThanOrEqualTo(width);
        }
        assertThat(MapPainter.wrap(g, "Web", font, width, 2)).containsExactly("Web");
        assertThat(MapPainter.wrap(g, "Supercalifragilisticexpialidociousness", font, 60, 2)).hasSize(1)
                .allSatisfy(l -> assertThat(g.textExtent(l, font).width()).isLessThanOrEqualTo(60));
    }

    @Test
    void ellipsizingKeepsWhatFitsAndWidthsGrowWithText() {
        assertThat(MapPainter.ellipsize(g, "Buys online", font, 500)).isEqualTo("Buys online");
        String cut = MapPainter.ellipsize(g, "Straight to checkout from an offer", font, 80);
        assertThat(cut).startsWith("Straight").endsWith("\u2026");
        assertThat(g.textExtent(cut, font).width()).isLessThanOrEqualTo(80);
        assertThat(MapPainter.ellipsize(g, "anything", font, 1)).isEmpty();
        assertThat(g.textExtent("WWWW", font).width()).isGreaterThan(g.textExtent("iiii", font).width());
        assertThat(g.textExtent("Ag", MapFont.plain(24)).height()).isGreaterThan(g.textExtent("Ag", font).height());
    }

    @Test
    void channelPicturesAreChosenByWordsInTheNameInThreeLanguages() {
        assertThat(ChannelIcon.of("Web")).isEqualTo(ChannelIcon.WEB);
        assertThat(ChannelIcon.of("Mobile app")).isEqualTo(ChannelIcon.APP);
        assertThat(ChannelIcon.of("Email")).isEqualTo(ChannelIcon.EMAIL);
        assertThat(ChannelIcon.of("Sähköposti")).isEqualTo(ChannelIcon.EMAIL);
        assertThat(ChannelIcon.of("Phone")).isEqualTo(ChannelIcon.PHONE);
        assertThat(ChannelIcon.of("Puhelin")).isEqualTo(ChannelIcon.PHONE);
        assertThat(ChannelIcon.of("Store")).isEqualTo(ChannelIcon.STORE);
        assertThat(ChannelIcon.of("Butik")).isEqualTo(ChannelIcon.STORE);
        assertThat(ChannelIcon.of("Chat")).isEqualTo(ChannelIcon.CHAT);
        assertThat(ChannelIcon.of("Letter mail")).isEqualTo(ChannelIcon.MAIL);
        assertThat(ChannelIcon.of("Social media")).isEqualTo(ChannelIcon.SOCIAL);
        assertThat(ChannelIcon.of("Partner")).isEqualTo(ChannelIcon.PARTNER);
        assertThat(ChannelIcon.of("Account manager")).isEqualTo(ChannelIcon.PERSON);
        assertThat(ChannelIcon.of("Service portal")).isEqualTo(ChannelIcon.PORTAL);
        assertThat(ChannelIcon.of("Events")).isEqualTo(ChannelIcon.EVENT);
        assertThat(ChannelIcon.of("Carrier pigeon")).isEqualTo(ChannelIcon.PARTNER);
        assertThat(ChannelIcon.of("Telepathy")).isEqualTo(ChannelIcon.GENERIC);
        assertThat(ChannelIcon.of(null)).isEqualTo(ChannelIcon.GENERIC);
    }
}
