package org.copse.web.facilitation.app;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.copse.index.Contribution;
import org.copse.index.Directory;
import org.copse.web.facilitation.AskPreferences;
import org.copse.web.facilitation.AskPreferencesStore;
import org.copse.web.facilitation.Curation;
import org.copse.web.facilitation.HealthReport;
import org.copse.web.facilitation.Invitations;
import org.copse.web.facilitation.Organisation;
import org.copse.web.facilitation.Viewer;
import org.copse.web.facilitation.WhoToAsk;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Facilitation's JSON API under {@code /api/v1}: the same figures and actions as the pages, with the
 * same checks ({@link Guard}): 404 for a community the caller cannot read, 403 where they can read
 * it but may not act.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
class FacilitationApiController {
  private final Guard guard;
  private final Figures figures;
  private final WhoToAsk whoToAsk;
  private final Curation curation;
  private final Invitations invitations;
  private final AskPreferencesStore preferences;
  private final OrganisationPagesController organisations;
  private final Directory directory;

  FacilitationApiController(Guard guard, Figures figures, WhoToAsk whoToAsk, Curation curation,
      Invitations invitations, AskPreferencesStore preferences, OrganisationPagesController organisations,
      Directory directory) {
    this.guard = guard;
    this.figures = figures;
    this.whoToAsk = whoToAsk;
    this.curation = curation;
    this.invitations = invitations;
    this.preferences = preferences;
    this.organisations = organisations;
    this.directory = directory;
  }

  /** Who to ask about one question. */
  record WhoToAskAnswer(String questionId, String communityId, List<WhoToAsk.Candidate> candidates) {}

  /** Who was asked. */
  record AskAnswer(String questionId, List<WhoToAsk.Asked> asked) {}

  @GetMapping("/communities/{id}/health")
  HealthReport health(@PathVariable String id, HttpServletRequest request) {
    guard.requireFacilitator(request, id);
    return figures.health(id);
  }

  @GetMapping("/communities/{id}/insights")
  Figures.Insights insights(@PathVariable String id, @RequestParam(required = false) @Nullable String weeks,
      HttpServletRequest request) {
    guard.requireFacilitator(request, id);
    return figures.insights(id, weeks);
  }

  @GetMapping("/communities/{id}/questions/{questionId}/who-to-ask")
  WhoToAskAnswer whoToAsk(@PathVariable String id, @PathVariable String questionId,
      @RequestParam(defaultValue = "10") int limit, HttpServletRequest request) {
    Viewer viewer = guard.requireFacilitator(request, id);
    Contribution question = guard.questionIn(id, questionId);
    return new WhoToAskAnswer(question.id(), id, whoToAsk.candidates(question, guard.scope(viewer), limit));
  }

  @PostMapping("/communities/{id}/questions/{questionId}/ask")
  AskAnswer ask(@PathVariable String id, @PathVariable String questionId, @RequestParam(defaultValue = "3") int count,
      HttpServletRequest request) {
    Viewer viewer = guard.requireFacilitator(request, id);
    Contribution question = guard.questionIn(id, questionId);
    return new AskAnswer(question.id(), whoToAsk.ask(question, guard.scope(viewer), viewer.memberId(), count));
  }

  @GetMapping("/communities/{id}/good-practice")
  List<Curation.Mark> goodPractice(@PathVariable String id, HttpServletRequest request) {
    guard.requireFacilitator(request, id);
    return curation.goodPractice(id);
  }

  @PostMapping("/communities/{id}/good-practice")
  List<Curation.Mark> markGoodPractice(@PathVariable String id, @RequestParam String contributionId,
      HttpServletRequest request) {
    Viewer viewer = guard.requireFacilitator(request, id);
    guard.contributionIn(id, contributionId, Guard.NO_CONTRIBUTION);
    curation.markGoodPractice(contributionId, id, viewer.memberId());
    return curation.goodPractice(id);
  }

  @DeleteMapping("/communities/{id}/good-practice/{contributionId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void unmarkGoodPractice(@PathVariable String id, @PathVariable String contributionId, HttpServletRequest request) {
    guard.requireFacilitator(request, id);
    guard.contributionIn(id, contributionId, Guard.NO_CONTRIBUTION);
    curation.unmarkGoodPractice(contributionId);
  }

  @GetMapping("/communities/{id}/pins")
  List<Curation.Pin> pins(@PathVariable String id, HttpServletRequest request) {
    guard.requireFacilitator(request, id);
    return curation.pins(id);
  }

  @PostMapping("/communities/{id}/pins")
  Curation.Pin pin(@PathVariable String id, @RequestParam String query, @RequestParam String contributionId,
      HttpServletRequest request) {
    Viewer viewer = guard.requireFacilitator(request, id);
    guard.contributionIn(id, contributionId, Guard.NO_CONTRIBUTION);
    return curation.pin(id, query, contributionId, viewer.memberId());
  }

  @DeleteMapping("/communities/{id}/pins")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void unpin(@PathVariable String id, @RequestParam String query, HttpServletRequest request) {
    guard.requireFacilitator(request, id);
    curation.unpin(id, query);
  }

  @PostMapping("/communities/{id}/invitations")
  Invitations.Invitation invite(@PathVariable String id, @RequestParam String memberId, HttpServletRequest request) {
    Viewer viewer = guard.requireFacilitator(request, id);
    return invitations.invite(id, memberId.strip(), viewer.memberId());
  }

  @GetMapping("/ask/preferences")
  AskPreferences askPreferences(HttpServletRequest request) {
    return preferences.get(Guard.viewer(request).memberId());
  }

  @PutMapping("/ask/preferences")
  AskPreferences saveAskPreferences(@RequestParam(defaultValue = "false") boolean optedIn,
      @RequestParam(defaultValue = "2") int maxPerWeek, @RequestParam(defaultValue = "IN_APP") String channel,
      @RequestParam(required = false) @Nullable String pausedUntil, HttpServletRequest request) {
    AskPreferences chosen = MemberPagesController.parse(Guard.viewer(request).memberId(), optedIn, maxPerWeek,
        channel, pausedUntil);
    preferences.save(chosen);
    return chosen;
  }

  @GetMapping("/organisations/{id}")
  Organisation organisation(@PathVariable String id, HttpServletRequest request) {
    return organisations.administered(id, Guard.viewer(request));
  }

  @PostMapping("/organisations/{id}/facilitators")
  Organisation appoint(@PathVariable String id, @RequestParam String communityId, @RequestParam String memberId,
      @RequestParam(defaultValue = "false") boolean remove, HttpServletRequest request) {
    Organisation organisation = organisations.administered(id, Guard.viewer(request));
    OrganisationPagesController.appoint(organisation, communityId, memberId.strip(), remove, directory);
    return organisation;
  }
}
