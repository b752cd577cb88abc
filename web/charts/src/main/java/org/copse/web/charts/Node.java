package org.copse.web.charts;

import java.util.Objects;

/**
 * A node of a {@link NetworkChart}.
 *
 * @param key identifies the node within the chart (edges refer to it); never shown
 * @param label the name shown (any text, escaped)
 * @param kind what the node stands for
 * @param weight its importance, zero or more: bigger nodes, placed first within their kind
 */
public record Node(String key, String label, NodeKind kind, double weight) {
    public Node {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Figures.requireFinite(weight, "weight of node '" + key + "'");
    }
}
