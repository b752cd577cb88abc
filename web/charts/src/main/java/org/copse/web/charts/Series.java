package org.copse.web.charts;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One line of a {@link TimeSeriesChart}: a name and one value per period, in period order.
 *
 * @param name what the line counts (e.g. "Posts", "Documents indexed"); any text, it is escaped
 * @param values one value per period, each zero or more
 */
public record Series(String name, List<Double> values) {
    public Series {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
        for (Double value : values) {
            Figures.requireFinite(value, "a value of series '" + name + "'");
        }
    }

    /** A series of counts, the common case. */
    public static Series of(String name, long... counts) {
        return new Series(name, Arrays.stream(counts).mapToObj(count -> (double) count).toList());
    }
}
