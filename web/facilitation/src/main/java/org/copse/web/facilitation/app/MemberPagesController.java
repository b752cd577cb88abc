package org.copse.web.facilitation.app;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import org.copse.index.AccessScope;
import org.copse.index.Community;
import org.copse.index.Directory;
import org.copse.index.SearchIndex;
import org.copse.web.facilitation.AskPreferences;
import org.copse.web.facilitation.AskPreferencesStore;
import org.copse.web.facilitation.AskRequests;
import org.copse.web.facilitation.Invitations;
import org.copse.web.facilitation.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A member's own side: whether they may be asked to answer, what they were asked, their invitations. */
@Controller
class MemberPagesController {
  static final int INBOX_SIZE = 50;

  private final AskPreferencesStore preferences;
  private final AskRequests requests;
  private final Invitations invitations;
  private final Directory directory;
  private final SearchIndex index;

  MemberPagesController(AskPreferencesStore preferences, AskRequests requests, Invitations invitations,
      Directory directory, SearchIndex index) {
    this.preferences = preferences;
    this.requests = requests;
    this.invitations = invitations;
    this.directory = directory;
    this.index = index;
  }

  /** A request as listed: only questions the member can still read are shown. */
  record InboxEntry(String questionId, String title, String community, String askedAt) {}

  /** An invitation as listed. */
  record InvitationEntry(String communityId, String community, String invitedBy, String invitedAt) {}

  @GetMapping("/ask/preferences")
  String preferences(HttpServletRequest request, @RequestParam(defaultValue = "false") boolean saved, Model model) {
    Viewer viewer = Guard.viewer(request);
    model.addAttribute("prefs", preferences.get(viewer.memberId()));
    model.addAttribute("maxPerWeek", AskPreferences.MAX_PER_WEEK);
    model.addAttribute("saved", saved);
    return "facilitation/ask-preferences";
  }

  @PostMapping("/ask/preferences")
  String savePreferences(HttpServletRequest request, @RequestParam(defaultValue = "false") boolean optedIn,
      @RequestParam(defaultValue = "2") int maxPerWeek, @RequestParam(defaultValue = "IN_APP") String channel,
      @RequestParam(required = false) @Nullable String pausedUntil) {
    Viewer viewer = Guard.viewer(request);
    preferences.save(parse(viewer.memberId(), optedIn, maxPerWeek, channel, pausedUntil));
    return "redirect:/ask/preferences?saved=true";
  }

  @GetMapping("/ask/inbox")
  String inbox(HttpServletRequest request, Model model) {
    Viewer viewer = Guard.viewer(request);
    AccessScope scope = directory.scopeFor(viewer.memberId());
    List<InboxEntry> entries = requests.inbox(viewer.memberId(), INBOX_SIZE).stream()
        .flatMap(r -> index.get(r.questionId(), scope).stream()
            .map(q -> new InboxEntry(q.id(), q.title(), communityName(q.communityId()), r.askedAt().toString()
                .substring(0, 10))))
        .toList();
    model.addAttribute("entries", entries);
    return "facilitation/ask-inbox";
  }

  @GetMapping("/invitations")
  String invitations(HttpServletRequest request, Model model) {
    Viewer viewer = Guard.viewer(request);
    model.addAttribute("invitations", invitations.pendingFor(viewer.memberId()).stream()
        .map(i -> new InvitationEntry(i.communityId(), communityName(i.communityId()),
            directory.member(i.invitedBy()).map(m -> m.displayName()).orElse(i.invitedBy()),
            i.invitedAt().toString().substring(0, 10)))
        .toList());
    return "facilitation/invitations";
  }

  @PostMapping("/invitations/{communityId}")
  String answer(@PathVariable String communityId, @RequestParam String answer, HttpServletRequest request) {
    Viewer viewer = Guard.viewer(request);
    if (!invitations.answer(communityId, viewer.memberId(), "accept".equals(answer))) {
      throw new Guard.NotFound("You have no pending invitation to this community.");
    }
    return "redirect:/invitations";
  }

  static AskPreferences parse(String memberId, boolean optedIn, int maxPerWeek, String channel,
      @Nullable String pausedUntil) {
    AskPreferences.Channel chosen;
    try {
      chosen = AskPreferences.Channel.valueOf(channel.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("channel must be IN_APP or EMAIL", e);
    }
    LocalDate pause = null;
    if (pausedUntil != null && !pausedUntil.isBlank()) {
      try {
        pause = LocalDate.parse(pausedUntil.strip());
      } catch (java.time.format.DateTimeParseException e) {
        throw new IllegalArgumentException("a pause date looks like 2026-12-31", e);
      }
    }
    return new AskPreferences(memberId, optedIn, maxPerWeek, chosen, pause);
  }

  private String communityName(String communityId) {
    return directory.community(communityId).map(Community::name).orElse(communityId);
  }
}
