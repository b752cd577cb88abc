package org.copse.web.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A topic map: terms set in type sized by weight, heaviest first, flowed into centred rows. The layout is
 * computed, not random, so the same terms always give the same picture; the table lists each term's weight.
 *
 * <pre>{@code
 * Chart chart = new TopicMap("topics", "Top topics", "The community's most discussed topics",
 *         List.of(new Term("housing", 12), new Term("planning", 7))).render();
 * }</pre>
 *
 * @param id element id of the picture, unique on the page
 * @param title short name (the SVG title and table caption)
 * @param description what the picture shows, in a sentence
 * @param terms the terms, in any order
 */
public record TopicMap(String id, String title, String description, List<Term> terms) {
    static final double WIDTH = 640;
    static final double MARGIN = 20;
    static final double MIN_FONT = 14;
    static final double MAX_FONT = 36;
    static final double GAP = 18;
    static final int MAX_LABEL = 30;

    public TopicMap {
        Svg.requireId(id);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        terms = List.copyOf(terms);
    }

    /** Renders the picture and its table (terms heaviest first); the same input always gives the same output. */
    public Chart render() {
        List<Term> ordered = new ArrayList<>(terms);
        ordered.sort(Comparator.comparingDouble(Term::weight).reversed().thenComparing(Term::label));
        double max = ordered.stream().mapToDouble(Term::weight).max().orElse(0);

        List<List<Placed>> rows = new ArrayList<>();
        List<Placed> row = new ArrayList<>();
        double rowWidth = 0;
        for (int rank = 0; rank < ordered.size(); rank++) {
            Term term = ordered.get(rank);
            double size = max <= 0 ? MIN_FONT : MIN_FONT + (MAX_FONT - MIN_FONT) * Math.sqrt(term.weight() / max);
            String label = Svg.clip(term.label(), MAX_LABEL);
            double width = Math.min(WIDTH - 2 * MARGIN, Svg.textWidth(label, size));
            if (!row.isEmpty() && rowWidth + GAP + width > WIDTH - 2 * MARGIN) {
                rows.add(row);
                row = new ArrayList<>();
                rowWidth = 0;
            }
            rowWidth += (row.isEmpty() ? 0 : GAP) + width;
            row.add(new Placed(label, size, width, rank));
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }

        double height = MARGIN * 2 + rows.stream().mapToDouble(TopicMap::rowHeight).sum();
        height = Math.max(height, 80);
        Svg svg = new Svg(id, title, description, WIDTH, height);
        if (rows.isEmpty()) {
            svg.text(WIDTH / 2, height / 2 + 5, "Nothing to show yet", "text-anchor", "middle",
                    "font-size", Svg.num(MIN_FONT), "fill", Palette.MUTED);
        }
        double y = MARGIN;
        for (List<Placed> line : rows) {
            double lineHeight = rowHeight(line);
            double used = line.stream().mapToDouble(Placed::width).sum() + GAP * (line.size() - 1);
            double x = (WIDTH - used) / 2;
            double baseline = y + lineHeight * 0.78;
            for (Placed placed : line) {
                svg.text(x + placed.width() / 2, baseline, placed.label(), "text-anchor", "middle",
                        "font-size", Svg.num(placed.size()), "font-weight", placed.rank() < 3 ? "bold" : "normal",
                        "fill", Palette.series(placed.rank()));
                x += placed.width() + GAP;
            }
            y += lineHeight;
        }
        List<List<String>> tableRows = ordered.stream()
                .map(term -> List.of(term.label(), Figures.format(term.weight()))).toList();
        return new Chart(id, title, description, svg.finish(), new DataTable(title, List.of("Topic", "Weight"), tableRows));
    }

    private static double rowHeight(List<Placed> row) {
        return row.stream().mapToDouble(Placed::size).max().orElse(MIN_FONT) * 1.4;
    }

    private record Placed(String label, double size, double width, int rank) {
    }
}
