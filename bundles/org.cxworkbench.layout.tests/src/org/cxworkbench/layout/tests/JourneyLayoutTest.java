package org.cxworkbench.layout.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.cxworkbench.layout.JourneyLayout;
import org.cxworkbench.layout.JourneyLayout.Box;
import org.cxworkbench.layout.JourneyLayout.Link;
import org.cxworkbench.layout.JourneyLayout.Placement;
import org.cxworkbench.layout.JourneyLayout.Result;
import org.cxworkbench.layout.JourneyLayout.Route;
import org.junit.jupiter.api.Test;

/** Eclipse ELK's layered algorithm inside OSGi, on a journey that is not linear. */
class JourneyLayoutTest {

    private static Box box(String id) {
        return new Box(id, 120, 50);
    }

    @Test
    void placesTheJourneyLeftToRightWithoutOverlapsAndRoutesALoopBack() {
        // search -> web shop | store -> delivery -> support -> back to web shop (a loop), store skips delivery
        List<Box> boxes = List.of(box("search"), box("webshop"), box("store"), box("delivery"), box("support"));
        List<Link> links = List.of(new Link("search", "webshop"), new Link("search", "store"),
                new Link("webshop", "delivery"), new Link("store", "support"), new Link("delivery", "support"),
                new Link("support", "webshop"));
        Result result = new JourneyLayout(20).layout(boxes, links);

        Placement search = result.placements().get("search");
        Placement webshop = result.placements().get("webshop");
        Placement store = result.placements().get("store");
        Placement delivery = result.placements().get("delivery");
        Placement support = result.placements().get("support");
        assertThat(webshop.x()).isGreaterThan(search.x() + search.width());
        assertThat(store.x()).isGreaterThan(search.x() + search.width());
        assertThat(delivery.x()).isGreaterThan(webshop.x() + webshop.width());
        assertThat(support.x()).isGreaterThan(delivery.x() + delivery.width());
        assertThat(webshop.y()).as("the two ways to buy sit one above the other").isNotEqualTo(store.y());
        assertThat(result.placements().values()).allSatisfy(p -> assertThat(p.width()).isEqualTo(120));
        for (Placement a : result.placements().values()) {
            for (Placement b : result.placements().values()) {
                if (a != b) {
                    boolean apart = a.x() + a.width() <= b.x() || b.x() + b.width() <= a.x()
                            || a.y() + a.height() <= b.y() || b.y() + b.height() <= a.y();
                    assertThat(apart).as("%s and %s do not overlap", a, b).isTrue();
                }
            }
        }
        Route loop = result.routes().get(5);
        assertThat(loop.from()).isEqualTo("support");
        assertThat(loop.points()).as("the loop back is routed around, with bends").hasSizeGreaterThan(2);
        assertThat(result.width()).isGreaterThan(support.x());
    }

    @Test
    void partitionsAreColumnsInTheirOrderEvenForABoxWithoutLinks() {
        // stage 0: a, b; stage 1: c, lonely (no links at all); stage 2: d. a -> c -> d, b -> d skips stage 1.
        List<Box> boxes = List.of(box("a"), box("b"), box("c"), box("lonely"), box("d"));
        List<Link> links = List.of(new Link("a", "c"), new Link("c", "d"), new Link("b", "d"));
        java.util.Map<String, Integer> partitions = java.util.Map.of("a", 0, "b", 0, "c", 1, "lonely", 1, "d", 2);
        Result result = new JourneyLayout(20).layout(boxes, links, partitions);
        java.util.Map<String, Placement> p = result.placements();
        assertThat(p.get("a").x()).as("one column per partition").isEqualTo(p.get("b").x());
        assertThat(p.get("c").x()).isEqualTo(p.get("lonely").x());
        assertThat(p.get("c").x()).isGreaterThan(p.get("a").x() + p.get("a").width());
        assertThat(p.get("d").x()).isGreaterThan(p.get("c").x() + p.get("c").width());
        assertThat(p.get("c").y()).isNotEqualTo(p.get("lonely").y());
    }

    @Test
    void aPathToAMissingTouchpointIsRefused() {
        assertThatThrownBy(() -> new JourneyLayout(20).layout(List.of(box("a")), List.of(new Link("a", "b"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("b");
    }
}
