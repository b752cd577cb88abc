/**
 * Accessible SVG charts rendered on the server: no script, no CDN, a text alternative for each.
 *
 * <p>Each picture is a record describing the data ({@link org.copse.web.charts.BarChart},
 * {@link org.copse.web.charts.TimeSeriesChart}, {@link org.copse.web.charts.NetworkChart},
 * {@link org.copse.web.charts.TopicMap}); {@code render()} returns a {@link org.copse.web.charts.Chart}: the
 * SVG string (emit unescaped, e.g. Thymeleaf {@code th:utext}) and a {@link org.copse.web.charts.DataTable}
 * with the same figures (render it as the picture's text alternative). Rendering is pure and deterministic.
 *
 * <p>What every picture guarantees: {@code role="img"} with {@code <title>} and {@code <desc>} named by
 * {@code aria-labelledby}; a {@code viewBox} and no fixed size (scale with CSS
 * {@code svg.copse-chart { width: 100%; height: auto; }}); text at 4.5:1 and marks at 3:1 contrast on its own
 * white background ({@link org.copse.web.charts.Palette}); colour never alone (dash patterns, marker shapes,
 * direct labels); every user-supplied string escaped. Ids must be unique on the page and match
 * {@code [A-Za-z][A-Za-z0-9_-]*}.
 */
@NullMarked
package org.copse.web.charts;

import org.jspecify.annotations.NullMarked;
