package org.copse.web.community;

import java.util.Set;
import org.copse.index.AccessScope;
import org.copse.index.Directory;
import org.copse.index.Membership;
import org.copse.web.community.CommunityOverview.Overview;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /communities/{id}}: a community's top topics, top contributors, good practice and recent activity,
 * with a link to search it (and, for its facilitators, to its health and search insights pages). A community the viewer cannot read is a 404, the same as one that does not exist.
 */
@Controller
class CommunityPageController {
  static final int GOOD_PRACTICE = 5;

  private final CommunityOverview overviews;
  private final GoodPractice goodPractice;
  private final Directory directory;

  CommunityPageController(CommunityOverview overviews, GoodPractice goodPractice, Directory directory) {
    this.overviews = overviews;
    this.goodPractice = goodPractice;
    this.directory = directory;
  }

  @GetMapping("/communities/{id}")
  String community(@PathVariable String id, AccessScope scope, Model model) {
    Overview overview = overviews.of(id, scope);
    model.addAttribute("overview", overview);
    model.addAttribute("topicMap", CommunityPictures.topicMap(overview));
    model.addAttribute("activity", CommunityPictures.weeklyActivity(overview));
    AccessScope only = new AccessScope(scope.viewerId(), Set.of(overview.community().id()));
    model.addAttribute("goodPractice", goodPractice.recent(only, GOOD_PRACTICE));
    model.addAttribute("facilitator", directory.membershipsOf(scope.viewerId()).stream().anyMatch(m ->
        m.communityId().equals(overview.community().id()) && m.role() == Membership.Role.FACILITATOR));
    return "community";
  }
}
