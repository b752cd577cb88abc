package org.copse.web.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class TimeSeriesChartTest {
    private static final List<String> WEEKS = List.of("3 Nov", "10 Nov", "17 Nov", "24 Nov");

    private static TimeSeriesChart chart(List<Series> series) {
        return new TimeSeriesChart("activity", "Weekly activity", "Posts and replies per week", "Week starting",
                "Contributions", WEEKS, series);
    }

    @Test
    void isAnAccessibleImage() {
        ParsedSvg.parse(chart(List.of(Series.of("Posts", 1, 2, 3, 4))).render().svg())
                .assertAccessible("activity", "Weekly activity", "Posts and replies per week");
    }

    @Test
    void drawsOneLinePerSeriesToldApartByColourAndDashAndAPointPerPeriod() {
        ParsedSvg svg = ParsedSvg.parse(chart(List.of(Series.of("Posts", 4, 7, 2, 0), Series.of("Replies", 9, 12, 5, 1),
                Series.of("Questions", 1, 1, 1, 1))).render().svg());

        List<Element> lines = svg.all("polyline");
        assertThat(lines).hasSize(3);
        assertThat(new HashSet<>(lines.stream().map(line -> line.getAttribute("stroke")).toList())).hasSize(3);
        assertThat(new HashSet<>(lines.stream().map(line -> line.getAttribute("stroke-dasharray")).toList())).hasSize(3);
        for (Element line : lines) {
            assertThat(line.getAttribute("points").split(" ")).hasSize(WEEKS.size());
        }
        // markers: circles for the first series, squares for the second, triangles (polygons) for the third
        assertThat(svg.all("circle")).hasSizeGreaterThanOrEqualTo(WEEKS.size());
        assertThat(svg.texts()).contains("Posts 0", "Replies 1", "Questions 1", "3 Nov", "24 Nov");
    }

    @Test
    void plotsHigherValuesHigherUpAndStartsTheAxisAtZero() {
        ParsedSvg svg = ParsedSvg.parse(chart(List.of(Series.of("Posts", 0, 5, 10, 5))).render().svg());

        String[] points = svg.all("polyline").get(0).getAttribute("points").split(" ");
        double y0 = Double.parseDouble(points[0].split(",")[1]);
        double y10 = Double.parseDouble(points[2].split(",")[1]);
        double y5 = Double.parseDouble(points[1].split(",")[1]);
        assertThat(y10).isLessThan(y5);
        assertThat(y5).isLessThan(y0);
        assertThat(y5).isEqualTo((y0 + y10) / 2);
        assertThat(svg.texts()).contains("0", "10");
    }

    @Test
    void keepsEndLabelsApartWhenLinesEndTogether() {
        ParsedSvg svg = ParsedSvg.parse(chart(List.of(Series.of("A", 1, 1, 1, 5), Series.of("B", 1, 1, 1, 5),
                Series.of("C", 1, 1, 1, 5))).render().svg());

        List<Double> ys = svg.all("text").stream().filter(text -> text.getTextContent().endsWith(" 5"))
                .map(text -> ParsedSvg.number(text, "y")).sorted().toList();
        assertThat(ys).hasSize(3);
        for (int i = 1; i < ys.size(); i++) {
            assertThat(ys.get(i) - ys.get(i - 1)).isGreaterThanOrEqualTo(TimeSeriesChart.LABEL_GAP);
        }
    }

    @Test
    void keepsEndLabelsAboveThePeriodLabelsWhenLinesEndAtZero() {
        ParsedSvg svg = ParsedSvg.parse(chart(List.of(Series.of("A", 1, 1, 1, 0), Series.of("B", 1, 1, 1, 0),
                Series.of("C", 2, 1, 1, 0))).render().svg());

        double periodLabels = svg.all("text").stream().filter(text -> text.getTextContent().equals("24 Nov"))
                .mapToDouble(text -> ParsedSvg.number(text, "y")).findFirst().orElseThrow();
        List<Double> ys = svg.all("text").stream().filter(text -> text.getTextContent().endsWith(" 0")
                        && !text.getAttribute("fill").equals(Palette.MUTED))
                .map(text -> ParsedSvg.number(text, "y")).sorted().toList();
        assertThat(ys).hasSize(3);
        assertThat(ys.get(2)).isLessThan(periodLabels - 10);
        for (int i = 1; i < ys.size(); i++) {
            assertThat(ys.get(i) - ys.get(i - 1)).isGreaterThanOrEqualTo(TimeSeriesChart.LABEL_GAP);
        }
    }

    @Test
    void thinsPeriodLabelsSoTheyDoNotOverlap() {
        List<String> periods = IntStream.range(0, 52).mapToObj(i -> "Week " + (i + 1)).toList();
        long[] counts = new long[52];
        ParsedSvg svg = ParsedSvg.parse(new TimeSeriesChart("year", "Year", "A year", "Week", "Count", periods,
                List.of(Series.of("Posts", counts))).render().svg());

        List<Element> labels = svg.all("text").stream().filter(text -> text.getTextContent().startsWith("Week "))
                .toList();
        assertThat(labels).hasSizeLessThan(52).hasSizeGreaterThan(3);
        for (int i = 1; i < labels.size(); i++) {
            double gap = ParsedSvg.number(labels.get(i), "x") - ParsedSvg.number(labels.get(i - 1), "x");
            assertThat(gap).isGreaterThan(Svg.textWidth("Week 52", TimeSeriesChart.FONT - 1));
        }
    }

    @Test
    void givesEveryFigureInItsTable() {
        DataTable table = chart(List.of(Series.of("Posts", 4, 7, 2, 0), Series.of("Replies", 9, 12, 5, 1)))
                .render().table();

        assertThat(table.columns()).containsExactly("Week starting", "Posts", "Replies");
        assertThat(table.rows()).containsExactly(List.of("3 Nov", "4", "9"), List.of("10 Nov", "7", "12"),
                List.of("17 Nov", "2", "5"), List.of("24 Nov", "0", "1"));
    }

    @Test
    void escapesSeriesNamesAndPeriods() {
        String xss = "<script>alert(1)</script>";
        Chart chart = new TimeSeriesChart("x", xss, xss, xss, xss, List.of(xss), List.of(Series.of(xss, 1))).render();

        assertThat(chart.svg()).doesNotContain("<script");
        assertThat(ParsedSvg.parse(chart.svg()).all("script")).isEmpty();
    }

    @Test
    void isDeterministicAndHandlesOneOrNoPeriods() {
        List<Series> series = List.of(Series.of("Posts", 4, 7, 2, 0));
        assertThat(chart(series).render()).isEqualTo(chart(series).render());

        Chart single = new TimeSeriesChart("one", "One", "One run", "Run", "Documents", List.of("Run 1"),
                List.of(Series.of("Indexed", 3))).render();
        ParsedSvg.parse(single.svg());
        Chart empty = new TimeSeriesChart("none", "None", "No runs", "Run", "Documents", List.of(),
                List.of()).render();
        assertThat(ParsedSvg.parse(empty.svg()).texts()).contains("Nothing to show yet");
    }

    @Test
    void wrapsALongLegendIntoRowsInsideThePicture() {
        List<Series> many = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            many.add(Series.of("Community number " + i, 1, 2, 3, 4));
        }
        ParsedSvg svg = ParsedSvg.parse(chart(many).render().svg());

        double width = svg.viewBox()[2];
        double height = svg.viewBox()[3];
        for (Element text : svg.all("text")) {
            assertThat(ParsedSvg.number(text, "y")).isLessThan(height);
            if (text.getTextContent().startsWith("Community number") && text.getAttribute("fill").equals(Palette.TEXT)) {
                assertThat(ParsedSvg.number(text, "x") + Svg.textWidth(text.getTextContent(), TimeSeriesChart.FONT))
                        .isLessThanOrEqualTo(width);
            }
        }
    }

    @Test
    void refusesSeriesOfTheWrongLength() {
        assertThatThrownBy(() -> chart(List.of(Series.of("Posts", 1, 2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Posts' has 2 values for 4 periods");
    }
}
