package org.copse.web.community;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copse.index.AccessScope;
import org.copse.index.Community;
import org.copse.index.ContributionKind;
import org.copse.index.Directory;
import org.copse.index.FacetCount;
import org.copse.index.Member;
import org.copse.index.SearchField;
import org.copse.index.SearchHit;
import org.copse.index.SearchIndex;
import org.copse.index.SearchRequest;
import org.copse.index.SearchResult;
import org.copse.index.SortOrder;
import org.copse.index.query.UserQuery;
import org.copse.web.search.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * One community as one viewer may see it: its most used topics (tags), most active contributors, latest
 * contributions and contributions per week. Every search runs in a scope narrowed to this one community,
 * and only after the viewer's own scope was found to include it.
 */
@Component
public class CommunityOverview {
  static final int TOPICS = 20;
  static final int CONTRIBUTORS = 8;
  static final int RECENT = 10;
  static final int WEEKS = 26;

  /**
   * The series of the weekly activity picture: kinds of contribution grouped as readers think of them
   * (discussions are forum questions and answers, documents include wiki pages, blogs include comments).
   */
  static final Map<String, Set<ContributionKind>> ACTIVITY_GROUPS = activityGroups();

  private final SearchIndex index;
  private final Directory directory;

  CommunityOverview(SearchIndex index, Directory directory) {
    this.index = index;
    this.directory = directory;
  }

  /**
   * What the viewer may see of a community.
   *
   * @param community the community
   * @param total how many contributions it holds
   * @param topics its most used tags with how many contributions carry each, most used first
   * @param contributors its most active members, most contributions first
   * @param recent its latest contributions, newest first
   * @param activity contributions per week, oldest week first
   */
  public record Overview(Community community, long total, List<FacetCount> topics, List<Contributor> contributors,
      List<Recent> recent, WeeklyActivity activity) {}

  /** A member and how many of the community's contributions credit them. */
  public record Contributor(String memberId, String name, long contributions) {}

  /** One of the latest contributions. */
  public record Recent(String id, String title, String kind, List<Contributor> authors, LocalDate date) {}

  /**
   * Contributions per week (weeks start on Monday, UTC) for the {@link #WEEKS} weeks up to the week of the
   * latest contribution, per group of {@link #ACTIVITY_GROUPS}.
   *
   * @param weeks the first day of each week, oldest first; empty when the community has no contributions
   * @param counts per group name, one count per week
   */
  public record WeeklyActivity(List<LocalDate> weeks, Map<String, List<Long>> counts) {}

  /**
   * @throws NotFoundException when there is no such community or the viewer may not read it (the same
   *     answer for both, so the two cannot be told apart)
   */
  public Overview of(String communityId, AccessScope viewer) {
    Community community = directory.community(communityId).filter(c -> viewer.canRead(c.id()))
        .orElseThrow(() -> new NotFoundException("There is no community with this id that you can read."));
    AccessScope only = new AccessScope(viewer.viewerId(), Set.of(community.id()));
    SearchResult latest = index.search(new SearchRequest(UserQuery.all(), only, SortOrder.NEWEST, 0, RECENT,
        Set.of(SearchField.TAG, SearchField.AUTHOR), TOPICS, false, false));
    Map<String, String> names = new LinkedHashMap<>();
    List<Contributor> contributors = latest.facet(SearchField.AUTHOR).map(f -> f.counts().stream()
        .limit(CONTRIBUTORS).map(c -> new Contributor(c.value(), name(c.value(), names), c.count())).toList())
        .orElse(List.of());
    List<Recent> recent = latest.hits().stream().map(hit -> recent(hit, names)).toList();
    WeeklyActivity activity = latest.hits().isEmpty() ? new WeeklyActivity(List.of(), Map.of())
        : weekly(only, latest.hits().get(0).created());
    return new Overview(community, latest.totalHits(),
        latest.facet(SearchField.TAG).map(f -> f.counts()).orElse(List.of()), contributors, recent, activity);
  }

  private WeeklyActivity weekly(AccessScope only, Instant newest) {
    LocalDate lastWeek = newest.atZone(ZoneOffset.UTC).toLocalDate()
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    List<LocalDate> weeks = new ArrayList<>();
    Map<String, List<Long>> counts = new LinkedHashMap<>();
    ACTIVITY_GROUPS.keySet().forEach(group -> counts.put(group, new ArrayList<>()));
    for (int w = WEEKS - 1; w >= 0; w--) {
      LocalDate start = lastWeek.minusWeeks(w);
      weeks.add(start);
      UserQuery week = new UserQuery(List.of(), List.of(), List.of(), start, start.plusWeeks(1), "");
      SearchResult result = index.search(SearchRequest.of(week, only).withPage(0, 1).withGrouping(false)
          .withHighlight(false).withFacets(Set.of(SearchField.TYPE)));
      Map<String, Long> byKind = new LinkedHashMap<>();
      result.facet(SearchField.TYPE).ifPresent(f -> f.counts().forEach(c -> byKind.put(c.value(), c.count())));
      ACTIVITY_GROUPS.forEach((group, kinds) -> counts.get(group).add(
          kinds.stream().mapToLong(kind -> byKind.getOrDefault(kind.code(), 0L)).sum()));
    }
    return new WeeklyActivity(weeks, counts);
  }

  private Recent recent(SearchHit hit, Map<String, String> names) {
    List<Contributor> authors = hit.authorIds().stream().map(id -> new Contributor(id, name(id, names), 0)).toList();
    return new Recent(hit.id(), hit.title(), hit.kind().label(), authors,
        hit.created().atZone(ZoneOffset.UTC).toLocalDate());
  }

  private String name(String memberId, Map<String, String> names) {
    return names.computeIfAbsent(memberId, id -> directory.member(id).map(Member::displayName).orElse(id));
  }

  private static Map<String, Set<ContributionKind>> activityGroups() {
    Map<String, Set<ContributionKind>> groups = new LinkedHashMap<>();
    groups.put("Discussions", EnumSet.of(ContributionKind.FORUM_QUESTION, ContributionKind.FORUM_ANSWER));
    groups.put("Documents", EnumSet.of(ContributionKind.LIBRARY_DOCUMENT, ContributionKind.WIKI_PAGE));
    groups.put("Blogs", EnumSet.of(ContributionKind.BLOG_POST, ContributionKind.COMMENT));
    return groups;
  }
}
