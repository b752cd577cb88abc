package org.copse.web.community;

import org.copse.index.AccessScope;
import org.copse.web.community.CommunityOverview.Overview;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /communities/{id}}: a community's top topics, top contributors and recent activity, with a link to
 * search it. A community the viewer cannot read is a 404, the same as one that does not exist.
 */
@Controller
class CommunityPageController {
  private final CommunityOverview overviews;

  CommunityPageController(CommunityOverview overviews) {
    this.overviews = overviews;
  }

  @GetMapping("/communities/{id}")
  String community(@PathVariable String id, AccessScope scope, Model model) {
    Overview overview = overviews.of(id, scope);
    model.addAttribute("overview", overview);
    model.addAttribute("topicMap", CommunityPictures.topicMap(overview));
    model.addAttribute("activity", CommunityPictures.weeklyActivity(overview));
    return "community";
  }
}
