package org.copse.web.charts;

import java.util.List;
import java.util.Objects;

/**
 * A horizontal bar chart: one labelled bar per item, in the order given, each with its value written at its
 * end (so no reading off an axis is needed), e.g. a member's topics by weight.
 *
 * <pre>{@code
 * Chart chart = new BarChart("topics", "Topics", "Tom's topics by weight", "Topic", "Weight",
 *         List.of(new Bar("housing", 0.82), new Bar("planning", 0.4))).render();
 * }</pre>
 *
 * @param id element id of the picture, unique on the page ({@code [A-Za-z][A-Za-z0-9_-]*})
 * @param title short name (the SVG title and table caption)
 * @param description what the picture shows, in a sentence
 * @param labelName heading of the label column in the table (e.g. "Topic")
 * @param valueName heading of the value column in the table (e.g. "Weight", "Contributions")
 * @param bars the bars, top to bottom; may be empty (the picture then says there is nothing to show)
 */
public record BarChart(String id, String title, String description, String labelName, String valueName,
        List<Bar> bars) {
    static final double WIDTH = 640;
    static final double BAR_HEIGHT = 22;
    static final double ROW = 34;
    static final double LABEL_WIDTH = 200;
    static final double FONT = 14;
    static final int MAX_LABEL = 26;

    public BarChart {
        Svg.requireId(id);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(labelName, "labelName");
        Objects.requireNonNull(valueName, "valueName");
        bars = List.copyOf(bars);
    }

    /** Renders the picture and its table; the same input always gives the same output. */
    public Chart render() {
        double top = 12;
        double height = top * 2 + Math.max(1, bars.size()) * ROW;
        Svg svg = new Svg(id, title, description, WIDTH, height);
        if (bars.isEmpty()) {
            svg.text(WIDTH / 2, height / 2 + 5, "Nothing to show yet", "text-anchor", "middle",
                    "font-size", Svg.num(FONT), "fill", Palette.MUTED);
        }
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        double barSpace = WIDTH - LABEL_WIDTH - 16 - 70;
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = top + i * ROW + (ROW - BAR_HEIGHT) / 2;
            double length = max <= 0 ? 0 : Math.max(bar.value() > 0 ? 2 : 0, barSpace * bar.value() / max);
            double x = LABEL_WIDTH + 8;
            svg.text(LABEL_WIDTH, y + BAR_HEIGHT / 2 + 5, Svg.clip(bar.label(), MAX_LABEL),
                    "text-anchor", "end", "font-size", Svg.num(FONT), "fill", Palette.TEXT);
            svg.element("rect", "x", Svg.num(x), "y", Svg.num(y), "width", Svg.num(length),
                    "height", Svg.num(BAR_HEIGHT), "fill", Palette.series(0));
            svg.text(x + length + 6, y + BAR_HEIGHT / 2 + 5, Figures.format(bar.value()),
                    "font-size", Svg.num(FONT), "fill", Palette.TEXT);
        }
        svg.element("line", "x1", Svg.num(LABEL_WIDTH + 8), "y1", Svg.num(top - 4),
                "x2", Svg.num(LABEL_WIDTH + 8), "y2", Svg.num(height - top + 4), "stroke", Palette.MUTED);
        List<List<String>> rows = bars.stream().map(bar -> List.of(bar.label(), Figures.format(bar.value()))).toList();
        return new Chart(id, title, description, svg.finish(), new DataTable(title, List.of(labelName, valueName), rows));
    }
}
