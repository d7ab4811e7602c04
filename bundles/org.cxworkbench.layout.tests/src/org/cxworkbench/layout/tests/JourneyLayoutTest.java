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
    void aLargeMapOrdersEachColumnByItsNeighboursSoThatCrossedPathsRunStraight() {
        // two stages of 160 boxes (320, above JourneyLayout.LARGE): a_i -> b_(159-i); in input order every path
        // would cross all others, ordered by barycentre each b sits beside its a and every path is one straight line
        int n = 160;
        List<Box> boxes = new java.util.ArrayList<>();
        List<Link> links = new java.util.ArrayList<>();
        java.util.Map<String, Integer> partitions = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            boxes.add(box("a" + i));
            partitions.put("a" + i, 0);
        }
        for (int i = 0; i < n; i++) {
            boxes.add(box("b" + i));
            partitions.put("b" + i, 1);
            links.add(new Link("a" + (n - 1 - i), "b" + i));
        }
        assertThat(boxes.size()).isGreaterThan(JourneyLayout.LARGE);
        Result result = new JourneyLayout(20).layout(boxes, links, partitions);
        java.util.Map<String, Placement> p = result.placements();
        for (int i = 0; i < n; i++) {
            assertThat(p.get("a" + i).x()).isEqualTo(p.get("a0").x());
            assertThat(p.get("b" + i).x()).isEqualTo(p.get("a0").x() + 120 + 40);
            assertThat(p.get("b" + i).y()).as("b%d beside its source", i).isEqualTo(p.get("a" + (n - 1 - i)).y());
        }
        assertThat(result.routes()).allSatisfy(r -> assertThat(r.points()).hasSize(2));
        assertNoOverlaps(result);
    }

    @Test
    void aLargeMapKeepsItsColumnsAndRoutesNoPathThroughABox() {
        // 400 boxes over 8 stages, 1200 paths forward by one to four stages, fixed seed
        java.util.Random random = new java.util.Random(14);
        List<Box> boxes = new java.util.ArrayList<>();
        java.util.Map<String, Integer> partitions = new java.util.HashMap<>();
        for (int i = 0; i < 400; i++) {
            boxes.add(box("t" + i));
            partitions.put("t" + i, i % 8);
        }
        List<Link> links = new java.util.ArrayList<>();
        while (links.size() < 1200) {
            int from = random.nextInt(400), to = random.nextInt(400);
            if (to % 8 > from % 8 && to % 8 - from % 8 <= 4) {
                links.add(new Link("t" + from, "t" + to));
            }
        }
        Result result = new JourneyLayout(20).layout(boxes, links, partitions);
        java.util.Map<String, Placement> p = result.placements();
        for (int i = 0; i < 400; i++) {
            assertThat(p.get("t" + i).x()).as("t%d in its stage's column", i).isEqualTo((i % 8) * (120 + 40));
        }
        assertNoOverlaps(result);
        for (Route route : result.routes()) {
            List<double[]> points = route.points();
            assertThat(points.get(0)[0]).isEqualTo(p.get(route.from()).x() + 120);
            assertThat(points.get(points.size() - 1)[0]).isEqualTo(p.get(route.to()).x());
            for (int i = 1; i < points.size(); i++) {
                double[] a = points.get(i - 1), b = points.get(i);
                assertThat(a[0] == b[0] || a[1] == b[1]).as("orthogonal").isTrue();
                for (Placement box : p.values()) {
                    // the open inside of a box; a segment merely ending on a box's side does not enter it
                    boolean enters = Math.max(a[0], b[0]) > box.x() && Math.min(a[0], b[0]) < box.x() + box.width()
                            && Math.max(a[1], b[1]) > box.y() && Math.min(a[1], b[1]) < box.y() + box.height();
                    assertThat(enters).as("%s -> %s enters %s", route.from(), route.to(), box).isFalse();
                }
            }
        }
    }

    private static void assertNoOverlaps(Result result) {
        List<Placement> all = List.copyOf(result.placements().values());
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Placement a = all.get(i), b = all.get(j);
                boolean apart = a.x() + a.width() <= b.x() || b.x() + b.width() <= a.x()
                        || a.y() + a.height() <= b.y() || b.y() + b.height() <= a.y();
                assertThat(apart).as("%s and %s do not overlap", a, b).isTrue();
            }
        }
    }

    @Test
    void aPathToAMissingTouchpointIsRefused() {
        assertThatThrownBy(() -> new JourneyLayout(20).layout(List.of(box("a")), List.of(new Link("a", "b"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("b");
    }
}
