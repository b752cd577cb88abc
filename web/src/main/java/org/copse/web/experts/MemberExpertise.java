package org.copse.web.experts;

import java.util.List;
import org.copse.expertise.rank.ExpertFinder;
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
  public record Profile(String memberId, String name, List<org.copse.expertise.rank.TopicWeight> topics,
      List<Contribution> contributions, List<PeerView> peers) {}

  /** One of the member's visible contributions. */
  public record Contribution(String id, String title, String kind, String community, String date) {}

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

  private List<Contribution> contributions(String memberId, AccessScope viewer) {
    SearchRequest request = SearchRequest.of(UserQuery.parse("author:\"" + memberId.replace("\"", "") + "\""), viewer)
        .withSort(SortOrder.NEWEST).withPage(0, PROFILE_CONTRIBUTIONS);
    return index.search(request).hits().stream().map(hit -> new Contribution(hit.id(), hit.title(), hit.kind().label(),
        directory.community(hit.communityId()).map(org.copse.index.Community::name).orElse(hit.communityId()),
        hit.created().toString().substring(0, 10))).toList();
  }

  private void requireMember(String memberId) {
    if (directory.member(memberId).isEmpty()) {
      throw new NotFoundException("There is no member with this id.");
    }
  }
}
