package org.copse.web.charts;

import java.util.Objects;

/**
 * One bar of a {@link BarChart}.
 *
 * @param label what the bar measures (a topic, a member's name); may hold any text, it is escaped
 * @param value its length, zero or more
 */
public record Bar(String label, double value) {
    public Bar {
        Objects.requireNonNull(label, "label");
        Figures.requireFinite(value, "bar '" + label + "'");
    }
}
