package org.cxworkbench.imports.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * One row's cells by column key, in column order, read-only: the reader's column keys are resolved once per file
 * ({@link Header}) and a row holds only its cells, instead of a hash map built and then copied for every row.
 */
public final class RowValues extends AbstractMap<String, String> {

    /** The column keys of a file. */
    public static final class Header {
        private final List<String> keys;
        private final Map<String, Integer> index = new HashMap<>();

        public Header(List<String> columnKeys) {
            keys = List.copyOf(columnKeys);
            for (int i = 0; i < keys.size(); i++) {
                index.putIfAbsent(keys.get(i), i);
            }
        }

        /**
         * The row of {@code cells} (null for a missing cell). With every key distinct, a {@link RowValues}; else a
         * map filled in column order, in which a repeated key holds its last cell, except that among columns
         * without a key the first cell counts.
         */
        public Map<String, String> row(List<String> cells) {
            if (index.size() == keys.size()) {
                String[] values = new String[keys.size()];
                int size = 0;
                for (int i = 0; i < values.length && i < cells.size(); i++) {
                    values[i] = cells.get(i);
                    if (values[i] != null) {
                        size++;
                    }
                }
                return new RowValues(this, values, size);
            }
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
    }

    private final Header header;
    private final String[] values;
    private final int size;

    private RowValues(Header header, String[] values, int size) {
        this.header = header;
        this.values = values;
        this.size = size;
    }

    @Override
    public String get(Object key) {
        Integer at = header.index.get(key);
        return at == null ? null : values[at];
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next = advance(0);

                    private int advance(int from) {
                        int at = from;
                        while (at < values.length && values[at] == null) {
                            at++;
                        }
                        return at;
                    }

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, String> entry = new SimpleImmutableEntry<>(header.keys.get(next), values[next]);
                        next = advance(next + 1);
                        return entry;
                    }
                };
            }
        };
    }
}
