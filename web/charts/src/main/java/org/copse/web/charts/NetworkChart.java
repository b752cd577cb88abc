package org.copse.web.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A radial network around one centre node (say a topic), with the other nodes on a ring grouped by kind
 * (members, then communities, then other topics), biggest first within each group. The layout is computed,
 * not simulated, so the same input always gives the same picture. Edges grow thicker with weight; edges
 * between two ring nodes curve inwards, dashed and thinner, so links to the centre stand out; labels carry a
 * white halo so lines crossing them do not hurt legibility.
 *
 * <p>Readable up to about 30 ring nodes; callers should pass their strongest nodes only.
 *
 * <pre>{@code
 * Chart chart = new NetworkChart("graph", "Expertise around housing", "Members and communities linked to housing",
 *         new Node("t", "housing", NodeKind.TOPIC, 1),
 *         List.of(new Node("m1", "Tom Evans", NodeKind.MEMBER, 0.8), new Node("c1", "Planners", NodeKind.COMMUNITY, 3)),
 *         List.of(new Edge("t", "m1", 0.8), new Edge("m1", "c1", 2))).render();
 * }</pre>
 *
 * @param id element id of the picture, unique on the page
 * @param title short name (the SVG title and table caption)
 * @param description what the picture shows, in a sentence
 * @param centre the node in the middle
 * @param nodes the nodes on the ring (keys unique, none equal to the centre's)
 * @param edges links between any two nodes, by key
 */
public record NetworkChart(String id, String title, String description, Node centre, List<Node> nodes,
        List<Edge> edges) {
    static final double WIDTH = 800;
    static final double RING = 150;
    static final double MARGIN_Y = 56;
    static final double FONT = 13;
    static final int MAX_LABEL = 26;

    public NetworkChart {
        Svg.requireId(id);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(centre, "centre");
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        Set<String> keys = new HashSet<>();
        keys.add(centre.key());
        for (Node node : nodes) {
            if (!keys.add(node.key())) {
                throw new IllegalArgumentException("two nodes share the key '" + node.key() + "'");
            }
        }
        for (Edge edge : edges) {
            if (!keys.contains(edge.from()) || !keys.contains(edge.to())) {
                throw new IllegalArgumentException("edge " + edge + " refers to a node that is not in the chart");
            }
        }
    }

    /** Renders the picture and its table (one row per edge); the same input always gives the same output. */
    public Chart render() {
        double height = 2 * (RING + MARGIN_Y) + 24;
        double cx = WIDTH / 2;
        double cy = height / 2 + 12;
        Map<String, Placed> placed = layout(cx, cy);
        double maxEdge = edges.stream().mapToDouble(Edge::weight).max().orElse(0);
        double maxNode = nodes.stream().mapToDouble(Node::weight).max().orElse(0);

        Svg svg = new Svg(id, title, description, WIDTH, height);
        drawLegend(svg);
        for (Edge edge : edges) {
            Placed a = placed.get(edge.from());
            Placed b = placed.get(edge.to());
            String width = Svg.num(1 + (maxEdge <= 0 ? 0 : 5 * edge.weight() / maxEdge));
            if (a.node() == centre || b.node() == centre) {
                svg.element("line", "x1", Svg.num(a.x()), "y1", Svg.num(a.y()), "x2", Svg.num(b.x()),
                        "y2", Svg.num(b.y()), "stroke", Palette.MUTED, "stroke-width", width, "stroke-opacity", "0.85");
            } else {
                double controlX = cx + ((a.x() + b.x()) / 2 - cx) * 0.35;
                double controlY = cy + ((a.y() + b.y()) / 2 - cy) * 0.35;
                String thinner = Svg.num(1 + (maxEdge <= 0 ? 0 : 2 * edge.weight() / maxEdge));
                svg.element("path", "d", "M" + Svg.num(a.x()) + "," + Svg.num(a.y()) + " Q" + Svg.num(controlX) + ","
                                + Svg.num(controlY) + " " + Svg.num(b.x()) + "," + Svg.num(b.y()),
                        "fill", "none", "stroke", Palette.MUTED, "stroke-width", thinner, "stroke-dasharray", "5 3",
                        "stroke-opacity", "0.85");
            }
        }
        for (Placed place : placed.values()) {
            Node node = place.node();
            double radius = node == centre ? 16
                    : 6 + (maxNode <= 0 ? 0 : 8 * Math.sqrt(node.weight() / maxNode));
            svg.marker(node.kind().shape(), place.x(), place.y(), radius, node.kind().colour());
            drawLabel(svg, place, cx, cy, radius);
        }
        return new Chart(id, title, description, svg.finish(), table());
    }

    /** Places the centre in the middle and the ring nodes by group, a one-slot gap between groups. */
    private Map<String, Placed> layout(double cx, double cy) {
        Map<String, Placed> placed = new LinkedHashMap<>();
        List<Node> ordered = new ArrayList<>(nodes);
        ordered.sort(Comparator.comparingInt((Node node) -> kindOrder(node.kind()))
                .thenComparing(Comparator.comparingDouble(Node::weight).reversed())
                .thenComparing(Node::label).thenComparing(Node::key));
        long groups = ordered.stream().map(Node::kind).distinct().count();
        int slots = ordered.size() + (groups > 1 ? (int) groups : 0);
        int slot = 0;
        NodeKind previous = null;
        for (Node node : ordered) {
            if (groups > 1 && node.kind() != previous && previous != null) {
                slot++;
            }
            previous = node.kind();
            double angle = -Math.PI / 2 + 2 * Math.PI * slot / Math.max(1, slots);
            placed.put(node.key(), new Placed(node, cx + RING * Math.cos(angle), cy + RING * Math.sin(angle), angle));
            slot++;
        }
        placed.put(centre.key(), new Placed(centre, cx, cy, Double.NaN));
        return placed;
    }

    private static int kindOrder(NodeKind kind) {
        return switch (kind) {
            case MEMBER -> 0;
            case COMMUNITY -> 1;
            case TOPIC -> 2;
        };
    }

    private void drawLabel(Svg svg, Placed place, double cx, double cy, double radius) {
        String label = Svg.clip(place.node().label(), MAX_LABEL);
        if (place.node() == centre) {
            svg.text(cx, cy + radius + 18, label, "text-anchor", "middle", "font-size", Svg.num(FONT + 2),
                    "font-weight", "bold", "fill", Palette.TEXT, "stroke", Palette.BACKGROUND, "stroke-width", "4",
                    "paint-order", "stroke");
            return;
        }
        double cos = Math.cos(place.angle());
        double sin = Math.sin(place.angle());
        double x = cx + (RING + radius + 6) * cos;
        double y = cy + (RING + radius + 6) * sin + 4;
        String anchor = cos > 0.2 ? "start" : cos < -0.2 ? "end" : "middle";
        if ("middle".equals(anchor)) {
            y += sin > 0 ? 8 : -2;
        }
        svg.text(x, y, label, "text-anchor", anchor, "font-size", Svg.num(FONT), "fill", Palette.TEXT,
                "stroke", Palette.BACKGROUND, "stroke-width", "3", "paint-order", "stroke");
    }

    private void drawLegend(Svg svg) {
        Set<NodeKind> kinds = EnumSet.of(centre.kind());
        nodes.forEach(node -> kinds.add(node.kind()));
        double y = 20;
        for (NodeKind kind : kinds) {
            svg.marker(kind.shape(), 20, y, 6, kind.colour());
            svg.text(34, y + 5, kind.displayName(), "font-size", Svg.num(FONT), "fill", Palette.TEXT);
            y += 22;
        }
        svg.text(12, y + 5, "Thicker line: stronger link", "font-size", Svg.num(FONT - 1), "fill", Palette.MUTED);
    }

    private DataTable table() {
        Map<String, Node> byKey = new LinkedHashMap<>();
        byKey.put(centre.key(), centre);
        nodes.forEach(node -> byKey.put(node.key(), node));
        List<List<String>> rows = new ArrayList<>();
        for (Edge edge : edges) {
            Node from = byKey.get(edge.from());
            Node to = byKey.get(edge.to());
            rows.add(List.of(from.label(), from.kind().displayName(), to.label(), to.kind().displayName(),
                    Figures.format(edge.weight())));
        }
        return new DataTable(title, List.of("From", "Kind", "To", "Kind of the other", "Strength"), rows);
    }

    private record Placed(Node node, double x, double y, double angle) {
    }
}
