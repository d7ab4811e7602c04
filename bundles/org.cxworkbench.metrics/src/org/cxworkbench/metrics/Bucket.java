package org.cxworkbench.metrics;

import java.util.Objects;

/**
 * A named range of answer values, both ends included: NPS promoters are {@code [9, 10]}.
 *
 * @param name the category name, also the key of {@link Score#counts()}; lower case, no spaces, because it becomes a
 *             column name in CSV and JSON output
 */
public record Bucket(String name, double low, double high) {

    public Bucket {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("a bucket name must be lower case letters, digits and _ but was '"
                    + name + "'");
        }
        if (!(low <= high)) {
            throw new IllegalArgumentException("bucket " + name + ": low " + low + " is above high " + high);
        }
    }

    public boolean contains(double value) {
        return low <= value && value <= high;
    }
}
