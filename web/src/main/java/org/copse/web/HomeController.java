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
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: a search box and the communities the viewer may read. */
@Controller
class HomeController {
  private final Directory directory;

  HomeController(Directory directory) {
    this.directory = directory;
  }

  /** A readable community and the viewer's role in it, if any. */
  record CommunityView(String id, String name, String description, String organisation, boolean membersOnly,
      String role) {}

  @GetMapping("/")
  String home(AccessScope scope, Principal viewer, Model model) {
    Map<String, Membership.Role> roles = directory.membershipsOf(viewer.getName()).stream()
        .collect(Collectors.toMap(Membership::communityId, Membership::role));
    List<CommunityView> communities = directory.communities().stream()
        .filter(c -> scope.canRead(c.id()))
        .map(c -> view(c, roles.get(c.id())))
        .toList();
    model.addAttribute("viewer", directory.member(viewer.getName()).map(Member::displayName).orElse(viewer.getName()));
    model.addAttribute("communities", communities);
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
