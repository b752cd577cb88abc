package org.copse.web.facilitation.app;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copse.index.Community;
import org.copse.index.ContributionKind;
import org.copse.index.Directory;
import org.copse.index.InvalidQueryException;
import org.copse.web.digest.IsoWeek;
import org.copse.web.facilitation.CommunityHealth;
import org.copse.web.facilitation.HealthReport;
import org.copse.web.facilitation.KnowledgeGaps;
import org.copse.web.facilitation.SearchInsights;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The figures the health and insights pages and their API share, for a community the caller already checked. */
@Component
class Figures {
  static final int LIST_SIZE = 10;
  static final int MAX_WEEKS = 104;

  /**
   * Search insights for a community.
   *
   * @param k the threshold below which nothing is shown
   * @param from first week covered
   * @param to last week covered
   * @param weekly searches and empty searches per week (0 below k)
   * @param topSearches most frequent searches
   * @param noResultSearches most frequent searches that found nothing
   * @param knowledgeGaps topics searched or asked about with no visible expert
   */
  record Insights(String communityId, int k, String from, String to, List<SearchInsights.WeekCount> weekly,
      List<SearchInsights.QueryCount> topSearches, List<SearchInsights.QueryCount> noResultSearches,
      List<KnowledgeGaps.Gap> knowledgeGaps) {}

  private final CommunityHealth health;
  private final SearchInsights insights;
  private final KnowledgeGaps gaps;
  private final Directory directory;

  Figures(CommunityHealth health, SearchInsights insights, KnowledgeGaps gaps, Directory directory) {
    this.health = health;
    this.insights = insights;
    this.gaps = gaps;
    this.directory = directory;
  }

  HealthReport health(String communityId) {
    return health.report(communityId);
  }

  Insights insights(String communityId, @Nullable String weeksParameter) {
    int weeks = weeks(weeksParameter, health.settings().weeks());
    IsoWeek to = IsoWeek.containing(Clock.systemUTC().instant());
    IsoWeek from = to;
    for (int i = 1; i < weeks; i++) {
      from = from.previous();
    }
    List<SearchInsights.QueryCount> top = insights.topSearches(communityId, from, to, LIST_SIZE);
    List<SearchInsights.QueryCount> none = insights.noResultSearches(communityId, from, to, LIST_SIZE);
    List<SearchInsights.QueryCount> asked = new java.util.ArrayList<>(none);
    asked.addAll(top);
    List<KnowledgeGaps.Gap> found = gaps.find(communityId, asked,
        health.unanswered(communityId, Clock.systemUTC().instant()), LIST_SIZE);
    return new Insights(communityId, insights.k(), from.toString(), to.toString(),
        insights.weekly(communityId, from, to), top, none, found);
  }

  String communityName(String communityId) {
    return directory.community(communityId).map(Community::name).orElse(communityId);
  }

  /** Activity per week, by kind label, for the chart. */
  static Map<String, List<Long>> activitySeries(HealthReport report) {
    Map<String, List<Long>> series = new LinkedHashMap<>();
    for (ContributionKind kind : ContributionKind.values()) {
      List<Long> values = report.activity().get(kind);
      if (values != null && values.stream().anyMatch(v -> v > 0)) {
        series.put(kind.label(), values);
      }
    }
    return series;
  }

  static int weeks(@Nullable String text, int absent) {
    if (text == null || text.isBlank()) {
      return absent;
    }
    try {
      int value = Integer.parseInt(text.strip());
      if (value >= 1 && value <= MAX_WEEKS) {
        return value;
      }
    } catch (NumberFormatException e) {
      // the same answer as a number out of range, below
    }
    throw new InvalidQueryException("weeks", "weeks must be a whole number from 1 to " + MAX_WEEKS);
  }
}
