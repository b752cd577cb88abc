package org.copse.web.experts;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.copse.expertise.rank.ExpertFinder;
import org.copse.index.AccessScope;
import org.copse.index.Directory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/** {@code /experts?topic=}: who knows about a topic, with evidence; {@code /members/{id}}: a member's expertise. */
@Controller
class ExpertsPageController {
  static final int EXPERTS_PER_PAGE = 10;

  private final ExpertFinder finder;
  private final MemberExpertise members;
  private final Directory directory;
  private final JdbcExpertPreferences preferences;

  ExpertsPageController(ExpertFinder finder, MemberExpertise members, Directory directory,
      JdbcExpertPreferences preferences) {
    this.preferences = preferences;
    this.finder = finder;
    this.members = members;
    this.directory = directory;
  }

  @GetMapping("/experts")
  String experts(@RequestParam(required = false) @Nullable String topic, AccessScope scope, Model model) {
    String typed = topic == null ? "" : topic.strip();
    model.addAttribute("topic", typed);
    if (!typed.isEmpty()) {
      ExpertViews views = new ExpertViews(directory);
      List<ExpertViews.ExpertView> experts = finder.experts(typed, scope, EXPERTS_PER_PAGE).stream()
          .map(views::expert).toList();
      model.addAttribute("experts", experts);
      if (!experts.isEmpty()) {
        model.addAttribute("graph", ExpertPictures.network(typed, experts));
      }
    }
    return "experts";
  }

  @GetMapping("/members/{id}")
  String member(@PathVariable String id, AccessScope scope, Model model) {
    MemberExpertise.Profile profile = members.profile(id, scope);
    model.addAttribute("profile", profile);
    model.addAttribute("topicsChart", ExpertPictures.topics(profile));
    boolean self = id.equals(scope.viewerId());
    model.addAttribute("self", self);
    model.addAttribute("optedOut", self && preferences.optedOut(id));
    return "member";
  }

  /** The viewer's own choice whether to be suggested as an expert; counts from the next ranking. */
  @PostMapping("/members/me/expertise")
  String expertise(@RequestParam(defaultValue = "false") boolean suggest, AccessScope scope) {
    if (suggest) {
      preferences.optIn(scope.viewerId(), JdbcExpertPreferences.EVERYWHERE);
    } else {
      preferences.optOut(scope.viewerId(), JdbcExpertPreferences.EVERYWHERE);
    }
    return "redirect:/members/" + UriUtils.encodePathSegment(scope.viewerId(), StandardCharsets.UTF_8);
  }
}
