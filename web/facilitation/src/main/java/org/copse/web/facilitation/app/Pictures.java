package org.copse.web.facilitation.app;

import java.util.List;
import java.util.Map;
import org.copse.web.charts.Chart;
import org.copse.web.charts.Series;
import org.copse.web.charts.TimeSeriesChart;

/** The pictures of facilitation's pages, drawn with the shared chart renderers (each with its table). */
final class Pictures {
  private Pictures() {}

  /** One line per series over the weeks, oldest first. */
  static Chart weekly(String id, String title, String description, String valueName, List<String> weeks,
      Map<String, List<Long>> series) {
    List<Series> lines = series.entrySet().stream()
        .map(e -> new Series(e.getKey(), e.getValue().stream().map(Long::doubleValue).toList())).toList();
    if (lines.isEmpty()) {
      lines = List.of(new Series(valueName, weeks.stream().map(w -> 0.0).toList()));
    }
    return new TimeSeriesChart(id, title, description, "Week", valueName, weeks, lines).render();
  }
}
