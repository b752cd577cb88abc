package org.copse.web.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A line chart over periods (weeks, ingest runs): one line per {@link Series}, told apart by colour, dash
 * pattern, marker shape and a label at the line's end, with a legend below.
 *
 * <pre>{@code
 * Chart chart = new TimeSeriesChart("activity", "Weekly activity", "Posts and replies per week, last 12 weeks",
 *         "Week", "Count", List.of("3 Nov", "10 Nov", "17 Nov"),
 *         List.of(Series.of("Posts", 4, 7, 2), Series.of("Replies", 9, 12, 5))).render();
 * }</pre>
 *
 * @param id element id of the picture, unique on the page
 * @param title short name (the SVG title and table caption)
 * @param description what the picture shows, in a sentence
 * @param periodName heading of the period column in the table (e.g. "Week starting")
 * @param valueName what the vertical axis measures (e.g. "Contributions")
 * @param periods the period labels, oldest first
 * @param series the lines; each has exactly one value per period
 */
public record TimeSeriesChart(String id, String title, String description, String periodName, String valueName,
        List<String> periods, List<Series> series) {
    static final double WIDTH = 640;
    static final double PLOT_HEIGHT = 220;
    static final double LEFT = 56;
    static final double RIGHT = 130;
    static final double TOP = 20;
    static final double FONT = 13;
    static final double LABEL_GAP = 16;
    static final int TICKS = 5;
    private static final Svg.Shape[] SHAPES = Svg.Shape.values();

    public TimeSeriesChart {
        Svg.requireId(id);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(periodName, "periodName");
        Objects.requireNonNull(valueName, "valueName");
        periods = List.copyOf(periods);
        series = List.copyOf(series);
        for (Series line : series) {
            if (line.values().size() != periods.size()) {
                throw new IllegalArgumentException("series '" + line.name() + "' has " + line.values().size()
                        + " values for " + periods.size() + " periods");
            }
        }
    }

    /** Renders the picture and its table; the same input always gives the same output. */
    public Chart render() {
        double plotWidth = WIDTH - LEFT - RIGHT;
        double axisY = TOP + PLOT_HEIGHT;
        double height = axisY + 44 + legendRows() * 22 + 8;
        Svg svg = new Svg(id, title, description, WIDTH, height);
        Axis axis = Axis.of(series.stream().flatMap(line -> line.values().stream()).toList(), TICKS);
        double max = axis.max();

        for (int tick = 0; tick <= axis.ticks(); tick++) {
            double value = axis.step() * tick;
            double y = axisY - PLOT_HEIGHT * tick / axis.ticks();
            svg.element("line", "x1", Svg.num(LEFT), "y1", Svg.num(y), "x2", Svg.num(LEFT + plotWidth),
                    "y2", Svg.num(y), "stroke", tick == 0 ? Palette.MUTED : Palette.GRID);
            svg.text(LEFT - 6, y + 4, Figures.format(value), "text-anchor", "end",
                    "font-size", Svg.num(FONT - 1), "fill", Palette.MUTED);
        }
        svg.text(12, TOP - 6, Svg.clip(valueName, 40), "font-size", Svg.num(FONT - 1), "fill", Palette.MUTED);

        int step = labelStep(plotWidth);
        for (int i = 0; i < periods.size(); i += step) {
            svg.text(x(i, plotWidth), axisY + 18, Svg.clip(periods.get(i), 14), "text-anchor", "middle",
                    "font-size", Svg.num(FONT - 1), "fill", Palette.MUTED);
        }
        if (periods.isEmpty() || series.isEmpty()) {
            svg.text(LEFT + plotWidth / 2, TOP + PLOT_HEIGHT / 2, "Nothing to show yet", "text-anchor", "middle",
                    "font-size", Svg.num(FONT), "fill", Palette.MUTED);
        }

        List<EndLabel> endLabels = new ArrayList<>();
        for (int s = 0; s < series.size() && !periods.isEmpty(); s++) {
            Series line = series.get(s);
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < periods.size(); i++) {
                points.append(i == 0 ? "" : " ").append(Svg.num(x(i, plotWidth))).append(',')
                        .append(Svg.num(y(line.values().get(i), max, axisY)));
            }
            svg.element("polyline", "points", points.toString(), "fill", "none", "stroke", Palette.series(s),
                    "stroke-width", "2.5", "stroke-dasharray", Palette.dash(s), "stroke-linejoin", "round");
            for (int i = 0; i < periods.size(); i++) {
                svg.marker(SHAPES[s % SHAPES.length], x(i, plotWidth), y(line.values().get(i), max, axisY), 4,
                        Palette.series(s));
            }
            double last = line.values().get(periods.size() - 1);
            endLabels.add(new EndLabel(s, y(last, max, axisY) + 4,
                    Svg.clip(line.name(), 14) + " " + Figures.format(last)));
        }
        spreadApart(endLabels, axisY + 4);
        for (EndLabel label : endLabels) {
            svg.text(LEFT + plotWidth + 10, label.y(), label.text(), "font-size", Svg.num(FONT),
                    "fill", Palette.series(label.series()));
        }
        drawLegend(svg, axisY + 44);
        return new Chart(id, title, description, svg.finish(), table());
    }

    private DataTable table() {
        List<String> columns = new ArrayList<>();
        columns.add(periodName);
        series.forEach(line -> columns.add(line.name()));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(periods.get(i));
            for (Series line : series) {
                row.add(Figures.format(line.values().get(i)));
            }
            rows.add(row);
        }
        return new DataTable(title, columns, rows);
    }

    private double x(int index, double plotWidth) {
        return periods.size() <= 1 ? LEFT + plotWidth / 2 : LEFT + plotWidth * index / (periods.size() - 1);
    }

    private static double y(double value, double max, double axisY) {
        return axisY - PLOT_HEIGHT * value / max;
    }

    /** Shows every n-th period label so neighbouring labels never overlap. */
    private int labelStep(double plotWidth) {
        if (periods.size() <= 1) {
            return 1;
        }
        double widest = periods.stream().mapToDouble(p -> Svg.textWidth(Svg.clip(p, 14), FONT - 1)).max().orElse(0);
        double spacing = plotWidth / (periods.size() - 1);
        return Math.max(1, (int) Math.ceil((widest + 8) / spacing));
    }

    /**
     * Moves end-of-line labels apart, each at least {@link #LABEL_GAP} below the one above, and none below
     * {@code lowest} (where the period labels are): labels pushed past it move up instead.
     */
    private static void spreadApart(List<EndLabel> labels, double lowest) {
        labels.sort(Comparator.comparingDouble(EndLabel::y).thenComparingInt(EndLabel::series));
        for (int i = 1; i < labels.size(); i++) {
            EndLabel above = labels.get(i - 1);
            EndLabel label = labels.get(i);
            if (label.y() - above.y() < LABEL_GAP) {
                labels.set(i, new EndLabel(label.series(), above.y() + LABEL_GAP, label.text()));
            }
        }
        for (int i = labels.size() - 1; i >= 0; i--) {
            double limit = i == labels.size() - 1 ? lowest : labels.get(i + 1).y() - LABEL_GAP;
            EndLabel label = labels.get(i);
            if (label.y() > limit) {
                labels.set(i, new EndLabel(label.series(), limit, label.text()));
            }
        }
    }

    /** How many rows the legend takes: a new row starts whenever the width runs out. */
    private int legendRows() {
        int rows = series.isEmpty() ? 0 : 1;
        double x = LEFT;
        for (Series line : series) {
            double width = legendItemWidth(line);
            if (x + width > WIDTH - 8 && x > LEFT) {
                rows++;
                x = LEFT;
            }
            x += width;
        }
        return rows;
    }

    private static double legendItemWidth(Series line) {
        return 44 + Svg.textWidth(Svg.clip(line.name(), 30), FONT) + 18;
    }

    private void drawLegend(Svg svg, double top) {
        double x = LEFT;
        double y = top;
        for (int s = 0; s < series.size(); s++) {
            Series line = series.get(s);
            double width = legendItemWidth(line);
            if (x + width > WIDTH - 8 && x > LEFT) {
                x = LEFT;
                y += 22;
            }
            svg.element("line", "x1", Svg.num(x), "y1", Svg.num(y), "x2", Svg.num(x + 36), "y2", Svg.num(y),
                    "stroke", Palette.series(s), "stroke-width", "2.5", "stroke-dasharray", Palette.dash(s));
            svg.marker(SHAPES[s % SHAPES.length], x + 18, y, 4, Palette.series(s));
            svg.text(x + 44, y + 5, Svg.clip(line.name(), 30), "font-size", Svg.num(FONT), "fill", Palette.TEXT);
            x += width;
        }
    }

    private record EndLabel(int series, double y, String text) {
    }
}
