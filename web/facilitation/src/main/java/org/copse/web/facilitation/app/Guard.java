package org.copse.web.facilitation.app;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.copse.index.AccessScope;
import org.copse.index.Contribution;
import org.copse.index.ContributionStore;
import org.copse.index.Directory;
import org.copse.web.facilitation.FacilitationAccess;
import org.copse.web.facilitation.Viewer;
import org.springframework.stereotype.Component;

/**
 * The server-side checks every facilitation page and API call makes before reading or changing
 * anything: see {@link FacilitationAccess} for the rule (404 when the community is not readable,
 * 403 when readable but the viewer may not act).
 */
@Component
class Guard {
  static final String NO_COMMUNITY = "There is no community with this id.";
  static final String NO_QUESTION = "There is no question with this id in this community.";
  static final String NO_CONTRIBUTION = "There is no contribution with this id in this community.";
  static final String NOT_A_FACILITATOR =
      "Only the community's facilitators, its organisation's admins and site admins may do this.";

  private final FacilitationAccess access;
  private final ContributionStore store;
  private final Directory directory;

  Guard(FacilitationAccess access, ContributionStore store, Directory directory) {
    this.access = access;
    this.store = store;
    this.directory = directory;
  }

  /** The signed-in viewer; security lets nobody anonymous this far. */
  static Viewer viewer(HttpServletRequest request) {
    Principal principal = request.getUserPrincipal();
    if (principal == null) {
      throw new Forbidden("Sign in first.");
    }
    return new Viewer(principal.getName(), request.isUserInRole("ADMIN"));
  }

  /** Passes when the viewer may act for the community; throws {@link NotFound} or {@link Forbidden} otherwise. */
  Viewer requireFacilitator(HttpServletRequest request, String communityId) {
    Viewer viewer = viewer(request);
    switch (access.decide(viewer, communityId)) {
      case ALLOWED -> {
        return viewer;
      }
      case FORBIDDEN -> throw new Forbidden(NOT_A_FACILITATOR);
      default -> throw new NotFound(NO_COMMUNITY);
    }
  }

  /** A contribution of the community, after {@link #requireFacilitator}; 404 if it is elsewhere or missing. */
  Contribution contributionIn(String communityId, String contributionId, String missing) {
    return store.find(contributionId).filter(c -> c.communityId().equals(communityId))
        .orElseThrow(() -> new NotFound(missing));
  }

  /** An unanswered-or-not question of the community. */
  Contribution questionIn(String communityId, String questionId) {
    Contribution question = contributionIn(communityId, questionId, NO_QUESTION);
    if (question.kind() != org.copse.index.ContributionKind.FORUM_QUESTION) {
      throw new NotFound(NO_QUESTION);
    }
    return question;
  }

  /** The viewer's readable communities, for ranking evidence. */
  AccessScope scope(Viewer viewer) {
    return directory.scopeFor(viewer.memberId());
  }

  FacilitationAccess access() {
    return access;
  }

  /** Not there, or not readable by the viewer: the same answer either way. */
  static final class NotFound extends RuntimeException {
    NotFound(String message) {
      super(message);
    }
  }

  /** Readable, but the viewer may not act. */
  static final class Forbidden extends RuntimeException {
    Forbidden(String message) {
      super(message);
    }
  }
}
