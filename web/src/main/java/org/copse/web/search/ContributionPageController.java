package org.copse.web.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.copse.index.AccessScope;
import org.copse.index.Contribution;
import org.copse.index.Contributor;
import org.copse.index.Directory;
import org.copse.index.SearchHit;
import org.copse.index.SearchIndex;
import org.copse.web.facilitation.ContributionOpened;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One contribution and those most like it; one the viewer may not read is a 404 like a missing one. */
@Controller
class ContributionPageController {
  static final int SIMILAR = 5;

  private final SearchIndex index;
  private final Directory directory;
  private final ApplicationEventPublisher events;

  ContributionPageController(SearchIndex index, Directory directory, ApplicationEventPublisher events) {
    this.index = index;
    this.directory = directory;
    this.events = events;
  }

  /** A contributor as shown: name and what they did. */
  record ContributorView(String name, String role) {}

  /** A similar contribution as linked. */
  record SimilarView(String id, String title, String kind, String community) {}

  @GetMapping("/contributions/{id}")
  String contribution(@PathVariable String id, AccessScope scope, Model model) {
    Contribution contribution = index.get(id, scope)
        .orElseThrow(() -> new NotFoundException("There is no contribution with this id."));
    events.publishEvent(new ContributionOpened(contribution.id(), contribution.communityId()));
    Names names = new Names(directory);
    model.addAttribute("contribution", contribution);
    model.addAttribute("kind", contribution.kind().label());
    model.addAttribute("community", names.community(contribution.communityId()));
    model.addAttribute("communityId", contribution.communityId());
    model.addAttribute("created", day(contribution.created()));
    model.addAttribute("updated", contribution.updated().equals(contribution.created()) ? null : day(contribution.updated()));
    model.addAttribute("paragraphs", Arrays.stream(contribution.body().split("\\n\\s*\\n")).map(String::strip)
        .filter(p -> !p.isEmpty()).toList());
    model.addAttribute("contributors", contribution.contributors().stream()
        .map(c -> new ContributorView(names.member(c.memberId()), role(c))).toList());
    model.addAttribute("sourceUrl", safeLink(contribution.sourceUrl()));
    List<SimilarView> similar = index.moreLikeThis(id, scope, SIMILAR).stream()
        .map(hit -> similar(hit, names)).toList();
    model.addAttribute("similar", similar);
    return "contribution";
  }

  private static SimilarView similar(SearchHit hit, Names names) {
    return new SimilarView(hit.id(), hit.title(), hit.kind().label(), names.community(hit.communityId()));
  }

  private static String role(Contributor contributor) {
    String role = contributor.role().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return contributor.editSize() > 0 ? role + " (" + contributor.editSize() + " characters)" : role;
  }

  private static LocalDate day(Instant instant) {
    return LocalDate.ofInstant(instant, ZoneOffset.UTC);
  }

  /** Only web links are linked: a {@code javascript:} URL from a source must never become a link. */
  private static @Nullable String safeLink(@Nullable String url) {
    if (url == null) {
      return null;
    }
    String lower = url.toLowerCase(Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://") ? url : null;
  }
}
