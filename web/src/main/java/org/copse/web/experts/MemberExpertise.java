package org.copse.web.experts;

import java.util.ArrayList;
import java.util.List;
import org.copse.expertise.rank.ExpertFinder;
import org.copse.expertise.rank.ExpertQuery;
import org.copse.expertise.rank.TopicWeight;
import org.copse.index.AccessScope;
import org.copse.index.Directory;
import org.copse.index.SearchIndex;
import org.copse.index.SearchRequest;
import org.copse.index.SortOrder;
import org.copse.index.query.UserQuery;
import org.copse.web.experts.ExpertViews.PeerView;
import org.copse.web.search.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * A member's expertise as one viewer may see it: topics with weights, recent visible contributions,
 * peers. Shared by the member page, the API and the command line.
 */
@Component
public class MemberExpertise {
  /** Topics, contributions and peers a profile shows. */
  public static final int PROFILE_TOPICS = 10;
  public static final int PROFILE_CONTRIBUTIONS = 5;
  public static final int PROFILE_PEERS = 5;
  /** How many of the viewer's own topics the home page finds experts for, and how many for each. */
  public static final int HOME_AREAS = 3;
  public static final int HOME_EXPERTS_PER_AREA = 3;

  private final ExpertFinder finder;
  private final SearchIndex index;
  private final Directory directory;

  MemberExpertise(ExpertFinder finder, SearchIndex index, Directory directory) {
    this.finder = finder;
    this.index = index;
    this.directory = directory;
  }

  /**
   * A member's profile.
   *
   * @param topics their strongest visible topics with weights
   * @param contributions their most recent contributions the viewer may read
   */
  public record Profile(String memberId, String name, List<TopicWeight> topics,
      List<Contribution> contributions, List<PeerView> peers) {}

  /** One of the member's visible contributions. */
  public record Contribution(String id, String title, String kind, String community, String date,
      String communityId) {}

  /** Experts on one of the viewer's own topics. */
  public record AreaExperts(String topic, List<Person> experts) {}

  /** A member, by id and name. */
  public record Person(String memberId, String name) {}

  /** @throws NotFoundException for a member the directory does not know */
  public Profile profile(String memberId, AccessScope viewer) {
    requireMember(memberId);
    ExpertViews views = new ExpertViews(directory);
    return new Profile(memberId, views.member(memberId), finder.profile(memberId, viewer, PROFILE_TOPICS),
        contributions(memberId, viewer), peers(memberId, viewer, PROFILE_PEERS));
  }

  /** @throws NotFoundException for a member the directory does not know */
  public List<PeerView> peers(String memberId, AccessScope viewer, int limit) {
    requireMember(memberId);
    ExpertViews views = new ExpertViews(directory);
    return finder.peers(memberId, viewer, limit).stream().map(views::peer).toList();
  }

  /**
   * Experts, other than the viewer, on each of the viewer's strongest visible topics: the home page's
   * "experts in your areas". Empty when the viewer has no visible expertise yet.
   */
  public List<AreaExperts> expertsInAreasOf(AccessScope viewer) {
    if (directory.member(viewer.viewerId()).isEmpty() || viewer.isEmpty()) {
      return List.of();
    }
    ExpertViews views = new ExpertViews(directory);
    List<AreaExperts> areas = new ArrayList<>();
    for (TopicWeight area : finder.profile(viewer.viewerId(), viewer, HOME_AREAS)) {
      // the topic as free text: topics are normalised words, never query syntax
      List<Person> experts = finder.experts(ExpertQuery.ofText(area.topic(), List.of()), viewer,
              HOME_EXPERTS_PER_AREA + 1).stream()
          .filter(expert -> !expert.memberId().equals(viewer.viewerId()))
          .limit(HOME_EXPERTS_PER_AREA)
          .map(expert -> new Person(expert.memberId(), views.member(expert.memberId())))
          .toList();
      if (!experts.isEmpty()) {
        areas.add(new AreaExperts(area.topic(), experts));
      }
    }
    return areas;
  }

  private List<Contribution> contributions(String memberId, AccessScope viewer) {
    SearchRequest request = SearchRequest.of(UserQuery.parse("author:\"" + memberId.replace("\"", "") + "\""), viewer)
        .withSort(SortOrder.NEWEST).withPage(0, PROFILE_CONTRIBUTIONS);
    return index.search(request).hits().stream().map(hit -> new Contribution(hit.id(), hit.title(), hit.kind().label(),
        directory.community(hit.communityId()).map(org.copse.index.Community::name).orElse(hit.communityId()),
        hit.created().toString().substring(0, 10), hit.communityId())).toList();
  }

  private void requireMember(String memberId) {
    if (directory.member(memberId).isEmpty()) {
      throw new NotFoundException("There is no member with this id.");
    }
  }
}
