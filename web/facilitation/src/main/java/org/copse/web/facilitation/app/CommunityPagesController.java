package org.copse.web.facilitation.app;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copse.index.Community;
import org.copse.index.Contribution;
import org.copse.index.Directory;
import org.copse.web.facilitation.Curation;
import org.copse.web.facilitation.FacilitationAccess;
import org.copse.web.facilitation.HealthReport;
import org.copse.web.facilitation.Invitations;
import org.copse.web.facilitation.Organisations;
import org.copse.web.facilitation.Viewer;
import org.copse.web.facilitation.WhoToAsk;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Facilitators' pages for one community: health, search insights, who to ask about a question, and
 * their actions (good practice, pins, invitations). Every handler starts with {@link Guard#requireFacilitator}.
 */
@Controller
class CommunityPagesController {
  private final Guard guard;
  private final Figures figures;
  private final WhoToAsk whoToAsk;
  private final Curation curation;
  private final Invitations invitations;
  private final Directory directory;
  private final Organisations organisations;

  CommunityPagesController(Guard guard, Figures figures, WhoToAsk whoToAsk, Curation curation,
      Invitations invitations, Directory directory, Organisations organisations) {
    this.guard = guard;
    this.figures = figures;
    this.whoToAsk = whoToAsk;
    this.curation = curation;
    this.invitations = invitations;
    this.directory = directory;
    this.organisations = organisations;
  }

  /** A community the viewer can act for, with how many questions wait for an answer. */
  record CommunityLink(String id, String name, String why) {}

  @GetMapping("/facilitation")
  String index(HttpServletRequest request, Model model) {
    Viewer viewer = Guard.viewer(request);
    FacilitationAccess access = guard.access();
    List<CommunityLink> communities = directory.communities().stream()
        .filter(c -> access.decide(viewer, c.id()) == FacilitationAccess.Decision.ALLOWED)
        .map(c -> new CommunityLink(c.id(), c.name(), why(viewer, c))).toList();
    model.addAttribute("communities", communities);
    model.addAttribute("organisations", viewer.siteAdmin() ? organisations.all()
        : organisations.administeredBy(viewer.memberId()).stream().flatMap(id -> organisations.find(id).stream()).toList());
    return "facilitation/index";
  }

  @GetMapping("/communities/{id}/health")
  String health(@PathVariable String id, HttpServletRequest request, Model model) {
    guard.requireFacilitator(request, id);
    HealthReport report = figures.health(id);
    model.addAttribute("community", figures.communityName(id));
    model.addAttribute("communityId", id);
    model.addAttribute("report", report);
    Map<String, List<Long>> activity = Figures.activitySeries(report);
    model.addAttribute("activity", activity);
    model.addAttribute("activityChart", SvgCharts.stackedBars("activity", "Contributions per week by kind",
        report.weeks(), activity));
    Map<String, List<Long>> members = new LinkedHashMap<>();
    members.put("Active members", report.activeMembers());
    members.put("New members", report.newMembers());
    model.addAttribute("membersChart", SvgCharts.lines("members", "Active and new members per week", report.weeks(),
        members));
    model.addAttribute("goodPractice", curation.goodPractice(id));
    model.addAttribute("pins", curation.pins(id));
    model.addAttribute("invitations", invitations.ofCommunity(id));
    return "facilitation/health";
  }

  @GetMapping("/communities/{id}/insights")
  String insights(@PathVariable String id, @RequestParam(required = false) @Nullable String weeks,
      HttpServletRequest request, Model model) {
    guard.requireFacilitator(request, id);
    Figures.Insights insights = figures.insights(id, weeks);
    model.addAttribute("community", figures.communityName(id));
    model.addAttribute("communityId", id);
    model.addAttribute("insights", insights);
    Map<String, List<Long>> series = new LinkedHashMap<>();
    series.put("Searches", insights.weekly().stream().map(w -> w.searches()).toList());
    series.put("With no results", insights.weekly().stream().map(w -> w.noResults()).toList());
    model.addAttribute("searchChart", SvgCharts.lines("searches", "Searches per week",
        insights.weekly().stream().map(w -> w.week()).toList(), series));
    return "facilitation/insights";
  }

  @GetMapping("/communities/{id}/questions/{questionId}/who-to-ask")
  String whoToAsk(@PathVariable String id, @PathVariable String questionId, HttpServletRequest request, Model model) {
    Viewer viewer = guard.requireFacilitator(request, id);
    Contribution question = guard.questionIn(id, questionId);
    model.addAttribute("community", figures.communityName(id));
    model.addAttribute("communityId", id);
    model.addAttribute("question", question);
    model.addAttribute("candidates", whoToAsk.candidates(question, guard.scope(viewer), 10));
    model.addAttribute("members", memberIds(id));
    return "facilitation/who-to-ask";
  }

  @PostMapping("/communities/{id}/questions/{questionId}/ask")
  String ask(@PathVariable String id, @PathVariable String questionId,
      @RequestParam(defaultValue = "3") int count, HttpServletRequest request, Model model) {
    Viewer viewer = guard.requireFacilitator(request, id);
    Contribution question = guard.questionIn(id, questionId);
    List<WhoToAsk.Asked> asked = whoToAsk.ask(question, guard.scope(viewer), viewer.memberId(), count);
    model.addAttribute("community", figures.communityName(id));
    model.addAttribute("communityId", id);
    model.addAttribute("question", question);
    model.addAttribute("asked", asked);
    model.addAttribute("candidates", whoToAsk.candidates(question, guard.scope(viewer), 10));
    model.addAttribute("members", memberIds(id));
    return "facilitation/who-to-ask";
  }

  @PostMapping("/communities/{id}/good-practice")
  String goodPractice(@PathVariable String id, @RequestParam String contributionId,
      @RequestParam(defaultValue = "false") boolean remove, HttpServletRequest request) {
    Viewer viewer = guard.requireFacilitator(request, id);
    guard.contributionIn(id, contributionId, Guard.NO_CONTRIBUTION);
    if (remove) {
      curation.unmarkGoodPractice(contributionId);
    } else {
      curation.markGoodPractice(contributionId, id, viewer.memberId());
    }
    return "redirect:/communities/" + id + "/health#curation";
  }

  @PostMapping("/communities/{id}/pins")
  String pin(@PathVariable String id, @RequestParam String query,
      @RequestParam(required = false) @Nullable String contributionId,
      @RequestParam(defaultValue = "false") boolean remove, HttpServletRequest request) {
    Viewer viewer = guard.requireFacilitator(request, id);
    if (remove) {
      curation.unpin(id, query);
    } else {
      if (contributionId == null || contributionId.isBlank()) {
        throw new IllegalArgumentException("say which contribution to pin");
      }
      guard.contributionIn(id, contributionId.strip(), Guard.NO_CONTRIBUTION);
      curation.pin(id, query, contributionId.strip(), viewer.memberId());
    }
    return "redirect:/communities/" + id + "/health#curation";
  }

  @PostMapping("/communities/{id}/invitations")
  String invite(@PathVariable String id, @RequestParam String memberId, HttpServletRequest request) {
    Viewer viewer = guard.requireFacilitator(request, id);
    invitations.invite(id, memberId.strip(), viewer.memberId());
    return "redirect:/communities/" + id + "/health#invitations";
  }

  private java.util.Set<String> memberIds(String communityId) {
    return directory.membersOf(communityId).stream().map(org.copse.index.Membership::memberId)
        .collect(java.util.stream.Collectors.toSet());
  }

  private String why(Viewer viewer, Community community) {
    if (guard.access().facilitates(viewer.memberId(), community.id())) {
      return "you facilitate it";
    }
    return organisations.administersCommunity(viewer.memberId(), community.id())
        ? "you administer its organisation" : "you are a site admin";
  }
}
