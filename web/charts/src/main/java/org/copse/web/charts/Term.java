package org.copse.web.charts;

import java.util.Objects;

/**
 * A term of a {@link TopicMap}.
 *
 * @param label the term (any text, escaped)
 * @param weight its importance, zero or more: the bigger, the larger its type
 */
public record Term(String label, double weight) {
    public Term {
        Objects.requireNonNull(label, "label");
        Figures.requireFinite(weight, "weight of term '" + label + "'");
    }
}
