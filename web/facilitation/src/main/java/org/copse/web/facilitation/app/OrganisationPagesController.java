package org.copse.web.facilitation.app;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.copse.index.Community;
import org.copse.index.Directory;
import org.copse.index.Membership;
import org.copse.web.facilitation.Organisation;
import org.copse.web.facilitation.Organisations;
import org.copse.web.facilitation.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An organisation's page for its admins (and site admins): its communities and their facilitators,
 * and appointing or removing facilitators. To anyone else an organisation does not exist (404).
 */
@Controller
class OrganisationPagesController {
  private final Organisations organisations;
  private final Directory directory;

  OrganisationPagesController(Organisations organisations, Directory directory) {
    this.organisations = organisations;
    this.directory = directory;
  }

  /** A community of the organisation with its facilitators' ids. */
  record CommunityFacilitators(String id, String name, List<String> facilitators) {}

  @GetMapping("/organisations/{id}")
  String organisation(@PathVariable String id, HttpServletRequest request, Model model) {
    Organisation organisation = administered(id, Guard.viewer(request));
    model.addAttribute("organisation", organisation);
    model.addAttribute("communities", organisation.communityIds().stream()
        .flatMap(c -> directory.community(c).stream())
        .map(c -> new CommunityFacilitators(c.id(), c.name(), facilitators(c)))
        .toList());
    return "facilitation/organisation";
  }

  @PostMapping("/organisations/{id}/facilitators")
  String appoint(@PathVariable String id, @RequestParam String communityId, @RequestParam String memberId,
      @RequestParam(defaultValue = "false") boolean remove, HttpServletRequest request) {
    Organisation organisation = administered(id, Guard.viewer(request));
    appoint(organisation, communityId, memberId.strip(), remove, directory);
    return "redirect:/organisations/" + id;
  }

  /** Makes a member a facilitator of one of the organisation's communities (or a plain member again). */
  static void appoint(Organisation organisation, String communityId, String memberId, boolean remove,
      Directory directory) {
    if (!organisation.communityIds().contains(communityId)) {
      throw new Guard.NotFound("This organisation has no community with this id.");
    }
    if (directory.member(memberId).isEmpty()) {
      throw new IllegalArgumentException("there is no member with id '" + memberId + "'");
    }
    directory.saveMemberships(List.of(new Membership(memberId, communityId,
        remove ? Membership.Role.MEMBER : Membership.Role.FACILITATOR)));
  }

  /** The organisation, if the viewer administers it or runs the site; 404 otherwise. */
  Organisation administered(String id, Viewer viewer) {
    return organisations.find(id)
        .filter(o -> viewer.siteAdmin() || o.adminIds().contains(viewer.memberId()))
        .orElseThrow(() -> new Guard.NotFound("There is no organisation with this id."));
  }

  private List<String> facilitators(Community community) {
    return directory.membersOf(community.id()).stream().filter(m -> m.role() == Membership.Role.FACILITATOR)
        .map(Membership::memberId).sorted().toList();
  }
}
