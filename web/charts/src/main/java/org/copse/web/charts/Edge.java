package org.copse.web.charts;

import java.util.Objects;

/**
 * A weighted link between two nodes of a {@link NetworkChart}, drawn thicker as its weight grows.
 *
 * @param from the key of one node
 * @param to the key of the other node
 * @param weight strength of the link, zero or more
 */
public record Edge(String from, String to, double weight) {
    public Edge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Figures.requireFinite(weight, "weight of edge " + from + "-" + to);
    }
}
