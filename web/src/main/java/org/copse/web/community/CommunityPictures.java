package org.copse.web.community;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.copse.web.charts.Chart;
import org.copse.web.charts.Series;
import org.copse.web.charts.Term;
import org.copse.web.charts.TimeSeriesChart;
import org.copse.web.charts.TopicMap;
import org.copse.web.community.CommunityOverview.Overview;
import org.copse.web.community.CommunityOverview.WeeklyActivity;

/** The pictures of a community page, made from what the viewer may see of it. */
final class CommunityPictures {
  static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
  static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private CommunityPictures() {
  }

  static Chart topicMap(Overview overview) {
    List<Term> terms = overview.topics().stream().map(t -> new Term(t.value(), t.count())).toList();
    return new TopicMap("community-topics", "Top topics in " + overview.community().name(),
        "The " + terms.size() + " tags most used in this community, set larger the more contributions carry them.",
        terms).render();
  }

  static Chart weeklyActivity(Overview overview) {
    WeeklyActivity activity = overview.activity();
    List<String> periods = activity.weeks().stream().map(SHORT::format).toList();
    List<Series> series = new ArrayList<>();
    for (Map.Entry<String, List<Long>> group : activity.counts().entrySet()) {
      series.add(Series.of(group.getKey(), group.getValue().stream().mapToLong(Long::longValue).toArray()));
    }
    String description = activity.weeks().isEmpty() ? "There are no contributions to count yet."
        : "Contributions per week in the " + activity.weeks().size() + " weeks from "
            + LONG.format(activity.weeks().get(0)) + " to the week of the latest contribution, starting "
            + LONG.format(last(activity.weeks())) + ". Discussions are forum questions and answers, documents"
            + " include wiki pages, blogs include their comments.";
    return new TimeSeriesChart("community-activity", "Weekly activity", description, "Week starting",
        "Contributions", periods, series).render();
  }

  private static LocalDate last(List<LocalDate> weeks) {
    return weeks.get(weeks.size() - 1);
  }
}
