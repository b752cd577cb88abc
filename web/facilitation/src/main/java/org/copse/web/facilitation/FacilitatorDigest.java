package org.copse.web.facilitation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.copse.index.Community;
import org.copse.index.Directory;
import org.copse.index.Membership;
import org.copse.web.digest.DigestPeriod;
import org.copse.web.digest.FacilitatorNote;
import org.copse.web.digest.FacilitatorSummaries;
import org.copse.web.digest.Frequency;
import org.copse.web.digest.GoodPracticeMarks;
import org.copse.web.digest.IsoWeek;

/**
 * What facilitation adds to the digest: good-practice marks, and for facilitators (and organisation
 * admins) a weekly line per community they look after: unanswered questions and the searches that
 * found nothing that week (above the k threshold, like the insights page). Thread safe.
 */
public final class FacilitatorDigest implements FacilitatorSummaries, GoodPracticeMarks {
  static final int SEARCHES_LISTED = 3;

  private final Directory directory;
  private final Organisations organisations;
  private final CommunityHealth health;
  private final SearchInsights insights;
  private final Curation curation;

  public FacilitatorDigest(Directory directory, Organisations organisations, CommunityHealth health,
      SearchInsights insights, Curation curation) {
    this.directory = directory;
    this.organisations = organisations;
    this.health = health;
    this.insights = insights;
    this.curation = curation;
  }

  @Override
  public boolean isMarked(String contributionId) {
    return curation.snapshot().goodPractice().contains(contributionId);
  }

  @Override
  public List<String> markedBetween(Instant from, Instant to) {
    return curation.markedBetween(from, to).stream().map(Curation.Mark::contributionId).toList();
  }

  @Override
  public List<FacilitatorNote> summaryFor(String memberId, DigestPeriod period) {
    if (period.frequency() != Frequency.WEEKLY) {
      return List.of();
    }
    IsoWeek week = IsoWeek.containing(period.startInstant());
    List<FacilitatorNote> notes = new ArrayList<>();
    for (String communityId : lookedAfterBy(memberId)) {
      String name = directory.community(communityId).map(Community::name).orElse(communityId);
      List<HealthReport.UnansweredQuestion> unanswered = health.unanswered(communityId, period.endInstant());
      List<SearchInsights.QueryCount> none = insights.noResultSearches(communityId, week, week, SEARCHES_LISTED);
      if (unanswered.isEmpty() && none.isEmpty()) {
        continue;
      }
      notes.add(new FacilitatorNote(communityId, name, text(unanswered, none),
          "/communities/" + communityId + "/health"));
    }
    return notes;
  }

  private Set<String> lookedAfterBy(String memberId) {
    Set<String> communities = new TreeSet<>();
    directory.membershipsOf(memberId).stream().filter(m -> m.role() == Membership.Role.FACILITATOR)
        .map(Membership::communityId).forEach(communities::add);
    for (String organisation : organisations.administeredBy(memberId)) {
      organisations.find(organisation).ifPresent(o -> communities.addAll(o.communityIds()));
    }
    return communities;
  }

  static String text(List<HealthReport.UnansweredQuestion> unanswered, List<SearchInsights.QueryCount> none) {
    List<String> parts = new ArrayList<>();
    if (!unanswered.isEmpty()) {
      long oldest = unanswered.stream().mapToLong(HealthReport.UnansweredQuestion::ageDays).max().orElse(0);
      parts.add(unanswered.size() + (unanswered.size() == 1 ? " unanswered question" : " unanswered questions")
          + ", the oldest waiting " + oldest + (oldest == 1 ? " day" : " days"));
    }
    if (!none.isEmpty()) {
      parts.add("searches that found nothing: " + none.stream().map(q -> "\"" + q.query() + "\" (" + q.searches() + ")")
          .collect(Collectors.joining(", ")));
    }
    return String.join("; ", parts);
  }
}
