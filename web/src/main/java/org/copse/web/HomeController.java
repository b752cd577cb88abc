package org.copse.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.copse.index.AccessScope;
import org.copse.index.Community;
import org.copse.index.Directory;
import org.copse.index.Member;
import org.copse.index.Membership;
import org.copse.index.Visibility;
import org.copse.web.community.GoodPractice;
import org.copse.web.community.WellRated;
import org.copse.web.experts.MemberExpertise;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: a search box, the viewer's communities (and the other ones they may read), good practice
 * marked by facilitators, recently well-rated content and experts in the viewer's own areas, all within the
 * viewer's scope.
 */
@Controller
class HomeController {
  static final int WELL_RATED = 5;
  static final int GOOD_PRACTICE = 5;

  private final Directory directory;
  private final GoodPractice goodPractice;
  private final WellRated wellRated;
  private final MemberExpertise expertise;

  HomeController(Directory directory, GoodPractice goodPractice, WellRated wellRated, MemberExpertise expertise) {
    this.directory = directory;
    this.goodPractice = goodPractice;
    this.wellRated = wellRated;
    this.expertise = expertise;
  }

  /** A readable community and the viewer's role in it, if any. */
  record CommunityView(String id, String name, String description, String organisation, boolean membersOnly,
      String role) {}

  @GetMapping("/")
  String home(AccessScope scope, Principal viewer, Model model) {
    Map<String, Membership.Role> roles = directory.membershipsOf(viewer.getName()).stream()
        .collect(Collectors.toMap(Membership::communityId, Membership::role));
    List<CommunityView> readable = directory.communities().stream()
        .filter(c -> scope.canRead(c.id()))
        .map(c -> view(c, roles.get(c.id())))
        .toList();
    model.addAttribute("viewer", directory.member(viewer.getName()).map(Member::displayName).orElse(viewer.getName()));
    model.addAttribute("communities", readable.stream().filter(c -> !c.role().isEmpty()).toList());
    model.addAttribute("otherCommunities", readable.stream().filter(c -> c.role().isEmpty()).toList());
    model.addAttribute("goodPractice", goodPractice.recent(scope, GOOD_PRACTICE));
    model.addAttribute("wellRated", wellRated.recent(scope, WELL_RATED));
    model.addAttribute("expertsNearby", expertise.expertsInAreasOf(scope));
    return "home";
  }

  @GetMapping("/sign-in")
  String signIn() {
    return "sign-in";
  }

  private static CommunityView view(Community community, Membership.@Nullable Role role) {
    String label = role == null ? "" : role == Membership.Role.FACILITATOR ? "Facilitator" : "Member";
    return new CommunityView(community.id(), community.name(), community.description(), community.organisation(),
        community.visibility() == Visibility.MEMBERS_ONLY, label);
  }
}
