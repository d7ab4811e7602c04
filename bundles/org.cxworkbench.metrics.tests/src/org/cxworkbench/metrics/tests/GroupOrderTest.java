package org.cxworkbench.metrics.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.cxworkbench.metrics.GroupOrder;
import org.junit.jupiter.api.Test;

/** The order of {@code --by} groups: numbers, periods, text, missing; each in its own sense. */
class GroupOrderTest {

    /** Sorted from every one of a few shuffles, so that no input order can pass for the sort. */
    private static List<String> sorted(String... keys) {
        List<String> first = null;
        Random random = new Random(7);
        for (int i = 0; i < 5; i++) {
            List<String> list = new ArrayList<>(Arrays.asList(keys));
            Collections.shuffle(list, random);
            list.sort(GroupOrder.KEYS);
            if (first != null) {
                assertThat(list).isEqualTo(first);
            }
            first = list;
        }
        return first;
    }

    @Test
    void numbersByValue() {
        assertThat(sorted("10", "9", "-32.9", "2,5", "+1", "1e3", "0")).containsExactly("-32.9", "0", "+1", "2,5",
                "9", "10", "1e3");
    }

    @Test
    void periodsInTimeOrder() {
        assertThat(sorted("2026-10", "2026-9", "2025-12", "11/2025")).containsExactly("11/2025", "2025-12", "2026-9",
                "2026-10");
        assertThat(sorted("Q1 2027", "2026-Q4", "Q2/2026", "2026Q3")).containsExactly("Q2/2026", "2026Q3", "2026-Q4",
                "Q1 2027");
        assertThat(sorted("2026-W10", "2026-W9", "2025-W52")).containsExactly("2025-W52", "2026-W9", "2026-W10");
        assertThat(sorted("27.11.2026", "2026-11-3", "1.12.2026")).containsExactly("2026-11-3", "27.11.2026",
                "1.12.2026");
        assertThat(sorted("Dec", "January", "feb", "Nov 2025", "Mar 2026")).containsExactly("January", "feb", "Dec",
                "Nov 2025", "Mar 2026");
        // Finnish and Swedish month names
        assertThat(sorted("maaliskuu", "tammikuu", "joulukuu")).containsExactly("tammikuu", "maaliskuu",
                "joulukuu");
        assertThat(sorted("mars", "januari", "december")).containsExactly("januari", "mars", "december");
        // a month before its quarter, the quarter before the next month
        assertThat(sorted("2026-Q1", "2026-02", "2026-01")).containsExactly("2026-01", "2026-Q1", "2026-02");
    }

    @Test
    void textAlphabeticallyWithNumbersInItByValue() {
        assertThat(sorted("B", "a", "c", "A")).containsExactly("A", "a", "B", "c");
        assertThat(sorted("Store 10", "store 1", "Store 2")).containsExactly("store 1", "Store 2", "Store 10");
        // not a period: 2026-13 is text
        assertThat(sorted("2026-13", "web", "2026-12")).containsExactly("2026-12", "2026-13", "web");
    }

    @Test
    void numbersThenPeriodsThenTextThenMissing() {
        assertThat(sorted("web", "", "2026-11", "3", null, "B")).containsExactly("3", "2026-11", "B", "web", "",
                null);
    }

    @Test
    void theOrderIsConsistentWithEquals() {
        assertThat(GroupOrder.compare("web", "Web")).isNotZero();
        assertThat(GroupOrder.compare("1.0", "1")).isNotZero();
        assertThat(GroupOrder.compare("x", "x")).isZero();
        assertThat(GroupOrder.compare(null, null)).isZero();
    }
}
