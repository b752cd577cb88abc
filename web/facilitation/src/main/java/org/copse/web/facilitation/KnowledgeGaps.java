package org.copse.web.facilitation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copse.expertise.rank.ExpertFinder;
import org.copse.expertise.rank.ExpertQuery;
import org.copse.index.AccessScope;
import org.copse.index.InvalidQueryException;
import org.copse.index.SearchIndex;
import org.copse.index.SearchRequest;
import org.copse.index.query.UserQuery;

/**
 * Topics people in a community search or ask about for which no expert is visible: the searches
 * shown in insights (so already above the k threshold) and the tags of unanswered questions. A topic
 * is a gap when none of the community's contributions matches all its words (so nobody can have
 * written about it there), or the expertise ranking over the community's content finds nobody.
 * Thread safe.
 */
public final class KnowledgeGaps {
  /** Where a gap was seen. */
  public enum Source { SEARCH, QUESTION }

  /** A topic with nobody to ask; {@code demand} counts searches, or unanswered questions with the tag. */
  public record Gap(String topic, Source source, long demand) {}

  private final ExpertFinder finder;
  private final SearchIndex index;

  public KnowledgeGaps(ExpertFinder finder, SearchIndex index) {
    this.finder = finder;
    this.index = index;
  }

  public List<Gap> find(String communityId, List<SearchInsights.QueryCount> searches,
      List<HealthReport.UnansweredQuestion> unanswered, int limit) {
    Map<String, Gap> topics = new LinkedHashMap<>();
    searches.forEach(s -> topics.putIfAbsent(s.query(), new Gap(s.query(), Source.SEARCH, s.searches())));
    Map<String, Long> tags = new LinkedHashMap<>();
    unanswered.forEach(q -> q.tags().forEach(t -> tags.merge(t, 1L, Long::sum)));
    tags.forEach((tag, n) -> topics.putIfAbsent(tag, new Gap(tag, Source.QUESTION, n)));
    AccessScope community = AccessScope.of("facilitation:gaps", communityId);
    List<Gap> gaps = new ArrayList<>();
    for (Gap gap : topics.values()) {
      if (gaps.size() == limit) {
        break;
      }
      if (noExpert(gap.topic(), community)) {
        gaps.add(gap);
      }
    }
    return gaps;
  }

  private boolean noExpert(String topic, AccessScope community) {
    try {
      SearchRequest allWords = SearchRequest.of(UserQuery.parse(topic), community).withPage(0, 1)
          .withFacets(Set.of()).withHighlight(false);
      return index.search(allWords).totalHits() == 0
          || finder.experts(ExpertQuery.ofText(topic, List.of()), community, 1).isEmpty();
    } catch (InvalidQueryException e) {
      return false; // nothing searchable in it (only stop words): not a topic
    }
  }
}
