package org.copse.web.api;

import java.util.List;
import org.copse.expertise.rank.ExpertFinder;
import org.copse.index.AccessScope;
import org.copse.index.Directory;
import org.copse.web.experts.ExpertViews;
import org.copse.web.experts.ExpertViews.ExpertView;
import org.copse.web.experts.ExpertViews.PeerView;
import org.copse.web.experts.MemberExpertise;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The JSON API for experts, member profiles and peers, all scoped to the caller. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
class ExpertsApiController {
  static final int DEFAULT_EXPERTS = 10;
  static final int DEFAULT_PEERS = 5;

  private final ExpertFinder finder;
  private final MemberExpertise members;
  private final Directory directory;

  ExpertsApiController(ExpertFinder finder, MemberExpertise members, Directory directory) {
    this.finder = finder;
    this.members = members;
    this.directory = directory;
  }

  /** Experts on a topic. */
  record Experts(String topic, List<ExpertView> experts) {}

  /** A member's peers. */
  record Peers(String memberId, List<PeerView> peers) {}

  @GetMapping("/experts")
  Experts experts(@RequestParam(required = false) @Nullable String topic, @RequestParam(required = false) @Nullable String limit,
      AccessScope scope) {
    String typed = topic == null ? "" : topic.strip();
    int wanted = SearchApiController.count("limit", limit, DEFAULT_EXPERTS, ExpertFinder.MAX_LIMIT);
    ExpertViews views = new ExpertViews(directory);
    return new Experts(typed, typed.isEmpty() ? List.of()
        : finder.experts(typed, scope, wanted).stream().map(views::expert).toList());
  }

  @GetMapping("/members/{id}/profile")
  MemberExpertise.Profile profile(@PathVariable String id, AccessScope scope) {
    return members.profile(id, scope);
  }

  @GetMapping("/members/{id}/peers")
  Peers peers(@PathVariable String id, @RequestParam(required = false) @Nullable String limit, AccessScope scope) {
    int wanted = SearchApiController.count("limit", limit, DEFAULT_PEERS, ExpertFinder.MAX_LIMIT);
    return new Peers(id, members.peers(id, scope, wanted));
  }
}
