package org.cxworkbench.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A row's cells by column key, in column order, as the readers have always given them. */
class RowValuesTest {

    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static void assertRow(Map<String, String> row, Map<String, String> expected) {
        assertThat(row).isEqualTo(expected);
        assertThat(List.copyOf(row.keySet())).isEqualTo(List.copyOf(expected.keySet()));
        assertThat(List.copyOf(row.values())).isEqualTo(List.copyOf(expected.values()));
        assertThat(row.size()).isEqualTo(expected.size());
        for (String key : List.of("id", "", "Q1", "Q1 - comment", "Q2", "Q3")) {
            assertThat(row.get(key)).as(key).isEqualTo(expected.get(key));
            assertThat(row.containsKey(key)).as(key).isEqualTo(expected.containsKey(key));
        }
    }

    @Test
    void distinctKeysGiveTheCellsInColumnOrderWithoutTheMissingOnes() {
        RowValues.Header header = new RowValues.Header(List.of("id", "Q1", "Q1 - comment", "Q2"));
        Map<String, String> full = header.row(List.of("r1", "7", "fine", "x"));
        assertThat(full).isInstanceOf(RowValues.class);
        assertRow(full, ordered("id", "r1", "Q1", "7", "Q1 - comment", "fine", "Q2", "x"));
        assertRow(header.row(Arrays.asList("r2", null, null, "5")), ordered("id", "r2", "Q2", "5"));
        assertRow(header.row(Arrays.asList(null, null, null, null)), ordered());
        assertRow(header.row(List.of("r4", "3")), ordered("id", "r4", "Q1", "3"));
    }

    @Test
    void aRepeatedKeyHoldsItsLastCellAndColumnsWithoutAKeyTheirFirst() {
        RowValues.Header header = new RowValues.Header(List.of("id", "", "Q1", "Q1", "", "Q2", "id"));
        // the place of a key is where it first had a cell
        assertRow(header.row(Arrays.asList("r1", "a", "7", "8", "b", "x", null)),
                ordered("id", "r1", "", "a", "Q1", "8", "Q2", "x"));
        assertRow(header.row(Arrays.asList("r2", null, "7", null, "b", null, "r2b")),
                ordered("id", "r2b", "Q1", "7", "", "b"));
        assertRow(header.row(Arrays.asList(null, null, null, null, null, null, null)), ordered());
    }
}
