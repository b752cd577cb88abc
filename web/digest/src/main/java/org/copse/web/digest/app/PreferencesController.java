package org.copse.web.digest.app;

import java.security.Principal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.copse.index.AccessScope;
import org.copse.index.Community;
import org.copse.index.Directory;
import org.copse.index.Member;
import org.copse.web.digest.Digest;
import org.copse.web.digest.DigestPeriod;
import org.copse.web.digest.DigestPreferences;
import org.copse.web.digest.DigestSection;
import org.copse.web.digest.DigestSelector;
import org.copse.web.digest.Frequency;
import org.copse.web.digest.IsoWeek;
import org.copse.web.digest.PreferencesStore;
import org.copse.web.digest.mail.DigestEmailRenderer;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** A signed-in member's digest preferences and a preview of their digest. The principal's name is the member id. */
@Controller
class PreferencesController {
  private final PreferencesStore preferences;
  private final Directory directory;
  private final DigestSelector selector;
  private final DigestEmailRenderer renderer;

  PreferencesController(PreferencesStore preferences, Directory directory, DigestSelector selector,
      DigestEmailRenderer renderer) {
    this.preferences = preferences;
    this.directory = directory;
    this.selector = selector;
    this.renderer = renderer;
  }

  @GetMapping(DigestPaths.PREFERENCES)
  String show(@Nullable Principal principal, @RequestParam(defaultValue = "false") boolean saved, Model model) {
    Member member = member(principal);
    DigestPreferences current = preferences.get(member.id());
    model.addAttribute("prefs", current);
    model.addAttribute("frequencies", Frequency.values());
    model.addAttribute("sections", DigestSection.values());
    model.addAttribute("communities", readable(member.id()));
    model.addAttribute("tags", String.join(", ", current.followedTags()));
    model.addAttribute("saved", saved);
    return "digest/preferences";
  }

  @PostMapping(DigestPaths.PREFERENCES)
  String save(@Nullable Principal principal, @RequestParam String frequency,
      @RequestParam(required = false) @Nullable List<String> sections,
      @RequestParam(required = false) @Nullable List<String> communities,
      @RequestParam(defaultValue = "") String tags) {
    Member member = member(principal);
    Frequency chosen = Arrays.stream(Frequency.values()).filter(f -> f.name().equals(frequency)).findFirst()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown frequency: " + frequency));
    Set<DigestSection> chosenSections = EnumSet.noneOf(DigestSection.class);
    for (String s : sections == null ? List.<String>of() : sections) {
      chosenSections.add(Arrays.stream(DigestSection.values()).filter(d -> d.name().equals(s)).findFirst()
          .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown section: " + s)));
    }
    AccessScope scope = directory.scopeFor(member.id());
    Set<String> chosenCommunities = new TreeSet<>();
    for (String c : communities == null ? List.<String>of() : communities) {
      if (!scope.canRead(c)) {
        // unknown and unreadable communities are answered alike
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown community: " + c);
      }
      chosenCommunities.add(c);
    }
    Set<String> followed = new TreeSet<>();
    for (String tag : tags.split(",")) {
      if (!tag.isBlank()) {
        followed.add(tag.strip());
      }
    }
    try {
      preferences.save(new DigestPreferences(member.id(), chosen, chosenSections, chosenCommunities, followed));
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage(), e);
    }
    return "redirect:" + DigestPaths.PREFERENCES + "?saved=true";
  }

  @GetMapping(DigestPaths.PREVIEW)
  String preview(@Nullable Principal principal, @RequestParam(required = false) @Nullable String week, Model model) {
    Member member = member(principal);
    IsoWeek chosen;
    try {
      chosen = week == null || week.isBlank() ? IsoWeek.containing(java.time.Instant.now()).previous() : IsoWeek.parse(week);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage(), e);
    }
    DigestPreferences current = preferences.get(member.id());
    Digest digest = selector.select(member.id(), DigestPeriod.weekly(chosen), current);
    model.addAllAttributes(renderer.variables(digest, member));
    model.addAttribute("week", chosen.toString());
    model.addAttribute("empty", digest.isEmpty());
    model.addAttribute("subject", DigestEmailRenderer.subject(digest));
    return "digest/preview";
  }

  private Member member(@Nullable Principal principal) {
    if (principal == null) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "sign in to see your digest");
    }
    return directory.member(principal.getName())
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no member for this account"));
  }

  private List<Community> readable(String memberId) {
    AccessScope scope = directory.scopeFor(memberId);
    return directory.communities().stream().filter(c -> scope.canRead(c.id())).toList();
  }
}
