package org.copse.web.charts;

import java.util.Objects;

/**
 * A rendered picture: the SVG markup to place in a page as is, and the same data as a table the page shows
 * as its text alternative (for screen readers, small screens and copying figures).
 *
 * <p>The SVG is a complete {@code <svg>} element with {@code role="img"}, a {@code <title>} and a
 * {@code <desc>} referenced by {@code aria-labelledby}, a {@code viewBox} and no fixed width, so it scales to
 * its container (style {@code svg.copse-chart { width: 100%; height: auto; }}). Every piece of text in it is
 * escaped. It carries no script and no external reference.
 *
 * @param id the element id of the {@code <svg>}; unique on the page when the caller gave unique ids
 * @param title short name of the picture (also the {@code <title>} and the table caption)
 * @param description one or two sentences saying what the picture shows (the {@code <desc>})
 * @param svg the SVG markup, safe to emit unescaped (in Thymeleaf: {@code th:utext})
 * @param table the text alternative, holding every figure the picture shows
 */
public record Chart(String id, String title, String description, String svg, DataTable table) {
    public Chart {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(svg, "svg");
        Objects.requireNonNull(table, "table");
    }
}
