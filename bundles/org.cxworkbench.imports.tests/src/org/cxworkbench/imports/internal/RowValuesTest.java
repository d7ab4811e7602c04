package org.cxworkbench.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A row's cells hold what a LinkedHashMap filled in column order held before, without building one per row. */
class RowValuesTest {

    /** The rule the readers followed with a LinkedHashMap: later cells of a key win, but not among empty keys. */
    private static Map<String, String> asBefore(List<String> keys, List<String> cells) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < keys.size() && i < cells.size(); i++) {
            String key = keys.get(i);
            String value = cells.get(i);
            if (value != null && !(key.isEmpty() && values.containsKey(key))) {
                values.put(key, value);
            }
        }
        return values;
    }

    @Test
    void cellsByKeyInColumnOrder() {
        sameAsBefore(List.of("id", "Q1", "Q1 - comment", "Q2"), List.of(
                Arrays.asList("r1", "7", "fine", "x"),
                Arrays.asList("r2", null, null, "5"),
                Arrays.asList(null, null, null, null),
                Arrays.asList("r4", "3")));
    }

    @Test
    void repeatedAndEmptyKeys() {
        sameAsBefore(List.of("id", "", "Q1", "Q1", "", "Q2", "id"), List.of(
                Arrays.asList("r1", "a", "7", "8", "b", "x", null),
                Arrays.asList("r2", null, "7", null, "b", null, "r2b"),
                Arrays.asList(null, null, null, null, null, null, null),
                Arrays.asList("r4", "a")));
    }

    private static void sameAsBefore(List<String> keys, List<List<String>> rows) {
        RowValues.Header header = new RowValues.Header(keys);
        for (List<String> cells : rows) {
            Map<String, String> row = header.row(cells);
            Map<String, String> expected = asBefore(keys, cells);
            assertThat(row).isEqualTo(expected);
            assertThat(new ArrayList<>(row.keySet())).isEqualTo(new ArrayList<>(expected.keySet()));
            assertThat(row.size()).isEqualTo(expected.size());
            for (String key : List.of("id", "", "Q1", "Q1 - comment", "Q2", "Q3")) {
                assertThat(row.get(key)).isEqualTo(expected.get(key));
                assertThat(row.containsKey(key)).isEqualTo(expected.containsKey(key));
            }
        }
    }
}
