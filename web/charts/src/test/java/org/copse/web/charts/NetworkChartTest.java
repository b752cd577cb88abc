package org.copse.web.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class NetworkChartTest {
    private static final Node HOUSING = new Node("topic:housing", "housing", NodeKind.TOPIC, 1);
    private static final List<Node> NODES = List.of(
            new Node("member:tom", "Tom Evans", NodeKind.MEMBER, 0.9),
            new Node("member:priya", "Priya Shah", NodeKind.MEMBER, 0.4),
            new Node("community:planners", "Planners", NodeKind.COMMUNITY, 3),
            new Node("topic:planning", "planning", NodeKind.TOPIC, 0.5));
    private static final List<Edge> EDGES = List.of(
            new Edge("topic:housing", "member:tom", 0.9),
            new Edge("topic:housing", "member:priya", 0.4),
            new Edge("member:tom", "community:planners", 2),
            new Edge("topic:housing", "topic:planning", 0.5));

    private static Chart render(List<Node> nodes, List<Edge> edges) {
        return new NetworkChart("graph", "Expertise around housing", "Who knows about housing", HOUSING, nodes, edges)
                .render();
    }

    @Test
    void isAnAccessibleImage() {
        ParsedSvg.parse(render(NODES, EDGES).svg())
                .assertAccessible("graph", "Expertise around housing", "Who knows about housing");
    }

    @Test
    void drawsEveryNodeWithItsKindsShapeAndEveryEdgeThickerWithWeight() {
        ParsedSvg svg = ParsedSvg.parse(render(NODES, EDGES).svg());

        assertThat(svg.texts()).contains("housing", "Tom Evans", "Priya Shah", "Planners", "planning",
                "Member", "Community", "Topic");
        List<Element> straight = svg.all("line").stream()
                .filter(line -> line.getAttribute("stroke").equals(Palette.MUTED)).toList();
        assertThat(straight).hasSize(3);
        assertThat(svg.all("path")).hasSize(1);
        double tom = ParsedSvg.number(straight.get(0), "stroke-width");
        double priya = ParsedSvg.number(straight.get(1), "stroke-width");
        assertThat(tom).isGreaterThan(priya);
        // circles for members (2 nodes + legend), squares for communities, diamonds for topics
        assertThat(svg.all("circle")).hasSize(3);
        assertThat(svg.all("polygon")).hasSize(3);
    }

    @Test
    void placesTheCentreInTheMiddleAndTheRestOnTheRingInsideThePicture() {
        ParsedSvg svg = ParsedSvg.parse(render(NODES, EDGES).svg());
        double[] box = svg.viewBox();

        Element centreLabel = svg.all("text").stream().filter(text -> text.getTextContent().equals("housing"))
                .findFirst().orElseThrow();
        assertThat(ParsedSvg.number(centreLabel, "x")).isEqualTo(box[2] / 2);
        for (Element text : svg.all("text")) {
            double x = ParsedSvg.number(text, "x");
            double width = Svg.textWidth(text.getTextContent(), NetworkChart.FONT);
            double left = switch (text.getAttribute("text-anchor")) {
                case "end" -> x - width;
                case "middle" -> x - width / 2;
                default -> x;
            };
            assertThat(left).as(text.getTextContent()).isGreaterThanOrEqualTo(0);
            assertThat(left + width).as(text.getTextContent()).isLessThanOrEqualTo(box[2]);
            assertThat(ParsedSvg.number(text, "y")).isBetween(0.0, box[3]);
        }
    }

    @Test
    void layoutDependsOnTheNodesNotOnTheirInputOrder() {
        List<Node> reversed = new ArrayList<>(NODES);
        Collections.reverse(reversed);
        assertThat(render(reversed, EDGES).svg()).isEqualTo(render(NODES, EDGES).svg());
    }

    @Test
    void keepsThirtyLongLabelsInsideThePicture() {
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            nodes.add(new Node("m" + i, "Member with a very long name number " + i, NodeKind.MEMBER, i));
            edges.add(new Edge("topic:housing", "m" + i, i));
        }
        ParsedSvg svg = ParsedSvg.parse(render(nodes, edges).svg());
        double width = svg.viewBox()[2];
        for (Element text : svg.all("text")) {
            double x = ParsedSvg.number(text, "x");
            double w = Svg.textWidth(text.getTextContent(), NetworkChart.FONT);
            if ("end".equals(text.getAttribute("text-anchor"))) {
                assertThat(x - w).isGreaterThanOrEqualTo(0);
            } else if ("start".equals(text.getAttribute("text-anchor"))) {
                assertThat(x + w).isLessThanOrEqualTo(width);
            }
        }
    }

    @Test
    void listsEveryEdgeInItsTable() {
        DataTable table = render(NODES, EDGES).table();

        assertThat(table.columns()).containsExactly("From", "Kind", "To", "Kind of the other", "Strength");
        assertThat(table.rows()).contains(List.of("housing", "Topic", "Tom Evans", "Member", "0.9"),
                List.of("Tom Evans", "Member", "Planners", "Community", "2"));
        assertThat(table.rows()).hasSize(EDGES.size());
    }

    @Test
    void escapesNamesFromUsers() {
        String xss = "<script>alert(\"x\")</script>";
        Chart chart = render(List.of(new Node("m", xss, NodeKind.MEMBER, 1)), List.of(new Edge("topic:housing", "m", 1)));

        assertThat(chart.svg()).doesNotContain("<script");
        assertThat(ParsedSvg.parse(chart.svg()).all("script")).isEmpty();
    }

    @Test
    void refusesDuplicateKeysAndEdgesToUnknownNodes() {
        assertThatThrownBy(() -> render(List.of(new Node("topic:housing", "again", NodeKind.TOPIC, 1)), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("share the key");
        assertThatThrownBy(() -> render(NODES, List.of(new Edge("member:tom", "member:nobody", 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in the chart");
    }

    @Test
    void drawsALoneCentre() {
        ParsedSvg svg = ParsedSvg.parse(render(List.of(), List.of()).svg());
        assertThat(svg.texts()).contains("housing");
    }
}
