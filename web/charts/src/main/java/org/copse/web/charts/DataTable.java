package org.copse.web.charts;

import java.util.List;
import java.util.Objects;

/**
 * The text alternative of a {@link Chart}: a caption, column headings and rows of already formatted cells.
 * Pages usually render it with their own template (so cells can become links); {@link #html()} gives a
 * ready, escaped {@code <table>} for callers without one.
 *
 * @param caption what the table holds
 * @param columns column headings; the first column names each row (it becomes a row header)
 * @param rows cells as shown, each row as long as {@code columns}
 */
public record DataTable(String caption, List<String> columns, List<List<String>> rows) {
    public DataTable {
        Objects.requireNonNull(caption, "caption");
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(
                        "row " + row + " has " + row.size() + " cells but the table has " + columns.size() + " columns");
            }
        }
    }

    /**
     * Renders the table as escaped HTML: a {@code <caption>}, {@code <th scope="col">} headings and a
     * {@code <th scope="row">} first cell in each row.
     *
     * @return the {@code <table>} element, class {@code copse-chart-table}
     */
    public String html() {
        StringBuilder html = new StringBuilder("<table class=\"copse-chart-table\"><caption>")
                .append(Svg.escape(caption)).append("</caption><thead><tr>");
        for (String column : columns) {
            html.append("<th scope=\"col\">").append(Svg.escape(column)).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            html.append("<tr><th scope=\"row\">").append(Svg.escape(row.get(0))).append("</th>");
            for (String cell : row.subList(1, row.size())) {
                html.append("<td>").append(Svg.escape(cell)).append("</td>");
            }
            html.append("</tr>");
        }
        return html.append("</tbody></table>").toString();
    }
}
