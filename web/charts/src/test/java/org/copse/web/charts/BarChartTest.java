package org.copse.web.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class BarChartTest {
    private static final String XSS = "<script>alert('x')</script>";

    private static BarChart chart(List<Bar> bars) {
        return new BarChart("topics", "Topics", "Tom's topics by weight", "Topic", "Weight", bars);
    }

    @Test
    void isAnAccessibleImageWithTitleAndDescription() {
        Chart chart = chart(List.of(new Bar("housing", 0.8))).render();

        ParsedSvg.parse(chart.svg()).assertAccessible("topics", "Topics", "Tom's topics by weight");
        assertThat(chart.id()).isEqualTo("topics");
        assertThat(chart.title()).isEqualTo("Topics");
    }

    @Test
    void drawsOneBarPerItemWithLengthProportionalToValueAndTheValueWritten() {
        ParsedSvg svg = ParsedSvg.parse(chart(List.of(new Bar("housing", 0.8), new Bar("planning", 0.4),
                new Bar("parks", 0))).render().svg());

        List<Element> bars = svg.all("rect").stream().filter(rect -> Palette.series(0).equals(rect.getAttribute("fill")))
                .toList();
        assertThat(bars).hasSize(3);
        double first = ParsedSvg.number(bars.get(0), "width");
        assertThat(ParsedSvg.number(bars.get(1), "width")).isCloseTo(first / 2, within(0.2));
        assertThat(ParsedSvg.number(bars.get(2), "width")).isZero();
        assertThat(ParsedSvg.number(bars.get(0), "y")).isLessThan(ParsedSvg.number(bars.get(1), "y"));
        assertThat(svg.texts()).containsSubsequence("housing", "0.8", "planning", "0.4", "parks", "0");
        double[] box = svg.viewBox();
        for (Element bar : bars) {
            assertThat(ParsedSvg.number(bar, "x") + ParsedSvg.number(bar, "width")).isLessThan(box[2]);
            assertThat(ParsedSvg.number(bar, "y") + ParsedSvg.number(bar, "height")).isLessThan(box[3]);
        }
    }

    @Test
    void givesTheSameFiguresInItsTable() {
        DataTable table = chart(List.of(new Bar("housing", 0.8251), new Bar("planning", 12))).render().table();

        assertThat(table.caption()).isEqualTo("Topics");
        assertThat(table.columns()).containsExactly("Topic", "Weight");
        assertThat(table.rows()).containsExactly(List.of("housing", "0.83"), List.of("planning", "12"));
    }

    @Test
    void escapesLabelsAndTitlesFromUsers() {
        Chart chart = new BarChart("x", XSS, XSS, "Topic", "Weight", List.of(new Bar(XSS, 1))).render();

        assertThat(chart.svg()).doesNotContain("<script").contains("&lt;script&gt;");
        ParsedSvg svg = ParsedSvg.parse(chart.svg());
        assertThat(svg.all("script")).isEmpty();
        assertThat(svg.texts()).anyMatch(text -> text.startsWith("<script>"));
        assertThat(chart.table().html()).doesNotContain("<script");
    }

    @Test
    void clipsLongLabelsInThePictureButKeepsThemWholeInTheTable() {
        String name = "A community name far longer than any label should be";
        Chart chart = chart(List.of(new Bar(name, 1))).render();

        assertThat(ParsedSvg.parse(chart.svg()).texts()).noneMatch(text -> text.equals(name))
                .anyMatch(text -> text.endsWith("\u2026"));
        assertThat(chart.table().rows().get(0).get(0)).isEqualTo(name);
    }

    @Test
    void isDeterministic() {
        List<Bar> bars = List.of(new Bar("housing", 0.8), new Bar("planning", 0.4));
        assertThat(chart(bars).render()).isEqualTo(chart(bars).render());
    }

    @Test
    void saysSoWhenThereIsNothingToShow() {
        Chart chart = chart(List.of()).render();

        assertThat(ParsedSvg.parse(chart.svg()).texts()).contains("Nothing to show yet");
        assertThat(chart.table().rows()).isEmpty();
    }

    @Test
    void refusesNegativeOrNonFiniteValues() {
        assertThatThrownBy(() -> new Bar("x", -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'x'");
        assertThatThrownBy(() -> new Bar("x", Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
